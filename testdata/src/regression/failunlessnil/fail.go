// Package failunlessnil reproduces gotify's successOrAbort: a helper that
// answers only when its error argument is not nil, and says so in its
// result. Where the caller cannot tell the error, both ways go on: the
// way where it was nil, which writes nothing, must not be dropped for the
// way that wrote a body (the responses after the call were lost).
package failunlessnil

import (
	"encoding/json"
	"net/http"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func lookup(r *http.Request) (string, error) { return r.URL.Query().Get("id"), nil }

func ok(w http.ResponseWriter, err error) bool {
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return false
	}
	return err == nil
}

func Get(w http.ResponseWriter, r *http.Request) {
	id, err := lookup(r)
	if !ok(w, err) {
		return
	}
	if id == "" {
		w.WriteHeader(http.StatusUnauthorized) // want `sends 401 without WWW-Authenticate` `sends 401 with no body`
		return
	}
	json.NewEncoder(w).Encode(id)
}
