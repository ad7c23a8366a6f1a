package helperresults

import (
	"net/http"

	"regression/helperresultsapi"
)

// The helper's result reaches this package as a fact.
func createAcross(w http.ResponseWriter, r *http.Request) {
	var v item
	if !helperresultsapi.Bind(w, r, &v) {
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func createAcrossIgnoring(w http.ResponseWriter, r *http.Request) {
	var v item
	helperresultsapi.Bind(w, r, &v)
	w.WriteHeader(http.StatusCreated) // want `second WriteHeader \(w.WriteHeader\(201\)\) is ignored: the client already got status 400`
}
