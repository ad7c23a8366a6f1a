// Package nocontenttype renders the engine's errors as the Error object
// without setting a Content-Type.
package nocontenttype

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func items(c echo.Context) error { return c.NoContent(http.StatusNoContent) }

func Serve() error {
	e := echo.New() // want `echo router e answers unknown paths through the app's error handler with 404 Error as no Content-Type: the contract requires application/json`
	e.HTTPErrorHandler = func(err error, c echo.Context) {
		var he *echo.HTTPError
		if errors.As(err, &he) {
			c.Response().WriteHeader(he.Code)
			json.NewEncoder(c.Response()).Encode(Error{ErrorMessage: http.StatusText(he.Code)})
			return
		}
		c.NoContent(http.StatusInternalServerError)
	}
	e.Any("/items", items)
	return e.Start(":8080")
}
