// Package answers installs error handlers whose answers to the engine's
// own errors break the contract in other ways: an empty body, the Error
// object without a JSON Content-Type, every error as a JSON 500.
package answers

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func items(c echo.Context) error { return c.NoContent(http.StatusNoContent) }

// Statuses only.
func Empty() error {
	e := echo.New() // want `echo router e answers unknown paths through the app's error handler with an empty 404: the contract requires the Error object \(JSON with "errorMessage"\)`
	e.HTTPErrorHandler = func(err error, c echo.Context) {
		var he *echo.HTTPError
		if errors.As(err, &he) {
			c.NoContent(he.Code)
			return
		}
		c.NoContent(http.StatusInternalServerError)
	}
	e.Any("/items", items)
	return e.Start(":8080")
}
