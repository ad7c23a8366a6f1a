// Package coverage has one handler per reason the coverage report gives
// (errcontract -coverage), and handlers it follows to the wire.
package coverage

import (
	"encoding/json"
	"net/http"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

// followed: every write is resolved.
func followed(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadRequest)
		json.NewEncoder(w).Encode(Error{ErrorMessage: "id required"})
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func upstreamStatus(r *http.Request) int { return len(r.URL.Path) }

// unknownStatus writes a status only known at run time.
func unknownStatus(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(upstreamStatus(r))
}

var render func(w http.ResponseWriter, v any)

// escapes hands the writer to a function value we cannot see.
func escapes(w http.ResponseWriter, r *http.Request) {
	render(w, "x")
}

// withGoto is given up.
func withGoto(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodHead {
		goto done
	}
	w.WriteHeader(http.StatusOK)
done:
}

// returnsError is func(w, r) error that no adapter takes.
func returnsError(w http.ResponseWriter, r *http.Request) error {
	if r.URL.Path == "/" {
		w.WriteHeader(http.StatusNoContent)
		return nil
	}
	return http.ErrNoLocation
}

// middleware hands the response to the next handler.
func middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
	})
}

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("/a", followed)
	mux.HandleFunc("/b", unknownStatus)
	mux.HandleFunc("/c", escapes)
	mux.HandleFunc("/d", withGoto)
	mux.Handle("/e", middleware(http.HandlerFunc(followed)))
	_ = returnsError
}
