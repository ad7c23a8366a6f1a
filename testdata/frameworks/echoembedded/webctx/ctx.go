// Package webctx declares an app's request context: echo's, embedded,
// with methods that make the app's errors.
package webctx

import "github.com/labstack/echo/v4"

// HTTPError is the app's error; its JSON is {"message": ..., "status": ...}.
type HTTPError struct {
	Message string `json:"message"`
	Code    int    `json:"status"`
}

func (e *HTTPError) Error() string { return e.Message }

type Ctx struct {
	echo.Context
	User string
}

// Fail makes the app's error with the status the caller gives.
func (c *Ctx) Fail(code int, msg string) error {
	return c.fail(code, msg)
}

func (c *Ctx) fail(code int, msg string) error {
	c.Set("failed", true)
	return &HTTPError{Code: code, Message: msg}
}

// NotFound makes a 404.
func (c *Ctx) NotFound(msg string) error { return c.Fail(404, msg) }
