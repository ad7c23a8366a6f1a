// Package appok serves the same router with a 404 handler of its own, and
// mounts another under a parent that answers for it.
package appok

import (
	"encoding/json"
	"net/http"

	"github.com/gorilla/mux"

	"example.com/frameworks/routerfactory/routes"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func notFound(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusNotFound)
	json.NewEncoder(w).Encode(Error{ErrorMessage: "no such path"})
}

func Serve() error {
	r := routes.RouterWithPrefix("/api")
	r.NotFoundHandler = http.HandlerFunc(notFound)
	return http.ListenAndServe(":8080", r)
}

// Mounted as a route's handler of a parent router: not judged here.
func Mount(parent *mux.Router) {
	parent.PathPrefix("/v2").Handler(routes.RouterWithPrefix(""))
}
