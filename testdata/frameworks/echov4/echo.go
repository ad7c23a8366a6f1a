// Package echov4 checks handlers written with github.com/labstack/echo/v4.
package echov4

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func getItem(c echo.Context) error {
	switch c.Param("id") {
	case "":
		return c.JSON(http.StatusBadRequest, map[string]string{"error": "id required"}) // want `400 response body is map\[string\]string\{"error": ...\}, not the Error object`
	case "secret":
		return echo.NewHTTPError(http.StatusUnauthorized, "login") // want `sends 401 without WWW-Authenticate` `401 response body is \{"message": ...\}, not the Error object`
	case "gone":
		return echo.ErrNotFound // want `404 response body is \{"message": ...\}, not the Error object`
	case "boom":
		return c.JSON(http.StatusInternalServerError, Error{ErrorMessage: "db down"}) // want `on a 500 response: 5xx responses must not carry a structured body`
	case "down":
		return echo.NewHTTPError(http.StatusServiceUnavailable) // want `on a 503 response: 5xx responses must not carry a structured body`
	case "none":
		return c.NoContent(http.StatusNotFound) // want `sends 404 with no body`
	case "ok":
		return c.JSON(http.StatusNotFound, Error{ErrorMessage: "not here"})
	}
	return c.JSON(http.StatusOK, map[string]string{"id": c.Param("id")})
}

func Routes(e *echo.Echo) {
	e.GET("/items/:id", getItem)
}
