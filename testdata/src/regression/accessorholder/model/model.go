// Package model declares a request-context object behind an interface
// that gives the writer through an accessor, and the handler type that
// takes it (go-shiori/shiori's model.WebContext and HttpHandler).
package model

import "net/http"

type Deps interface{ Name() string }

type Ctx interface {
	ResponseWriter() http.ResponseWriter
	Request() *http.Request
	UserIsLogged() bool
	SetUser(name string)
}

type Handler func(deps Deps, c Ctx)
