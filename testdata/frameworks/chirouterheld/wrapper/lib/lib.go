// Package lib exports a wrapper router and a factory that registers
// routes on it.
package lib

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

type Router struct {
	mux chi.Router
}

func New() *Router { return &Router{mux: chi.NewRouter()} }

func (r *Router) Get(pattern string, h http.HandlerFunc) { r.mux.Get(pattern, h) }

func (r *Router) NotFound(h http.HandlerFunc) { r.mux.NotFound(h) }

func (r *Router) MethodNotAllowed(h http.HandlerFunc) { r.mux.MethodNotAllowed(h) }

func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) { r.mux.ServeHTTP(w, req) }

func items(w http.ResponseWriter, r *http.Request) {}

// WithRoutes makes the router and registers its routes; its callers set
// the 404 and 405 handlers through the type's methods.
func WithRoutes() *Router {
	r := New()
	r.Get("/items", items)
	return r
}

// Server keeps its router in a field and hands it out.
type Server struct {
	router *Router
}

func NewServer() *Server {
	s := &Server{}
	s.router = New()
	s.router.Get("/items", items)
	return s
}

func (s *Server) Router() *Router { return s.router }
