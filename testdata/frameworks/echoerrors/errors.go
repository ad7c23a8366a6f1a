// Package echoerrors holds an app's error handler, installed by its main
// package and named in the configuration of the packages that return
// errors to it (echoconfigured).
package echoerrors

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"
)

// Handle sends the status of an *echo.HTTPError with {"error": ...}.
func Handle(err error, c echo.Context) {
	var he *echo.HTTPError
	if errors.As(err, &he) {
		c.JSON(he.Code, map[string]any{"error": he.Message})
		return
	}
	c.NoContent(http.StatusInternalServerError)
}

// Invalid is the app's constructor of 400s.
func Invalid(msg string) error { return echo.NewHTTPError(http.StatusBadRequest, msg) }
