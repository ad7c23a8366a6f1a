// Package c7: 401 sets WWW-Authenticate: Basic realm="cmix" before the status.
package c7

import (
	"encoding/json"
	"net/http"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func missing(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusUnauthorized) // want `w.WriteHeader\(401\) sends 401 without WWW-Authenticate`
	json.NewEncoder(w).Encode(Error{ErrorMessage: "login"})
}

func wrongRealm(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("WWW-Authenticate", `Basic realm="api"`) // want `401 challenge is "Basic realm=\\"api\\"": the contract requires WWW-Authenticate: Basic realm="cmix"`
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusUnauthorized)
	json.NewEncoder(w).Encode(Error{ErrorMessage: "login"})
}

func late(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusUnauthorized)
	w.Header().Set("WWW-Authenticate", `Basic realm="cmix"`) // want `WWW-Authenticate set after w.WriteHeader\(401\) never reaches the client`
	json.NewEncoder(w).Encode(Error{ErrorMessage: "login"})
}

// Clean: set before; or in a helper's caller, or by an unknown call.
func ok(w http.ResponseWriter, r *http.Request) {
	w.Header().Add("Www-Authenticate", `basic realm="cmix", charset="UTF-8"`)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusUnauthorized)
	json.NewEncoder(w).Encode(Error{ErrorMessage: "login"})
}

func unauthorized(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusUnauthorized)
	json.NewEncoder(w).Encode(Error{ErrorMessage: "login"})
}

func challengeFirst(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("WWW-Authenticate", `Basic realm="cmix"`)
	unauthorized(w)
}

func unknownHeaders(w http.ResponseWriter, r *http.Request, set func(http.Header)) {
	set(w.Header())
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusUnauthorized)
	json.NewEncoder(w).Encode(Error{ErrorMessage: "login"})
}
