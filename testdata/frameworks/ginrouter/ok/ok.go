// Package ok answers unmatched requests with the Error object.
package ok

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func items(c *gin.Context) { c.Status(http.StatusNoContent) }

func Run() error {
	r := gin.New()
	r.NoRoute(func(c *gin.Context) {
		c.JSON(http.StatusNotFound, Error{ErrorMessage: "no such path"})
	})
	r.GET("/items", items)
	return r.Run(":8080")
}
