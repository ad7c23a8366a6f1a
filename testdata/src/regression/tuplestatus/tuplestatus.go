// Package tuplestatus reproduces remark42's export handler: the status
// comes from a function of two results, each set to a constant by every
// return (exportErrStatus), and a 500 gets the JSON Error object.
package tuplestatus

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
)

var errNotFound = errors.New("not found")

func exportStatus(err error) (status, code int) {
	if errors.Is(err, errNotFound) {
		return http.StatusBadRequest, 10
	}
	return http.StatusInternalServerError, 20
}

// parsed's first result is not a constant on every return.
func parsed(s string) (int, int) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return http.StatusInternalServerError, 1
	}
	return n, 0
}

func run(r *http.Request) error { return errNotFound }

func sendError(w http.ResponseWriter, status int, err error, code int) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"errorMessage": err.Error(), "code": code})
}

func Export(w http.ResponseWriter, r *http.Request) {
	if err := run(r); err != nil {
		status, code := exportStatus(err)
		sendError(w, status, err, code) // want `sendError writes the Error object .* on a 500 response`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func Parsed(w http.ResponseWriter, r *http.Request) {
	if err := run(r); err != nil {
		status, code := parsed(r.URL.Query().Get("status"))
		sendError(w, status, err, code)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
