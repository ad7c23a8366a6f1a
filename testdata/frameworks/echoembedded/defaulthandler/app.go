// Package defaulthandler: the app's context embeds echo.Context and the
// app keeps echo's default error handler, so the errors its handlers
// return are answered with echo's {"message": ...}.
package defaulthandler

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

type Ctx struct {
	echo.Context
	admin bool
}

// Deny hands a 403 to the error handler, whatever the caller asks.
func (c *Ctx) Deny() error { return echo.NewHTTPError(http.StatusForbidden, "denied") }

func adapt(h func(*Ctx) error) echo.HandlerFunc {
	return func(c echo.Context) error { return h(&Ctx{Context: c}) }
}

func remove(c *Ctx) error {
	if !c.admin {
		return c.Deny() // want `403 response body is \{"message": ...\}`
	}
	return c.NoContent(http.StatusNoContent)
}

func New() *echo.Echo {
	e := echo.New()
	e.DELETE("/items/:id", adapt(remove))
	return e
}
