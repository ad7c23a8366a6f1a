// Package errchainapp installs its error handler in an errchain.ErrChain,
// made by a constructor of another package, and registers its handlers
// and errchain middleware through it: their returns are answered there.
package errchainapp

import (
	"errors"
	"net/http"
	"os"

	"github.com/hay-kot/httpkit/errchain"
	"github.com/hay-kot/httpkit/server"

	"example.com/frameworks/errchainapp/ctrl"
	"example.com/frameworks/errchainapp/errs"
	"example.com/frameworks/errchainapp/kinds"
	"example.com/frameworks/errchainapp/store"
)

func Routes(mux *http.ServeMux) {
	chain := errchain.New(errs.Handler(false))
	mux.HandleFunc("/items", chain.ToHandlerFunc(getItem, auth))
	mux.Handle("/login", chain.ToHandler(errchain.HandlerFunc(login)))
	mux.HandleFunc("/files/", chain.ToHandlerFunc(file))
	mux.HandleFunc("/token", chain.ToHandlerFunc(token))
	mux.HandleFunc("/check", chain.ToHandlerFunc(check))
	mux.HandleFunc("/wrapped", chain.ToHandlerFunc(wrapped))
	mux.HandleFunc("/upstream", chain.ToHandlerFunc(upstream))
	c := &ctrl.Ctrl{}
	// The handler another package's factory makes is judged here.
	mux.HandleFunc("/purge", chain.ToHandlerFunc(c.HandlePurge()))
	mux.HandleFunc("/login2", chain.ToHandlerFunc(c.HandleLogin()))    // want `401 response body is body, not the Error object .*\[error made at kinds.go:\d+\]` `errs.Handler\(401\) sends 401 without WWW-Authenticate`
	mux.HandleFunc("/wipe", chain.ToHandlerFunc(c.HandleWipe(), auth)) // want `403/405 response body is body, not the Error object \(no "errorMessage" key\) \[via errs.Handler at response.go:\d+\] \[error made at ctrl.go:\d+, ctrl.go:\d+\]`
}

// auth is errchain middleware: its returned error goes to the installed
// error handler, and the next handler's error is that handler's own.
func auth(next errchain.Handler) errchain.Handler {
	return errchain.HandlerFunc(func(w http.ResponseWriter, r *http.Request) error {
		if r.Header.Get("Authorization") == "" {
			return errs.New("no token", http.StatusUnauthorized) // want `401 response body is body, not the Error object` `errs.Handler\(401\) sends 401 without WWW-Authenticate`
		}
		return next.ServeHTTP(w, r)
	})
}

func getItem(w http.ResponseWriter, r *http.Request) error {
	switch r.URL.Query().Get("id") {
	case "":
		return errs.New("no id", http.StatusBadRequest) // want `400 response body is body, not the Error object`
	case "x":
		return errors.New("boom") // want `errs.Handler writes JSON \(body\) on a 500 response: 5xx responses must not carry a structured body`
	}
	return server.JSON(w, http.StatusOK, map[string]string{"id": "1"})
}

func login(w http.ResponseWriter, r *http.Request) error {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		return errs.New("post only", http.StatusMethodNotAllowed) // want `405 response body is body, not the Error object`
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// file returns an error of no known kind: whether the handler's
// IsUnauthorized branch (a 401 without a challenge) takes it is not known
// here, so nothing is reported (a coverage gap instead).
func file(w http.ResponseWriter, r *http.Request) error {
	f, err := os.Open(r.URL.Path)
	if err != nil {
		return err
	}
	defer f.Close()
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// token answers a missing token with a 401 of its own making; any other
// error of the store is of no known kind here: not judged.
func token(w http.ResponseWriter, r *http.Request) error {
	t, err := store.Token(r.URL.Query().Get("name"))
	if err != nil {
		if kinds.IsNotFound(err) {
			return errs.New("expired", http.StatusUnauthorized) // want `401 response body is body, not the Error object` `errs.Handler\(401\) sends 401 without WWW-Authenticate`
		}
		return err
	}
	return server.JSON(w, http.StatusOK, map[string]string{"token": t})
}

// check: every error store.Check returns is a *kinds.NotFound, which the
// predicate tells; nil goes on to the 409.
func check(w http.ResponseWriter, r *http.Request) error {
	if err := store.Check(r.URL.Query().Get("name")); err != nil {
		if kinds.IsNotFound(err) {
			return errs.New("no such name", http.StatusNotFound) // want `404 response body is body, not the Error object`
		}
		return err // never: the predicate held
	}
	return errs.New("taken", http.StatusConflict) // want `409 response body is body, not the Error object`
}

// wrapped returns an Unauthorized inside a wrapper: the error handler finds
// it (a 401), but the wrapper's type alone does not say so; nothing is
// judged by that type (no 500 for it).
func wrapped(w http.ResponseWriter, r *http.Request) error {
	return &kinds.Wrapped{Err: kinds.NewUnauthorized()}
}

// upstream passes on a status it does not know: the error carries a
// status, and the way the error handler goes depends on it; nothing is
// judged by the error's type alone.
func upstream(w http.ResponseWriter, r *http.Request) error {
	resp, err := http.Get("http://upstream.invalid/")
	if err != nil {
		return errs.New("upstream down", http.StatusBadGateway) // want `errs.Handler writes JSON \(body\) on a 502 response`
	}
	defer resp.Body.Close()
	return &errs.StatusError{Err: errors.New(resp.Status), Status: resp.StatusCode}
}
