// Package handedout serves a router kept in a field and also hands it
// out through an accessor.
package handedout

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

func items(w http.ResponseWriter, r *http.Request) {}

type server struct {
	router *chi.Mux
	srv    *http.Server
}

func newServer() *server {
	s := &server{}
	s.router = chi.NewRouter() // want `chi router s.router answers a wrong method with an empty 405`
	s.router.NotFound(items)
	s.router.Get("/items", items)
	s.srv = &http.Server{Handler: s.router}
	return s
}

// Handler hands the router out as an http.Handler only: callers may
// serve it but not change it, and it is served here as the root.
func Handler() (http.Handler, error) {
	s := newServer()
	return s.router, nil
}

type muxServer struct {
	router *chi.Mux
	srv    *http.Server
}

func newMuxServer() *muxServer {
	s := &muxServer{}
	s.router = chi.NewRouter()
	s.router.NotFound(items)
	s.router.Get("/items", items)
	s.srv = &http.Server{Handler: s.router}
	return s
}

// Router hands it out as a router, which callers may change (install a
// 405 handler) or mount: judged where they serve it.
func Router() *chi.Mux {
	return newMuxServer().router
}
