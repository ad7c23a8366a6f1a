// Package dispatcher reproduces a server whose one http.Handler calls a
// project-specific router, route(w, r, v) error, and hands every error it
// returns to a funnel, fail(w, r, v, err). The handlers the router calls,
// directly or through middleware that returns the same shape, are judged
// at each return through that funnel.
package dispatcher

import (
	"encoding/json"
	"net/http"
)

type visitor struct{ user string }

type handlerFunc func(http.ResponseWriter, *http.Request, *visitor) error

type apiError struct {
	Status  int    `json:"status"`
	Message string `json:"error"`
}

func (e apiError) Error() string { return e.Message }

// JSON is the error's encoding, made by a method.
func (e apiError) JSON() string {
	b, _ := json.Marshal(&e)
	return string(b)
}

// Wrap returns a copy with the status kept.
func (e apiError) Wrap(msg string) *apiError {
	c := e
	c.Message += "; " + msg
	return &c
}

var (
	errBadRequest   = &apiError{http.StatusBadRequest, "bad request"}
	errUnauthorized = &apiError{http.StatusUnauthorized, "unauthorized"}
	errNotFound     = &apiError{http.StatusNotFound, "not found"}
	errInternal     = &apiError{http.StatusInternalServerError, "internal"}
)

type Server struct {
	log   func(func())
	check func(*http.Request) error
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	v := &visitor{user: r.Header.Get("User")}
	s.log(func() {
		if err := s.route(w, r, v); err != nil {
			s.fail(w, r, v, err)
			return
		}
	})
}

// fail writes every error: the status the error carries, or 500.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, v *visitor, err error) {
	e, ok := err.(*apiError)
	if !ok {
		e = errInternal
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(e.Status)
	w.Write([]byte(e.JSON() + "\n")) // want `w.Write writes JSON \(apiError\) on a 500 response`
}

func (s *Server) route(w http.ResponseWriter, r *http.Request, v *visitor) error {
	switch r.URL.Path {
	case "/item":
		return s.getItem(w, r, v)
	case "/account":
		return s.requireUser(s.getAccount)(w, r, v)
	case "/admin":
		return s.requireUser(s.logged(s.getAdmin))(w, r, v)
	case "/put":
		return s.putItem(w, r, v)
	case "/wrapped":
		return s.wrapped(w, r, v)
	case "/unknown":
		return s.unknown(w, r, v)
	}
	return errNotFound // want `404 response body is apiError, not the Error object`
}

func (s *Server) getItem(w http.ResponseWriter, r *http.Request, v *visitor) error {
	if r.URL.Query().Get("id") == "" {
		return errBadRequest.Wrap("no id") // want `400 response body is apiError, not the Error object`
	}
	w.Header().Set("Content-Type", "application/json")
	return json.NewEncoder(w).Encode(map[string]string{"id": "1"})
}

func (s *Server) getAccount(w http.ResponseWriter, r *http.Request, v *visitor) error {
	if v.user == "nobody" {
		return errNotFound // want `404 response body is apiError, not the Error object`
	}
	return nil
}

func (s *Server) getAdmin(w http.ResponseWriter, r *http.Request, v *visitor) error {
	return errInternal // want `500 response`
}

// requireUser is middleware of the router's shape; its closure passes
// through another middleware before it is returned.
func (s *Server) requireUser(next handlerFunc) handlerFunc {
	return s.withUsers(func(w http.ResponseWriter, r *http.Request, v *visitor) error {
		if v.user == "" {
			return errUnauthorized // want `401 response body is apiError, not the Error object` `sends 401 without WWW-Authenticate`
		}
		return next(w, r, v)
	})
}

func (s *Server) withUsers(next handlerFunc) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, v *visitor) error {
		return next(w, r, v)
	}
}

func (s *Server) logged(next handlerFunc) handlerFunc { return next }

// notRouted has the router's shape but is called by nobody that funnels
// its errors: they are not judged.
func (s *Server) notRouted(w http.ResponseWriter, r *http.Request, v *visitor) error {
	return errBadRequest
}
