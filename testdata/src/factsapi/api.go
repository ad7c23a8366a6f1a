// want package:`statuserrors\(APIError Upstream\)`

// Package factsapi holds error helpers, constructors and a funnel; its
// facts carry them to factsweb.
package factsapi

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

type APIError struct {
	Status int
	Msg    string
}

func (e *APIError) Error() string { return e.Msg }

func WriteError(w http.ResponseWriter, status int, msg string) { // want WriteError:`helper\(w=0 \[header:Content-Type status:p1 body:error\]\)`
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(Error{ErrorMessage: msg})
}

func WriteJSON(w http.ResponseWriter, status int, v any) { // want WriteJSON:`helper\(w=0 \[header:Content-Type status:p1 body:json\(p2\)\]\)`
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func Challenge(w http.ResponseWriter) { // want Challenge:`helper\(w=0 \[header:Www-Authenticate\]\)`
	w.Header().Set("WWW-Authenticate", `Basic realm="cmix"`)
}

func NotFound(msg string) error { return &APIError{Status: http.StatusNotFound, Msg: msg} } // want NotFound:`error\(factsapi.APIError Status=404\)`

func New(code int, msg string) error { return &APIError{code, msg} } // want New:`error\(factsapi.APIError Status=p0\)`

func Wrap(err error) error { return fmt.Errorf("api: %w", err) } // want Wrap:`wraps\(p0\)`

var ErrUnauthorized = &APIError{Status: 401, Msg: "login"} // want ErrUnauthorized:`error\(factsapi.APIError Status=401\)`

// Methods that return the receiver, or a copy that keeps Status, keep the
// status; one that sets Status does not.
func (e *APIError) WithMsg(msg string) *APIError { e.Msg = msg; return e } // want WithMsg:`wraps\(p0\)`

func (e APIError) Clone(msg string) *APIError { c := e; c.Msg = msg; return &c } // want Clone:`wraps\(p0\)`

func (e *APIError) Retry() *APIError { return &APIError{Status: e.Status, Msg: "retry"} } // want Retry:`error\(factsapi.APIError Status=p0.factsapi.APIError.Status\)`

func (e *APIError) Internal() *APIError { e.Status = 500; return e }

// Respond is the funnel: an APIError gets its status, anything else 500.
func Respond(w http.ResponseWriter, err error) { // want Respond:`helper\(w=0 \[header:Content-Type status:500 body:text\] \[header:Content-Type status:p1.factsapi.APIError.Status body:error\]\)`
	var ae *APIError
	if errors.As(err, &ae) {
		WriteError(w, ae.Status, ae.Msg)
		return
	}
	http.Error(w, "internal error", http.StatusInternalServerError)
}

// Func adapts handlers that return errors.
type Func func(w http.ResponseWriter, r *http.Request) error // want Func:`adapter\(p-1 -> factsapi.Respond err=p1\)`

func (f Func) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want ServeHTTP:`helper\(w=0 \[delegate`
	if err := f(w, r); err != nil {
		Respond(w, err)
	}
}

// Conflict reports its status through a method.
type Conflict struct{ What string }

func (c Conflict) Error() string { return c.What + " exists" }

func (c Conflict) StatusCode() int { return http.StatusConflict } // want StatusCode:`status\(\[409\]\)`

// Upstream carries the upstream's status.
type Upstream struct{ Code int }

func (u *Upstream) Error() string { return "upstream failed" }

func (u *Upstream) StatusCode() int { return u.Code } // want StatusCode:`status\(recv.Code\)`

// RespondCoded asks any error for its status.
func RespondCoded(w http.ResponseWriter, err error) { // want RespondCoded:`helper\(w=0 \[header:Content-Type status:500 body:json\] \[header:Content-Type status:p1\.\*\.StatusCode\(\) body:json\]\)`
	status := http.StatusInternalServerError
	var sc interface{ StatusCode() int }
	if errors.As(err, &sc) {
		status = sc.StatusCode()
	}
	WriteJSON(w, status, map[string]string{"detail": err.Error()})
}

// WriteTo is an error that writes itself: its status is the receiver's
// field, resolved at each call.
func (e *APIError) WriteTo(w http.ResponseWriter) { // want WriteTo:`helper\(w=0 \[header:Content-Type status:recv.factsapi.APIError.Status body:error\]\)`
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(e.Status)
	json.NewEncoder(w).Encode(Error{ErrorMessage: e.Msg})
}

// AsAPIError keeps an *APIError found in err; anything else becomes a 500.
func AsAPIError(err error) *APIError { // want AsAPIError:`wraps\(p0 as factsapi.APIError\)`
	var ae *APIError
	if errors.As(err, &ae) {
		return ae
	}
	return &APIError{Status: http.StatusInternalServerError, Msg: "internal"}
}

// Reset is no such conversion: it changes the status of what it found.
func Reset(err error) *APIError {
	var ae *APIError
	if !errors.As(err, &ae) {
		ae = &APIError{}
	}
	ae.Status = http.StatusInternalServerError
	return ae
}

// Written asks a wrapping writer whether the response went out.
func Written(w http.ResponseWriter) bool { // want Written:`helper\(w=0 \[if-committed\]->\(1\) \[if-uncommitted\]->\(0\)\)`
	if t, ok := w.(interface{ Written() bool }); ok {
		return t.Written()
	}
	return false
}

// Fail answers an error unless a response went out already.
func Fail(w http.ResponseWriter, err error) { // want Fail:`helper\(w=0 \[if-committed\] \[if-uncommitted header:Content-Type status:p1.factsapi.APIError.Status body:error\]\)`
	if Written(w) {
		return
	}
	ae := AsAPIError(err)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(ae.Status)
	json.NewEncoder(w).Encode(Error{ErrorMessage: ae.Msg})
}

// Health makes a handler: its answers are a fact of Health, for programs
// that serve it from another module.
func Health(ready func() bool) http.Handler { // want Health:`handlers\(0:helper\(w=0 \[status:200\] \[status:503\]\)\)`
	h := func(w http.ResponseWriter, r *http.Request) {
		if ready() {
			w.WriteHeader(http.StatusOK)
			return
		}
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	return http.HandlerFunc(h)
}

// Secure wraps a handler: it sets a header and hands the request on.
func Secure(next http.Handler) http.Handler { // want Secure:`handlers\(0:helper\(w=0 \[header:X-Frame-Options next\(p0\)\]\)\)`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Frame-Options", "DENY")
		next.ServeHTTP(w, r)
	})
}

// SecureHealth's handler is Secure's around Health's: the header, then
// Health's answers.
func SecureHealth() http.Handler { // want SecureHealth:`handlers\(0:helper\(w=0 \[header:X-Frame-Options status:200\] \[header:X-Frame-Options status:503\]\)\)`
	return Secure(Health(func() bool { return true }))
}
