// Package spa serves a single-page app for every path no API route takes:
// mux never answers 404 itself.
package spa

import (
	"net/http"

	"github.com/gorilla/mux"
)

func items(w http.ResponseWriter, r *http.Request) {}

func app(w http.ResponseWriter, r *http.Request) {}

func Serve() error {
	r := mux.NewRouter()
	r.HandleFunc("/api/items", items)
	r.PathPrefix("/").Handler(http.HandlerFunc(app))
	return http.ListenAndServe(":8080", r)
}
