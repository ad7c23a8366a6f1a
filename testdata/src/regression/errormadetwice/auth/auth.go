// Package auth makes its 403s in two places, for the handlers of
// errormadetwice to return.
package auth

import (
	"net/http"

	"regression/errormadetwice/apierr"
)

func RequireAdmin(r *http.Request) error {
	if r.Header.Get("Authorization") == "" {
		return &apierr.Error{Status: http.StatusForbidden, Msg: "no token"}
	}
	if r.Header.Get("X-Role") != "admin" {
		return &apierr.Error{Status: http.StatusForbidden, Msg: "not admin"}
	}
	return nil
}
