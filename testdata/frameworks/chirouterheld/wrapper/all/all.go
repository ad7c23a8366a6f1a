// Package all routes every path of a wrapper router to a subrouter.
package all

import (
	"net/http"

	"github.com/go-chi/chi/v5"
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
	return &router{chi: chi.NewRouter()}
}

func (r *router) Route(pattern string, fn func(*router)) {
	r.chi.Route(pattern, func(c chi.Router) {
		fn(&router{c})
	})
}

func (r *router) Get(pattern string, fn apiHandler) { r.chi.Get(pattern, handler(fn)) }

func (r *router) With(mw func(http.Handler) http.Handler) *router { return &router{r.chi.With(mw)} }

func (r *router) NotFound(fn apiHandler) { r.chi.NotFound(handler(fn)) }

func (r *router) ServeHTTP(w http.ResponseWriter, req *http.Request) { r.chi.ServeHTTP(w, req) }

func health(w http.ResponseWriter, r *http.Request) error { return nil }

func notFound(w http.ResponseWriter, r *http.Request) error { return nil }

// Under a Route("/") every path goes to the subrouter, whose 404 handler
// here is set through the type's method.
func ServeAll() error {
	r := newRouter() // want `chi router r answers a wrong method with an empty 405`
	r.Route("/", func(r *router) {
		r.NotFound(notFound)
		r.Get("/health", health)
	})
	return http.ListenAndServe(":8081", r)
}
