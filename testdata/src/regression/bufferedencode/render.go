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

func handler(w http.ResponseWriter, r *http.Request) {
	sendErrorJSON(w, http.StatusBadRequest, "bad") // no G1, no G2
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
