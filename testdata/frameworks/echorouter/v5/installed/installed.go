// Package installed installs echo v5's error handler on the engine.
package installed

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v5"
)

func items(c *echo.Context) error { return c.NoContent(http.StatusNoContent) }

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

// An installed handler that renders another shape.
func Installed() error {
	e := echo.New() // want `echo/v5 router e answers unknown paths through the app's error handler with 404 map\[string\]string{"error": ...} as application/json: not the Error object \(no "errorMessage" key\); set e.HTTPErrorHandler`
	e.HTTPErrorHandler = func(c *echo.Context, err error) {
		var sc echo.HTTPStatusCoder
		if errors.As(err, &sc) {
			c.JSON(sc.StatusCode(), map[string]string{"error": err.Error()})
			return
		}
		c.NoContent(http.StatusInternalServerError)
	}
	e.POST("/items", items) // want `from here echo/v5 router e answers a wrong method through the app's error handler with 405 map\[string\]string{"error": ...}`
	return e.Start(":8080")
}
