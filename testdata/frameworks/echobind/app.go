// Package echobind: echo's c.Bind answers a request it cannot bind with
// an *echo.HTTPError of 400 (415 for a body of a type it does not know),
// which the handler returns to the app's error handler; c.Redirect and
// c.SetCookie write what they say; middleware that calls next(c) hands
// the response to the route's handler.
package echobind

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

type item struct {
	Name string `json:"name"`
}

// create returns the binder's error to echo's default error handler,
// which answers 400 with {"message": ...}.
func create(c echo.Context) error {
	var it item
	if err := c.Bind(&it); err != nil {
		return err // want `400/415 response body is \{"message": ...\}, not the Error object`
	}
	return c.JSON(http.StatusCreated, it)
}

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

// update answers a request it cannot bind itself.
func update(c echo.Context) error {
	var it item
	if err := c.Bind(&it); err != nil {
		return c.JSON(http.StatusBadRequest, Error{ErrorMessage: err.Error()})
	}
	return c.JSON(http.StatusOK, it)
}

// login redirects and sets a cookie: a 3xx, not an error response.
func login(c echo.Context) error {
	c.SetCookie(&http.Cookie{Name: "session", Value: "x"})
	return c.Redirect(http.StatusFound, "/home")
}

// requireJSON hands every request it accepts to the route's handler.
func requireJSON(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if c.Request().Header.Get("Content-Type") != "application/json" {
			return c.NoContent(http.StatusUnsupportedMediaType) // want `sends 415 with no body`
		}
		return next(c)
	}
}

func New() *echo.Echo {
	e := echo.New()
	e.Use(requireJSON)
	e.POST("/items", create)
	e.PUT("/items", update)
	e.GET("/login", login)
	return e
}
