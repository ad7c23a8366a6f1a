// Package falsewitherror reproduces a false report on supabase's OTP
// handler: shouldCreate returns `false, err` whenever its error is not
// nil, so after `if ok, err := shouldCreate(r); !ok { ... }` the branch
// `else if err != nil { return err }` never runs with an error. The
// function's fact says so (ZeroWith), and the call forks into the error
// with ok false, and nil.
package falsewitherror

import (
	"encoding/json"
	"errors"
	"net/http"
)

type APIError struct {
	Status int
	Msg    string
}

func (e *APIError) Error() string { return e.Msg }

func badRequest(msg string) error { return &APIError{Status: http.StatusBadRequest, Msg: msg} }

// shouldCreate: a bool that is false whenever the error is not.
func shouldCreate(r *http.Request) (bool, error) {
	if r.URL.Query().Get("email") == "@" {
		return false, badRequest("invalid email")
	}
	return r.URL.Query().Get("create") != "", nil
}

// mayFail's error comes with true as well: nothing is known of ok.
func mayFail(r *http.Request) (bool, error) {
	if r.URL.Query().Get("x") == "" {
		return true, badRequest("no x")
	}
	return false, nil
}

func writeText(w http.ResponseWriter, err error) {
	var ae *APIError
	if errors.As(err, &ae) {
		http.Error(w, ae.Msg, ae.Status)
		return
	}
	http.Error(w, "internal", http.StatusInternalServerError)
}

func writeJSON(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"errorMessage": msg})
}

func Create(w http.ResponseWriter, r *http.Request) {
	if ok, err := shouldCreate(r); !ok {
		writeJSON(w, http.StatusForbidden, "signups not allowed")
		return
	} else if err != nil {
		writeText(w, err) // never with an error: ok is false then
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func Other(w http.ResponseWriter, r *http.Request) {
	if ok, err := mayFail(r); !ok {
		w.WriteHeader(http.StatusNoContent)
		return
	} else if err != nil {
		writeText(w, err) // want `writeText writes a plain-text body on a 400 response`
		return
	}
	w.WriteHeader(http.StatusCreated)
}
