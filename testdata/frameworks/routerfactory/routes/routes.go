// Package routes makes the application's gorilla/mux router and only
// names its routes: the packages that serve it judge its answers.
package routes

import "github.com/gorilla/mux"

// RouterWithPrefix builds a router whose routes sit under prefix, on a
// subrouter of the root it returns.
func RouterWithPrefix(prefix string) *mux.Router {
	rootRouter := mux.NewRouter()
	router := rootRouter
	if prefix != "" {
		router = router.PathPrefix(prefix).Subrouter()
	}
	router.StrictSlash(true)
	router.Path("/v2/").Name("base")
	router.Path("/v2/{name}/tags/list").Name("tags")
	return rootRouter
}
