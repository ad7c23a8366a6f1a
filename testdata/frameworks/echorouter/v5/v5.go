// Package v5 checks echo v5's engine: its own answers to unmatched
// requests go to the app's error handler as an unexported error whose
// StatusCode method reports 404 or 405.
package v5

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

func items(c *echo.Context) error { return c.NoContent(http.StatusNoContent) }

func Serve() error {
	e := echo.New()        // want `echo/v5 router e answers unknown paths through the echo/v5 default error handler with 404 {"message":"Not Found"} as application/json: not the Error object \(no "errorMessage" key\); set e.HTTPErrorHandler`
	e.GET("/items", items) // want `from here echo/v5 router e answers a wrong method through the echo/v5 default error handler with 405`
	return e.Start(":8080")
}

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

// A configuration that brings its own router may bring its own 404
// handler: not judged.
func OwnRouter() error {
	e := echo.NewWithConfig(echo.Config{Router: echo.NewRouter(echo.RouterConfig{
		NotFoundHandler: func(c *echo.Context) error { return c.JSON(http.StatusNotFound, Error{ErrorMessage: "no such path"}) },
	})})
	e.GET("/items", items)
	return e.Start(":8080")
}
