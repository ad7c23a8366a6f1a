// Package chirouterok replaces chi's 404 and 405 with the Error object.
package chirouterok

import (
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func writeError(w http.ResponseWriter, status int) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(Error{ErrorMessage: http.StatusText(status)})
}

func Serve() error {
	r := chi.NewRouter()
	r.NotFound(func(w http.ResponseWriter, r *http.Request) { writeError(w, http.StatusNotFound) })
	r.MethodNotAllowed(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", "GET")
		writeError(w, http.StatusMethodNotAllowed)
	})
	r.Get("/items", func(w http.ResponseWriter, r *http.Request) {})
	return http.ListenAndServe(":8080", r)
}
