// Package notfoundonly answers unknown paths and wrong methods with its
// own RouteNotFound route, and takes every path for every method on a
// second engine.
package notfoundonly

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func items(c echo.Context) error { return c.NoContent(http.StatusNoContent) }

func notFound(c echo.Context) error {
	return c.JSON(http.StatusNotFound, Error{ErrorMessage: "no such path"})
}

func Serve() error {
	e := echo.New()
	e.RouteNotFound("/*", notFound)
	e.PUT("/items", items)
	return e.Start(":8080")
}

func Files() error {
	e := echo.New()
	e.Any("/*", items)
	return e.Start(":8081")
}
