// Package ok renders every error, the engine's 404 and 405 too, as the
// Error object through its own error handler.
package ok

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func HandleError(err error, c echo.Context) {
	var he *echo.HTTPError
	if errors.As(err, &he) {
		c.JSON(he.Code, Error{ErrorMessage: fmt.Sprint(he.Message)})
		return
	}
	c.NoContent(http.StatusInternalServerError)
}

func items(c echo.Context) error { return c.NoContent(http.StatusNoContent) }

func Serve() error {
	e := echo.New()
	e.HTTPErrorHandler = HandleError
	e.GET("/items", items)
	return e.Start(":8080")
}
