// Package inplaceadapter reproduces an app's router wrappers that run
// the handler inside a function literal called in place and hand what it
// returns to the error handler (a writefreely shape):
//
//	func (h *handler) web(f handlerFunc) http.HandlerFunc {
//		return func(w, r) { h.handleError(w, r, func() error { ...; err := f(h.app, w, r); ...; return err }()) }
//	}
//
// with handlers of a named type that takes parameters before the writer.
// Every function used as that type is judged at its returns through the
// literal's code after the call and the error handler; the wrapper's own
// answers (the literal's returns before the call) are judged in it.
package inplaceadapter

import (
	"encoding/json"
	"html/template"
	"net/http"
)

type HTTPError struct {
	Status  int
	Message string
}

func (e HTTPError) Error() string { return e.Message }

var (
	errNotLoggedIn = HTTPError{http.StatusUnauthorized, "not logged in"}
	errNotFound    = HTTPError{http.StatusNotFound, "not found"}
	errGone        = HTTPError{http.StatusGone, "gone"}
)

type app struct{ pages *template.Template }

type user struct{ admin bool }

type (
	handlerFunc     func(a *app, w http.ResponseWriter, r *http.Request) error
	userHandlerFunc func(a *app, u *user, w http.ResponseWriter, r *http.Request) error
)

type handler struct{ a *app }

func writeError(w http.ResponseWriter, e HTTPError) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(e.Status)
	json.NewEncoder(w).Encode(map[string]string{"errorMessage": e.Message})
}

// sendRedirect writes the status alone: a 4xx that took this way would
// go out with no body.
func sendRedirect(w http.ResponseWriter, code int, location string) {
	w.Header().Set("Location", location)
	w.WriteHeader(code)
}

// handleError answers a redirect's status with the redirect, an error of
// its type with the Error object, anything else with a bare 500.
func (h *handler) handleError(w http.ResponseWriter, r *http.Request, err error) {
	if err == nil {
		return
	}
	if e, ok := err.(HTTPError); ok {
		if e.Status >= 300 && e.Status < 400 {
			sendRedirect(w, e.Status, e.Message)
			return
		}
		writeError(w, e)
		return
	}
	w.WriteHeader(http.StatusInternalServerError)
}

// web renders a page (status 200) for an error of another type, then
// still hands it on; handleError then writes its 500 on a committed
// response. For an error of its type it only hands it on.
func (h *handler) web(f handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		h.handleError(w, r, func() error { // want `handleError\(500\) after the body was written is ignored` `handleError\(401\) sends 401 without WWW-Authenticate`
			status := 0
			if r.URL.Query().Get("session") == "" {
				return errNotLoggedIn // the wrapper's own answer: judged at the call above
			}
			err := f(h.a, w, r)
			if err == nil {
				status = http.StatusOK
			} else if e, ok := err.(HTTPError); ok {
				status = e.Status
			} else {
				h.a.pages.ExecuteTemplate(w, "error", nil)
				status = http.StatusInternalServerError
			}
			_ = status
			return err
		}())
	}
}

// user signs a missing user out: that error is answered with a
// redirect, and nil is handed on.
func (h *handler) user(f userHandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		h.handleError(w, r, func() error {
			u := &user{}
			err := f(h.a, u, w, r)
			if e, ok := err.(HTTPError); ok && e == errNotFound {
				http.Redirect(w, r, "/logout", http.StatusFound)
				err = nil
			}
			return err
		}())
	}
}

// api holds its literal in a variable that it only calls: the literal
// runs at the call, and its own answer is judged there.
func (h *handler) api(f handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		run := func() error {
			if r.Header.Get("Authorization") == "" {
				return errNotLoggedIn
			}
			return f(h.a, w, r)
		}
		h.handleError(w, r, run()) // want `handleError\(401\) sends 401 without WWW-Authenticate`
	}
}

type store struct{}

func (s *store) load(id string) error { return nil }

func viewItem(a *app, w http.ResponseWriter, r *http.Request) error {
	switch r.URL.Query().Get("x") {
	case "":
		return HTTPError{http.StatusBadRequest, "no id"} // the Error object: silent
	case "old":
		return HTTPError{http.StatusMovedPermanently, "/new"} // a redirect: silent
	case "auth":
		return errNotLoggedIn // want `web\(401\) sends 401 without WWW-Authenticate`
	}
	var s store
	if err := s.load("x"); err != nil {
		if err == errGone {
			return err // an error that equals one of a known status: silent (the Error object)
		}
		if err == errNotLoggedIn {
			return err // want `web\(401\) sends 401 without WWW-Authenticate`
		}
		return err
	}
	return HTTPError{http.StatusServiceUnavailable, "busy"} // want `web writes the Error object .* on a 503 response`
}

func viewAccount(a *app, u *user, w http.ResponseWriter, r *http.Request) error {
	if !u.admin {
		return errNotFound // signed out: a redirect, silent
	}
	if r.URL.Query().Get("x") == "" {
		return errNotLoggedIn // want `user\(401\) sends 401 without WWW-Authenticate`
	}
	return nil
}

func routes(h *handler, mux *http.ServeMux) {
	mux.HandleFunc("/item", h.web(viewItem))
	mux.HandleFunc("/account", h.user(viewAccount))
	mux.HandleFunc("/api/item", h.api(viewItem))
}

// send tests its status inside a literal run in place: a caller's status
// takes only the way its value can (the path's condition holds on).
func send(w http.ResponseWriter, status int, msg string) {
	func() {
		if status >= 500 {
			w.WriteHeader(status)
			return
		}
		writeError(w, HTTPError{status, msg})
	}()
}

func sendNotFound(w http.ResponseWriter, r *http.Request) {
	send(w, http.StatusNotFound, "no such page")
}

func sendUnauthorized(w http.ResponseWriter, r *http.Request) {
	send(w, http.StatusUnauthorized, "who are you") // want `send\(401\) sends 401 without WWW-Authenticate`
}

// checkUser answers through a literal with parameters held in a variable
// (a wakapi shape): it runs at each call with its arguments bound.
func checkUser(w http.ResponseWriter, r *http.Request) bool {
	respond := func(code int, text string) bool {
		w.WriteHeader(code)
		w.Write([]byte(text))
		return false
	}
	if r.Header.Get("Authorization") == "" {
		return respond(http.StatusUnauthorized, "who are you")
	}
	if r.URL.Query().Get("user") == "" {
		return respond(http.StatusInternalServerError, "no user")
	}
	return true
}

func viewProfile(w http.ResponseWriter, r *http.Request) {
	if !checkUser(w, r) { // want `checkUser\(401\) sends 401 without WWW-Authenticate` `checkUser writes a body with no Content-Type .* on a 401 response`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
