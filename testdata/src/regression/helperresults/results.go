// Package helperresults reproduces false G1/G2 reports seen on real servers:
// helpers that say through their result whether they answered. The caller
// tests the result and returns, so what it writes next never follows the
// helper's response. The same helpers tested the wrong way round, or not at
// all, still break the contract, and are reported.
package helperresults

import (
	"encoding/json"
	"errors"
	"log"
	"net/http"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func writeError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(Error{ErrorMessage: msg})
}

type item struct{ Name string }

// decode answers 400 and returns false when the body is bad.
func decode(w http.ResponseWriter, r *http.Request, v any) bool {
	if err := json.NewDecoder(r.Body).Decode(v); err != nil {
		writeError(w, http.StatusBadRequest, "bad body")
		return false
	}
	return true
}

// denied answers 401 and returns true when there are no credentials.
func denied(w http.ResponseWriter, r *http.Request) bool {
	if r.Header.Get("Authorization") == "" {
		w.Header().Set("WWW-Authenticate", `Basic realm="cmix"`)
		writeError(w, http.StatusUnauthorized, "log in")
		return true
	}
	return false
}

// checked has a named result, set on one path and left false on the other.
func checked(w http.ResponseWriter, r *http.Request) (ok bool) {
	if r.URL.Query().Get("id") == "" {
		writeError(w, http.StatusNotFound, "no such item")
		return
	}
	ok = true
	return
}

func create(w http.ResponseWriter, r *http.Request) {
	var v item
	if !decode(w, r, &v) {
		return
	}
	w.Header().Set("X-Frame-Options", "DENY")
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(v)
}

func createStored(w http.ResponseWriter, r *http.Request) {
	var v item
	ok := decode(w, r, &v)
	log.Print("decoded")
	if !ok {
		return
	}
	w.Header().Set("X-Frame-Options", "DENY")
	w.WriteHeader(http.StatusCreated)
}

func private(w http.ResponseWriter, r *http.Request) {
	if denied(w, r) {
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
}

func show(w http.ResponseWriter, r *http.Request) {
	if !checked(w, r) {
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Positive: the result is ignored, so the 201 follows the 400.
func createIgnoring(w http.ResponseWriter, r *http.Request) {
	var v item
	decode(w, r, &v)
	w.Header().Set("X-Frame-Options", "DENY") // want `X-Frame-Options set after decode\(400\) has no effect`
	w.WriteHeader(http.StatusCreated)         // want `second WriteHeader \(w.WriteHeader\(201\)\) is ignored: the client already got status 400`
}

// Positive: tested the wrong way round; decode returned false after its 400.
func createInverted(w http.ResponseWriter, r *http.Request) {
	var v item
	if decode(w, r, &v) {
		return
	}
	w.WriteHeader(http.StatusCreated) // want `second WriteHeader \(w.WriteHeader\(201\)\) is ignored: the client already got status 400`
}

// finish redirects and returns nil when the flow is complete; otherwise it
// writes nothing and returns an error.
func finish(w http.ResponseWriter, r *http.Request) error {
	if r.URL.Query().Get("state") == "" {
		return errors.New("no state")
	}
	http.Redirect(w, r, "/done", http.StatusFound)
	return nil
}

// finishNamed does the same through a named result.
func finishNamed(w http.ResponseWriter, r *http.Request) (err error) {
	if r.URL.Query().Get("state") == "" {
		err = errors.New("no state")
		return
	}
	http.Redirect(w, r, "/done", http.StatusFound)
	return
}

// respond returns the error of its write: nil wherever the response went out.
func respond(w http.ResponseWriter, status int, msg string) error {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	return json.NewEncoder(w).Encode(Error{ErrorMessage: msg})
}

func callback(w http.ResponseWriter, r *http.Request) {
	if err := finish(w, r); err != nil {
		http.Redirect(w, r, "/error", http.StatusSeeOther)
	}
}

func callbackNamed(w http.ResponseWriter, r *http.Request) {
	err := finishNamed(w, r)
	log.Print("finished")
	if err != nil {
		http.Redirect(w, r, "/error", http.StatusSeeOther)
	}
}

func conflict(w http.ResponseWriter, r *http.Request) {
	if err := respond(w, http.StatusConflict, "taken"); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
	}
}

// Positive: the error is tested the wrong way round.
func callbackInverted(w http.ResponseWriter, r *http.Request) {
	if err := finish(w, r); err == nil {
		http.Redirect(w, r, "/error", http.StatusSeeOther) // want `second WriteHeader \(http.Redirect\(303\)\) is ignored: the client already got status 302`
	}
}
