// Package auth: an exported helper whose paths return errors of different
// kinds; the handlers' package learns them from its fact.
package auth

import (
	"net/http"

	"holderfunnel/router"
)

// Verifier is out of sight: what it returns is not known.
type Verifier interface{ Verify(token string) error }

// RequireToken answers 204 to a preflight itself; it returns the
// verifier's error as it is, or a 401 and a 503 of its own.
func RequireToken(e *router.Event, v Verifier) error { // want RequireToken:`alts\(error\(holderfunnel/router.APIError Status=401\) \| error\(holderfunnel/router.APIError Status=503\) \| nil \| other\)` RequireToken:`helper\(w=0 .*\[\]->\(1\)=>error\(holderfunnel/router.APIError Status=503\) \[\]=>error\(holderfunnel/router.APIError Status=401\) if\(\?,1\)\[\] \[status:204\]->\(0\)\)`
	if e.Request.Method == http.MethodOptions {
		e.Response.WriteHeader(http.StatusNoContent)
		return nil
	}
	tok := e.Request.Header.Get("Authorization")
	if tok == "" {
		return router.Unauthorized("no token")
	}
	if v == nil {
		return &router.APIError{Status: http.StatusServiceUnavailable, Message: "no verifier"}
	}
	return v.Verify(tok)
}

// Trigger runs the hook's handlers with its event, as pocketbase's hooks
// do; the handlers' package cannot see into it.
func Trigger[T any](ev T, fns ...func(T) error) error {
	for _, fn := range fns {
		if err := fn(ev); err != nil {
			return err
		}
	}
	return nil
}

// RequestEvent embeds the router's event; AuthEvent embeds it in turn, as
// pocketbase's hook events embed core.RequestEvent.
type RequestEvent struct {
	router.Event
	Auth string
}

type AuthEvent struct {
	*RequestEvent
	User string
}

// Hook runs the next handler of a chain: Next is a continuation, known by
// its body, and a caller holding the writer hands the response on there.
type Hook struct{ next func() error }

func (h *Hook) Next() error { // want Next:`continuation\(next\)`
	if h.next != nil {
		return h.next()
	}
	return nil
}

// Skip is no continuation: it calls something other than the field.
func (h *Hook) Skip() error {
	if h.next == nil {
		return Trigger(h)
	}
	return h.next()
}
