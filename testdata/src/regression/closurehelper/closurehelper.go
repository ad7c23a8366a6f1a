// Package closurehelper reproduces go-pkgz/auth's onError: a local
// function literal that takes the writer as a parameter is a helper of
// the function that declares it, followed at each call.
package closurehelper

import (
	"encoding/json"
	"net/http"
)

func Handler(w http.ResponseWriter, r *http.Request) {
	fail := func(w http.ResponseWriter, status int, msg string) {
		http.Error(w, msg, status)
	}
	if r.URL.Query().Get("id") == "" {
		fail(w, http.StatusBadRequest, "missing id") // want `fail writes a plain-text body on a 400 response`
		return
	}
	if r.URL.Query().Get("x") == "" {
		fail(w, http.StatusServiceUnavailable, "later")
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// JSONHandler's closure answers with the Error object: compliant.
func JSONHandler(w http.ResponseWriter, r *http.Request) {
	fail := func(rw http.ResponseWriter, status int, msg string) {
		rw.Header().Set("Content-Type", "application/json")
		rw.WriteHeader(status)
		json.NewEncoder(rw).Encode(map[string]string{"errorMessage": msg})
	}
	if r.URL.Query().Get("id") == "" {
		fail(w, http.StatusNotFound, "no such item")
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Reassigned: the variable may hold another function when called.
func Reassigned(w http.ResponseWriter, r *http.Request) {
	fail := func(w http.ResponseWriter, status int) { http.Error(w, "x", status) }
	if r.Method == http.MethodPost {
		fail = func(w http.ResponseWriter, status int) { w.WriteHeader(status) }
	}
	fail(w, http.StatusBadRequest)
}

// Deny's closure writes its status and no body; the handler that calls
// it sends nothing after it.
func Deny(w http.ResponseWriter, r *http.Request) {
	deny := func(w http.ResponseWriter) {
		w.WriteHeader(http.StatusForbidden)
	}
	if r.Header.Get("X-User") == "" {
		deny(w) // want `deny\(403\) sends 403 with no body`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Guard's closure is declared around the handler that calls it; its
// constant status's text body is reported in it, the missing challenge
// where the handler calls it.
func Guard(next http.Handler) http.Handler {
	reject := func(w http.ResponseWriter, msg string) {
		http.Error(w, msg, http.StatusUnauthorized) // want `http.Error sends 401 as text/plain`
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			reject(w, "no token") // want `reject\(401\) sends 401 without WWW-Authenticate`
			return
		}
		next.ServeHTTP(w, r)
	})
}
