// Package chain: handlers of an event that holds the writer hand the
// response on in two ways the coverage report counts as followed: the
// event's own continuation (e.Next(), a method that calls the next
// handler it holds) and a hook run with a handler literal over an event
// that embeds the request's.
package chain

import (
	"encoding/json"
	"errors"
	"net/http"

	"example.com/coverage/chain/hook"
)

type Event struct {
	W    http.ResponseWriter
	R    *http.Request
	next func() error
}

// Next runs the next handler of the chain.
func (e *Event) Next() error {
	if e.next != nil {
		return e.next()
	}
	return nil
}

type APIError struct {
	Status       int    `json:"-"`
	ErrorMessage string `json:"errorMessage"`
}

func (e *APIError) Error() string { return e.ErrorMessage }

// handleError is the app's error handler (named in .errcontract.json).
func handleError(w http.ResponseWriter, r *http.Request, err error) {
	var ae *APIError
	if errors.As(err, &ae) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(ae.Status)
		json.NewEncoder(w).Encode(ae)
		return
	}
	w.WriteHeader(http.StatusInternalServerError)
}

// requireAuth answers 403 itself, or hands on to the next handler.
func requireAuth(e *Event) error {
	if e.R.Header.Get("Authorization") == "" {
		return &APIError{Status: http.StatusForbidden, ErrorMessage: "forbidden"}
	}
	return e.Next()
}

type hookEvent struct {
	*Event
	Name string
}

// show runs its answer as a hook's handler, over an event around e.
func show(e *Event) error {
	ev := new(hookEvent)
	ev.Event = e
	ev.Name = "show"
	return hook.Trigger(ev, func(ev *hookEvent) error {
		ev.W.WriteHeader(http.StatusNoContent)
		return nil
	})
}

type Router struct{ routes map[string]func(*Event) error }

func (rt *Router) GET(path string, h func(*Event) error) { rt.routes[path] = h }

func routes(rt *Router) {
	rt.GET("/me", requireAuth)
	rt.GET("/show", show)
}
