package gin

import (
	"context"
	"net/http"

	"github.com/gin-gonic/gin"
)

type storeKey struct{}

type Store interface {
	Get(id string) (string, bool)
}

// FromContext finds the store that middleware put in the request context.
func FromContext(ctx context.Context) Store {
	s, _ := ctx.Value(storeKey{}).(Store)
	return s
}

// A value taken from the context (the *gin.Context passed as a
// context.Context) is not the writer: the 400 below is still judged.
func getCron(c *gin.Context) {
	st := FromContext(c)
	if _, ok := st.Get(c.Param("id")); !ok {
		c.String(http.StatusBadRequest, "Error parsing cron id.") // want `plain-text body on a 400 response`
		return
	}
	c.Status(http.StatusNoContent)
}

func ContextRoutes(r *gin.Engine) {
	r.GET("/cron/:id", getCron)
}
