// Package app serves lib's wrapper router after setting its 404 and 405
// handlers through the wrapper's methods: its answers are replaced, and
// no fact of lib's must say otherwise.
package app

import (
	"net/http"

	"example.com/frameworks/chirouterheld/wrapper/lib"
)

func notFound(w http.ResponseWriter, r *http.Request) {}

func Serve() error {
	r := lib.WithRoutes()
	r.NotFound(notFound)
	r.MethodNotAllowed(notFound)
	return http.ListenAndServe(":8080", r)
}

func ServeHeld() error {
	r := lib.NewServer().Router()
	r.NotFound(notFound)
	r.MethodNotAllowed(notFound)
	return http.ListenAndServe(":8081", r)
}
