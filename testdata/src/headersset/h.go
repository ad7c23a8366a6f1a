// Package headersset runs behind middleware that sets Content-Type and
// the challenge before every handler (its .errcontract.json's headersSet):
// the handlers start with them.
package headersset

import (
	"encoding/json"
	"net/http"
	"strconv"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

// intParam answers a bad parameter with a bare 400, as semaphore's
// GetIntParam does.
func intParam(w http.ResponseWriter, r *http.Request) (int, error) {
	n, err := strconv.Atoi(r.URL.Query().Get("id"))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
	}
	return n, err
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

// The JSON body written after the bare 400 goes out as application/json,
// the Content-Type the middleware set.
func Item(w http.ResponseWriter, r *http.Request) {
	if _, err := intParam(w, r); err != nil {
		writeJSON(w, http.StatusBadRequest, Error{ErrorMessage: "bad id"}) // want `second WriteHeader`
		return
	}
}

// The challenge is already there.
func Login(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusUnauthorized, Error{ErrorMessage: "login"})
}

// Set before the status, a handler's own Content-Type still wins.
func Text(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain") // want `Content-Type "text/plain" on a 404 JSON error body`
	w.WriteHeader(http.StatusNotFound)
	json.NewEncoder(w).Encode(Error{ErrorMessage: "no"})
}
