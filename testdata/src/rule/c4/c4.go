// Package c4: 422 fills failedValidations.
package c4

import (
	"encoding/json"
	"net/http"
)

type Error struct {
	ErrorMessage      string   `json:"errorMessage"`
	FailedValidations []string `json:"failedValidations,omitempty"`
}

type Thin struct {
	ErrorMessage string `json:"errorMessage"`
}

func missing(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusUnprocessableEntity)
	json.NewEncoder(w).Encode(Error{ErrorMessage: "invalid"}) // want `422 Error object Error does not fill "failedValidations"`
}

func noField(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(422)
	json.NewEncoder(w).Encode(Thin{ErrorMessage: "invalid"}) // want `422 Error object Thin does not fill "failedValidations"`
}

func mapWithout(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusUnprocessableEntity)
	json.NewEncoder(w).Encode(map[string]any{"errorMessage": "invalid"}) // want `does not fill "failedValidations"`
}

// Clean: validations are listed; or we cannot tell.
func ok(w http.ResponseWriter, r *http.Request, failed []string, e Error) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusUnprocessableEntity)
	if r.URL.Path == "/known" {
		json.NewEncoder(w).Encode(Error{ErrorMessage: "invalid", FailedValidations: failed})
		return
	}
	json.NewEncoder(w).Encode(e)
}

// Clean: 400 needs no validations.
func badRequest(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusBadRequest)
	json.NewEncoder(w).Encode(Error{ErrorMessage: "bad"})
}
