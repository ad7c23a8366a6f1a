// Package ginlogerrors installs middleware that reads c.Errors only to log
// them: it writes nothing, so c.AbortWithError's status goes out with no
// body, as where nothing reads the list.
package ginlogerrors

import (
	"errors"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
)

func logErrors(c *gin.Context) {
	c.Next()
	if len(c.Errors) > 0 {
		log.Printf("%s %d: %s", c.Request.URL.Path, c.Writer.Status(), c.Errors.String())
	}
}

type item struct {
	Name string `json:"name" binding:"required"`
}

func getItem(c *gin.Context) {
	if c.Param("id") == "" {
		c.AbortWithError(http.StatusBadRequest, errors.New("id required")) // want `c.AbortWithError\(400\) sends 400 with no body \(the error only goes to the framework's error list, and no middleware in this package or its imports renders it\)`
		return
	}
	var it item
	if err := c.Bind(&it); err != nil { // want `gin.Bind\(400\) sends 400 with no body`
		return
	}
	c.AbortWithError(http.StatusInternalServerError, errors.New("db"))
}

func Run() *gin.Engine {
	r := gin.New()
	r.Use(logErrors)
	r.GET("/items/:id", getItem)
	return r
}
