// Package libhandlers serves handlers that libraries make: what they
// answer on their own is reported where the program makes or names them,
// since no run of the checker judges the libraries themselves.
package libhandlers

import (
	"net/http"
	"net/http/pprof"

	"example.com/libmw"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/gorilla/handlers"
	"golang.org/x/crypto/acme/autocert"
)

func routes(mux *http.ServeMux, m *autocert.Manager, items http.Handler) {
	// A method router: a method it does not list gets 405 text/plain.
	mux.Handle("/items", handlers.MethodHandler{"GET": items}) // want `handlers.MethodHandler writes a plain-text body on a 405 response`
	// The ACME challenge handler answers an unknown token or host with text.
	go http.ListenAndServe(":80", m.HTTPHandler(items)) // want `the handler of autocert.HTTPHandler writes a plain-text body on a 403/404 response`
	// A library's function used as a handler value.
	mux.HandleFunc("/debug/pprof/", pprof.Index) // want `pprof.Index writes a plain-text body on a`
}

// A library's handler called with the writer is judged at the call: no
// run of the checker judges it where it is declared.
func profile(w http.ResponseWriter, r *http.Request) {
	pprof.Index(w, r) // want `pprof.Index writes a plain-text body on a`
}

// A library handler that only passes requests on answers nothing itself.
func wrapped(items http.Handler) http.Handler {
	return handlers.ProxyHeaders(items)
}

// gin's static routes serve files with http.FileServer.
func static(r *gin.Engine) {
	r.StaticFS("/images", gin.Dir("images", false)) // want `r.StaticFS \(on an unsatisfiable Range\) writes a plain-text body on a 416 response`
}

// Middleware a library makes, used as a value or made by a call: its
// answers are reported where the program names or makes it.
func middlewares(r chi.Router, g *libmw.Guard) {
	r.Use(g.Session)                                       // want `the handler of libmw.Session\(401\) sends 401 with no body` `the handler of libmw.Session\(401\) sends 401 without WWW-Authenticate`
	r.Use(g.Admin)                                         // want `the handler of libmw.Admin writes a plain-text body on a 403 response` `the handler of libmw.Admin\(401\) sends 401 with no body` `the handler of libmw.Admin\(401\) sends 401 without WWW-Authenticate`
	r.Use(libmw.Only("application/json"))                  // want `the middleware of libmw.Only writes a plain-text body on a 415 response`
	r.Use(middleware.AllowContentType("application/json")) // want `the middleware of middleware.AllowContentType\(415\) sends 415 with no body`
	r.Use(libmw.Pass)
	r.Use(g.Optional)
}
