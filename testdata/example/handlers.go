// Package shop is a small JSON API that drifts from the error contract;
// errcontract finds each drift.
package shop

import (
	"encoding/json"
	"errors"
	"net/http"
)

// Error is the API's Error object.
type Error struct {
	ErrorMessage      string   `json:"errorMessage"`
	FailedValidations []string `json:"failedValidations,omitempty"`
}

var errNotFound = errors.New("not found")

type Server struct{ items map[string]string }

func (s *Server) lookup(id string) (string, error) {
	v, ok := s.items[id]
	if !ok {
		return "", errNotFound
	}
	return v, nil
}

// GetItem answers GET /items/{id}.
func (s *Server) GetItem(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		w.WriteHeader(http.StatusMethodNotAllowed) // no Allow, no body
		return
	}
	user, _, ok := r.BasicAuth()
	if !ok || user == "" {
		http.Error(w, "login required", http.StatusUnauthorized) // text body, no challenge
		return
	}
	item, err := s.lookup(r.PathValue("id"))
	if err != nil {
		status := http.StatusInternalServerError
		if errors.Is(err, errNotFound) {
			status = http.StatusNotFound
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		json.NewEncoder(w).Encode(Error{ErrorMessage: err.Error()}) // JSON on 500
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]string{"item": item})
}

// CreateItem answers POST /items.
func (s *Server) CreateItem(w http.ResponseWriter, r *http.Request) {
	var in struct{ Name string }
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		json.NewEncoder(w).Encode(map[string]string{"error": err.Error()}) // foreign shape, no Content-Type
		return
	}
	if in.Name == "" {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnprocessableEntity)
		json.NewEncoder(w).Encode(Error{ErrorMessage: "invalid"}) // no failedValidations
		return
	}
	w.WriteHeader(http.StatusCreated)
}
