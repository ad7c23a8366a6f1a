// Package app serves a router whose routes another package registers.
package app

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"example.com/frameworks/routerargs/register"
)

func Serve() error {
	r := chi.NewRouter() // want `chi router r answers unknown paths with 404 "404 page not found" as text/plain; charset=utf-8` `chi router r answers a wrong method with an empty 405`
	register.Routes(r)
	return http.ListenAndServe(":8080", r)
}

// Mounted under another router: its answers are that router's.
func Mounted() error {
	root := chi.NewRouter() // want `chi router root answers unknown paths with 404`
	sub := chi.NewRouter()
	register.Routes(sub)
	register.Mount(root, sub)
	return http.ListenAndServe(":8080", root)
}

// The router a function returns as it was given: followed where the
// result is dropped.
func Returned() error {
	r := chi.NewRouter() // want `chi router r answers unknown paths with 404` `chi router r answers a wrong method with an empty 405`
	register.Init(r)
	return http.ListenAndServe(":8080", r)
}

// ... not where it is used: mounted there, r takes parent's 404 and 405
// handlers (chi's Mount sets them on a subrouter that has none).
func ReturnedUsed() error {
	parent := chi.NewRouter()
	register.Answers(parent)
	r := chi.NewRouter()
	parent.Mount("/sub", register.Init(r))
	go http.ListenAndServe(":8081", r)
	return http.ListenAndServe(":8080", parent)
}
