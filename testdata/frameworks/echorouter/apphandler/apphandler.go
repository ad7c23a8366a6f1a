// Package apphandler installs an error handler that renders every
// error, the engine's 404 and 405 too, as a map of another shape.
package apphandler

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"
)

func items(c echo.Context) error { return c.NoContent(http.StatusNoContent) }

func Serve() error {
	e := echo.New() // want `echo router e answers unknown paths through the app's error handler with 404 map\[string\]string{"error": ...} as application/json: not the Error object \(no "errorMessage" key\); set e.HTTPErrorHandler`
	e.HTTPErrorHandler = func(err error, c echo.Context) {
		if c.Response().Committed {
			return
		}
		var he *echo.HTTPError
		if errors.As(err, &he) {
			c.JSON(he.Code, map[string]string{"error": fmt.Sprint(he.Message)})
			return
		}
		c.NoContent(http.StatusInternalServerError)
	}
	e.GET("/items", items) // want `from here echo router e answers a wrong method through the app's error handler with 405 map\[string\]string{"error": ...}`
	return e.Start(":8080")
}
