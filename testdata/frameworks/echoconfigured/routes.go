// Package echoconfigured returns errors to the handler its configuration
// names (echoerrors.Handle, see .errcontract.json): they are judged by it.
package echoconfigured

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"

	"example.com/frameworks/echoerrors"
)

func getItem(c echo.Context) error {
	switch c.Param("id") {
	case "":
		return echoerrors.Invalid("id required") // want `400 response body is map\[string\]any\{"error": ...\}, not the Error object`
	case "gone":
		return echo.NewHTTPError(http.StatusNotFound, "gone") // want `404 response body is map\[string\]any\{"error": ...\}, not the Error object`
	}
	return errors.New("db down")
}

func Routes(e *echo.Echo) {
	e.GET("/items/:id", getItem)
}
