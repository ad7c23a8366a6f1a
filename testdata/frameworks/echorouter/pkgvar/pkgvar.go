// Package pkgvar replaces echo's handlers for unknown paths and wrong
// methods, package variables of echo's, with ones that write the Error
// object.
package pkgvar

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func items(c echo.Context) error { return c.NoContent(http.StatusNoContent) }

func Serve() error {
	echo.NotFoundHandler = func(c echo.Context) error {
		return c.JSON(http.StatusNotFound, Error{ErrorMessage: "no such path"})
	}
	echo.MethodNotAllowedHandler = func(c echo.Context) error {
		c.Response().Header().Set("Allow", "GET")
		return c.JSON(http.StatusMethodNotAllowed, Error{ErrorMessage: "method not allowed"})
	}
	e := echo.New()
	e.GET("/items", items)
	return e.Start(":8080")
}
