// Package routes registers handlers of files' handler type from another
// package: the adapter's summary reaches it as a fact.
package routes

import (
	"net/http"

	"statushandler/files"
)

func listFiles(w http.ResponseWriter, r *http.Request, d *files.Data) (int, error) {
	if r.URL.Query().Get("dir") == "" {
		return http.StatusNotFound, nil // want `plain-text body on a 404 response`
	}
	return 0, nil
}

func Routes(mux *http.ServeMux) {
	mux.Handle("GET /list/", files.Handle(listFiles))
	mux.Handle("GET /dirs/", files.Handle(func(w http.ResponseWriter, r *http.Request, d *files.Data) (int, error) {
		return http.StatusUnprocessableEntity, nil // want `plain-text body on a 422 response`
	}))
}
