// Package clean has an adapter of status-returning handlers that keeps
// the contract: the Error object as JSON, the challenge on 401, no body
// on 5xx. Its handlers are silent. The adapter is a method of the handler
// type, and the call sits in an if statement's init.
package clean

import (
	"encoding/json"
	"fmt"
	"net/http"
)

type errorBody struct {
	ErrorMessage string `json:"errorMessage"`
}

type appHandler func(w http.ResponseWriter, r *http.Request) (int, error)

func (fn appHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if status, err := fn(w, r); status >= 500 {
		w.WriteHeader(status)
	} else if status >= 400 {
		msg := http.StatusText(status)
		if err != nil {
			msg = err.Error()
		}
		if status == http.StatusUnauthorized {
			w.Header().Set("WWW-Authenticate", `Basic realm="cmix"`)
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		json.NewEncoder(w).Encode(errorBody{ErrorMessage: msg})
	}
}

func getUser(w http.ResponseWriter, r *http.Request) (int, error) {
	switch r.URL.Query().Get("id") {
	case "":
		return http.StatusBadRequest, nil
	case "me":
		return http.StatusUnauthorized, nil
	case "x":
		return http.StatusInternalServerError, nil
	}
	return 0, nil
}

func Routes(mux *http.ServeMux) {
	mux.Handle("/user", appHandler(getUser))
}

// countFunc returns how much it wrote: its runner writes that number in
// a body, not as a status, so 404 below is a count; the function it runs
// is a handler all the same, judged at its own writes.
type countFunc func(w http.ResponseWriter, r *http.Request) (int, error)

func runCount(fn countFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		n, err := fn(w, r)
		if err != nil {
			fmt.Fprintf(w, "%d bytes", n)
		}
	}
}

func writeSome(w http.ResponseWriter, r *http.Request) (int, error) {
	if r.URL.Path == "" {
		return 404, nil
	}
	if r.URL.Query().Get("q") == "" {
		w.WriteHeader(http.StatusBadRequest) // want `sends 400 with no body`
		return 0, nil
	}
	return w.Write([]byte("ok"))
}

func MoreRoutes(mux *http.ServeMux) {
	mux.Handle("/some", runCount(writeSome))
}

// twoFunc has two adapters that answer differently: a function used as
// the type is linked only where it is given to one of them.
type twoFunc func(w http.ResponseWriter, r *http.Request) (int, error)

func asText(fn twoFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if status, _ := fn(w, r); status != 0 {
			http.Error(w, http.StatusText(status), status)
		}
	}
}

func asJSON(fn twoFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if status, _ := fn(w, r); status >= 400 && status < 500 {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(status)
			json.NewEncoder(w).Encode(errorBody{ErrorMessage: http.StatusText(status)})
		}
	}
}

// logged is middleware of the type; which adapter runs what it returns
// is not known here.
func logged(fn twoFunc) twoFunc {
	return func(w http.ResponseWriter, r *http.Request) (int, error) {
		if r.URL.Path == "" {
			return http.StatusNotFound, nil
		}
		return fn(w, r)
	}
}

func getThing(w http.ResponseWriter, r *http.Request) (int, error) {
	return http.StatusNotFound, nil
}

func TwoRoutes(mux *http.ServeMux) {
	mux.Handle("/json", asJSON(logged(getThing)))
}
