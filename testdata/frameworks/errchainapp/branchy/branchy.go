// Package branchy installs an error handler that decides the status by
// the error's kind in nested branches.
package branchy

import (
	"net/http"
	"os"

	"github.com/hay-kot/httpkit/errchain"

	"example.com/frameworks/errchainapp/errs"
	"example.com/frameworks/errchainapp/kinds"
)

func Routes(mux *http.ServeMux) {
	chain := errchain.New(errs.Branchy)
	mux.HandleFunc("/items", chain.ToHandlerFunc(getItem))
	mux.HandleFunc("/files", chain.ToHandlerFunc(file))
}

// getItem's error is a *kinds.NotFound: 404 on a GET, 500 on a POST, never
// the 400 of the other kinds.
func getItem(w http.ResponseWriter, r *http.Request) error {
	return &kinds.NotFound{What: "item"} // want `^404 response body is body, not the Error object` `errs.Branchy writes JSON \(body\) on a 500 response`
}

// file's error is of no known kind: which way the error handler goes for
// it is not known, and nothing is reported (a coverage gap).
func file(w http.ResponseWriter, r *http.Request) error {
	if _, err := os.Stat(r.URL.Path); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}
