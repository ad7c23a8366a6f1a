// Package controllerdeadlines reproduces a connection object that keeps
// http.NewResponseController(w) only to set deadlines (sftpgo's
// newConnection, written anew): the writer does not escape through it,
// so the handler that makes one is still followed to the wire.
package controllerdeadlines

import (
	"errors"
	"net/http"
	"time"
)

type conn struct {
	user string
	rc   *http.ResponseController
}

func deadlines(rc *http.ResponseController, read, write time.Time) {
	rc.SetReadDeadline(read)
	rc.SetWriteDeadline(write)
}

func newConn(w http.ResponseWriter, user string) *conn {
	rc := http.NewResponseController(w)
	deadlines(rc, time.Time{}, time.Time{})
	return &conn{user: user, rc: rc}
}

func (c *conn) close() { deadlines(c.rc, time.Now(), time.Now()) }

func connect(w http.ResponseWriter, r *http.Request) (*conn, error) {
	user, _, ok := r.BasicAuth()
	if !ok {
		w.Header().Set("WWW-Authenticate", `Basic realm="cmix"`)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnauthorized)
		w.Write([]byte(`{"errorMessage":"login"}`))
		return nil, errors.New("no credentials")
	}
	return newConn(w, user), nil
}

func listFiles(w http.ResponseWriter, r *http.Request) {
	c, err := connect(w, r)
	if err != nil {
		return
	}
	defer c.close()
	if r.URL.Query().Get("path") == "" {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadRequest)
		w.Write([]byte(`{"error":"path required"}`)) // want `400 response body is a JSON literal, not the Error object`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
