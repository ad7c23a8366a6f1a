// Package chiapi makes a chi router, installs its 404 handler and routes
// for some methods only: its callers judge the 405 it leaves.
package chiapi

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

func items(w http.ResponseWriter, r *http.Request) {}

func notFound(w http.ResponseWriter, r *http.Request) {}

func NewRouter() *chi.Mux {
	r := chi.NewRouter()
	r.NotFound(notFound)
	r.Get("/items", items)
	return r
}
