// Package helpererrors: helpers that take the value holding the writer
// and return an error with a status on some paths (pocketbase's
// RecordAuthResponse). The handler returns the helper's error to the
// funnel the config names (holderfunnel's router sends the APIError as
// JSON with its status), so the status becomes concrete at the handler.
package helpererrors

import (
	"encoding/json"
	"errors"
	"net/http"

	"holderfunnel/router"
	"regression/helpererrors/auth"
)

func internalError(msg string) *router.APIError {
	return &router.APIError{Status: http.StatusInternalServerError, Message: msg}
}

// conflict makes a 409: the funnel sends it as an APIError, not the
// Error object.
func conflict(msg string) *router.APIError {
	return &router.APIError{Status: http.StatusConflict, Message: msg}
}

func sign(user string) (string, error) {
	if user == "" {
		return "", errors.New("no user")
	}
	return "t." + user, nil
}

// respondWithToken answers 200 itself, or returns a 500 error.
func respondWithToken(e *router.Event, user string) error {
	tok, err := sign(user)
	if err != nil {
		return internalError("cannot sign")
	}
	e.Response.Header().Set("Content-Type", "application/json")
	json.NewEncoder(e.Response).Encode(map[string]string{"token": tok})
	return nil
}

// respond hands on another helper's error: its paths carry it up.
func respond(e *router.Event, user string) error {
	if e.Request.Header.Get("X-Admin") != "" {
		return conflict("admins sign in elsewhere")
	}
	return respondWithToken(e, user)
}

// store is out of sight: what its Save returns is not known.
type store interface{ Save(user string) error }

// respondSaved returns the store's error as it is on one path, a 500 on
// another: the caller knows the second.
func respondSaved(e *router.Event, s store, user string) error {
	if err := s.Save(user); err != nil {
		return err
	}
	return respondWithToken(e, user)
}

// respondAny mixes error types: each path keeps its own.
func respondAny(e *router.Event, s store) error {
	if e.Request.Header.Get("X-Legacy") != "" {
		return &legacyError{code: http.StatusGone}
	}
	return respondSaved(e, s, e.Request.FormValue("user"))
}

type legacyError struct{ code int }

func (e *legacyError) Error() string { return "legacy" }

// requireHeader returns an error whose status the caller chooses.
func requireHeader(e *router.Event, name string, status int) error {
	if e.Request.Header.Get(name) == "" {
		return &router.APIError{Status: status, Message: "missing " + name}
	}
	return nil
}

func login(e *router.Event) error {
	user := e.Request.FormValue("user")
	if user == "" {
		return conflict("no user") // want `409 response body is APIError`
	}
	return respondWithToken(e, user) // want `writes JSON .* on a 500 response`
}

func loginChecked(e *router.Event) error {
	if err := respondWithToken(e, e.Request.FormValue("user")); err != nil {
		return err // want `writes JSON .* on a 500 response`
	}
	return nil
}

func loginNested(e *router.Event) error {
	return respond(e, e.Request.FormValue("user")) // want `writes JSON .* on a 500 response` `409 response body is APIError`
}

func needsKey(e *router.Event) error {
	if err := requireHeader(e, "X-Key", http.StatusServiceUnavailable); err != nil {
		return err // want `writes JSON .* on a 503 response`
	}
	return requireHeader(e, "X-Id", http.StatusConflict) // want `409 response body is APIError`
}

// wrapped returns an error of its own over the helper's: the status of
// the helper's error does not reach the funnel.
func wrapped(e *router.Event) error {
	if err := respondWithToken(e, e.Request.FormValue("user")); err != nil {
		return errors.New("login failed")
	}
	return nil
}

func saveAndLogin(e *router.Event) error {
	var s store
	return respondSaved(e, s, e.Request.FormValue("user")) // want `writes JSON .* on a 500 response`
}

func saveAndLoginChecked(e *router.Event) error {
	var s store
	err := respondAny(e, s)
	if err != nil {
		return err // want `writes JSON .* on a 500 response`
	}
	return nil
}

var verifiers = map[string]auth.Verifier{}

// A helper of another package: its fact carries each path's error.
func private(e *router.Event) error {
	if err := auth.RequireToken(e, verifiers[e.Request.Host]); err != nil {
		return err // want `writes JSON .* on a 503 response.*\[error made at auth\.go:\d+\]` `sends 401 without WWW-Authenticate` `401 response body is APIError.*\[error made at auth\.go:\d+\]`
	}
	return nil
}

// loginEvent embeds the event, as a hook's event does.
type loginEvent struct {
	*router.Event
	User string
}

