// Package items holds echo v5 handlers whose errors go to an error
// handler the app installs in another package (echoregistered): here
// their returns are not judged; where they are registered, they are.
package items

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v5"

	"example.com/frameworks/echoregistered/errs"
)

func Get(c *echo.Context) error {
	switch c.Param("id") {
	case "":
		return echo.NewHTTPError(http.StatusBadRequest, "id required")
	case "gone":
		return errs.ErrItemGone{ID: "gone"}
	case "x":
		return c.String(http.StatusNotFound, "no item") // want `c.String writes a plain-text body on a 404 response`
	}
	return c.JSON(http.StatusOK, map[string]string{"id": c.Param("id")})
}

func List(c *echo.Context) error {
	if c.QueryParam("page") == "" {
		return echo.NewHTTPError(http.StatusUnauthorized, "login first")
	}
	if c.QueryParam("lock") != "" {
		return &errs.ErrLocked{}
	}
	return errors.New("db down")
}

// Health answers every request itself and returns no error.
func Health(c *echo.Context) error {
	return c.NoContent(http.StatusNoContent)
}
