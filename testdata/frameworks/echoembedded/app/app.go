// Package app makes the echo app, installs its error handler and
// registers the handlers of package pages through its own router
// wrapper, which takes the app's handler type.
package app

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"

	"example.com/frameworks/echoembedded/pages"
	"example.com/frameworks/echoembedded/webctx"
)

type Handler func(c *webctx.Ctx) error

func (h Handler) toEcho() echo.HandlerFunc {
	return func(c echo.Context) error { return h(c.(*webctx.Ctx)) }
}

// Router wraps echo's group so that routes take the app's handler type.
type Router struct {
	*echo.Group
}

func (r *Router) GET(path string, h Handler) {
	r.Group.GET(path, h.toEcho())
}

func (r *Router) POST(path string, h Handler) {
	r.Group.POST(path, h.toEcho())
}

func errorHandler(err error, c echo.Context) {
	var he *webctx.HTTPError
	if !errors.As(err, &he) {
		he = &webctx.HTTPError{Code: http.StatusInternalServerError, Message: err.Error()}
	}
	c.JSON(he.Code, he) // want `c.JSON writes JSON \(HTTPError\) on a 500 response`
}

func New() *echo.Echo {
	e := echo.New()
	e.HTTPErrorHandler = errorHandler
	e.Use(func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error { return next(&webctx.Ctx{Context: c}) }
	})
	r := &Router{Group: e.Group("")}
	r.GET("/pages/:id", pages.Show) // want `403/404 response body is HTTPError, not the Error object \(no "errorMessage" key\) \[via errorHandler at app.go:40\] \[error made at pages.go:10, ctx.go:31\] \[returned at pages.go:13\]`
	r.POST("/pages/:id", pages.Edit) // want `403 response body is HTTPError, not the Error object \(no "errorMessage" key\) \[via errorHandler at app.go:40\] \[error made at pages.go:20\]`
	return e
}
