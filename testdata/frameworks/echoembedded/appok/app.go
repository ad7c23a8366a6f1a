// Package appok is package app with an error handler that answers the
// Error object: the same registrations are silent.
package appok

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"

	"example.com/frameworks/echoembedded/pages"
	"example.com/frameworks/echoembedded/webctx"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

type Handler func(c *webctx.Ctx) error

func (h Handler) toEcho() echo.HandlerFunc {
	return func(c echo.Context) error { return h(c.(*webctx.Ctx)) }
}

type Router struct {
	*echo.Group
}

func (r *Router) GET(path string, h Handler) {
	r.Group.GET(path, h.toEcho())
}

func errorHandler(err error, c echo.Context) {
	var he *webctx.HTTPError
	if !errors.As(err, &he) {
		c.NoContent(http.StatusInternalServerError)
		return
	}
	c.JSON(he.Code, Error{ErrorMessage: he.Message})
}

func New() *echo.Echo {
	e := echo.New()
	e.HTTPErrorHandler = errorHandler
	e.Use(func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error { return next(&webctx.Ctx{Context: c}) }
	})
	r := &Router{Group: e.Group("")}
	r.GET("/pages/:id", pages.Show)
	return e
}
