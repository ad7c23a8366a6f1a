// Package upgradeerror reproduces false G1/G2/G3 reports seen on mihomo: a
// websocket upgrader writes an error response and returns an error; the
// caller returns on that error, so what it writes next is never after the
// upgrader's error response.
package upgradeerror

import (
	"errors"
	"net/http"
)

// upgrade answers 400 itself when the request is not an upgrade.
func upgrade(w http.ResponseWriter, r *http.Request) (string, error) {
	if r.Header.Get("Upgrade") != "websocket" {
		http.Error(w, "not a websocket handshake", http.StatusBadRequest) // want `http.Error sends 400 as text/plain`
		return "", errors.New("bad handshake")
	}
	w.WriteHeader(http.StatusSwitchingProtocols)
	return "conn", nil
}

func stream(w http.ResponseWriter, r *http.Request) {
	conn, err := upgrade(w, r)
	if err != nil {
		return
	}
	w.Header().Set("X-Conn", conn) // want `X-Conn set after upgrade\(101\) has no effect`
}
