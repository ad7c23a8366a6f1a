// Package params has helpers that answer a bad request themselves and
// otherwise run the caller's function with what they parsed.
package params

import (
	"encoding/json"
	"net/http"
	"strconv"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

// WithID runs f with the request's id, or answers 400.
func WithID(w http.ResponseWriter, r *http.Request, f func(id int)) {
	id, err := strconv.Atoi(r.URL.Query().Get("id"))
	if err != nil {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadRequest)
		json.NewEncoder(w).Encode(Error{ErrorMessage: "bad id"})
		return
	}
	f(id)
}
