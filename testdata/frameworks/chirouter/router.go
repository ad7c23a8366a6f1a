// Package chirouter checks chi routers' own answers to unmatched requests.
package chirouter

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func items(w http.ResponseWriter, r *http.Request) {}

// Serve's router keeps chi's text 404 and empty 405.
func Serve() error {
	r := chi.NewRouter() // want `chi router r answers unknown paths with 404 "404 page not found" as text/plain` `chi router r answers a wrong method with an empty 405`
	r.Get("/items", items)
	r.Route("/admin", func(r chi.Router) {
		r.Get("/", items)
	})
	return http.ListenAndServe(":8080", r)
}

// Handler returns its router: the caller may mount it as a subrouter.
func Handler() http.Handler {
	mux := chi.NewMux()
	mux.Get("/items", items)
	return mux
}

// Sub is mounted: it answers with its parent's handlers.
func Sub(parent chi.Router) {
	sub := chi.NewRouter()
	sub.Get("/", items)
	parent.Mount("/sub", sub)
}

// Exposed hands the router on as a router: the caller may set them.
func Exposed() *chi.Mux {
	r := chi.NewRouter()
	r.Get("/items", items)
	return r
}

// Server sets the handler of an http.Server.
func Server() *http.Server {
	r := chi.NewRouter() // want `chi router r answers unknown paths` `answers a wrong method with an empty 405`
	r.Get("/items", items)
	return &http.Server{Addr: ":8080", Handler: r}
}

// api is a factory whose only caller serves what it returns.
func api() *chi.Mux {
	r := chi.NewRouter() // want `chi router r answers unknown paths` `answers a wrong method with an empty 405`
	r.Get("/items", items)
	return r
}

func Main() error { return http.ListenAndServe(":8080", api()) }
