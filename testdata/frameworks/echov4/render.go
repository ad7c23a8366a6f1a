package echov4

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// Pages rendered by the app's template renderer go out as text/html.

func notFoundPage(c echo.Context) error {
	return c.Render(http.StatusNotFound, "message", map[string]string{"title": "not found"}) // want `c.Render writes a body as text/html on a 404 response`
}

func htmlBlob(c echo.Context) error {
	return c.HTMLBlob(http.StatusBadRequest, []byte("<p>bad</p>")) // want `c.HTMLBlob writes a body as text/html on a 400 response`
}

// okPage: a 200 page is not an error response.
func okPage(c echo.Context) error {
	return c.Render(http.StatusOK, "home", nil)
}

func RenderRoutes(e *echo.Echo) {
	e.GET("/nf", notFoundPage)
	e.GET("/blob", htmlBlob)
	e.GET("/", okPage)
}
