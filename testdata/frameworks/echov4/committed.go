package echov4

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"
)

// handleErr is an app's funnel: like echo's own, it writes nothing once the
// response is committed.
func handleErr(c echo.Context, err error) {
	if c.Response().Committed {
		return
	}
	c.NoContent(http.StatusInternalServerError)
}

// handleErrUnguarded answers whatever came before.
func handleErrUnguarded(c echo.Context, err error) {
	c.NoContent(http.StatusInternalServerError)
}

// runFlow answers and returns the error of its write.
func runFlow(c echo.Context) error {
	if c.QueryParam("step") == "" {
		return errors.New("no step") // want `echo/v4 default error handler writes JSON \(\{"message": ...\}\) on a 500 response`
	}
	return c.JSON(http.StatusOK, map[string]string{"step": c.QueryParam("step")})
}

// flow funnels whatever runFlow returned: a committed response is left alone.
func flow(c echo.Context) error {
	err := runFlow(c)
	handleErr(c, err)
	return nil
}

// flowReturn returns the flow's error to echo: nil where runFlow answered,
// so echo's handler runs only on the path where nothing was written.
func flowReturn(c echo.Context) error {
	return runFlow(c)
}

// flowTested only funnels a non-nil error: runFlow's write error is nil.
func flowTested(c echo.Context) error {
	if err := runFlow(c); err != nil {
		handleErrUnguarded(c, err)
	}
	return nil
}

// Positive: an unguarded funnel after the 200 is ignored on the wire.
func flowUnguarded(c echo.Context) error {
	err := runFlow(c)
	handleErrUnguarded(c, err) // want `second WriteHeader \(handleErrUnguarded\(500\)\) is ignored: the client already got status 200`
	return nil
}

func CommittedRoutes(e *echo.Echo) {
	e.GET("/flow", flow)
	e.GET("/flow2", flowReturn)
	e.GET("/flow3", flowTested)
	e.GET("/flow4", flowUnguarded)
	e.GET("/run", runFlow)
}
