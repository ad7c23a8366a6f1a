// Package g2: WriteHeader after a body write, or a second WriteHeader, is ignored.
package g2

import (
	"fmt"
	"net/http"
)

func afterBody(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(w, "created")
	w.WriteHeader(http.StatusCreated) // want `w.WriteHeader\(201\) after the body was written is ignored: the client already got status 200`
}

func twice(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusAccepted)
	w.WriteHeader(http.StatusOK) // want `second WriteHeader \(w.WriteHeader\(200\)\) is ignored: the client already got status 202`
}

// Clean: exclusive branches.
func ok(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		w.WriteHeader(http.StatusCreated)
	} else {
		w.WriteHeader(http.StatusOK)
	}
	fmt.Fprintln(w, "done")
}
