package writerholders

import (
	"net/http"

	"writerholders/router"
)

// RequestEvent embeds the router's event: the writer is two fields down.
type RequestEvent struct {
	router.Event
	Auth string
}

func listUsers(e *RequestEvent) error {
	if e.Auth == "" {
		return e.String(http.StatusUnauthorized, "login first") // want `sends 401 without WWW-Authenticate` `router.String writes a plain-text body on a 401 response`
	}
	if e.Request.URL.Query().Has("missing") {
		return e.NotFoundError("no such user")
	}
	if e.Request.URL.Query().Has("mfa") {
		// Content-Type is set by Pick, and its body always goes out on a 401.
		return e.Pick(http.StatusUnauthorized, map[string]string{"mfaId": "x"}) // want `sends 401 without WWW-Authenticate` `401 response body is map\[string\]string\{"mfaId": ...\}, not the Error object`
	}
	if e.Request.URL.Query().Has("text") {
		// Pick keeps a Content-Type set before it.
		e.Response.Header().Set("Content-Type", "text/plain") // want `Content-Type "text/plain" on a 400 JSON error body`
		return e.Pick(http.StatusBadRequest, apiError{ErrorMessage: "bad"})
	}
	return e.JSON(http.StatusOK, []string{"ann"})
}

// unregistered has a handler's shape but is only called: a helper, whose
// caller may set the challenge first.
func unregistered(e *RequestEvent) error {
	return e.JSON(http.StatusUnauthorized, map[string]string{"errorMessage": "login first"})
}

func register(path string, h func(*RequestEvent) error) {}

func registerEvent(path string, h func(*Event) error) {}

func routes() {
	register("/users", listUsers)
	register("/me", func(e *RequestEvent) error {
		if e.Auth == "" {
			return unregistered(e) // want `sends 401 without WWW-Authenticate`
		}
		return e.NoContent()
	})
	registerEvent("/items", getItem)
	registerEvent("/ok", compliant)
	registerEvent("/audit", escapes)
}

// NoContent answers 204 through the embedded event.
func (e *RequestEvent) NoContent() error {
	e.Response.WriteHeader(http.StatusNoContent)
	return nil
}
