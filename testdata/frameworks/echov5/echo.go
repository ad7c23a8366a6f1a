// Package echov5 checks handlers written with github.com/labstack/echo/v5.
package echov5

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func getItem(c *echo.Context) error {
	switch c.Param("id") {
	case "":
		return c.String(http.StatusBadRequest, "id required") // want `writes a plain-text body on a 400 response`
	case "boom":
		return echo.NewHTTPError(http.StatusInternalServerError, "db") // want `on a 500 response: 5xx responses must not carry a structured body`
	case "ok":
		return c.JSON(http.StatusNotFound, Error{ErrorMessage: "not here"})
	}
	return c.JSON(http.StatusOK, map[string]string{"id": c.Param("id")})
}

func Routes(e *echo.Echo) {
	e.GET("/items/:id", getItem)
}
