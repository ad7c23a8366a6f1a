// Package capturedclosure reproduces a local function literal that
// captures the writer and is called with the status of each answer
// (sftpgo's renderError in checkPublicShare, written anew): each call is
// judged with its own status, where that status is written.
package capturedclosure

import (
	"encoding/json"
	"errors"
	"net/http"
)

var errScope = errors.New("wrong scope")

func share(w http.ResponseWriter, r *http.Request) {
	fail := func(err error, code int) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
	}
	switch r.URL.Query().Get("scope") {
	case "":
		fail(errors.New("scope required"), http.StatusBadRequest) // want `400 response body is map\[string\]string\{"error": \.\.\.\}, not the Error object`
		return
	case "write":
		fail(errScope, http.StatusForbidden) // want `403 response body is map\[string\]string\{"error": \.\.\.\}, not the Error object`
		return
	case "broken":
		fail(errors.New("db"), http.StatusInternalServerError) // want `fail writes JSON \(map\[string\]string\{"error": \.\.\.\}\) on a 500 response`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// deny writes nothing its caller gives: its break is reported once,
// inside it.
func download(w http.ResponseWriter, r *http.Request) {
	deny := func() {
		http.Error(w, "forbidden", http.StatusForbidden) // want `http.Error sends 403 as text/plain`
	}
	if r.URL.Query().Has("a") {
		deny()
		return
	}
	if r.URL.Query().Has("b") {
		deny()
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
