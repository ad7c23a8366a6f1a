// Package anymethod registers routes for every method: chi answers 404
// for unknown paths but never 405.
package anymethod

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

func items(w http.ResponseWriter, r *http.Request) {}

func Serve() error {
	r := chi.NewRouter() // want `chi router r answers unknown paths with 404`
	r.HandleFunc("/items", items)
	return http.ListenAndServe(":8080", r)
}
