// Package ginabort makes its gin engine and installs no middleware that
// reads c.Errors: c.AbortWithError sends the status with an empty body.
package ginabort

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

var errNoID = errors.New("id required")

func getItem(c *gin.Context) {
	switch c.Param("id") {
	case "":
		c.AbortWithError(http.StatusBadRequest, errNoID) // want `sends 400 with no body`
	case "x":
		c.AbortWithError(http.StatusInternalServerError, errNoID) // a 5xx may go without a body
	case "y":
		_ = c.AbortWithError(http.StatusNotFound, errNoID).SetType(gin.ErrorTypePublic) // want `sends 404 with no body`
	default:
		c.JSON(http.StatusOK, gin.H{"id": c.Param("id")})
	}
}

func Run() *gin.Engine {
	r := gin.Default()
	r.GET("/items/:id", getItem)
	return r
}
