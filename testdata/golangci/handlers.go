// Package golangcitest has known contract violations for the golangci-lint
// end-to-end check (.ci/drivers.sh).
package golangcitest

import (
	"encoding/json"
	"net/http"
)

// Error is the API's Error object.
type Error struct {
	ErrorMessage      string   `json:"errorMessage"`
	FailedValidations []string `json:"failedValidations,omitempty"`
}

// NotFound sends a plain-text 404 (C2, with a fix).
func NotFound(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "no such item", http.StatusNotFound)
}

// Forbidden sends JSON without a Content-Type (C5, with a fix).
func Forbidden(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusForbidden)
	json.NewEncoder(w).Encode(Error{ErrorMessage: "forbidden"})
}

// Login sends 401 without the challenge (C7).
func Login(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusUnauthorized)
	json.NewEncoder(w).Encode(Error{ErrorMessage: "login required"})
}

// Legacy is silenced by a directive with a reason.
func Legacy(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "gone", http.StatusGone) //errcontract:ignore C2 the legacy client parses this text
}

// Stale carries a directive that silences nothing.
func Stale(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent) //errcontract:ignore C1 nothing to silence
}
