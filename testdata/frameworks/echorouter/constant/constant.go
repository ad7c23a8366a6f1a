// Package constant answers every error, the engine's 404 too, with the
// same text 404: a break of the handler's own code, reported there once
// and not again at the engine.
package constant

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func items(c echo.Context) error { return c.NoContent(http.StatusNoContent) }

func Serve() error {
	e := echo.New()
	e.HTTPErrorHandler = func(err error, c echo.Context) {
		c.String(http.StatusNotFound, "no such thing") // want `c.String writes a plain-text body on a 404 response`
	}
	e.Any("/items", items)
	return e.Start(":8080")
}
