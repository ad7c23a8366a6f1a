// Package foundflag reproduces a G2 false alarm seen in cmd/go's proxy
// test: a write guarded by a flag that a later "if !found" tests.
package foundflag

import (
	"fmt"
	"net/http"
)

func versions(w http.ResponseWriter, r *http.Request, list []string) {
	found := false
	for _, v := range list {
		if v != r.URL.Path {
			continue
		}
		found = true
		fmt.Fprintf(w, "%s\n", v)
	}
	if !found {
		http.NotFound(w, r) // want `http.NotFound sends 404 as text/plain`
	}
}

func versionsBad(w http.ResponseWriter, r *http.Request) {
	found := true
	fmt.Fprintf(w, "listing\n")
	if found {
		http.NotFound(w, r) // want `http.NotFound after the body was written is ignored`
	}
}
