// Package echomessagekey checks echo's default error body against a
// configured message key: with "message", {"message": ...} is the Error object.
package echomessagekey

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

func getItem(c echo.Context) error {
	switch c.Param("id") {
	case "":
		return echo.NewHTTPError(http.StatusBadRequest, "id required")
	case "gone":
		return echo.ErrNotFound
	case "boom":
		return echo.NewHTTPError(http.StatusInternalServerError, "db") // want `on a 500 response: 5xx responses must not carry a structured body`
	}
	return c.JSON(http.StatusOK, map[string]string{"id": c.Param("id")})
}

func valid(user, pass string, c echo.Context) (bool, error) {
	return user == "admin" && pass != "", nil
}

func Routes(e *echo.Echo) {
	e.GET("/items/:id", getItem)
	// Its 401 body {"message": "Unauthorized"} is the Error object here.
	e.Use(middleware.BasicAuthWithConfig(middleware.BasicAuthConfig{Validator: valid, Realm: "cmix"}))
}
