// Package helperresultsapi holds helpers that say through their result
// whether they answered; their facts carry the result of each path.
package helperresultsapi

import (
	"encoding/json"
	"net/http"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

// Bind answers 400 and returns false when the body is bad.
func Bind(w http.ResponseWriter, r *http.Request, v any) bool { // want Bind:`helper\(w=0 \[\]->\(1\) \[header:Content-Type status:400 body:error\]->\(0\)\)`
	if err := json.NewDecoder(r.Body).Decode(v); err != nil {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadRequest)
		json.NewEncoder(w).Encode(Error{ErrorMessage: "bad body"})
		return false
	}
	return true
}
