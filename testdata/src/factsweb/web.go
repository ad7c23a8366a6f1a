// Package factsweb uses factsapi: each violation is reported at the call
// (or return) where the status becomes concrete.
package factsweb

import (
	"errors"
	"net/http"

	"factsapi"
)

func Items(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/boom":
		factsapi.WriteError(w, http.StatusInternalServerError, "boom") // want `Error object \(Error\) on a 500 response`
	case "/forbidden":
		factsapi.WriteJSON(w, http.StatusForbidden, map[string]string{"error": "no"}) // want `403 response body is map\[string\]string\{"error": ...\}, not the Error object`
	case "/login":
		factsapi.WriteError(w, http.StatusUnauthorized, "login") // want `sends 401 without WWW-Authenticate`
	case "/login-ok":
		factsapi.Challenge(w)
		factsapi.WriteError(w, http.StatusUnauthorized, "login")
	case "/missing":
		factsapi.Respond(w, factsapi.NotFound("no item")) // clean: 404 with the Error object
	case "/wrapped":
		factsapi.Respond(w, factsapi.Wrap(factsapi.New(500, "db"))) // want `Error object \(Error\) on a 500 response`
	case "/var":
		factsapi.Respond(w, factsapi.ErrUnauthorized) // want `sends 401 without WWW-Authenticate`
	case "/method":
		factsapi.Respond(w, factsapi.ErrUnauthorized.WithMsg("expired")) // want `sends 401 without WWW-Authenticate`
	case "/clone":
		factsapi.Respond(w, (&factsapi.APIError{Status: 500, Msg: "db"}).Clone("x")) // want `Error object \(Error\) on a 500 response`
	case "/retry":
		factsapi.Respond(w, factsapi.ErrUnauthorized.Retry()) // want `sends 401 without WWW-Authenticate`
	case "/internal":
		factsapi.Respond(w, factsapi.ErrUnauthorized.Internal()) // clean: not followed, the method sets the status
	case "/unknown":
		factsapi.Respond(w, errors.New("?")) // clean: plain-text 500
	default:
		factsapi.WriteError(w, http.StatusNotFound, "no route")
	}
}

func Get(w http.ResponseWriter, r *http.Request) error {
	if r.URL.Path == "" {
		return factsapi.New(http.StatusServiceUnavailable, "down") // want `Error object \(Error\) on a 503 response`
	}
	return factsapi.NotFound("x")
}

func Routes(mux *http.ServeMux) {
	mux.Handle("/get", factsapi.Func(Get))
}

func Coded(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/conflict":
		factsapi.RespondCoded(w, factsapi.Conflict{What: "item"}) // want `409 response body is map\[string\]string\{"detail": ...\}, not the Error object`
	case "/upstream":
		factsapi.RespondCoded(w, &factsapi.Upstream{Code: 401}) // want `sends 401 without WWW-Authenticate` `401 response body is map`
	}
}

func SelfWritten(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/down":
		factsapi.New(http.StatusBadGateway, "down").(*factsapi.APIError).WriteTo(w) // want `Error object \(Error\) on a 502 response`
	case "/login":
		factsapi.ErrUnauthorized.WriteTo(w) // want `sends 401 without WWW-Authenticate`
	case "/field":
		e := &factsapi.APIError{Status: http.StatusInternalServerError}
		e.WriteTo(w) // want `Error object \(Error\) on a 500 response`
	default:
		(&factsapi.APIError{Status: http.StatusNotFound, Msg: "no"}).WriteTo(w)
	}
}

// Converted answers through a funnel that converts the error with a
// function that keeps a factsapi.APIError as it is.
func Converted(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/db":
		factsapi.Fail(w, factsapi.New(http.StatusInternalServerError, "db")) // want `Error object \(Error\) on a 500 response`
	case "/login":
		factsapi.Fail(w, factsapi.ErrUnauthorized) // want `sends 401 without WWW-Authenticate`
	case "/other":
		factsapi.Fail(w, errors.New("?")) // clean: the conversion's own 500 is not followed
	case "/reset":
		factsapi.Fail(w, factsapi.Reset(factsapi.NotFound("x"))) // clean: Reset is not followed
	}
}
