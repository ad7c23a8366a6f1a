// Package quiet has the interface shape without a funnel: the closure
// that runs the handler drops its error, so no adapter is found and the
// handlers' returns are not judged.
package quiet

import (
	"log"
	"net/http"
)

type Handler interface {
	ServeHTTP(w http.ResponseWriter, r *http.Request) error
}

type HandlerFunc func(w http.ResponseWriter, r *http.Request) error

func (f HandlerFunc) ServeHTTP(w http.ResponseWriter, r *http.Request) error {
	return f(w, r)
}

type Error struct{ Status int }

func (e Error) Error() string { return "error" }

func New() http.Handler {
	mux := http.NewServeMux()
	add := func(pattern string, h Handler) {
		mux.Handle(pattern, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if err := h.ServeHTTP(w, r); err != nil {
				log.Print(err)
			}
		}))
	}
	add("/x", HandlerFunc(get))
	return mux
}

func get(w http.ResponseWriter, r *http.Request) error {
	return Error{Status: http.StatusNotFound}
}
