// Package servemux: net/http's ServeMux answers a path no pattern matches
// with a text/plain 404, and a method the path's patterns lack with a
// text/plain 405, also when it is mounted under another mux. Reported at
// NewServeMux when every pattern is known; silent otherwise.
package servemux

import (
	"net/http"
	"strings"
)

func items(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) }

// api keeps both answers: method patterns and no "/".
func api() http.Handler {
	mux := http.NewServeMux() // want `ServeMux mux answers paths that match no pattern with 404 "404 page not found", and a method no pattern of the path has with 405 "Method Not Allowed" as text/plain`
	mux.HandleFunc("GET /v1/items", items)
	mux.HandleFunc("POST /v1/items", items)
	return strip(mux)
}

func strip(h http.Handler) http.Handler { return http.StripPrefix("/api", h) }

// plain has no method patterns: only the 404.
func plain() http.Handler {
	mux := http.NewServeMux() // want `ServeMux mux answers paths that match no pattern with 404 "404 page not found" as text/plain`
	mux.HandleFunc("/items", items)
	return mux
}

// getRoot catches every GET path: no 404, but other methods get 405.
func getRoot() http.Handler {
	mux := http.NewServeMux() // want `ServeMux mux answers a method no pattern of the path has with 405 "Method Not Allowed" as text/plain`
	mux.HandleFunc("GET /", items)
	return mux
}

// catchAll registers "/": the mux never answers for itself.
func catchAll() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items", items)
	mux.HandleFunc("/", items)
	return mux
}

// exposed hands the mux on as *http.ServeMux: its caller may add "/".
func exposed() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/items", items)
	return mux
}

// dynamic registers a pattern that is not a constant.
func dynamic(base string) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc(strings.TrimSuffix(base, "/")+"/", items)
	return mux
}

// served hands the mux to the server as its Handler.
func served() *http.Server {
	mux := http.NewServeMux() // want `ServeMux mux answers paths that match no pattern with 404`
	mux.HandleFunc("/health", items)
	return &http.Server{Handler: mux}
}

// later hands the mux on as *http.ServeMux from a literal: its caller
// may add "/", though the function itself returns an http.Handler.
func later(register func(func() *http.ServeMux)) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/items", items)
	register(func() *http.ServeMux { return mux })
	return http.NotFoundHandler()
}

var _ = []any{api, plain, getRoot, catchAll, exposed, dynamic, served, later}
