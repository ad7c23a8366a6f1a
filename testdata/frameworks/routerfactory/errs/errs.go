// Package errs makes a router and returns it with an error, the usual
// shape of a constructor that can fail: a RouterFactory all the same.
package errs

import (
	"errors"
	"net/http"

	"github.com/gorilla/mux"
)

func items(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) }

func New(prefix string) (*mux.Router, error) {
	if prefix == "" {
		return nil, errors.New("no prefix")
	}
	r := mux.NewRouter()
	r.HandleFunc(prefix+"/items", items).Methods(http.MethodGet)
	return r, nil
}
