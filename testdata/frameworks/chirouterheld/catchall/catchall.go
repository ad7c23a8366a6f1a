// Package catchall routes every path: the root never answers 404 itself,
// and, having no route for some methods only, never 405.
package catchall

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

type handler struct{ r *chi.Mux }

func (h *handler) init() {
	h.r = chi.NewRouter()
	h.r.Mount("/", http.HandlerFunc(files))
}

func files(w http.ResponseWriter, r *http.Request) {}

func (h *handler) serve() error { return http.ListenAndServe(":8080", h.r) }
