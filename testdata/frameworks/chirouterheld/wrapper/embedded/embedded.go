// Package embedded wraps chi's router by embedding it: the router's
// methods are the type's own.
package embedded

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func items(w http.ResponseWriter, r *http.Request) {}

type router struct {
	chi.Router
	name string
}

func newRouter() *router {
	return &router{Router: chi.NewRouter()}
}

func Serve() error {
	r := newRouter() // want `chi router r answers unknown paths with 404 "404 page not found" as text/plain; charset=utf-8: the contract requires the Error object as application/json; set r.NotFound` `chi router r answers a wrong method with an empty 405`
	r.Get("/items", items)
	return http.ListenAndServe(":8080", r)
}

// A 404 and a 405 handler through the promoted methods.
func ServeSet() error {
	r := newRouter()
	r.NotFound(items)
	r.MethodNotAllowed(items)
	r.Get("/items", items)
	return http.ListenAndServe(":8081", r)
}
