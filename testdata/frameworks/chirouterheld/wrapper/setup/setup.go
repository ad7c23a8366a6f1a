// Package setup holds a chi router in a server type made in one
// statement, whose routes method sets the router up: the method is the
// program's use of the router, not a part of a wrapper, and what it
// installs counts.
package setup

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

func items(w http.ResponseWriter, r *http.Request) {}

type server struct {
	router chi.Router
}

func newServer() *server {
	return &server{router: chi.NewRouter()}
}

func (s *server) routes() {
	s.router.NotFound(items)
	s.router.MethodNotAllowed(items)
	s.router.Get("/items", items)
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.router.ServeHTTP(w, r) }

func Serve() error {
	s := newServer()
	s.routes()
	return http.ListenAndServe(":8080", s)
}
