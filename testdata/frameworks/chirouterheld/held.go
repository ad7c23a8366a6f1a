// Package chirouterheld checks chi routers kept in a struct's field and
// handed to this package's functions before they are served.
package chirouterheld

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func items(w http.ResponseWriter, r *http.Request) {}

type server struct {
	router *chi.Mux
	srv    *http.Server
}

// A router in a field, given a 404 handler but no 405 one, served through
// an http.Server built in another method.
func (s *server) routes() {
	s.router = chi.NewRouter() // want `chi router s.router answers a wrong method with an empty 405`
	s.router.NotFound(func(w http.ResponseWriter, r *http.Request) {})
	s.router.Get("/items", items)
	serveStatic(s.router, "/static")
}

func (s *server) start() error {
	s.srv = &http.Server{Addr: ":8080", Handler: s.router}
	return s.srv.ListenAndServe()
}

// serveStatic only registers routes on the router it is given.
func serveStatic(r chi.Router, path string) {
	files(r, path)
}

func files(r chi.Router, path string) {
	r.Handle(path+"/*", http.HandlerFunc(items))
}

type cors struct{ origins []string }

// apply adds middleware to the router: it stays the root.
func (c cors) apply(r chi.Router) {
	r.Use(func(next http.Handler) http.Handler { return next })
}

// A factory whose router goes through apply and mounts subrouters.
func router(c cors) *chi.Mux {
	r := chi.NewRouter() // want `chi router r answers unknown paths with 404` `chi router r answers a wrong method with an empty 405`
	c.apply(r)
	r.Mount("/debug", func() http.Handler {
		// A subrouter's catch-all takes only the paths under /debug.
		r := chi.NewRouter()
		r.Mount("/", http.NotFoundHandler())
		return r
	}())
	// A catch-all under a Route takes only the paths under its pattern.
	r.Route("/providers", func(r chi.Router) {
		r.Mount("/", http.HandlerFunc(items))
	})
	r.Get("/version", items)
	return r
}

func Start(c cors) error {
	return http.ListenAndServe(":8080", router(c))
}

type app struct {
	mux *chi.Mux
}

// Handed to a function that mounts it: a subrouter, not judged.
func (a *app) routes(parent chi.Router) {
	a.mux = chi.NewRouter()
	a.mux.Get("/x", items)
	mount(parent, a.mux)
}

func mount(parent chi.Router, sub *chi.Mux) { parent.Mount("/app", sub) }

type exposed struct {
	Router *chi.Mux // exported: another package may set its handlers
}

func (e *exposed) routes() error {
	e.Router = chi.NewRouter()
	e.Router.Get("/x", items)
	return http.ListenAndServe(":8080", e.Router)
}
