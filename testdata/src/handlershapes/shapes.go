// Package handlershapes checks handlers in every shape real servers use:
// methods, method values, factories returning closures, generic functions
// and types, promoted methods, type aliases.
package handlershapes

import (
	"encoding/json"
	"net/http"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

// RW is an alias: handlers declared with it are still handlers.
type RW = http.ResponseWriter

func aliased(w RW, r *http.Request) {
	w.WriteHeader(http.StatusNotFound) // want `sends 404 with no body`
}

// base carries the error helper; Server embeds it.
type base struct{}

func (base) fail(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(Error{ErrorMessage: msg})
}

type Server struct {
	base
}

// get calls the promoted helper: the status becomes concrete here.
func (s *Server) get(w http.ResponseWriter, r *http.Request) {
	s.fail(w, http.StatusInternalServerError, "db") // want `Error object \(Error\) on a 500 response`
}

// factory returns a closure handler.
func (s *Server) factory(code int) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "nope", http.StatusForbidden) // want `http.Error sends 403 as text/plain`
	}
}

// Generic helper and handler.
func writeAs[T any](w http.ResponseWriter, status int, v T) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func genericHandler[T any](w http.ResponseWriter, r *http.Request) {
	writeAs(w, http.StatusBadRequest, map[string]string{"error": "bad"}) // want `400 response body is map\[string\]string\{"error": ...\}, not the Error object`
}

type Store[T any] struct{ items map[string]T }

func (st *Store[T]) handle(w http.ResponseWriter, r *http.Request) {
	if _, ok := st.items[r.URL.Path]; !ok {
		writeAs(w, http.StatusUnauthorized, Error{ErrorMessage: "login"}) // want `sends 401 without WWW-Authenticate`
		return
	}
	writeAs(w, http.StatusOK, st.items[r.URL.Path])
}

// notAWriter has WriteHeader and Write but is not an http.ResponseWriter.
type notAWriter struct{ code int }

func (n *notAWriter) WriteHeader(code int)        { n.code = code }
func (n *notAWriter) Write(b []byte) (int, error) { return len(b), nil }

func useNotAWriter(n *notAWriter) {
	n.WriteHeader(http.StatusUnauthorized)
	n.Write([]byte("text"))
}

func Routes(mux *http.ServeMux, s *Server) {
	mux.HandleFunc("/get", s.get) // a method value
	mux.Handle("/f", s.factory(1))
	mux.HandleFunc("/g", genericHandler[int])
	mux.HandleFunc("/a", aliased)
	st := &Store[string]{}
	mux.HandleFunc("/s", st.handle)
}
