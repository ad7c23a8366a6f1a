// Package sentinelresults reproduces helpers that answer and then return
// a sentinel error, or a zero status, that says they did (sftpgo's
// checkPublicShare and downloadFile shapes, written anew): the caller
// stops on that result, so nothing it writes after the check follows an
// answer on the wire.
package sentinelresults

import (
	"encoding/json"
	"errors"
	"net/http"

	"regression/sentinelresults/accounts"
)

var errNoSession = errors.New("no session")

// checkLogin answers with a redirect from a closure that branches, then
// returns a sentinel of another package.
func checkLogin(w http.ResponseWriter, r *http.Request, admin bool) (string, error) {
	redirect := func() {
		if admin {
			http.Redirect(w, r, "/admin/login", http.StatusFound)
			return
		}
		http.Redirect(w, r, "/login", http.StatusFound)
	}
	c, err := r.Cookie("session")
	if err != nil {
		redirect()
		return "", accounts.ErrBadLogin
	}
	if c.Value == "locked" {
		redirect()
		return "", accounts.ErrLocked
	}
	return c.Value, nil
}

func profile(w http.ResponseWriter, r *http.Request) {
	user, err := checkLogin(w, r, r.URL.Query().Has("admin"))
	if err != nil {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "seen", Value: user})
	http.Redirect(w, r, "/home", http.StatusFound)
}

// session returns this package's own sentinel after answering.
func session(w http.ResponseWriter, r *http.Request) (string, error) {
	c, err := r.Cookie("session")
	if err != nil {
		http.Redirect(w, r, "/login", http.StatusFound)
		return "", errNoSession
	}
	return c.Value, nil
}

func settings(w http.ResponseWriter, r *http.Request) {
	if _, err := session(w, r); err != nil {
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write([]byte("<p>settings</p>"))
}

// serveFile answers 304 itself and returns a zero status with an error,
// or the status of an error it did not answer.
func serveFile(w http.ResponseWriter, r *http.Request) (int, error) {
	if r.Header.Get("If-None-Match") == `"v1"` {
		w.WriteHeader(http.StatusNotModified)
		return 0, errors.New("not modified")
	}
	if r.URL.Query().Has("missing") {
		return http.StatusNotFound, errors.New("no such file")
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Write([]byte("file"))
	return http.StatusOK, nil
}

func download(w http.ResponseWriter, r *http.Request) {
	if status, err := serveFile(w, r); err != nil {
		if status != 0 {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(status)
			json.NewEncoder(w).Encode(map[string]string{"error": err.Error()}) // want `404 response body is map\[string\]string\{"error": \.\.\.\}, not the Error object`
		}
	}
}
