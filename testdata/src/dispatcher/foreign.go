package dispatcher

import (
	"errors"
	"net/http"

	"dispatcher/store"
)

// errQuota is a plain error: the funnel's type assertion fails on it.
var errQuota = errors.New("quota")

// Errors made in another package (store) are never *apiError, so the
// funnel answers them with its fallback 500, which carries JSON: a break
// reported once, in the funnel (dispatcher.go), not at each return; the
// coverage test (testdata/coverage) shows that such returns are followed.
func (s *Server) putItem(w http.ResponseWriter, r *http.Request, v *visitor) error {
	id, err := store.Load(r.URL.Query().Get("id"))
	if err != nil {
		return err
	}
	if err := store.Save(id); err != nil {
		return err
	}
	if id == "full" {
		return errQuota
	}
	return errBadRequest.With("id") // want `400 response body is apiError, not the Error object`
}

// With copies the error through a method that builds a literal from the
// receiver's fields: the status is kept.
func (e apiError) With(field string) *apiError {
	c := e.clone()
	c.Message += " (" + field + ")"
	return &c
}

func (e apiError) clone() apiError {
	return apiError{Status: e.Status, Message: e.Message}
}

// wrapped returns lookup's error: its *apiError (404), or the store's
// error, which the funnel answers with its 500.
func (s *Server) wrapped(w http.ResponseWriter, r *http.Request, v *visitor) error {
	return s.lookup(r) // want `404 response body is apiError, not the Error object`
}

// unknown returns an error of a function value: it may be anything, and
// nothing is judged.
func (s *Server) unknown(w http.ResponseWriter, r *http.Request, v *visitor) error {
	return s.check(r)
}

func (s *Server) lookup(r *http.Request) error {
	if r.URL.Path == "" {
		return errNotFound
	}
	return store.Save("x")
}
