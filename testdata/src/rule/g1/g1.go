// Package g1: a header changed after the status or the body is lost.
package g1

import (
	"fmt"
	"net/http"
)

func afterStatus(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	w.Header().Set("X-Request-Id", "1") // want `X-Request-Id set after w.WriteHeader\(200\) has no effect`
}

func afterBody(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(w, "hello")
	w.Header().Del("Cache-Control") // want `Cache-Control deleted after the first body write has no effect`
}

func mapWrite(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusAccepted)
	w.Header()["X-Trace"] = []string{"t"} // want `X-Trace set after w.WriteHeader\(202\) has no effect`
}

// Clean.
func ok(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Request-Id", "1")
	w.WriteHeader(http.StatusOK)
	fmt.Fprintln(w, "hello")
}
