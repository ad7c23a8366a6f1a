// Package exclusiveranges reproduces caddy's writer wrappers, whose
// WriteHeader writes through at most once on each path: a 2xx for CONNECT,
// a 1xx at once, a final status at once for a stream not yet written. A
// path that took `200 <= status && status <= 299` cannot take `status <=
// 199` after it, a flag set on the path (rw.wrote = true) decides a later
// `!rw.wrote`, and a recorder's `if rr.stream` after its WriteHeader
// follows the flag that WriteHeader tested. None of these is a second
// WriteHeader.
package exclusiveranges

import "net/http"

type wrapper struct {
	http.ResponseWriter
	connect bool
	wrote   bool
}

func (rw *wrapper) WriteHeader(status int) {
	if rw.connect && 200 <= status && status <= 299 {
		rw.ResponseWriter.WriteHeader(status)
		rw.wrote = true
	}
	if 100 <= status && status <= 199 {
		rw.ResponseWriter.WriteHeader(status)
	}
	if !rw.wrote && (status < 100 || status > 199) && rw.Header().Get("Content-Type") == "text/event-stream" {
		rw.ResponseWriter.WriteHeader(status)
		rw.wrote = true
	}
}

// overlap writes twice for a status of 300 or more: both tests hold.
func (rw *wrapper) overlap(status int) {
	if status >= 200 {
		rw.ResponseWriter.WriteHeader(status)
	}
	if status >= 300 {
		rw.ResponseWriter.WriteHeader(status) // want `second WriteHeader`
	}
}

type recorder struct {
	http.ResponseWriter
	status int
	stream bool
	buffer func(int) bool
}

func (rr *recorder) WriteHeader(status int) {
	rr.status = status
	if rr.buffer == nil {
		rr.stream = true
	} else {
		rr.stream = !rr.buffer(status)
	}
	if rr.stream || (100 <= status && status <= 199) {
		rr.ResponseWriter.WriteHeader(status)
	}
}

// flush writes the buffered status, unless WriteHeader streamed it.
func (rr *recorder) flush() {
	if rr.status == 0 {
		rr.WriteHeader(http.StatusOK)
	}
	if rr.stream {
		return
	}
	rr.ResponseWriter.WriteHeader(rr.status)
}

func Overlap(w http.ResponseWriter, r *http.Request) {
	rw := &wrapper{ResponseWriter: w, connect: r.Method == http.MethodConnect}
	rw.overlap(http.StatusNoContent)
}

func Flush(w http.ResponseWriter, r *http.Request) {
	rr := &recorder{ResponseWriter: w}
	rr.flush()
}
