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
)

func Routes(mux *http.ServeMux) {
	chain := errchain.New(errs.Handler(false))
	mux.HandleFunc("/items", chain.ToHandlerFunc(getItem, auth))
	mux.Handle("/login", chain.ToHandler(errchain.HandlerFunc(login)))
	mux.HandleFunc("/files/", chain.ToHandlerFunc(file))
	c := &ctrl.Ctrl{}
	// The handler another package's factory makes is judged here.
	mux.HandleFunc("/purge", chain.ToHandlerFunc(c.HandlePurge()))
	mux.HandleFunc("/wipe", chain.ToHandlerFunc(c.HandleWipe(), auth)) // want `403 response body is body, not the Error object \(no "errorMessage" key\) \[via errs.Handler at response.go:\d+\] \[error made at ctrl.go:\d+\]`
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
