// Package gindefault has handlers whose engine is made elsewhere; its
// configuration (.errcontract.json, errorHandler "default") says the app
// installs no middleware that renders c.Errors, so c.AbortWithError sends
// its status with no body. Without it, these bodies are left to
// middleware out of sight and not judged.
package gindefault

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
)

type item struct {
	Name string `json:"name" binding:"required"`
}

func GetItem(c *gin.Context) {
	switch c.Param("id") {
	case "":
		c.AbortWithError(http.StatusBadRequest, errors.New("id required")) // want `c.AbortWithError\(400\) sends 400 with no body \(the error only goes to the framework's error list, and the configuration says the app renders none`
	case "db":
		// A 500 with no body is what the contract wants.
		c.AbortWithError(http.StatusInternalServerError, errors.New("db"))
	default:
		c.JSON(http.StatusOK, gin.H{"id": c.Param("id")})
	}
}

func CreateItem(c *gin.Context) {
	var it item
	if err := c.ShouldBindJSON(&it); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"errorMessage": err.Error()})
		return
	}
	if err := c.Bind(&it); err != nil { // want `gin.Bind\(400\) sends 400 with no body`
		return
	}
	c.Status(http.StatusCreated)
}
