// Package chiapp serves chiapi's router at the root, and mounts another
// as a subrouter.
package chiapp

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"example.com/frameworks/routerfactory/chiapi"
)

func Main() error {
	r := chiapi.NewRouter() // want `chi router r \(made by chiapi.NewRouter\) answers a wrong method with an empty 405`
	return http.ListenAndServe(":8080", r)
}

func Sub(parent chi.Router) {
	parent.Mount("/api", chiapi.NewRouter())
}
