// Package bufferedencode reproduces 216 false G1/G2 reports seen on
// remark42: a JSON renderer encodes into a buffer and answers 500 only if
// encoding fails; the caller has written its status already. Encoding
// failure is as improbable as a failed write, so that path is not judged,
// and setting again the Content-Type already sent loses nothing.
package bufferedencode

import (
	"bytes"
	"encoding/json"
	"net/http"
)

func renderJSON(w http.ResponseWriter, data any) {
	buf := &bytes.Buffer{}
	if err := json.NewEncoder(buf).Encode(data); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, _ = w.Write(buf.Bytes())
}

func sendErrorJSON(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	renderJSON(w, map[string]string{"error": msg})
}

// handler: no G1, no G2; the buffered body is known, and is no Error object.
func handler(w http.ResponseWriter, r *http.Request) {
	sendErrorJSON(w, http.StatusBadRequest, "bad") // want `400 response body is map\[string\]string{"error": ...}, not the Error object`
}

func marshalFirst(w http.ResponseWriter, r *http.Request) {
	b, err := json.Marshal(map[string]string{"a": "b"})
	if err != nil {
		http.Error(w, "encoding", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	w.Write(b)
}

// renderEscaped is go-pkgz/rest's RenderJSON: an encoder kept in a
// variable, set up, then encoding into the buffer whose bytes are sent.
func renderEscaped(w http.ResponseWriter, data any) {
	buf := &bytes.Buffer{}
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(true)
	if err := enc.Encode(data); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, _ = w.Write(buf.Bytes())
}

func failed(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusInternalServerError)
	renderEscaped(w, map[string]string{"errorMessage": "db down"}) // want `on a 500 response`
}

// prefixed writes more into the buffer: what it holds is no longer known.
func prefixed(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	json.NewEncoder(&buf).Encode(map[string]string{"errorMessage": "db down"})
	buf.WriteString("trailer")
	w.WriteHeader(http.StatusInternalServerError)
	w.Write(buf.Bytes())
}
