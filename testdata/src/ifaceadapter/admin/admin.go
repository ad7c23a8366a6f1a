// Package admin runs handlers held as an interface value, ServeHTTP(w, r)
// error, through a closure that funnels their errors (caddy's
// AdminHandler): each function converted to HandlerFunc is judged at its
// returns through the funnel, here and in the packages that register
// routes.
package admin

import (
	"encoding/json"
	"errors"
	"net/http"
)

type Handler interface {
	ServeHTTP(w http.ResponseWriter, r *http.Request) error
}

// HandlerFunc implements Handler by calling itself.
type HandlerFunc func(w http.ResponseWriter, r *http.Request) error

func (f HandlerFunc) ServeHTTP(w http.ResponseWriter, r *http.Request) error {
	return f(w, r)
}

// Route is what other packages give: the handler is kept in a field.
type Route struct {
	Pattern string
	Handler Handler
}

type Error struct {
	Status  int
	Message string
}

func (e Error) Error() string { return e.Message }

var errReauth = errors.New("authenticate again")

type server struct{ mux *http.ServeMux }

// handleError is the funnel; called whatever the error, it returns at once
// on nil.
func (s server) handleError(w http.ResponseWriter, r *http.Request, err error) {
	if err == nil {
		return
	}
	if err == errReauth {
		// Only for that sentinel: an error that carries a status, or one
		// made by errors.New, never takes this branch.
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	apiErr, ok := err.(Error)
	if !ok {
		apiErr = Error{Status: http.StatusInternalServerError, Message: err.Error()}
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(apiErr.Status)
	json.NewEncoder(w).Encode(map[string]string{"error": apiErr.Message}) // want `writes JSON .* on a 500 response`
}

func New(routes []Route) http.Handler {
	s := server{mux: http.NewServeMux()}
	add := func(pattern string, h Handler) {
		s.mux.Handle(pattern, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			err := h.ServeHTTP(w, r)
			s.handleError(w, r, err)
		}))
	}
	add("/config", HandlerFunc(handleConfig))
	for _, rt := range routes {
		add(rt.Pattern, rt.Handler)
	}
	return s.mux
}

func handleConfig(w http.ResponseWriter, r *http.Request) error {
	if r.Method != http.MethodGet {
		return Error{Status: http.StatusBadRequest, Message: "method"} // want `400 response body is map\[string\]string{"error": ...}, not the Error object .*via handleError`
	}
	if r.URL.Query().Get("path") == "" {
		return errors.New("no path") // the funnel's own 500: reported there
	}
	if err := load(r.URL.Path); err != nil {
		return err // load never returns errReauth: no 401 here
	}
	if err := reauth(r); err != nil {
		return err // want `handleError\(401\) sends 401 with no body` `handleError\(401\) sends 401 without WWW-Authenticate`
	}
	if r.URL.Query().Get("again") != "" {
		return errReauth // want `handleError\(401\) sends 401 with no body` `handleError\(401\) sends 401 without WWW-Authenticate`
	}
	w.Write([]byte("{}"))
	return nil
}

// load fails with errors of its own.
func load(path string) error {
	if path == "/" {
		return errors.New("root")
	}
	return nil
}

// reauth may hand on the sentinel.
func reauth(r *http.Request) error {
	if r.Header.Get("Authorization") == "" {
		return errReauth
	}
	return nil
}

// notAHandler has the shape but is never converted to HandlerFunc: its
// errors go wherever its callers send them, and nothing is judged here.
func notAHandler(w http.ResponseWriter, r *http.Request) error {
	return Error{Status: http.StatusNotFound, Message: "none"}
}

var _ = notAHandler
