package gin

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
)

var errInvalidToken = errors.New("invalid token")

// Fixes keep the message the developer wrote, and gin's plain c.JSON
// replaces c.String: the original did not abort the chain.
func getSchedule(c *gin.Context) {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		c.String(http.StatusBadRequest, "Error parsing cron id. %s", err) // want `writes a plain-text body on a 400 response`
		return
	}
	if c.GetHeader("Authorization") == "" {
		c.Header("WWW-Authenticate", `Basic realm="cmix"`)
		c.String(http.StatusUnauthorized, errInvalidToken.Error()) // want `writes a plain-text body on a 401 response`
		return
	}
	if id == 0 {
		msg := "no schedule " + c.Param("id")
		c.String(http.StatusNotFound, msg) // want `writes a plain-text body on a 404 response`
		return
	}
	if id < 0 {
		// A JSON Content-Type set first: the string may be the Error object.
		c.Header("Content-Type", "application/json")
		c.String(http.StatusBadRequest, c.Query("raw"))
		return
	}
	c.Status(http.StatusNoContent)
}

// The challenge goes in before the status, and the body becomes JSON.
func getToken(c *gin.Context) {
	c.String(http.StatusUnauthorized, errInvalidToken.Error()) // want `writes a plain-text body on a 401 response` `sends 401 without WWW-Authenticate`
}

// Bytes converted from a string keep the string (seen on gotify).
func requireHTTPS(c *gin.Context) {
	c.Data(http.StatusBadRequest, "text/plain; charset=utf-8", []byte("Use HTTPS")) // want `writes a plain-text body on a 400 response`
	c.Abort()
}

func FixRoutes(r *gin.Engine) {
	r.GET("/schedules/:id", getSchedule)
	r.GET("/token", getToken)
	r.Use(requireHTTPS)
}

// No fix: the page's own Content-Type would stay on a JSON body (seen on
// apache/answer).
func indexPage(c *gin.Context) {
	c.Header("Content-Type", "text/html; charset=utf-8")
	if c.Query("missing") != "" {
		c.Status(http.StatusNotFound) // want `c.Status\(404\) sends 404 with no body`
		return
	}
	c.String(http.StatusOK, "<html></html>")
}
