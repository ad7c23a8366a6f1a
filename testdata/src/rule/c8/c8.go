// Package c8: 5xx carries no structured body.
package c8

import (
	"encoding/json"
	"net/http"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func errorObject(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusInternalServerError)
	json.NewEncoder(w).Encode(Error{ErrorMessage: "db down"}) // want `json.NewEncoder\(w\).Encode writes the Error object \(Error\) on a 500 response: 5xx responses must not carry a structured body`
}

func anyJSON(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusBadGateway)
	w.Write([]byte(`{"upstream":"down"}`)) // want `w.Write writes JSON \(a JSON literal\) on a 502 response`
}

// Clean: plain text or no body on 5xx.
func ok(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "" {
		http.Error(w, "internal", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusServiceUnavailable)
}

// Clean: the superfluous http.Error after a failed encode is not judged.
func encodeFailed(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(map[string]int{"n": 1}); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}
