// Package two installs two error handlers: which one answers a handler's
// error is not known here, and its returns are not judged.
package two

import (
	"net/http"

	"github.com/hay-kot/httpkit/errchain"

	"example.com/frameworks/errchainapp/errs"
)

func Routes(mux *http.ServeMux) {
	web := errchain.New(errs.Handler(true))
	api := errchain.New(errs.Compliant)
	mux.HandleFunc("/api/items", api.ToHandlerFunc(getItem))
	mux.HandleFunc("/items", web.ToHandlerFunc(getItem))
}

func getItem(w http.ResponseWriter, r *http.Request) error {
	return errs.New("no id", http.StatusBadRequest)
}
