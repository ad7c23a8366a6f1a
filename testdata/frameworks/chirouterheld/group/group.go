// Package group routes every path from an inline group, which shares its
// parent's paths: chi's 404 never goes out.
package group

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

func app(w http.ResponseWriter, r *http.Request) {}

func Serve() error {
	r := chi.NewRouter()
	r.Group(func(r chi.Router) {
		r.Handle("/*", http.HandlerFunc(app))
	})
	return http.ListenAndServe(":8080", r)
}
