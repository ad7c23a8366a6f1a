package gin

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// respondErr answers only when nothing went out yet.
func respondErr(c *gin.Context, status int) {
	if c.Writer.Written() {
		return
	}
	c.AbortWithStatus(status)
}

// abortOnce does not answer twice after an abort.
func abortOnce(c *gin.Context) {
	if c.IsAborted() {
		return
	}
	c.AbortWithStatus(http.StatusServiceUnavailable)
}

func respondUnguarded(c *gin.Context, status int) {
	c.AbortWithStatus(status)
}

func listCommitted(c *gin.Context) {
	c.JSON(http.StatusOK, []string{"a"})
	respondErr(c, http.StatusInternalServerError)
}

func deleteCommitted(c *gin.Context) {
	c.AbortWithStatusJSON(http.StatusConflict, Error{ErrorMessage: "in use"})
	abortOnce(c)
}

// Positive: no guard, so the 500 after the body is ignored.
func listCommittedUnguarded(c *gin.Context) {
	c.JSON(http.StatusOK, []string{"a"})
	respondUnguarded(c, http.StatusInternalServerError) // want `respondUnguarded\(500\) after the body was written is ignored: the client already got status 200`
}

func CommittedRoutes(r *gin.Engine) {
	r.GET("/items", listCommitted)
	r.DELETE("/items/:id", deleteCommitted)
	r.GET("/items2", listCommittedUnguarded)
}
