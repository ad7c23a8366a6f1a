// Package store returns its errors as the last of several results, as
// services do: `func (s *Store) Item(id string) (string, error)`.
package store

import (
	"errors"
	"net/http"

	"namedhandlers/api"
)

type Store struct{ items map[string]string }

// Item fails with a status the funnel sends.
func (s *Store) Item(id string) (string, error) { // want Item:`error\(namedhandlers/api.HTTPError Status=404\|500 or nil\)`
	if id == "" {
		return "", api.NewHTTPError(http.StatusInternalServerError, "no id")
	}
	v, ok := s.items[id]
	if !ok {
		return "", &api.HTTPError{Status: http.StatusNotFound, Message: "no item"}
	}
	return v, nil
}

// Count forwards Item's error.
func (s *Store) Count(id string) (int, string, error) { // want Count:`error\(namedhandlers/api.HTTPError Status=404\|500 or nil\)`
	v, err := s.Item(id)
	if err != nil {
		return 0, "", err
	}
	return len(v), v, nil
}

// Plain mixes a plain error in: Item's statuses, or an error that is no
// HTTPError ("or foreign"), which the funnel answers with its 500.
func (s *Store) Plain(id string) (string, error) { // want Plain:`error\(namedhandlers/api.HTTPError Status=404\|500 or nil or foreign\)`
	if id == "" {
		return "", errors.New("no id")
	}
	return s.Item(id)
}
