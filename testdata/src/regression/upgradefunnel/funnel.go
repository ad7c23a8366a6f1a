// Package upgradefunnel reproduces false C1 reports seen on ntfy: its
// funnel answers a websocket handshake with the error's status alone (the
// protocol sends no body there), and every 4xx returned by a handler was
// reported as "sent with no body".
package upgradefunnel

import (
	"encoding/json"
	"net/http"
)

type apiError struct {
	Status  int    `json:"-"`
	Message string `json:"errorMessage"`
}

func (e *apiError) Error() string { return e.Message }

func fail(w http.ResponseWriter, r *http.Request, e *apiError) {
	if r.Header.Get("Upgrade") == "websocket" {
		w.WriteHeader(e.Status)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(e.Status)
	json.NewEncoder(w).Encode(e)
}

func handle(w http.ResponseWriter, r *http.Request) {
	fail(w, r, &apiError{http.StatusNotFound, "missing"})
}

// Negated: the branch for the API's clients is the first.
func failNeg(w http.ResponseWriter, r *http.Request, status int) {
	if "websocket" != r.Header.Get("upgrade") {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		json.NewEncoder(w).Encode(&apiError{Message: http.StatusText(status)})
		return
	}
	w.WriteHeader(status)
}

func handleNeg(w http.ResponseWriter, r *http.Request) {
	failNeg(w, r, http.StatusBadRequest)
}

// Without a body on the API's side too: judged there.
func failPlain(w http.ResponseWriter, r *http.Request, status int) {
	if r.Header.Get("Upgrade") == "websocket" {
		return
	}
	w.WriteHeader(status)
}

func handlePlain(w http.ResponseWriter, r *http.Request) {
	failPlain(w, r, http.StatusBadRequest) // want `sends 400 with no body`
}
