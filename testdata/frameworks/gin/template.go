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
	r.POST("/agents", bindThenString)
}

type agentIn struct{ Name string }

// bindThenString: c.Bind's failure sends 400 at once; c.String's own 400
// is dropped without a word, and so is the Content-Type it sets: its text
// goes out on that 400 with no Content-Type (a woodpecker shape).
func bindThenString(c *gin.Context) {
	in := &agentIn{}
	if err := c.Bind(in); err != nil {
		c.String(http.StatusBadRequest, err.Error()) // want `c.String writes a body with no Content-Type \(net/http sniffs one from the bytes, never application/json\) on a 400 response`
		return
	}
	c.Status(http.StatusNoContent)
}
