// Package headersunset is headersset without the configuration: a
// handler starts with no header set.
package headersunset

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

func Item(w http.ResponseWriter, r *http.Request) {
	if _, err := intParam(w, r); err != nil {
		writeJSON(w, http.StatusBadRequest, Error{ErrorMessage: "bad id"}) // want `second WriteHeader` `Content-Type set after intParam\(400\) never reaches the client`
		return
	}
}

func Login(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusUnauthorized, Error{ErrorMessage: "login"}) // want `sends 401 without WWW-Authenticate`
}

func Text(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain") // want `Content-Type "text/plain" on a 404 JSON error body`
	w.WriteHeader(http.StatusNotFound)
	json.NewEncoder(w).Encode(Error{ErrorMessage: "no"})
}
