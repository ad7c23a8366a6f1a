// Package api has handlers that collect their errors for the app's error
// middleware, which this package does not see: their bodies are judged
// where the routes are registered (package router).
package api

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
)

func Items(c *gin.Context) {
	if c.Query("fail") != "" {
		c.AbortWithError(http.StatusInternalServerError, errors.New("db down"))
		return
	}
	c.JSON(http.StatusOK, []string{})
}

func Create(c *gin.Context) {
	var v struct{ Name string }
	if err := c.ShouldBindJSON(&v); err != nil {
		c.AbortWithError(http.StatusBadRequest, err)
		return
	}
	c.JSON(http.StatusCreated, v)
}

func Missing(c *gin.Context) {
	c.AbortWithError(http.StatusNotFound, errors.New("no such item"))
}

// RequireUser is middleware: it lets the request on, or collects a 500.
func RequireUser(c *gin.Context) {
	if c.GetHeader("X-User") == "" {
		c.AbortWithError(http.StatusInternalServerError, errors.New("session store down"))
	}
}

func fail(c *gin.Context, err error) {
	c.AbortWithError(http.StatusInternalServerError, err)
}

func Orders(c *gin.Context) {
	if c.Query("id") == "" {
		fail(c, errors.New("no orders"))
		return
	}
	c.JSON(http.StatusOK, []string{})
}

// Login's 401 lacks its challenge whatever renders the body: reported
// here, where the status is sent, and not again where it is routed.
func Login(c *gin.Context) {
	c.AbortWithError(http.StatusUnauthorized, errors.New("who are you")) // want `sends 401 without WWW-Authenticate`
}

func Validate(c *gin.Context) {
	c.AbortWithError(http.StatusUnprocessableEntity, errors.New("invalid"))
}

// Gone collects its error, then sends the status alone: the middleware
// renders the body after it returns.
func Gone(c *gin.Context) {
	c.Error(errors.New("gone"))
	c.AbortWithStatus(http.StatusNotFound)
}

// Noted collects an error and leaves the status to the middleware: what
// the middleware writes then is its own, judged there.
func Noted(c *gin.Context) {
	c.Error(errors.New("noted"))
}

func Unsupported(c *gin.Context) {
	c.AbortWithError(http.StatusUnsupportedMediaType, errors.New("send JSON"))
}
