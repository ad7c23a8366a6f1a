package namedhandlers

import (
	"net/http"

	"namedhandlers/api"
	"namedhandlers/store"
)

func storeRoutes(rt *api.Router, s *store.Store) {
	rt.Get("/store/item", func(w http.ResponseWriter, r *http.Request) error {
		v, err := s.Item(r.URL.Query().Get("id"))
		if err != nil {
			return err // want `404 response body is errorBody, not the Error object` `500 response`
		}
		// Item also returns nil: the path goes on past the test.
		if v == "" {
			return &api.HTTPError{Status: http.StatusBadRequest, Message: "empty"} // want `400 response body is errorBody, not the Error object`
		}
		w.Write([]byte(v))
		return nil
	})
	rt.Get("/store/count", func(w http.ResponseWriter, r *http.Request) error {
		if _, _, err := s.Count(r.URL.Query().Get("id")); err != nil {
			return err // want `404 response body is errorBody, not the Error object` `500 response`
		}
		return nil
	})
	rt.Get("/store/plain", func(w http.ResponseWriter, r *http.Request) error {
		_, err := s.Plain(r.URL.Query().Get("id"))
		return err // want `404 response body is errorBody, not the Error object` `500 response`
	})
}
