// want package:`statuserrors\(StatusError\)`

// Package errs is an app's error values and the error handler it installs
// in an errchain.ErrChain: a function that makes the http.Handler of each
// errchain.Handler, answering the error the handler returns in its own
// code (no funnel function of its own).
package errs

import (
	"errors"
	"net/http"

	"github.com/hay-kot/httpkit/errchain"
	"github.com/hay-kot/httpkit/server"

	"example.com/frameworks/errchainapp/kinds"
)

// StatusError carries the status its error is answered with.
type StatusError struct {
	Err    error
	Status int
}

func (e *StatusError) Error() string { return e.Err.Error() }

func New(msg string, status int) error { return &StatusError{errors.New(msg), status} } // want New:`error\(example.com/frameworks/errchainapp/errs.StatusError Status=p1\)`

type body struct {
	Error string `json:"error"`
}

// Handler answers every error with {"error": ...}: not the Error object.
// It is made by a constructor (a maker), and decides the status in its
// own code after the handler's call, by the error's kind.
func Handler(verbose bool) errchain.ErrorHandler { // want Handler:`maker\(adapter\(p0 -> errs.Handler err=p1\)\)`
	return func(h errchain.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			err := h.ServeHTTP(w, r)
			if err != nil {
				var se *StatusError
				var code int
				switch {
				case kinds.IsUnauthorized(err):
					code = http.StatusUnauthorized
				case errors.As(err, &se):
					code = se.Status
				default:
					code = http.StatusInternalServerError
				}
				_ = server.JSON(w, code, body{Error: err.Error()})
			}
		})
	}
}

type errorObject struct {
	ErrorMessage string `json:"errorMessage"`
}

// Compliant answers with the Error object, and a bare status on 5xx; it
// is itself of the error handler's shape.
func Compliant(h errchain.Handler) http.Handler { // want Compliant:`adapter\(p0 -> errs.Compliant err=p1\)` Compliant:`handlers\(0:helper\(w=0 \[delegate .*\]\)\)`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h.ServeHTTP(w, r); err != nil {
			var se *StatusError
			if !errors.As(err, &se) || se.Status >= 500 {
				w.WriteHeader(http.StatusInternalServerError)
				return
			}
			if se.Status == http.StatusUnauthorized {
				w.Header().Set("WWW-Authenticate", `Basic realm="cmix"`)
			}
			_ = server.JSON(w, se.Status, errorObject{ErrorMessage: err.Error()})
		}
	})
}

// Branchy decides the status by kind in nested branches: paths taken for
// different kinds stay apart, so that an error of one kind does not take
// a way meant for another.
func Branchy(h errchain.Handler) http.Handler { // want Branchy:`adapter\(p0 -> errs.Branchy err=p1\)` Branchy:`handlers\(0:helper\(w=0 \[delegate .*\]\)\)`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		err := h.ServeHTTP(w, r)
		if err == nil {
			return
		}
		code := http.StatusInternalServerError
		if kinds.IsUnauthorized(err) {
			code = http.StatusUnauthorized
		} else if r.Method == http.MethodPost {
			if kinds.IsBadInput(err) {
				code = http.StatusBadRequest
			}
		} else if !kinds.IsNotFound(err) {
			code = http.StatusBadRequest
		} else {
			code = http.StatusNotFound
		}
		_ = server.JSON(w, code, body{Error: err.Error()})
	})
}
