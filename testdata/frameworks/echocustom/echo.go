// Package echocustom installs its own error handler: the errors its
// handlers and echo's middleware return go there, not to echo's default.
package echocustom

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	echov5 "github.com/labstack/echo/v5"
	mw5 "github.com/labstack/echo/v5/middleware"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func valid(user, pass string, c echo.Context) (bool, error) {
	return user == "admin" && pass != "", nil
}

func getItem(c echo.Context) error {
	if c.Param("id") == "" {
		return echo.NewHTTPError(http.StatusBadRequest, "id required")
	}
	return c.String(http.StatusNotFound, "no item") // want `writes a plain-text body on a 404 response`
}

func New() *echo.Echo {
	e := echo.New()
	e.HTTPErrorHandler = func(err error, c echo.Context) {
		c.JSON(http.StatusBadRequest, Error{ErrorMessage: err.Error()})
	}
	e.Use(middleware.BasicAuthWithConfig(middleware.BasicAuthConfig{Validator: valid, Realm: "cmix"}))
	e.GET("/items/:id", getItem)
	return e
}

func valid5(c *echov5.Context, user, pass string) (bool, error) { return user == "admin", nil }

// echo v5's default handler is still in place: its 401 body is judged.
func New5() *echov5.Echo {
	e := echov5.New()
	e.Use(mw5.BasicAuthWithConfig(mw5.BasicAuthConfig{Validator: valid5, Realm: "cmix"})) // want `answers 401 through the echo/v5 default error handler, whose body is \{"message": ...\}`
	return e
}
