// Package statusbesideerror reproduces gotify's OIDC callback: a method
// returns the status beside its error, (user, status, err), some returns
// forwarding another method's three results, and the caller answers with
// that status when the error is not nil.
package statusbesideerror

import (
	"encoding/json"
	"errors"
	"net/http"

	"regression/statusbesideerror/users"
)

type user struct{ name string }

type api struct{ linking bool }

func (a *api) resolve(r *http.Request) (*user, int, error) {
	name := r.URL.Query().Get("name")
	if name == "" {
		return nil, http.StatusInternalServerError, errors.New("no name")
	}
	if name == "known" {
		return &user{name}, 0, nil
	}
	return a.link(name)
}

func (a *api) link(name string) (*user, int, error) {
	if !a.linking {
		return nil, http.StatusForbidden, errors.New("linking disabled")
	}
	return &user{name}, 0, nil
}

// lookup's status is a variable on one return: nothing is known of it.
func (a *api) lookup(r *http.Request) (*user, int, error) {
	code := len(r.URL.Path)
	if code > 3 {
		return nil, code, errors.New("too long")
	}
	return &user{}, 0, nil
}

// find returns only 4xx statuses beside its errors.
func find(r *http.Request) (*user, int, error) {
	switch r.URL.Query().Get("q") {
	case "":
		return nil, http.StatusBadRequest, errors.New("no query")
	case "gone":
		return nil, http.StatusNotFound, errors.New("not found")
	}
	return &user{}, 0, nil
}

func writeErr(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"errorMessage": msg})
}

func (a *api) Callback(w http.ResponseWriter, r *http.Request) {
	u, status, err := a.resolve(r)
	if err != nil {
		http.Error(w, err.Error(), status) // want `http.Error sends 403 as text/plain`
		return
	}
	w.Write([]byte(u.name))
}

func (a *api) Token(w http.ResponseWriter, r *http.Request) {
	u, status, err := a.resolve(r)
	if err != nil {
		writeErr(w, status, err.Error()) // want `writeErr writes the Error object .* on a 500 response`
		return
	}
	w.Write([]byte(u.name))
}

// Find answers a 400 or 404 with the Error object: compliant.
func Find(w http.ResponseWriter, r *http.Request) {
	u, status, err := find(r)
	if err != nil {
		writeErr(w, status, err.Error())
		return
	}
	w.Write([]byte(u.name))
}

// Lookup's status is not known: silent.
func (a *api) Lookup(w http.ResponseWriter, r *http.Request) {
	u, status, err := a.lookup(r)
	if err != nil {
		http.Error(w, err.Error(), status)
		return
	}
	w.Write([]byte(u.name))
}

// Get's statuses come from another package's method (a fact).
func Get(w http.ResponseWriter, r *http.Request) {
	s := &users.Store{}
	name, status, err := s.Get(r.URL.Query().Get("id"))
	if err != nil {
		http.Error(w, err.Error(), status) // want `http.Error sends 403 as text/plain`
		return
	}
	w.Write([]byte(name))
}
