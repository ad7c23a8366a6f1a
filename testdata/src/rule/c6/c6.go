// Package c6: 406 carries no body.
package c6

import (
	"encoding/json"
	"net/http"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func encoded(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusNotAcceptable)
	json.NewEncoder(w).Encode(Error{ErrorMessage: "cannot produce that"}) // want `json.NewEncoder\(w\).Encode writes a body on a 406 response`
}

func httpError(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "not acceptable", http.StatusNotAcceptable) // want `http.Error writes a body on a 406 response`
}

// Clean.
func ok(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNotAcceptable)
}
