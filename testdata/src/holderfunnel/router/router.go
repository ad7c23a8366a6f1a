// Package router runs handlers of a value that holds the writer and hands
// their errors to HandleError inside a closure of its own: the package
// that defines the handlers cannot see that, and names it in its config.
package router

import (
	"encoding/json"
	"errors"
	"net/http"
)

type Event struct {
	Response http.ResponseWriter
	Request  *http.Request
}

type APIError struct {
	Status  int    `json:"status"`
	Message string `json:"message"`
}

func (e *APIError) Error() string { return e.Message }

func NotFound(msg string) *APIError { return &APIError{Status: http.StatusNotFound, Message: msg} }

func Unauthorized(msg string) *APIError {
	return &APIError{Status: http.StatusUnauthorized, Message: msg}
}

// HandleError is the funnel: the error's own status and JSON, or a bare 500.
func HandleError(w http.ResponseWriter, r *http.Request, err error) {
	var ae *APIError
	if errors.As(err, &ae) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(ae.Status)
		json.NewEncoder(w).Encode(ae)
		return
	}
	w.WriteHeader(http.StatusInternalServerError)
}

type Router struct{ routes map[string]func(*Event) error }

func (rt *Router) GET(path string, h func(*Event) error) { rt.routes[path] = h }

func (rt *Router) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := rt.routes[r.URL.Path]
	if err := h(&Event{Response: w, Request: r}); err != nil {
		HandleError(w, r, err)
	}
}
