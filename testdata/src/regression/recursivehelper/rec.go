// Package recursivehelper: a helper that calls itself is summarised by
// iterating to a fixpoint, so the call inside it is judged too (without
// the fixpoint, the recursive call would be opaque and silent).
package recursivehelper

import (
	"encoding/json"
	"net/http"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

// fail escalates to a 500 once; otherwise its status is a parameter.
func fail(w http.ResponseWriter, status int, msg string, escalate bool) {
	if escalate {
		fail(w, http.StatusInternalServerError, msg, false) // want `Error object \(Error\) on a 500 response`
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(Error{ErrorMessage: msg})
}

func h(w http.ResponseWriter, r *http.Request) {
	fail(w, http.StatusBadGateway, "db", false) // want `Error object \(Error\) on a 502 response`
}
