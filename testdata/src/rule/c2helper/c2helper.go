// Package c2helper: the C2 fix calls the package's own error helper.
package c2helper

import (
	"encoding/json"
	"net/http"
)

type apiError struct {
	Message string `json:"errorMessage"`
}

func writeError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(apiError{Message: msg})
}

func items(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "" {
		http.Error(w, "missing path", http.StatusBadRequest) // want `http.Error sends 400 as text/plain`
		return
	}
	writeError(w, http.StatusNotFound, "no item")
}
