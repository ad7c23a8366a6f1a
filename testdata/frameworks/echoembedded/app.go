// Package echoembedded writes through a project context type that embeds
// echo.Context: handlers take *Ctx, a named handler type adapts them to
// echo, and echo's own methods are reached through the embedded field.
package echoembedded

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

// Ctx is the app's request context: echo's, with the app's own state.
type Ctx struct {
	echo.Context
	user string
}

// Text answers a plain-text body with the status the caller gives.
func (c *Ctx) Text(code int, msg string) error { return c.String(code, msg) }

// Problem answers the Error object with the status the caller gives.
func (c *Ctx) Problem(code int, msg string) error {
	return c.JSON(code, Error{ErrorMessage: msg})
}

// Fail hands the error to the app's error handler.
func (c *Ctx) Fail(code int, msg string) error { return echo.NewHTTPError(code, msg) }

type Handler func(c *Ctx) error

func (h Handler) Echo() echo.HandlerFunc {
	return func(c echo.Context) error { return h(c.(*Ctx)) }
}

func getItem(c *Ctx) error {
	if c.Param("id") == "" {
		return c.String(http.StatusBadRequest, "id required") // want `writes a plain-text body on a 400 response`
	}
	if c.user == "" {
		return c.Text(http.StatusNotFound, "no such item") // want `writes a plain-text body on a 404 response`
	}
	if c.Param("x") != "" {
		return c.Problem(http.StatusUnprocessableEntity, "bad x") // want `does not fill "failedValidations"`
	}
	if c.Param("y") != "" {
		return c.Fail(http.StatusForbidden, "not yours")
	}
	return c.JSON(http.StatusInternalServerError, Error{ErrorMessage: "boom"}) // want `on a 500 response`
}

func getOK(c *Ctx) error {
	if c.user == "" {
		return c.Problem(http.StatusNotFound, "no such item")
	}
	return c.JSON(http.StatusOK, map[string]string{"id": c.Param("id")})
}

func New() *echo.Echo {
	e := echo.New()
	e.HTTPErrorHandler = func(err error, c echo.Context) {
		if he, ok := err.(*echo.HTTPError); ok {
			c.JSON(he.Code, Error{ErrorMessage: he.Error()})
			return
		}
		c.NoContent(http.StatusInternalServerError)
	}
	e.Use(func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error { return next(&Ctx{Context: c}) }
	})
	e.GET("/items/:id", Handler(getItem).Echo())
	e.GET("/ok/:id", Handler(getOK).Echo())
	return e
}
