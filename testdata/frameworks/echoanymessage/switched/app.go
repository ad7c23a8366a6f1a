// Package switched: the error handler picks the body with a type switch
// on a variable of type any; a string message becomes the Error object,
// anything else is sent as it is.
package switched

import (
	"errors"
	"net/http"
	"strings"

	"github.com/labstack/echo/v5"
)

type apiError struct {
	ErrorMessage string `json:"errorMessage"`
}

type legacy struct {
	Reason string `json:"reason"`
}

type legacyError struct{}

func (legacyError) Error() string { return "legacy" }

func errorHandler(c *echo.Context, err error) {
	code := http.StatusInternalServerError
	var message any = "internal"
	var he *echo.HTTPError
	var le legacyError
	switch {
	case errors.As(err, &he):
		code = he.Code
		message = he.Message
	case errors.As(err, &le):
		code = http.StatusGone
		message = legacy{Reason: "gone"}
	case errors.Is(err, errOpaque):
		code = http.StatusNotFound
		message = err // an error: no string, no []string; its body is not known
	}
	if code >= 500 {
		_ = c.NoContent(code)
		return
	}
	switch m := message.(type) {
	case string:
		_ = c.JSON(code, apiError{ErrorMessage: m})
	case []string:
		_ = c.String(code, strings.Join(m, "\n")) // no error gets here
	default:
		_ = c.JSON(code, m) // want `410 response body is legacy, not the Error object`
	}
}

var errOpaque = errors.New("opaque")

func items(c *echo.Context) error {
	switch c.QueryParam("case") {
	case "bad":
		return echo.NewHTTPError(http.StatusBadRequest, "bad id") // the Error object
	case "gone":
		return legacyError{} // reported in the error handler, where its 410 is set
	case "opaque":
		return errOpaque
	case "plain":
		return errors.New("boom") // 500, no body
	}
	return c.String(http.StatusOK, "ok")
}

func New() *echo.Echo {
	e := echo.New()
	e.HTTPErrorHandler = errorHandler
	e.GET("/items", items)
	return e
}
