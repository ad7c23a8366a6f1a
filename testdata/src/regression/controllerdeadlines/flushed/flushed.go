// Package flushed keeps a response controller that something flushes
// later: storing the writer in one is an escape there, and the handler
// after it is not judged.
package flushed

import (
	"net/http"
	"time"
)

type conn struct {
	rc *http.ResponseController
}

func newConn(w http.ResponseWriter) *conn {
	rc := http.NewResponseController(w)
	rc.SetWriteDeadline(time.Time{})
	return &conn{rc: rc}
}

func (c *conn) progress() { c.rc.Flush() }

func listFiles(w http.ResponseWriter, r *http.Request) {
	c := newConn(w)
	c.progress()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusBadRequest)
	w.Write([]byte(`{"error":"path required"}`))
}
