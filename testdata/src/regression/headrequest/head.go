// Package headrequest: a HEAD response carries no body, so a bare 404 on
// the HEAD branch is what the protocol demands (PATTERNS: bodyless responses).
package headrequest

import (
	"encoding/json"
	"net/http"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func item(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodHead {
		w.WriteHeader(http.StatusNotFound) // no C1: HEAD
		return
	}
	if r.Method != "HEAD" {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusNotFound)
		json.NewEncoder(w).Encode(Error{ErrorMessage: "not found"})
		return
	}
	w.WriteHeader(http.StatusNotFound) // no C1: only HEAD gets here
}

func notHead(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodGet {
		w.WriteHeader(http.StatusNotFound) // want `sends 404 with no body`
	}
}

// rejectHead (remark42) answers HEAD with http.Error: net/http drops the
// body of a HEAD response, so no body rule applies; Allow is set (B1).
func rejectHead(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodHead {
		w.Header().Set("Allow", "GET")
		http.Error(w, "Method Not Allowed", http.StatusMethodNotAllowed)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
