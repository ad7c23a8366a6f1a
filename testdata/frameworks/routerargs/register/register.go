// Package register registers routes on routers it is given: RouterArgs
// facts say what each function does to its router.
package register

import (
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func items(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) }

// Routes registers routes for some methods only.
func Routes(r chi.Router) {
	r.Get("/items", items)
	api := r.Group(nil)
	api.Post("/items", items)
}

// Answers installs the router's 404 and 405 answers.
func Answers(r chi.Router) {
	r.NotFound(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusNotFound)
		json.NewEncoder(w).Encode(Error{ErrorMessage: "no route"})
	})
	r.MethodNotAllowed(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Allow", "GET, POST")
		w.WriteHeader(http.StatusMethodNotAllowed)
		json.NewEncoder(w).Encode(Error{ErrorMessage: "wrong method"})
	})
}

// Mount mounts the router under another: it is no root after that.
func Mount(parent chi.Router, r *chi.Mux) {
	parent.Mount("/sub", r)
}

// Init registers a route for some methods only and returns the router
// it is given.
func Init(r *chi.Mux) *chi.Mux {
	r.Get("/init", items)
	return r
}
