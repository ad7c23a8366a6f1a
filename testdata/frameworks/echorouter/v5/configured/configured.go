// Package configured gives echo v5 its error handler in the engine's
// configuration.
package configured

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v5"
)

func items(c *echo.Context) error { return c.NoContent(http.StatusNoContent) }

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

// A handler given in the configuration that renders the Error object for
// every error with a status: the engine's answers comply.
func Configured() error {
	e := echo.NewWithConfig(echo.Config{HTTPErrorHandler: func(c *echo.Context, err error) {
		var sc echo.HTTPStatusCoder
		if errors.As(err, &sc) {
			c.JSON(sc.StatusCode(), Error{ErrorMessage: err.Error()})
			return
		}
		c.NoContent(http.StatusInternalServerError)
	}})
	e.GET("/items", items)
	return e.Start(":8080")
}
