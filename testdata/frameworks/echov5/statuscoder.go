package echov5

import (
	"encoding/json"
	"net/http"

	"github.com/labstack/echo/v5"
)

// echo v5's default error handler takes the status of any error with a
// StatusCode() int method.

type quotaError struct{ status int }

func (e *quotaError) Error() string   { return "quota" }
func (e *quotaError) StatusCode() int { return e.status }

func newQuotaError() error { return &quotaError{status: http.StatusTooManyRequests} }

type forbidden struct{}

func (forbidden) Error() string   { return "forbidden" }
func (forbidden) StatusCode() int { return http.StatusForbidden }

// problem marshals itself: echo sends it as it is.
type problem struct{ status int }

func (p *problem) Error() string   { return "problem" }
func (p *problem) StatusCode() int { return p.status }
func (p *problem) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[string]string{"errorMessage": "p"})
}

func statusCoders(c *echo.Context) error {
	switch c.Param("id") {
	case "q":
		return newQuotaError() // want `429 response body is \{"message": ...\}, not the Error object`
	case "f":
		return forbidden{} // want `403 response body is \{"message": ...\}, not the Error object`
	case "p":
		return &problem{status: http.StatusNotFound}
	case "nf":
		return echo.ErrNotFound // want `404 response body is \{"message": ...\}, not the Error object`
	case "u":
		return echo.ErrUnauthorized.Wrap(nil) // want `sends 401 without WWW-Authenticate` `401 response body is \{"message": ...\}, not the Error object`
	}
	return c.NoContent(http.StatusOK)
}

func StatusCoderRoutes(e *echo.Echo) {
	e.GET("/s/:id", statusCoders)
}
