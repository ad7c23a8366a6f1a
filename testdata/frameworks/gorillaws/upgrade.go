// Package gorillaws checks a funnel that answers a websocket handshake
// with a status alone: the protocol sends no body to a websocket client,
// so only the API's answer (the JSON branch) is judged.
package gorillaws

import (
	"encoding/json"
	"net/http"

	"github.com/gorilla/websocket"
)

type apiError struct {
	Status  int    `json:"-"`
	Message string `json:"error"`
}

func (e *apiError) Error() string { return e.Message }

var errMissing = &apiError{http.StatusNotFound, "missing"}

func fail(w http.ResponseWriter, r *http.Request, err error) {
	e, ok := err.(*apiError)
	if !ok {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if websocket.IsWebSocketUpgrade(r) {
		w.WriteHeader(e.Status) // no body on a failed handshake
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(e.Status)
	json.NewEncoder(w).Encode(e)
}

func handle(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/" {
		fail(w, r, errMissing) // want `404 response body is apiError, not the Error object`
	}
}

var _ = http.HandlerFunc(handle)

var upgrader = websocket.Upgrader{}

// stream upgrades the connection: what the library answers to a failed
// handshake (400, 403, 405 without Allow) goes to a websocket client, and
// is not judged.
func stream(w http.ResponseWriter, r *http.Request) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	conn.Close()
}

var _ = http.HandlerFunc(stream)
