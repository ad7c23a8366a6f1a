// Package jsonunknownshape reproduces bodies encoded as JSON whose shape
// is not known where they are written (a navidrome shape): a map filled
// earlier, or an any, sent through a helper that json.Marshals it. JSON
// is structured whatever the value (C8 on 5xx), but it may be the Error
// object (no C3).
package jsonunknownshape

import (
	"encoding/json"
	"errors"
	"net/http"
)

func respondJSON(w http.ResponseWriter, code int, payload any) error {
	b, err := json.Marshal(payload)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	w.Write(b)
	return nil
}

func link(w http.ResponseWriter, r *http.Request) {
	resp := map[string]any{"status": false}
	if r.URL.Query().Get("token") == "" {
		resp["error"] = "no token"
		_ = respondJSON(w, http.StatusBadRequest, resp) // may be the Error object: silent
		return
	}
	if err := errors.New("store down"); err != nil {
		resp["error"] = err
		_ = respondJSON(w, http.StatusInternalServerError, resp) // want `respondJSON writes JSON \(map\[string\]any\) on a 500 response`
		return
	}
	_ = respondJSON(w, http.StatusOK, resp)
}

func lookup(r *http.Request) any { return r.URL.Query() }

func encodeAny(w http.ResponseWriter, r *http.Request) {
	v := lookup(r)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusServiceUnavailable)
	json.NewEncoder(w).Encode(v) // want `json.NewEncoder\(w\).Encode writes JSON \(any\) on a 503 response`
}

// stored keeps a value as it is and sends it as bytes: not an encoding,
// so nothing says what it is.
type stored struct {
	w    http.ResponseWriter
	body any
}

func (s *stored) send(code int) {
	s.w.WriteHeader(code)
	if b, ok := s.body.([]byte); ok {
		s.w.Write(b)
	}
}

func storedValue(w http.ResponseWriter, r *http.Request) {
	s := &stored{w: w}
	s.body = lookup(r)
	s.send(http.StatusInternalServerError)
}
