package echov4

import (
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

func valid(user, pass string, c echo.Context) (bool, error) { return user == "admin" && pass != "", nil }

// Setup installs echo's BasicAuth, which answers failed logins with its own 401.
func Setup(e *echo.Echo) {
	e.Use(middleware.BasicAuth(valid)) // want `middleware.BasicAuth answers 401 with WWW-Authenticate: basic realm="Restricted": the contract requires Basic realm="cmix"` `middleware.BasicAuth answers 401 through the echo/v4 default error handler, whose body is \{"message": ...\}, not the Error object`
	admin := e.Group("/admin")
	admin.Use(middleware.BasicAuthWithConfig(middleware.BasicAuthConfig{Validator: valid, Realm: "admin"})) // want `answers 401 with WWW-Authenticate: basic realm="admin"` `answers 401 through the echo/v4 default error handler`
	api := e.Group("/api")
	api.Use(middleware.BasicAuthWithConfig(middleware.BasicAuthConfig{Validator: valid, Realm: "cmix"})) // want `answers 401 through the echo/v4 default error handler, whose body is \{"message": ...\}`
}
