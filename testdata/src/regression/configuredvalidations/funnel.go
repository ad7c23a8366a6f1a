// Package configuredvalidations: a configured error type without a
// failedValidations key is the project's own Error object; its contract
// has no such list, so a 422 of it is not judged by C4 (seen on supabase,
// where the pointer fix of pointerbody would otherwise report every 422).
// An unconfigured type found by its errorMessage key still is.
package configuredvalidations

import (
	"encoding/json"
	"net/http"
)

type HTTPError struct {
	Code    int    `json:"code"`
	Message string `json:"msg"`
}

type plainErr struct {
	ErrorMessage string `json:"errorMessage"`
}

func configured(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusUnprocessableEntity)
	json.NewEncoder(w).Encode(&HTTPError{Code: 422, Message: "invalid"})
}

func unconfigured(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusUnprocessableEntity)
	json.NewEncoder(w).Encode(&plainErr{ErrorMessage: "invalid"}) // want `422 Error object plainErr does not fill "failedValidations"`
}
