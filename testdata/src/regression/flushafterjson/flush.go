// Package flushafterjson reproduces mihomo's handlers that flush after
// answering (upgradeCore: render.JSON, then w.(http.Flusher).Flush()):
// the flush sends what was already set and writes nothing, so the
// response is judged as written, before and after it.
package flushafterjson

import (
	"encoding/json"
	"net/http"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

// answered flushes a JSON 500: the body is still the one judged.
func answered(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusInternalServerError)
	json.NewEncoder(w).Encode(map[string]string{"status": "failed"}) // want `writes JSON \(map\[string\]string\{"status": ...\}\) on a 500 response`
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
}

// flushedStatus flushes a 404 before writing its body: the 404 went out,
// and the body that follows is judged with it.
func flushedStatus(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusNotFound)
	http.NewResponseController(w).Flush()
	w.Write([]byte("not found")) // want `writes a plain-text body on a 404 response`
}

// noBody flushes a 400 and writes nothing more: the client gets no body.
func noBody(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusBadRequest) // want `sends 400 with no body`
	w.(http.Flusher).Flush()
}

// noBodyController does the same through http.ResponseController.
func noBodyController(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNotFound) // want `sends 404 with no body`
	http.NewResponseController(w).Flush()
}

// flushedFirst flushes before any status: 200 went out, and the 400
// written after is not what the client gets; nothing is judged after.
func flushedFirst(w http.ResponseWriter, r *http.Request) {
	w.(http.Flusher).Flush()
	w.WriteHeader(http.StatusBadRequest)
}

type event struct{ Response http.ResponseWriter }

// flush is pocketbase's Event.Flush: a helper that only flushes.
func (e *event) flush() error { return http.NewResponseController(e.Response).Flush() }

// viaHelperNoBody flushes a 403 through the helper: no body follows.
func viaHelperNoBody(w http.ResponseWriter, r *http.Request) {
	e := &event{Response: w}
	w.WriteHeader(http.StatusForbidden) // want `sends 403 with no body`
	e.flush()
}

func viaHelper(w http.ResponseWriter, r *http.Request) {
	e := &event{Response: w}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(map[string]string{"status": "ok"})
	e.flush()
}
