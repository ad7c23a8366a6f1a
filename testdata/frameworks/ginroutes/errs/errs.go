// Package errs is an app's error middleware: it renders the errors the
// handlers after it collect (c.AbortWithError), after c.Next().
package errs

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

// Handler renders every collected error as the Error object, with the
// status the handler sent.
func Handler() gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Next()
		if len(c.Errors) > 0 {
			render(c, c.Errors.Last().Error())
		}
	}
}

func render(c *gin.Context, msg string) {
	status := http.StatusBadRequest
	if c.Writer.Status() != http.StatusOK {
		status = c.Writer.Status()
	}
	c.JSON(status, &Error{ErrorMessage: msg})
}

// Quiet renders only errors whose response was not sent yet: after
// c.AbortWithError, which sends the status at once, it writes nothing.
func Quiet(c *gin.Context) {
	c.Next()
	if err := c.Errors.Last(); err != nil && !c.Writer.Written() {
		c.JSON(-1, Error{ErrorMessage: err.Error()})
	}
}

// Install adds the error middleware to an engine made elsewhere.
func Install(r *gin.Engine) {
	r.Use(Handler())
}
