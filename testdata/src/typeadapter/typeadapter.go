// Package typeadapter has a handler type of the shape func(w, r) error
// whose one adapter is a function (wrap), not a method: a literal returned
// as that type by middleware, or passed to it, is judged through wrap's
// funnel at its returns, as it is for handlers that return their status.
package typeadapter

import (
	"encoding/json"
	"net/http"
)

type apiError struct {
	Status int
	Msg    string
}

func (e *apiError) Error() string { return e.Msg }

type apiFunc func(w http.ResponseWriter, r *http.Request) error

// wrap is the adapter: it answers the error's status with a map body.
func wrap(fn apiFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := fn(w, r); err != nil {
			status := http.StatusInternalServerError
			if e, ok := err.(*apiError); ok {
				status = e.Status
			}
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(status)
			json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
		}
	}
}

// auth is middleware of the type: the literal it returns is used as
// apiFunc, and wrap is that type's only adapter.
func auth(fn apiFunc) apiFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		if r.Header.Get("Authorization") == "" {
			return &apiError{Status: http.StatusForbidden, Msg: "no"} // want `response body is map.* not the Error object`
		}
		return fn(w, r)
	}
}

func getItem(w http.ResponseWriter, r *http.Request) error {
	return &apiError{Status: http.StatusNotFound, Msg: "missing"} // want `response body is map.* not the Error object`
}

// A handler that answers itself returns nil: wrap writes nothing.
func putItem(w http.ResponseWriter, r *http.Request) error {
	w.WriteHeader(http.StatusNoContent)
	return nil
}

func Routes(mux *http.ServeMux) {
	mux.Handle("/item", wrap(auth(getItem)))
	mux.Handle("/put", wrap(putItem))
}
