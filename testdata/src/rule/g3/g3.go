// Package g3: return after an error response.
package g3

import (
	"encoding/json"
	"net/http"
)

func noReturn(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "" {
		http.Error(w, "bad", http.StatusInternalServerError) // want `the handler goes on after the 500 error response \(http.Error\): line 13 writes more to it`
	}
	json.NewEncoder(w).Encode(map[string]string{"ok": "yes"})
}

// Clean: returns; or the status alone is chosen in a branch.
func ok(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "" {
		http.Error(w, "bad", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"ok": "yes"})
}

func statusInBranch(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "" {
		w.WriteHeader(http.StatusAccepted)
	}
	json.NewEncoder(w).Encode(map[string]string{"ok": "yes"})
}
