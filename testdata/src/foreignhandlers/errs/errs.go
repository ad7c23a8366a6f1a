// Package errs declares the error the handlers return.
package errs

import "net/http"

type HTTPError struct {
	Status  int
	Message string
}

func (e *HTTPError) Error() string { return e.Message }

func NotFound(msg string) *HTTPError { return &HTTPError{Status: http.StatusNotFound, Message: msg} }

func BadRequest(msg string) *HTTPError {
	return &HTTPError{Status: http.StatusBadRequest, Message: msg}
}

func Conflict(msg string) *HTTPError { return &HTTPError{Status: http.StatusConflict, Message: msg} }
