// Package ginembedded writes through a project context type that embeds
// *gin.Context.
package ginembedded

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

type Ctx struct {
	*gin.Context
	user string
}

// Fail answers the status the caller gives with a plain-text body.
func (c *Ctx) Fail(code int, msg string) {
	c.String(code, msg)
}

// Problem answers the Error object with the status the caller gives.
func (c *Ctx) Problem(code int, msg string) {
	c.AbortWithStatusJSON(code, Error{ErrorMessage: msg})
}

func wrap(h func(*Ctx)) gin.HandlerFunc {
	return func(c *gin.Context) { h(&Ctx{Context: c}) }
}

func list(c *Ctx) {
	if c.user == "" {
		c.Fail(http.StatusUnauthorized, "log in") // want `writes a plain-text body on a 401 response` `sends 401 without WWW-Authenticate`
		return
	}
	if c.Query("q") == "" {
		c.Problem(http.StatusBadRequest, "q required")
		return
	}
	c.JSON(http.StatusOK, []string{})
}

func Routes(r *gin.Engine) {
	r.GET("/list", wrap(list))
}
