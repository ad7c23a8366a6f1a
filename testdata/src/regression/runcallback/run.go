// Package runcallback reproduces gotify's withID(ctx, "id", func(id uint)
// {...}): a helper runs a literal that writes the response through the
// writer it captures. The literal's paths are followed where the helper
// runs it (they were an escape of the writer, and its breaks unseen).
package runcallback

import (
	"encoding/json"
	"net/http"

	"regression/runcallback/params"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func withName(w http.ResponseWriter, r *http.Request, f func(name string)) {
	name := r.URL.Query().Get("name")
	if name == "" {
		http.Error(w, "name required", http.StatusBadRequest) // want `http.Error sends 400 as text/plain`
		return
	}
	f(name)
}

func Get(w http.ResponseWriter, r *http.Request) {
	params.WithID(w, r, func(id int) {
		if id == 0 {
			w.WriteHeader(http.StatusNotFound) // want `sends 404 with no body`
			return
		}
		json.NewEncoder(w).Encode(id)
	})
}

func Hello(w http.ResponseWriter, r *http.Request) {
	withName(w, r, func(name string) {
		if name == "root" {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusForbidden)
			json.NewEncoder(w).Encode(Error{ErrorMessage: "not root"})
			return
		}
		w.Write([]byte("hello " + name))
	})
}

// Encoded's literal writes through an encoder made outside it: not
// followed, the writer escapes there, and nothing is reported.
func Encoded(w http.ResponseWriter, r *http.Request) {
	enc := json.NewEncoder(w)
	params.WithID(w, r, func(id int) {
		w.WriteHeader(http.StatusNotFound)
		enc.Encode(id)
	})
}
