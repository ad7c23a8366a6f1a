// Package gorillarouterok replaces mux's 404 with the Error object, and
// routes every method of a path alike (no 405 of mux's own).
package gorillarouterok

import (
	"encoding/json"
	"net/http"

	"github.com/gorilla/mux"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func writeError(w http.ResponseWriter, status int) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(Error{ErrorMessage: http.StatusText(status)})
}

func items(w http.ResponseWriter, r *http.Request) {}

func Serve() error {
	r := mux.NewRouter()
	r.NotFoundHandler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { writeError(w, http.StatusNotFound) })
	r.HandleFunc("/items", items)
	return http.ListenAndServe(":8080", r)
}
