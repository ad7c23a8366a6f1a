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

// checkMethod's error result is its own, not the error of its last write
// (seen on gotify through gorilla/websocket): the 405 path, where the caller
// returns, is judged.
func checkMethod(w http.ResponseWriter, r *http.Request) (string, error) {
	if r.Method != http.MethodGet {
		http.Error(w, "use GET", http.StatusMethodNotAllowed) // want `http.Error sends 405 as text/plain`
		return "", errors.New("bad method")
	}
	w.Header().Set("X-Method", "GET") // its summary's first path is then the 405 one
	return "ok", nil
}

func streamChecked(w http.ResponseWriter, r *http.Request) {
	v, err := checkMethod(w, r) // want `checkMethod\(405\) sends 405 without an Allow header`
	if err != nil {
		return
	}
	w.Write([]byte(v))
}
