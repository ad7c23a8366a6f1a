// Package b1: 405 sets Allow.
package b1

import (
	"encoding/json"
	"net/http"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func missing(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusMethodNotAllowed) // want `w.WriteHeader\(405\) sends 405 without an Allow header`
	json.NewEncoder(w).Encode(Error{ErrorMessage: "use GET"})
}

// Clean.
func ok(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Allow", "GET, HEAD")
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusMethodNotAllowed)
	json.NewEncoder(w).Encode(Error{ErrorMessage: "use GET"})
}
