// Package pointerbody reproduces a miss found by the differential test: a
// funnel that encodes the *apiErr it found sends an Error object without
// failedValidations, also on 422 (C4); a pointer to a struct without the
// field never fills it.
package pointerbody

import (
	"encoding/json"
	"net/http"
)

type apiErr struct {
	Status  int    `json:"-"`
	Message string `json:"errorMessage"`
}

func (e *apiErr) Error() string { return e.Message }

var errInvalid = &apiErr{Status: http.StatusUnprocessableEntity, Message: "invalid"}

func fail(w http.ResponseWriter, err error) {
	e, ok := err.(*apiErr)
	if !ok {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(e.Status)
	json.NewEncoder(w).Encode(e)
}

func create(w http.ResponseWriter, r *http.Request) {
	fail(w, errInvalid) // want `422 Error object apiErr does not fill "failedValidations"`
}
