// Package hijacked hijacks the connection through a response controller
// (gobwas/ws's hijack, written anew): the handler is not judged after it,
// whatever else the package does with controllers.
package hijacked

import (
	"net/http"
	"time"
)

func hijack(w http.ResponseWriter) error {
	conn, _, err := http.NewResponseController(w).Hijack()
	if err != nil {
		return err
	}
	return conn.Close()
}

func stream(w http.ResponseWriter, r *http.Request) {
	rc := http.NewResponseController(w)
	rc.SetWriteDeadline(time.Time{})
	if err := hijack(w); err != nil {
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusBadRequest)
	w.Write([]byte(`{"error":"after the hijack"}`))
}
