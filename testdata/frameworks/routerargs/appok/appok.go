// Package appok serves a router whose answers another package installs.
package appok

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"example.com/frameworks/routerargs/register"
)

func Serve() error {
	r := chi.NewRouter()
	register.Routes(r)
	register.Answers(r)
	return http.ListenAndServe(":8080", r)
}
