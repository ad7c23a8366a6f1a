// Package libhandlers serves handlers that libraries make: what they
// answer on their own is reported where the program makes or names them,
// since no run of the checker judges the libraries themselves.
package libhandlers

import (
	"net/http"
	"net/http/pprof"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/handlers"
	"golang.org/x/crypto/acme/autocert"
)

func routes(mux *http.ServeMux, m *autocert.Manager, items http.Handler) {
	// A method router: a method it does not list gets 405 text/plain.
	mux.Handle("/items", handlers.MethodHandler{"GET": items}) // want `handlers.MethodHandler writes a plain-text body on a 405 response`
	// The ACME challenge handler answers an unknown token or host with text.
	go http.ListenAndServe(":80", m.HTTPHandler(items)) // want `the handler of autocert.HTTPHandler writes a plain-text body on a 403/404 response`
	// A library's function used as a handler value.
	mux.HandleFunc("/debug/pprof/", pprof.Index) // want `pprof.Index writes a body as text/plain on a`
}

// A library's handler called with the writer is judged at the call: no
// run of the checker judges it where it is declared.
func profile(w http.ResponseWriter, r *http.Request) {
	pprof.Index(w, r) // want `pprof.Index writes a body as text/plain on a`
}

// A library handler that only passes requests on answers nothing itself.
func wrapped(items http.Handler) http.Handler {
	return handlers.ProxyHeaders(items)
}

// gin's static routes serve files with http.FileServer.
func static(r *gin.Engine) {
	r.StaticFS("/images", gin.Dir("images", false)) // want `r.StaticFS \(on an unsatisfiable Range\) writes a plain-text body on a 416 response`
}
