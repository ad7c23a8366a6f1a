// Package router hands handler errors to ErrorHandler, which first asks
// the writer whether a response went out already (through whatever
// wrappers it is in) and converts any error to its own APIError.
package router

import (
	"database/sql"
	"encoding/json"
	"errors"
	"net/http"
)

type Event struct {
	Response http.ResponseWriter
	Request  *http.Request
}

type APIError struct {
	Status  int            `json:"status"`
	Message string         `json:"message"`
	Data    map[string]any `json:"data"`
}

func (e *APIError) Error() string { return e.Message }

func NewAPIError(status int, msg string) *APIError {
	return &APIError{Status: status, Message: msg, Data: map[string]any{}}
}

func NewNotFoundError(msg string) *APIError   { return NewAPIError(http.StatusNotFound, msg) }
func NewBadRequestError(msg string) *APIError { return NewAPIError(http.StatusBadRequest, msg) }

// The event's own shortcuts to the constructors.
func (e *Event) InternalServerError(msg string) *APIError {
	return NewAPIError(http.StatusInternalServerError, msg)
}
func (e *Event) UnauthorizedError(msg string) *APIError {
	return NewAPIError(http.StatusUnauthorized, msg)
}

// ToAPIError keeps an *APIError found in the chain; anything else becomes
// a 404 or a 400.
func ToAPIError(err error) *APIError {
	var apiErr *APIError
	if !errors.As(err, &apiErr) {
		if errors.Is(err, sql.ErrNoRows) {
			apiErr = NewNotFoundError("")
		} else {
			apiErr = NewBadRequestError("")
		}
	}
	return apiErr
}

// ErrInvalidRedirect is what Redirect returns for a status it cannot send.
var ErrInvalidRedirect = NewAPIError(http.StatusInternalServerError, "invalid redirect status")

// Redirect sends a redirect, or returns a 500 for a status out of range.
func (e *Event) Redirect(status int, url string) error {
	if status < 300 || status > 399 {
		return ErrInvalidRedirect
	}
	e.Response.Header().Set("Location", url)
	e.Response.WriteHeader(status)
	return nil
}

type WriteTracker interface{ Written() bool }

type Unwrapper interface{ Unwrap() http.ResponseWriter }

// written asks the writer, or the one it wraps, whether it has written.
func written(rw http.ResponseWriter) (bool, error) {
	for {
		switch w := rw.(type) {
		case WriteTracker:
			return w.Written(), nil
		case Unwrapper:
			rw = w.Unwrap()
		default:
			return false, http.ErrNotSupported
		}
	}
}

// ErrorHandler is the funnel.
func ErrorHandler(w http.ResponseWriter, r *http.Request, err error) {
	if err == nil {
		return
	}
	if ok, _ := written(w); ok {
		return
	}
	header := w.Header()
	if header.Get("Content-Type") == "" {
		header.Set("Content-Type", "application/json")
	}
	apiErr := ToAPIError(err)
	w.WriteHeader(apiErr.Status)
	if r.Method != http.MethodHead {
		json.NewEncoder(w).Encode(apiErr)
	}
}

type Router struct{ routes map[string]func(*Event) error }

func (rt *Router) GET(path string, h func(*Event) error) { rt.routes[path] = h }

func (rt *Router) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := rt.routes[r.URL.Path]
	if err := h(&Event{Response: w, Request: r}); err != nil {
		ErrorHandler(w, r, err)
	}
}
