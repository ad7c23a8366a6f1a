package echov4

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

type itemStore interface{ Get(id string) (string, error) }

// lookup's errors are of several kinds: a 404 and a 500 of its own, or
// the store's; a caller follows each kind.
func lookup(s itemStore, id string) (string, error) {
	if id == "" {
		return "", echo.NewHTTPError(http.StatusNotFound, Error{ErrorMessage: "no id"})
	}
	v, err := s.Get(id)
	if err != nil {
		return "", err
	}
	if v == "" {
		return "", echo.NewHTTPError(http.StatusInternalServerError, "empty")
	}
	return v, nil
}

func showKinds(c echo.Context) error {
	var s itemStore
	v, err := lookup(s, c.Param("id"))
	if err != nil {
		return err // want `on a 500 response: 5xx responses must not carry a structured body`
	}
	return c.String(http.StatusOK, v)
}

// On the branch where the error is no *echo.HTTPError, neither kind of
// lookup's own is taken: the store's error goes on alone.
func showAsserted(c echo.Context) error {
	var s itemStore
	v, err := lookup(s, c.Param("id"))
	if err != nil {
		if _, ok := err.(*echo.HTTPError); !ok {
			return err
		}
		return c.NoContent(http.StatusNoContent)
	}
	return c.String(http.StatusOK, v)
}

func registerKinds(e *echo.Echo) {
	e.GET("/kinds/:id", showKinds)
	e.GET("/asserted/:id", showAsserted)
}
