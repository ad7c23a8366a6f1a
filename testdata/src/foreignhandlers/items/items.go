// Package items declares handlers that return errors; the package that
// registers them (foreignhandlers) defines the adapter and its funnel,
// which this package cannot see: their returns are judged there.
package items

import (
	"errors"
	"net/http"

	"foreignhandlers/errs"
)

type Service struct{ names map[string]string }

func (s *Service) Get(w http.ResponseWriter, r *http.Request) error {
	name, ok := s.names[r.URL.Query().Get("id")]
	if !ok {
		return errs.NotFound("no such item")
	}
	w.Write([]byte(name))
	return nil
}

func List(w http.ResponseWriter, r *http.Request) error {
	if r.URL.Query().Get("page") == "" {
		return errs.BadRequest("page required")
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// Create answers itself before it returns its error: the funnel writes
// nothing after that, so nothing is judged where it is registered.
func Create(w http.ResponseWriter, r *http.Request) error {
	w.WriteHeader(http.StatusCreated)
	return errors.New("audit log failed")
}

// Fail returns an error the funnel answers with a bare 500: compliant.
func Fail(w http.ResponseWriter, r *http.Request) error {
	return errors.New("db down")
}
