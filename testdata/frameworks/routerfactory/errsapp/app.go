// Package errsapp serves the router a constructor that can fail returns.
package errsapp

import (
	"net/http"

	"example.com/frameworks/routerfactory/errs"
)

func Serve() error {
	r, err := errs.New("/api") // want `gorilla/mux router r \(made by errs.New\) answers unknown paths with 404 "404 page not found" as text/plain` `gorilla/mux router r \(made by errs.New\) answers a wrong method with an empty 405`
	if err != nil {
		return err
	}
	return http.ListenAndServe(":8080", r)
}

// Not checked: reported, with no fix (the router may be nil there).
func Unchecked() error {
	r, _ := errs.New("/v2") // want `gorilla/mux router r \(made by errs.New\) answers unknown paths with 404` `gorilla/mux router r \(made by errs.New\) answers a wrong method with an empty 405`
	return http.ListenAndServe(":8081", r)
}
