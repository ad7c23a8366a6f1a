// Package c2: no plain-text bodies on error statuses.
package c2

import (
	"fmt"
	"io"
	"net/http"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func httpError(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "" {
		http.Error(w, "missing path", http.StatusBadRequest) // want `http.Error sends 400 as text/plain`
		return
	}
	http.NotFound(w, r) // want `http.NotFound sends 404 as text/plain`
}

func fprint(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusForbidden)
	fmt.Fprintf(w, "forbidden: %s", r.URL.Path) // want `fmt.Fprintf writes a plain-text body on a 403 response`
}

func optional(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusTooManyRequests)
	io.WriteString(w, "slow down") // want `io.WriteString writes a plain-text body on a 429 response`
}

// Clean: text is allowed on 5xx and on success.
func serverError(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "" {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	fmt.Fprintln(w, "ok")
}

// Clean: a format that starts with a verb may print JSON.
func preformatted(w http.ResponseWriter, r *http.Request, body string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusBadRequest)
	fmt.Fprintf(w, "%s", body)
}
