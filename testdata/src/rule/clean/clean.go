// Package clean: handlers that follow the contract in every rule; no
// diagnostic at all.
package clean

import (
	"encoding/json"
	"net/http"
)

type Error struct {
	ErrorMessage      string   `json:"errorMessage"`
	FailedValidations []string `json:"failedValidations,omitempty"`
}

func writeError(w http.ResponseWriter, status int, e Error) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(e)
}

func items(w http.ResponseWriter, r *http.Request) {
	switch {
	case r.Method != http.MethodGet && r.Method != http.MethodPost:
		w.Header().Set("Allow", "GET, POST")
		writeError(w, http.StatusMethodNotAllowed, Error{ErrorMessage: "method"})
	case r.Header.Get("Authorization") == "":
		w.Header().Set("WWW-Authenticate", `Basic realm="cmix"`)
		writeError(w, http.StatusUnauthorized, Error{ErrorMessage: "login"})
	case r.Header.Get("Accept") == "text/xml":
		w.WriteHeader(http.StatusNotAcceptable)
	case r.ContentLength < 0:
		writeError(w, http.StatusUnprocessableEntity, Error{ErrorMessage: "invalid", FailedValidations: []string{"length"}})
	case r.URL.Query().Has("boom"):
		http.Error(w, "internal error", http.StatusInternalServerError)
	default:
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusOK)
		json.NewEncoder(w).Encode(map[string]string{"id": "1"})
	}
}

// notWriter has the methods but is not an http.ResponseWriter.
type notWriter struct{}

func (notWriter) WriteHeader(int)             {}
func (notWriter) Write(b []byte) (int, error) { return len(b), nil }

func fake(n notWriter) {
	n.WriteHeader(http.StatusUnauthorized)
	n.Write([]byte("no challenge, no JSON"))
}
