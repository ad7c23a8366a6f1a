// Package echoelsewhere registers handlers on an engine made elsewhere:
// which error handler that app installs cannot be seen from here, so the
// errors returned are not judged (the configuration can name it).
package echoelsewhere

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"
)

func getItem(c echo.Context) error {
	if c.Param("id") == "" {
		return echo.NewHTTPError(http.StatusBadRequest, "id required")
	}
	if c.Param("id") == "x" {
		return c.String(http.StatusNotFound, "no item") // want `writes a plain-text body on a 404 response`
	}
	return errors.New("db down")
}

func Routes(e *echo.Echo) {
	e.GET("/items/:id", getItem)
}