// trigger runs fn with the hook's event and returns its error.
func trigger[T any](ev T, fn func(T) error) error { return fn(ev) }

func hooked(e *router.Event) error {
	ev := &loginEvent{Event: e, User: e.Request.FormValue("user")}
	return trigger(ev, func(ev *loginEvent) error {
		return respondWithToken(ev.Event, ev.User) // want `writes JSON .* on a 500 response`
	})
}

// respondAuth answers 204, or returns a 500, or the store's error.
func respondAuth(e *auth.RequestEvent, s store, user string) error {
	if e.Auth == "" {
		return internalError("no auth")
	}
	if err := s.Save(user); err != nil {
		return err
	}
	e.Response.WriteHeader(http.StatusNoContent)
	return nil
}

// The hook runs out of sight: the closure is a handler of its own whose
// event embeds the request's, and ev.RequestEvent is the same writer.
func hookedElsewhere(e *router.Event) error {
	ev := &auth.AuthEvent{RequestEvent: &auth.RequestEvent{Event: *e}, User: e.Request.FormValue("user")}
	return auth.Trigger(ev, func(ev *auth.AuthEvent) error {
		var s store
		return respondAuth(ev.RequestEvent, s, ev.User) // want `writes JSON .* on a 500 response`
	})
}

// Functions that take no writer and return errors of several kinds: each
// kind with a status is followed to the funnel.
func issue(e *router.Event) error {
	var s auth.Store
	tok, err := auth.Issue(s, e.Request.FormValue("user"), conflict("empty")) // the 409 and the 500 reach the funnel below
	if err != nil {
		return err // want `409 response body is APIError` `writes JSON .* on a 500 response`
	}
	e.Response.Write([]byte(tok))
	return nil
}

func issueNested(e *router.Event) error {
	var s auth.Store
	_, err := auth.IssueUnavailable(s, e.Request.FormValue("user"))
	return err // want `writes JSON .* on a 500/503 response`
}

// issueReplaced returns an error of its own: the kinds do not reach the
// funnel.
func issueReplaced(e *router.Event) error {
	var s auth.Store
	if _, err := auth.Issue(s, e.Request.FormValue("user"), nil); err != nil {
		return errors.New("cannot issue")
	}
	return nil
}

// issueAsserted answers an APIError itself; on the branch where the
// error is no APIError, the call's 500 kind is not taken.
func issueAsserted(e *router.Event) error {
	var s auth.Store
	_, err := auth.IssueUnavailable(s, e.Request.FormValue("user"))
	if err != nil {
		ae, ok := err.(*router.APIError)
		if !ok {
			return err
		}
		e.Response.WriteHeader(ae.Status)
		json.NewEncoder(e.Response).Encode(ae) // want `writes JSON .* on a 500/503 response`
	}
	return nil
}

// The first of the errors that is an APIError: the store's error if it is
// one (unknown here), else the one given; the 500 fallback only for a
// call that passes none.
func firstOf(e *router.Event) error {
	var s store
	if err := s.Save("x"); err != nil {
		return auth.First(err, internalError("save failed")) // want `writes JSON .* on a 500 response`
	}
	if err := s.Save("y"); err != nil {
		return auth.First(err, conflict("taken")) // want `409 response body is APIError`
	}
	return auth.First(errors.New("plain")) // want `writes JSON .* on a 500 response`
}

// fetch: the 400 is made in one place, the 500 in two.
func fetch(e *router.Event) error {
	var s auth.Store
	return auth.Fetch(s, e.Request.FormValue("id")) // want `400 response body is APIError.*\[error made at tokens\.go:\d+\]` `on a 500 response: 5xx responses must not carry a structured body \[via router.HandleError at router.go:\d+\] \[error made at tokens\.go:\d+, tokens\.go:\d+\] \(C8\)`
}

func routes(rt *router.Router) {
	rt.GET("/fetch", fetch)
	rt.GET("/first", firstOf)
	rt.GET("/issue4", issueAsserted)
	rt.GET("/issue", issue)
	rt.GET("/issue2", issueNested)
	rt.GET("/issue3", issueReplaced)
	rt.GET("/hooked2", hookedElsewhere)
	rt.GET("/hooked", hooked)
	rt.GET("/private", private)
	rt.GET("/save", saveAndLogin)
	rt.GET("/save2", saveAndLoginChecked)
	rt.GET("/login", login)
	rt.GET("/login2", loginChecked)
	rt.GET("/login3", loginNested)
	rt.GET("/key", needsKey)
	rt.GET("/wrapped", wrapped)
}
