// Package tokenreaders reproduces gotify's authentication middleware:
// evaluate ranges over token readers given as function values of a
// signature that names this package's unexported authState, so every
// reader is one of the package's functions of that signature (a method
// value, the literal a factory returns). The call fn(w, r) takes each
// reader's paths instead of losing the writer there.
package tokenreaders

import (
	"encoding/json"
	"errors"
	"net/http"
)

type authState int

const (
	stateSkip authState = iota
	stateOK
	stateForbidden
)

var errBadToken = errors.New("bad token")

type auth struct{ admin string }

func writeErr(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"errorMessage": msg})
}

// fromHeader reads a token; it never writes.
func (a *auth) fromHeader(w http.ResponseWriter, r *http.Request) (authState, error) {
	t := r.Header.Get("X-Token")
	if t == "" {
		return stateSkip, nil
	}
	if len(t) < 4 {
		return stateSkip, errBadToken
	}
	return stateOK, nil
}

// fromCookie returns a reader that refreshes the cookie it read.
func (a *auth) fromCookie(name string) func(http.ResponseWriter, *http.Request) (authState, error) {
	return func(w http.ResponseWriter, r *http.Request) (authState, error) {
		c, err := r.Cookie(name)
		if err != nil {
			return stateSkip, nil
		}
		if c.Value == a.admin {
			return stateForbidden, nil
		}
		http.SetCookie(w, &http.Cookie{Name: name, Value: c.Value})
		return stateOK, nil
	}
}

func (a *auth) evaluate(w http.ResponseWriter, r *http.Request, funcs ...func(http.ResponseWriter, *http.Request) (authState, error)) bool {
	for _, fn := range funcs {
		state, err := fn(w, r)
		if err != nil {
			if errors.Is(err, errBadToken) {
				writeErr(w, http.StatusUnauthorized, "bad token")
				return true
			}
			writeErr(w, http.StatusInternalServerError, err.Error()) // want `writeErr writes the Error object .* on a 500 response`
			return true
		}
		switch state {
		case stateForbidden:
			writeErr(w, http.StatusForbidden, "forbidden")
			return true
		case stateOK:
			return false
		}
	}
	return false
}

func (a *auth) RequireUser(w http.ResponseWriter, r *http.Request) {
	if a.evaluate(w, r, a.fromHeader, a.fromCookie("session")) { // want `evaluate\(401\) sends 401 without WWW-Authenticate`
		return
	}
	w.Write([]byte("ok"))
}

// probe's readers are of a signature any package can declare (no type of
// this package in it): what fn is stays unknown, and so does the response.
func probe(w http.ResponseWriter, r *http.Request, funcs ...func(http.ResponseWriter, *http.Request) (bool, error)) {
	for _, fn := range funcs {
		if _, err := fn(w, r); err != nil {
			writeErr(w, http.StatusInternalServerError, err.Error())
			return
		}
	}
	w.WriteHeader(http.StatusNoContent)
}

func Probe(w http.ResponseWriter, r *http.Request) {
	probe(w, r, func(http.ResponseWriter, *http.Request) (bool, error) { return true, nil })
}
