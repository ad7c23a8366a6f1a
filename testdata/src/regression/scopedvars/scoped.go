// Package scopedvars reproduces a funnel that asks the error about
// itself in many ifs, each with a variable of its own (a vikunja shape:
// `if hp, ok := err.(web.HTTPErrorProcessor); ok {...}`): paths that
// differ only in those variables, gone once each if ends, are one path.
// Kept apart they were 2^9 and the funnel was not followed.
package scopedvars

import (
	"errors"
	"fmt"
	"log"
	"net/http"
)

type StatusError struct{ Code int }

func (e *StatusError) Error() string { return http.StatusText(e.Code) }

func writeErr(w http.ResponseWriter, err error) {
	if d, ok := err.(interface{ Detail0() string }); ok {
		log.Print(d.Detail0())
	}
	if d, ok := err.(interface{ Detail1() string }); ok {
		log.Print(d.Detail1())
	}
	if d, ok := err.(interface{ Detail2() string }); ok {
		log.Print(d.Detail2())
	}
	if d, ok := err.(interface{ Detail3() string }); ok {
		log.Print(d.Detail3())
	}
	if d, ok := err.(interface{ Detail4() string }); ok {
		log.Print(d.Detail4())
	}
	if d, ok := err.(interface{ Detail5() string }); ok {
		log.Print(d.Detail5())
	}
	if d, ok := err.(interface{ Detail6() string }); ok {
		log.Print(d.Detail6())
	}
	if d, ok := err.(interface{ Detail7() string }); ok {
		log.Print(d.Detail7())
	}
	if d, ok := err.(interface{ Detail8() string }); ok {
		log.Print(d.Detail8())
	}
	code := http.StatusInternalServerError
	var se *StatusError
	if errors.As(err, &se) {
		code = se.Code
	}
	w.WriteHeader(code)
	fmt.Fprint(w, "failed")
}

func get(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/" {
		writeErr(w, &StatusError{Code: http.StatusNotFound}) // want `writeErr writes a plain-text body on a 404 response`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
