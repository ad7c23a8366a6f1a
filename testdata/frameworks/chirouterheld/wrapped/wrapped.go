// Package wrapped serves chi routers through middleware that wraps them
// (a library's, a middleware value's, this package's): requests that the
// middleware hands on and no route takes get the router's own answers.
package wrapped

import (
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
	"github.com/gorilla/handlers"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func items(w http.ResponseWriter, r *http.Request) {}

// API keeps the wrapped router in a field of http.Handler's type and
// serves it from its own ServeHTTP.
type API struct {
	handler http.Handler
}

func New() *API {
	r := chi.NewRouter() // want `chi router r answers unknown paths with 404 "404 page not found" as text/plain; charset=utf-8` `chi router r answers a wrong method with an empty 405`
	r.Get("/items", items)
	a := &API{}
	a.handler = handlers.CombinedLoggingHandler(os.Stdout, handlers.ProxyHeaders(r))
	return a
}

func (a *API) ServeHTTP(w http.ResponseWriter, r *http.Request) { a.handler.ServeHTTP(w, r) }

// A middleware value (gorilla's CORS) wraps it.
func Serve() error {
	r := chi.NewRouter() // want `chi router r answers unknown paths with 404` `chi router r answers a wrong method with an empty 405`
	r.Get("/items", items)
	return http.ListenAndServe(":8080", handlers.CORS()(r))
}

func logged(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		h.ServeHTTP(w, req)
	})
}

// This package's middleware wraps it.
func ServeLogged() error {
	r := chi.NewRouter() // want `chi router r answers unknown paths with 404` `chi router r answers a wrong method with an empty 405`
	r.Get("/items", items)
	return http.ListenAndServe(":8081", logged(r))
}

// A wrapped router no one serves answers nothing.
func Unserved() http.Handler {
	r := chi.NewRouter()
	r.Get("/items", items)
	_ = handlers.ProxyHeaders(r)
	return nil
}

var kept []http.Handler

func keep(h http.Handler) http.Handler {
	kept = append(kept, h)
	return h
}

// This package's function that keeps the router elsewhere: not
// followed.
func ServeKept() error {
	r := chi.NewRouter()
	r.Get("/items", items)
	return http.ListenAndServe(":8082", keep(r))
}

// Mounted as a subrouter, wrapped or not, it takes its parent's answers.
func ServeMounted() error {
	root := chi.NewRouter()
	root.NotFound(func(w http.ResponseWriter, r *http.Request) {})
	root.MethodNotAllowed(func(w http.ResponseWriter, r *http.Request) {})
	sub := chi.NewRouter()
	sub.Get("/items", items)
	root.Mount("/api", sub)
	return http.ListenAndServe(":8083", handlers.ProxyHeaders(root))
}

// Kept in a variable of http.Handler's type that the middleware's result
// replaces.
func ServeVar() error {
	r := chi.NewRouter() // want `chi router r answers unknown paths with 404` `chi router r answers a wrong method with an empty 405`
	r.Get("/items", items)
	var h http.Handler = r
	h = handlers.ProxyHeaders(h)
	return http.ListenAndServe(":8084", h)
}
