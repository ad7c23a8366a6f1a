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

func Run() *gin.Engine {
	r := gin.New()
	r.Use(renderErrors)
	r.GET("/items/:id", getItem)
	return r
}
