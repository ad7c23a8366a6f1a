package echov5

import "github.com/labstack/echo/v5"

// NewServer makes the engine and installs no error handler of its own.
func NewServer() *echo.Echo {
	e := echo.New()
	Routes(e)
	CommittedRoutes(e)
	StatusCoderRoutes(e)
	return e
}
