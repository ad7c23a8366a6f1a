package echov4

import "github.com/labstack/echo/v4"

// NewServer makes the engine and installs no error handler of its own:
// the errors this package's handlers return go to echo's default one.
func NewServer() *echo.Echo {
	e := echo.New()
	Routes(e)
	CommittedRoutes(e)
	ErrorMethodRoutes(e)
	return e
}
