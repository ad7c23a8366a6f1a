// Package wrapper keeps chi's router in a type of its own whose methods
// forward to it, with handlers of the package's own type: the type is
// the router.
package wrapper

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/gorilla/handlers"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

type apiHandler func(w http.ResponseWriter, r *http.Request) error

func handler(fn apiHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := fn(w, r); err != nil {
			w.WriteHeader(http.StatusInternalServerError)
		}
	}
}

type router struct {
	chi chi.Router
}

func newRouter() *router {
	return &router{chi.NewRouter()}
}

func (r *router) Route(pattern string, fn func(*router)) {
	r.chi.Route(pattern, func(c chi.Router) {
		fn(&router{c})
	})
}

func (r *router) Get(pattern string, fn apiHandler) { r.chi.Get(pattern, handler(fn)) }

func (r *router) With(mw func(http.Handler) http.Handler) *router { return &router{r.chi.With(mw)} }

func (r *router) NotFound(fn apiHandler) { r.chi.NotFound(handler(fn)) }

func (r *router) Handle(pattern string, h http.Handler) { r.chi.Handle(pattern, h) }

func (r *router) ServeHTTP(w http.ResponseWriter, req *http.Request) { r.chi.ServeHTTP(w, req) }

func health(w http.ResponseWriter, r *http.Request) error { return nil }

func notFound(w http.ResponseWriter, r *http.Request) error { return nil }

func logged(next http.Handler) http.Handler { return next }

type API struct {
	handler http.Handler
}

// The root made by newRouter, a 404 handler set only under /admin, served
// through CORS middleware kept in a field.
func NewAPI() *API {
	r := newRouter() // want `chi router r answers unknown paths with 404 "404 page not found" as text/plain; charset=utf-8: the contract requires the Error object as application/json; set r.NotFound` `chi router r answers a wrong method with an empty 405: the contract requires the Error object \(JSON with "errorMessage"\) on 405; set r.chi.MethodNotAllowed`
	r.Get("/health", health)
	r.With(logged).Get("/status", health)
	r.Route("/admin", func(r *router) {
		r.NotFound(notFound)
		r.Get("/users", health)
	})
	api := &API{}
	api.handler = handlers.CORS()(r)
	return api
}

func (a *API) ServeHTTP(w http.ResponseWriter, r *http.Request) { a.handler.ServeHTTP(w, r) }

// A 404 handler through the type's method, a 405 one on the router it
// holds: both answers replaced.
func Serve() error {
	r := newRouter()
	r.NotFound(notFound)
	r.chi.MethodNotAllowed(func(w http.ResponseWriter, r *http.Request) {})
	r.Get("/health", health)
	return http.ListenAndServe(":8080", r)
}

// A route through the type's Handle that takes every path: no 404 of
// the router's own.
func ServeFiles() error {
	r := newRouter() // want `chi router r answers a wrong method with an empty 405`
	r.Handle("/*", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	r.Get("/health", health)
	return http.ListenAndServe(":8082", r)
}
