// Package errormadetwice reproduces supabase's requireAdmin: a function
// returns an error of one kind made in two places (a 403 for a missing
// token, a 403 for a role not allowed), and the handler returns it to the
// adapter's funnel. The report at the handler's return names both places:
// as related positions in this package, in its message for another's.
package errormadetwice

import (
	"encoding/json"
	"errors"
	"net/http"

	"regression/errormadetwice/apierr"
	"regression/errormadetwice/auth"
)

type apiError = apierr.Error

// writeErr is the funnel: the error's status, with the error as JSON.
func writeErr(w http.ResponseWriter, err error) {
	var ae *apiError
	if errors.As(err, &ae) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(ae.Status)
		json.NewEncoder(w).Encode(ae)
		return
	}
	w.WriteHeader(http.StatusInternalServerError)
}

func wrap(h func(http.ResponseWriter, *http.Request) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			writeErr(w, err)
		}
	}
}

func requireAdmin(r *http.Request) error {
	if r.Header.Get("Authorization") == "" {
		return &apiError{Status: http.StatusForbidden, Msg: "no token"}
	}
	if r.Header.Get("X-Role") != "admin" {
		return &apiError{Status: http.StatusForbidden, Msg: "not admin"}
	}
	return nil
}

func admin(w http.ResponseWriter, r *http.Request) error {
	if err := requireAdmin(r); err != nil {
		return err // want `403 response body is Error, not the Error object \(no "errorMessage" key\) \[via writeErr at mw.go:25\] \(C3\)$`
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

func adminElsewhere(w http.ResponseWriter, r *http.Request) error {
	if err := auth.RequireAdmin(r); err != nil {
		return err // want `403 response body is Error, not the Error object \(no "errorMessage" key\) \[via writeErr at mw.go:25\] \[error made at auth.go:13, auth.go:16\] \(C3\)$`
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

func Routes(mux *http.ServeMux) {
	mux.Handle("/admin", wrap(admin))
	mux.Handle("/admin2", wrap(adminElsewhere))
}
