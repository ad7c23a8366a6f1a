// Package echoapphandlerok installs a named error handler that renders the
// Error object with the error's status and answers other errors with an
// empty 500: the returns are judged through it.
package echoapphandlerok

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func handleError(err error, c echo.Context) {
	var he *echo.HTTPError
	if errors.As(err, &he) {
		c.JSON(he.Code, Error{ErrorMessage: fmt.Sprint(he.Message)})
		return
	}
	c.NoContent(http.StatusInternalServerError)
}

func getItem(c echo.Context) error {
	switch c.Param("id") {
	case "":
		return echo.NewHTTPError(http.StatusBadRequest, "id required")
	case "missing":
		return echo.ErrNotFound
	case "login":
		return echo.NewHTTPError(http.StatusUnauthorized, "login") // want `sends 401 without WWW-Authenticate`
	case "down":
		return echo.NewHTTPError(http.StatusServiceUnavailable, "down") // want `Error object \(Error\) on a 503 response`
	}
	return errors.New("db down")
}

func New() *echo.Echo {
	e := echo.New()
	e.HTTPErrorHandler = handleError
	e.GET("/items/:id", getItem)
	return e
}
