// Package foreignhandlers defines a project router whose named handler
// type funnels errors (supabase's apiHandler and HandleResponseError), and
// registers the handlers of a package it imports (items), which cannot see
// that funnel: their errors are judged here, at their registration.
package foreignhandlers

import (
	"encoding/json"
	"errors"
	"net/http"

	"foreignhandlers/errs"
	"foreignhandlers/items"
)

type apiHandler func(w http.ResponseWriter, r *http.Request) error

func (h apiHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := h(w, r); err != nil {
		handleError(w, err)
	}
}

// handleError sends {"error": msg}, not the Error object, with the
// error's status; any other error is a bare 500.
func handleError(w http.ResponseWriter, err error) {
	var e *errs.HTTPError
	if !errors.As(err, &e) {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(e.Status)
	json.NewEncoder(w).Encode(map[string]string{"error": e.Message})
}

type router struct{ mux *http.ServeMux }

func (rt *router) Get(pattern string, h apiHandler) { rt.mux.Handle("GET "+pattern, h) }

// wrap is an adapter function: its parameter is the handler.
func wrap(h apiHandler) http.Handler { return h }

func routes(s *items.Service) *http.ServeMux {
	rt := &router{mux: http.NewServeMux()}
	rt.Get("/item", s.Get)                      // want `404 response body is map\[string\]string\{"error": ...\}, not the Error object`
	rt.Get("/items", items.List)                // want `400 response body is map\[string\]string\{"error": ...\}, not the Error object`
	rt.Get("/create", items.Create)             // answered before its error: nothing here
	rt.Get("/fail", items.Fail)                 // a bare 500: compliant
	rt.mux.Handle("GET /all", wrap(items.List)) // want `400 response body is map\[string\]string\{"error": ...\}, not the Error object`
	return rt.mux
}
