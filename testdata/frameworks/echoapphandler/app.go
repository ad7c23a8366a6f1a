// Package echoapphandler installs an error handler that logs and hands
// every error to echo's default one: the errors its handlers return are
// judged by what that default sends, and its own fallback (a plain error's
// 500 {"message": ...}) is reported once, where it delegates.
package echoapphandler

import (
	"errors"
	"log"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func getItem(c echo.Context) error {
	switch c.Param("id") {
	case "":
		return echo.NewHTTPError(http.StatusBadRequest, "id required") // want `400 response body is \{"message": ...\}, not the Error object`
	case "struct":
		return echo.NewHTTPError(http.StatusBadRequest, Error{ErrorMessage: "id required"})
	case "login":
		return echo.NewHTTPError(http.StatusUnauthorized, "login").SetInternal(errors.New("expired")) // want `sends 401 without WWW-Authenticate` `401 response body is \{"message": ...\}`
	}
	return errors.New("db down")
}

func valid(user, pass string, c echo.Context) (bool, error) { return user == "admin", nil }

func New() *echo.Echo {
	e := echo.New()
	e.HTTPErrorHandler = func(err error, c echo.Context) {
		if _, ok := err.(*echo.HTTPError); !ok {
			log.Println(err)
		}
		e.DefaultHTTPErrorHandler(err, c) // want `echo/v4 default error handler writes JSON \(\{"message": ...\}\) on a 500 response`
	}
	e.Use(middleware.BasicAuthWithConfig(middleware.BasicAuthConfig{Validator: valid, Realm: "cmix"})) // want `answers 401 through the echo/v4 default error handler, whose body is \{"message": ...\}`
	e.GET("/items/:id", getItem)
	return e
}
