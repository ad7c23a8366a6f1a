// Package pkgerrorsas: a funnel that matches errors with
// github.com/pkg/errors.As, which re-exports errors.As. Its target is
// bound as with the standard library: the status it carries reaches the
// wire at each return, and it is not nil once As held (regression from
// supabase/auth, whose funnel uses pkg/errors).
package pkgerrorsas

import (
	"encoding/json"
	"net/http"

	"github.com/pkg/errors"
)

type HTTPError struct {
	Status  int    `json:"-"`
	Message string `json:"message"`
}

func (e *HTTPError) Error() string { return e.Message }

type apiFunc func(w http.ResponseWriter, r *http.Request) error

func (f apiFunc) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := f(w, r); err != nil {
		writeError(w, err)
	}
}

// send writes v as JSON; a nil v gets the status alone.
func send(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	if v == nil {
		return
	}
	json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, err error) {
	var e *HTTPError
	if !errors.As(err, &e) {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	send(w, e.Status, e)
}

func getItem(w http.ResponseWriter, r *http.Request) error {
	if r.URL.Query().Get("id") == "" {
		return &HTTPError{Status: http.StatusNotFound, Message: "no id"} // want `404 response body is HTTPError, not the Error object`
	}
	return errors.New("db down")
}

var _ http.Handler = apiFunc(getItem)
