package gin

import (
	"html/template"
	"net/http"

	"github.com/gin-gonic/gin"
)

var page = template.Must(template.New("page").Parse("<p>{{.}}</p>"))

// renderedThenOK renders to c.Writer (status 200 goes out) and then sets
// the same status: gin drops it without a warning, nothing is lost
// (a woodpecker shape).
func renderedThenOK(c *gin.Context) {
	c.Header("Content-Type", "text/html; charset=utf-8")
	if err := page.Execute(c.Writer, "hello"); err != nil {
		return
	}
	c.Status(http.StatusOK)
}

// renderedThenError: another status after the page is ignored.
func renderedThenError(c *gin.Context) {
	c.Header("Content-Type", "text/html; charset=utf-8")
	page.Execute(c.Writer, "hello")
	c.Status(http.StatusInternalServerError) // want `c.Status\(500\) after the body was written is ignored`
}

func TemplateRoutes(r *gin.Engine) {
	r.GET("/page", renderedThenOK)
	r.GET("/page-error", renderedThenError)
}
