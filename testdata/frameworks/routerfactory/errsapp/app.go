// Package errsapp serves the router a constructor that can fail returns.
package errsapp

import (
	"log"
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

// An error check that exits: the fix goes after it.
func Main() {
	r, err := errs.New("/v3") // want `gorilla/mux router r \(made by errs.New\) answers unknown paths with 404` `gorilla/mux router r \(made by errs.New\) answers a wrong method with an empty 405`
	if err != nil {
		log.Fatal(err)
	}
	log.Fatal(http.ListenAndServe(":8082", r))
}
