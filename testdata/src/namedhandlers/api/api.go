// Package api is a project router: handlers of a named func type that
// return errors, registered through the router's methods, and middleware
// of the same shape that returns a context. One funnel writes every error;
// it tries one errors.As helper after another, each saying whether it
// answered.
package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

// HandlerFunc is the project's handler type.
type HandlerFunc func(w http.ResponseWriter, r *http.Request) error

// Middleware runs before a handler and may stop the request with an error.
type Middleware func(w http.ResponseWriter, r *http.Request) (context.Context, error)

// HTTPError carries a status.
type HTTPError struct {
	Status  int
	Message string
}

func (e *HTTPError) Error() string { return e.Message }

// NewHTTPError and BadRequest are constructors that pass their format
// arguments on (args...): the status is known at the caller all the same.
func NewHTTPError(status int, format string, args ...any) *HTTPError {
	return &HTTPError{Status: status, Message: fmt.Sprintf(format, args...)}
}

func BadRequest(format string, args ...any) *HTTPError {
	return NewHTTPError(http.StatusBadRequest, format, args...)
}

// ValidationError answers 422.
type ValidationError struct {
	Fields []string
}

func (e *ValidationError) Error() string { return "invalid" }

// Router wraps a mux.
type Router struct {
	mux *http.ServeMux
	mw  []Middleware
}

func New() *Router { return &Router{mux: http.NewServeMux()} }

// Get registers fn: its errors go to WriteError through serve.
func (rt *Router) Get(pattern string, fn HandlerFunc) {
	rt.mux.HandleFunc("GET "+pattern, fn.serve)
}

// Use adds middleware.
func (rt *Router) Use(m Middleware) {
	rt.mw = append(rt.mw, m)
}

func (rt *Router) ServeHTTP(w http.ResponseWriter, r *http.Request) { rt.mux.ServeHTTP(w, r) }

func (h HandlerFunc) serve(w http.ResponseWriter, r *http.Request) {
	if err := h(w, r); err != nil {
		WriteError(w, err)
	}
}

// Wrap turns middleware into the standard shape.
func (m Middleware) Wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, err := m(w, r)
		if err != nil {
			WriteError(w, err)
			return
		}
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

type errorBody struct {
	Message string `json:"message"`
}

type contractError struct {
	ErrorMessage      string   `json:"errorMessage"`
	FailedValidations []string `json:"failedValidations"`
}

func sendJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// WriteError tries each kind of error in turn.
func WriteError(w http.ResponseWriter, err error) {
	switch {
	case writeValidation(w, err):
	case writeHTTPError(w, err):
	default:
		w.WriteHeader(http.StatusInternalServerError)
	}
}

func writeValidation(w http.ResponseWriter, err error) bool {
	var v *ValidationError
	if !errors.As(err, &v) {
		return false
	}
	sendJSON(w, http.StatusUnprocessableEntity, contractError{ErrorMessage: "invalid", FailedValidations: v.Fields})
	return true
}

func writeHTTPError(w http.ResponseWriter, err error) bool {
	var e *HTTPError
	if !errors.As(err, &e) {
		return false
	}
	sendJSON(w, e.Status, errorBody{Message: e.Message})
	return true
}
