// Package statusvariable reproduces status functions that set a local
// variable in branches and return it (sftpgo's getMappedStatusCode,
// written anew): a call's status is any value the variable is assigned.
package statusvariable

import (
	"encoding/json"
	"errors"
	"io/fs"
	"net/http"
	"strconv"
)

var errQuota = errors.New("quota exceeded")

// mappedStatus assigns the variable in every clause of a switch with a
// default, so its zero value is never returned.
func mappedStatus(err error) int {
	var code int
	switch {
	case errors.Is(err, fs.ErrPermission):
		code = http.StatusForbidden
	case errors.Is(err, fs.ErrNotExist):
		code = http.StatusNotFound
	default:
		if errors.Is(err, errQuota) {
			code = http.StatusRequestEntityTooLarge
		} else {
			code = http.StatusInternalServerError
		}
	}
	return code
}

// initialised starts from a value and may change it; forwarded returns
// another status function's result.
func initialised(err error) int {
	code := http.StatusBadRequest
	if errors.Is(err, errQuota) {
		code = mappedStatus(err)
	}
	return code
}

// parsed holds a value that is no constant: its calls stay unknown.
func parsed(s string) int {
	code, err := strconv.Atoi(s)
	if err != nil {
		code = http.StatusBadRequest
	}
	return code
}

type apiError struct {
	Error string `json:"error"`
}

func send(w http.ResponseWriter, code int, err error) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(apiError{Error: err.Error()})
}

func readFile(w http.ResponseWriter, r *http.Request) {
	_, err := fs.Stat(nil, r.URL.Path)
	if err != nil {
		send(w, mappedStatus(err), err) // want `403/404/413 response body is apiError, not the Error object` `writes JSON \(apiError\) on a 500 response`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func writeFile(w http.ResponseWriter, r *http.Request) {
	if err := errors.New(r.URL.Query().Get("e")); err.Error() != "" {
		send(w, initialised(err), err) // want `400/403/404/413 response body is apiError, not the Error object` `writes JSON \(apiError\) on a 500 response`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func custom(w http.ResponseWriter, r *http.Request) {
	send(w, parsed(r.URL.Query().Get("code")), errors.New("custom"))
}

// maybeNotFound returns its variable's zero value on one path: a zero
// among the values is no status, so a call's status stays unknown
// (counted in the coverage report) and nothing is reported there.
func maybeNotFound(err error) int {
	var code int
	if errors.Is(err, fs.ErrNotExist) {
		code = http.StatusNotFound
	}
	return code
}

func lookup(w http.ResponseWriter, r *http.Request) {
	if code := maybeNotFound(errors.New(r.URL.Path)); code != 0 {
		send(w, code, errors.New("missing"))
	}
}

// quotaStatus declares its variable inside a case clause and may return
// its zero there: no status is claimed for its calls.
func quotaStatus(err error) int {
	switch {
	case errors.Is(err, errQuota):
		var code int
		if err.Error() != "" {
			code = http.StatusRequestEntityTooLarge
		}
		return code
	}
	return http.StatusBadRequest
}

func upload(w http.ResponseWriter, r *http.Request) {
	send(w, quotaStatus(errors.New(r.URL.Path)), errors.New("upload"))
}
