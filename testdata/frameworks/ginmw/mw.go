// Package ginmw renders the errors gin collects in c.Errors.
package ginmw

import "github.com/gin-gonic/gin"

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func RenderErrors(c *gin.Context) {
	c.Next()
	if err := c.Errors.Last(); err != nil && !c.Writer.Written() {
		c.JSON(-1, Error{ErrorMessage: err.Error()})
	}
}
