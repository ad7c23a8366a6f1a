// Package ginaborterrors installs middleware that renders c.Errors: that
// middleware answers for c.AbortWithError, and nothing is judged there.
package ginaborterrors

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func renderErrors(c *gin.Context) {
	c.Next()
	if err := c.Errors.Last(); err != nil && !c.Writer.Written() {
		c.JSON(-1, Error{ErrorMessage: err.Error()})
	}
}

func getItem(c *gin.Context) {
	if c.Param("id") == "" {
		c.AbortWithError(http.StatusBadRequest, errors.New("id required"))
		return
	}
	c.String(http.StatusNotFound, "no item") // want `writes a plain-text body on a 404 response`
}

// AbortWithError sends its status at once (gin's WriteHeaderNow): a header
// the middleware sets later never goes out, so a 401 needs its challenge
// before the call, whatever body the middleware renders.
func login(c *gin.Context) {
	switch c.Query("user") {
	case "":
		c.AbortWithError(http.StatusUnauthorized, errors.New("login")) // want `sends 401 without WWW-Authenticate`
	case "guest":
		c.Header("WWW-Authenticate", `Basic realm="cmix"`)
		c.AbortWithError(http.StatusUnauthorized, errors.New("login"))
	default:
		// The body is the middleware's: no rule on it is judged here.
		c.AbortWithError(http.StatusInternalServerError, errors.New("db"))
	}
}

func Run() *gin.Engine {
	r := gin.New()
	r.Use(renderErrors)
	r.GET("/items/:id", getItem)
	r.GET("/login", login)
	return r
}
