// Package holderfunnel: handlers of a value that holds the writer return
// errors to a router this package cannot see into; the configuration names
// its error handler (errorHandler), which judges each return.
package holderfunnel

import (
	"errors"
	"net/http"

	"holderfunnel/router"
)

func routes(rt *router.Router) {
	rt.GET("/item", showItem)
	rt.GET("/me", func(e *router.Event) error {
		if e.Request.Header.Get("Authorization") == "" {
			return router.Unauthorized("login") // want `401 response body is APIError, not the Error object` `sends 401 without WWW-Authenticate`
		}
		return nil
	})
}

func showItem(e *router.Event) error {
	if e.Request.URL.Query().Get("id") == "" {
		return router.NotFound("no id") // want `404 response body is APIError, not the Error object`
	}
	if e.Request.URL.Query().Get("db") != "" {
		return errors.New("db down") // a bare 500: compliant
	}
	e.Response.WriteHeader(http.StatusNoContent)
	return nil
}
