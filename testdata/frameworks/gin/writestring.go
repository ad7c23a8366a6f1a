package gin

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// docsPage writes its page through gin's writer, as gotify's swagger UI
// does: c.Writer.WriteString is a body write, as io.WriteString would be.
func docsPage(c *gin.Context) {
	if c.Query("v") == "" {
		c.Writer.WriteHeader(http.StatusNotFound)
		c.Writer.WriteString("no version") // want `writes a plain-text body on a 404 response`
		return
	}
	c.Writer.WriteString("<html></html>")
}

func DocsRoutes(r *gin.Engine) {
	r.GET("/docs", docsPage)
	r.GET("/login", login)
}

// login sets a cookie and redirects: a 3xx, followed to the wire.
func login(c *gin.Context) {
	c.SetCookie("session", "x", 3600, "/", "", true, true)
	c.Redirect(http.StatusFound, "/home")
}
