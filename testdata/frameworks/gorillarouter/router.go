// Package gorillarouter checks gorilla/mux routers' own answers to
// unmatched requests.
package gorillarouter

import (
	"net/http"

	"github.com/gorilla/mux"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func items(w http.ResponseWriter, r *http.Request) {}

// Serve's router keeps mux's text 404 and its empty 405.
func Serve() error {
	r := mux.NewRouter() // want `gorilla/mux router r answers unknown paths with 404 "404 page not found" as text/plain; charset=utf-8: the contract requires the Error object as application/json; set r.NotFoundHandler` `gorilla/mux router r answers a wrong method with an empty 405: .*; set r.MethodNotAllowedHandler`
	r = r.StrictSlash(true)
	api := r.PathPrefix("/api").Subrouter()
	api.HandleFunc("/items", items).Methods(http.MethodGet)
	return http.ListenAndServe(":8080", r)
}

type server struct {
	router *mux.Router
}

// A router kept in a field and served by an http.Server.
func (s *server) init() {
	s.router = mux.NewRouter() // want `gorilla/mux router s.router answers unknown paths with 404` `answers a wrong method with an empty 405`
	s.router.HandleFunc("/items", items)
}

func (s *server) run() error {
	return (&http.Server{Handler: s.router}).ListenAndServe()
}

// Sub is served as a route's handler by a router of another package: it
// may be given handlers there.
func Sub() *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/x", items)
	return r
}

type apiServer struct{ handler http.Handler }

// Only a subrouter of root is served, straight: root answers nothing.
func (s *apiServer) routes() {
	root := mux.NewRouter()
	api := root.PathPrefix("/api/").Subrouter()
	api.HandleFunc("/items", items)
	s.handler = api
}

func (s *apiServer) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// A router served by its own ServeHTTP from a handler's.
type app struct{ router *mux.Router }

func newApp() *app {
	a := &app{}
	a.router = mux.NewRouter() // want `gorilla/mux router a.router answers unknown paths with 404` `answers a wrong method with an empty 405`
	a.router.HandleFunc("/items", items)
	return a
}

func (a *app) ServeHTTP(w http.ResponseWriter, r *http.Request) { a.router.ServeHTTP(w, r) }
