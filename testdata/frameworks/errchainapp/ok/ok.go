// Package ok installs an error handler that answers with the Error object
// (and a bare 500): its handlers' returns are fine.
package ok

import (
	"errors"
	"net/http"

	"github.com/hay-kot/httpkit/errchain"

	"example.com/frameworks/errchainapp/errs"
)

func Routes(mux *http.ServeMux) {
	chain := errchain.New(errs.Compliant)
	mux.HandleFunc("/items", chain.ToHandlerFunc(getItem, auth))
}

func auth(next errchain.Handler) errchain.Handler {
	return errchain.HandlerFunc(func(w http.ResponseWriter, r *http.Request) error {
		if r.Header.Get("Authorization") == "" {
			return errs.New("no token", http.StatusUnauthorized)
		}
		return next.ServeHTTP(w, r)
	})
}

func getItem(w http.ResponseWriter, r *http.Request) error {
	if r.URL.Query().Get("id") == "" {
		return errs.New("no id", http.StatusBadRequest)
	}
	return errors.New("boom")
}
