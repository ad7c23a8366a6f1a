// Package echoanymessage: an echo app whose own error handler builds the
// body in a variable of type any and wraps a string message in a struct
// by its dynamic type (`_, isString := message.(string)`) before it
// sends it. The body of each path is the value the variable holds there.
package echoanymessage

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/labstack/echo/v5"
)

type wrapped struct {
	Message any `json:"message"`
}

// describedError is an error whose status and body come from a
// descriptor its method builds.
type describedError struct{ err error }

type descriptor struct {
	HTTPCode int    `json:"-"`
	Code     int    `json:"code"`
	Message  string `json:"message"`
}

func (e describedError) Error() string { return "described" }
func (e describedError) Unwrap() error { return e.err }
func (e describedError) Describe() descriptor {
	return descriptor{HTTPCode: http.StatusConflict, Code: 7, Message: "taken"}
}

type describer interface{ Describe() descriptor }

// validationError encodes itself.
type validationError struct{}

func (validationError) Error() string { return "invalid" }
func (validationError) MarshalJSON() ([]byte, error) {
	return []byte(`{"errorMessage":"invalid","failedValidations":[]}`), nil
}

func errorHandler(c *echo.Context, err error) {
	var (
		code        = http.StatusInternalServerError
		message any = http.StatusText(http.StatusInternalServerError)
	)
	var he *echo.HTTPError
	if errors.As(err, &he) {
		code = he.Code
		if he.Message != "" {
			message = he.Message
		}
	}
	if d, ok := err.(describer); ok {
		desc := d.Describe()
		code = desc.HTTPCode
		message = desc
	}
	if _, ok := err.(json.Marshaler); ok {
		code = http.StatusUnprocessableEntity
		message = err // an error, so no string: sent as it encodes itself
	}
	if _, isString := message.(string); isString {
		message = wrapped{Message: message}
	}
	_ = c.JSON(code, message) // want `c.JSON writes JSON \(wrapped\) on a 500 response`
}

func items(c *echo.Context) error {
	switch c.QueryParam("case") {
	case "bad":
		return echo.NewHTTPError(http.StatusBadRequest, "bad id") // want `400 response body is wrapped, not the Error object`
	case "taken":
		return describedError{} // want `409 response body is descriptor, not the Error object`
	case "taken-bad":
		// The descriptor decides, also over the wrapped echo error's 400.
		return describedError{err: echo.NewHTTPError(http.StatusBadRequest, "bad")} // want `409 response body is descriptor, not the Error object`
	case "invalid":
		return validationError{}
	case "plain":
		return errors.New("boom") // the 500 is reported once, in the error handler
	}
	return c.String(http.StatusOK, "ok")
}

func New() *echo.Echo {
	e := echo.New()
	e.HTTPErrorHandler = errorHandler
	e.GET("/items", items)
	return e
}
