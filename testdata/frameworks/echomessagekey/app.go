package echomessagekey

import "github.com/labstack/echo/v4"

// NewServer makes the engine and installs no error handler of its own.
func NewServer() *echo.Echo {
	e := echo.New()
	Routes(e)
	return e
}

// Serve serves the engine: its own 404 and 405, {"message": ...} from the
// default error handler, are the Error object under this contract.
func Serve() error {
	e := NewServer()
	return e.Start(":8080")
}
