// Package echorouter checks the echo engine's own answers to unmatched
// requests, rendered by echo's default error handler.
package echorouter

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func items(c echo.Context) error { return c.NoContent(http.StatusNoContent) }

func Serve() error {
	e := echo.New()        // want `echo router e answers unknown paths through the echo/v4 default error handler with 404 {"message":"Not Found"} as application/json: not the Error object \(no "errorMessage" key\); set e.HTTPErrorHandler`
	e.GET("/items", items) // want `from here echo router e answers a wrong method through the echo/v4 default error handler with 405 {"message":"Method Not Allowed"} as application/json: not the Error object \(no "errorMessage" key\); set e.HTTPErrorHandler`
	api := e.Group("/api")
	api.POST("/items", items)
	return e.Start(":8080")
}

type server struct{ e *echo.Echo }

// An engine in a field, served by an http.Server, with routes for every
// method only: no 405 of its own.
func (s *server) init() {
	s.e = echo.New() // want `echo router s.e answers unknown paths through the echo/v4 default error handler with 404`
	s.e.Any("/items", items)
}

func (s *server) run() error { return (&http.Server{Handler: s.e}).ListenAndServe() }
