// Package elsewhere serves an engine whose error handler, named by the
// errorHandler setting, is installed by another package: the engine's
// 404 and 405 go through it, not through echo's default.
package elsewhere

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func items(c echo.Context) error { return c.NoContent(http.StatusNoContent) }

func Serve() error {
	e := echo.New()
	e.GET("/items", items)
	return e.Start(":8080")
}
