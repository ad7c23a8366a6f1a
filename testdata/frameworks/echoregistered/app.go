// Package echoregistered makes the echo v5 app, installs its error
// handler (made by a constructor of this package) and registers the
// handlers of package items: their returned errors are judged here,
// through that handler, at the registration.
package echoregistered

import (
	"errors"
	"log"
	"net/http"

	"github.com/labstack/echo/v5"

	"example.com/frameworks/echoregistered/errs"
	"example.com/frameworks/echoregistered/items"
)

// newErrorHandler answers an *echo.HTTPError or an error that describes
// itself with its status and a body that is not the Error object; a 401
// gets the contract's challenge first; anything else a bare 500.
func newErrorHandler(l *log.Logger) echo.HTTPErrorHandler {
	return func(c *echo.Context, err error) {
		if r, _ := echo.UnwrapResponse(c.Response()); r != nil && r.Committed {
			return
		}
		code, msg := http.StatusInternalServerError, "internal error"
		var he *echo.HTTPError
		if errors.As(err, &he) {
			code, msg = he.Code, he.Message
		}
		if p, ok := err.(errs.Processor); ok {
			d := p.HTTPError()
			code, msg = d.HTTPCode, d.Message
		}
		if code == http.StatusUnauthorized {
			c.Response().Header().Set("WWW-Authenticate", `Basic realm="cmix"`)
		}
		if code >= 500 {
			l.Print(err)
			_ = c.NoContent(code)
			return
		}
		_ = c.JSON(code, map[string]string{"error": msg})
	}
}

func Routes(l *log.Logger) *echo.Echo {
	e := echo.New()
	e.HTTPErrorHandler = newErrorHandler(l)
	e.GET("/items/:id", items.Get) // want `400/410 response body is map\[string\]string\{"error": ...\}, not the Error object`
	e.GET("/items", items.List)    // want `401/409/423 response body is map\[string\]string\{"error": ...\}, not the Error object`
	e.GET("/health", items.Health)
	e.GET("/local", local)
	return e
}

func local(c *echo.Context) error {
	return echo.NewHTTPError(http.StatusForbidden, "no") // want `403 response body is map\[string\]string\{"error": ...\}, not the Error object`
}
