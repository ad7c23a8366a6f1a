// Package c5: an error body has Content-Type application/json, set before the status.
package c5

import (
	"encoding/json"
	"net/http"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func missing(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusBadRequest) // want `400 JSON error body is sent without Content-Type: application/json; Go sniffs it as text/plain`
	json.NewEncoder(w).Encode(Error{ErrorMessage: "bad"})
}

func wrong(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html") // want `Content-Type "text/html" on a 404 JSON error body: the contract requires application/json`
	w.WriteHeader(http.StatusNotFound)
	json.NewEncoder(w).Encode(Error{ErrorMessage: "nf"})
}

func late(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusForbidden)
	w.Header().Set("Content-Type", "application/json") // want `Content-Type set after w.WriteHeader\(403\) never reaches the client`
	json.NewEncoder(w).Encode(Error{ErrorMessage: "no"})
}

// Clean: set before the status, with a charset; or set by a caller.
func ok(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	json.NewEncoder(w).Encode(Error{ErrorMessage: "nf"})
}

func helper(w http.ResponseWriter, status int) {
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(Error{ErrorMessage: "x"})
}
