// Package ginabortimported installs middleware from another package that
// renders c.Errors (its ErrorReaders fact says so): c.AbortWithError is
// left to it.
package ginabortimported

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"example.com/frameworks/ginmw"
)

func getItem(c *gin.Context) {
	c.AbortWithError(http.StatusBadRequest, errors.New("id required"))
}

func Run() *gin.Engine {
	r := gin.New()
	r.Use(ginmw.RenderErrors)
	r.GET("/items/:id", getItem)
	return r
}
