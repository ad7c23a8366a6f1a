package echomessagekey

import "github.com/labstack/echo/v4"

// NewServer makes the engine and installs no error handler of its own.
func NewServer() *echo.Echo {
	e := echo.New()
	Routes(e)
	return e
}
