package echov5

import (
	"fmt"
	"net/http"

	"github.com/labstack/echo/v5"
)

// handleErr writes nothing once the response is committed, as echo's own does.
func handleErr(c *echo.Context, err error) {
	if r, _ := echo.UnwrapResponse(c.Response()); r != nil && r.Committed {
		return
	}
	c.NoContent(http.StatusInternalServerError)
}

func handleErrUnguarded(c *echo.Context, err error) {
	c.NoContent(http.StatusInternalServerError)
}

func report(c *echo.Context) error {
	err := c.JSON(http.StatusOK, map[string]string{"report": "ready"})
	handleErr(c, err)
	return nil
}

// Positive: nothing stops the 500 after the 200.
func reportUnguarded(c *echo.Context) error {
	err := c.JSON(http.StatusOK, map[string]string{"report": "ready"})
	handleErrUnguarded(c, err) // want `second WriteHeader \(handleErrUnguarded\(500\)\) is ignored: the client already got status 200`
	return nil
}

func CommittedRoutes(e *echo.Echo) {
	e.GET("/report", report)
	e.GET("/report2", reportUnguarded)
}

// A plain error returned to echo v5: its default handler answers 500 as JSON.
func exportReport(c *echo.Context) error {
	if c.QueryParam("format") == "" {
		return fmt.Errorf("no format for %s", c.Param("id")) // want `echo/v5 default error handler writes JSON \(\{"message": ...\}\) on a 500 response`
	}
	return c.NoContent(http.StatusNoContent)
}
