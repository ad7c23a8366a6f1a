// Package c1: a body-required status carries the Error object.
package c1

import (
	"encoding/json"
	"net/http"
)

type Error struct {
	ErrorMessage      string   `json:"errorMessage"`
	FailedValidations []string `json:"failedValidations,omitempty"`
}

func bare(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNotFound) // want `w.WriteHeader\(404\) sends 404 with no body: the contract requires the Error object`
}

func literal(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "" {
		w.WriteHeader(400) // want `sends 400 with no body`
		return
	}
	w.WriteHeader(http.StatusOK)
}

func branches(w http.ResponseWriter, r *http.Request) {
	status := http.StatusForbidden
	if r.URL.Query().Has("x") {
		status = http.StatusUnsupportedMediaType
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status) // want `w.WriteHeader\(403/415\) sends 403/415 with no body`
}

func validation(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusUnprocessableEntity) // want `sends 422 with no body`
}

// Clean: the Error object follows.
func ok(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusNotFound)
	json.NewEncoder(w).Encode(Error{ErrorMessage: "not found"})
}

// Clean: 409 may go without a body; 204 and 500 are not error bodies.
func optional(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/a":
		w.WriteHeader(http.StatusConflict)
	case "/b":
		w.WriteHeader(http.StatusInternalServerError)
	default:
		w.WriteHeader(http.StatusNoContent)
	}
}

// Clean: a helper's caller may write the body after it returns.
func statusOnly(w http.ResponseWriter, code int) {
	w.WriteHeader(code)
}

// Clean: the writer escapes to a template; the body is unknown.
func template(w http.ResponseWriter, r *http.Request, render func(http.ResponseWriter)) {
	w.WriteHeader(http.StatusNotFound)
	render(w)
}
