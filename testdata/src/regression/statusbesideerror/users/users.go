// Package users returns statuses beside its errors to another package,
// through a method's fact.
package users

import (
	"errors"
	"net/http"
)

type Store struct{ open bool }

func (s *Store) Get(id string) (string, int, error) {
	if !s.open {
		return "", http.StatusServiceUnavailable, errors.New("closed")
	}
	if id == "" {
		return s.missing()
	}
	return id, 0, nil
}

func (s *Store) missing() (string, int, error) {
	return "", http.StatusForbidden, errors.New("no id")
}
