// Package sniffedbody reproduces error bodies of unknown content written
// with no Content-Type (a mailpit shape: w.WriteHeader(404) then
// fmt.Fprint(w, err.Error())). net/http sniffs the type from the bytes
// and never sends application/json, so the client gets no Error object
// whatever the bytes are. A Content-Type the caller sets, one that is
// JSON, headers changed out of sight, and 5xx stay silent.
package sniffedbody

import (
	"errors"
	"fmt"
	"io"
	"net/http"
)

func find(id string) error { return errors.New("no message " + id) }

func load(r *http.Request) []byte { return []byte(r.URL.Path) }

func errorText(w http.ResponseWriter, r *http.Request) {
	if err := find(r.URL.Path); err != nil {
		w.WriteHeader(http.StatusNotFound)
		_, _ = fmt.Fprint(w, err.Error()) // want `fmt.Fprint writes a body with no Content-Type \(net/http sniffs one from the bytes, never application/json\) on a 404 response`
		return
	}
}

func stringVar(w http.ResponseWriter, r *http.Request) {
	msg := r.URL.Query().Get("reason")
	w.WriteHeader(http.StatusBadRequest)
	io.WriteString(w, msg) // want `io.WriteString writes a body with no Content-Type .* on a 400 response`
}

func bytesVar(w http.ResponseWriter, r *http.Request) {
	data := load(r)
	w.WriteHeader(http.StatusForbidden)
	w.Write(data) // want `w.Write writes a body with no Content-Type .* on a 403 response`
}

// jsonType: the bytes may be the Error object under this Content-Type.
func jsonType(w http.ResponseWriter, r *http.Request) {
	data := load(r)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusForbidden)
	w.Write(data)
}

// serverError: plain text is allowed on 5xx, and nothing says these bytes are JSON.
func serverError(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusInternalServerError)
	w.Write(load(r))
}

func setHeaders(h http.Header) { h.Set("Content-Type", "application/json") }

// headersOutOfSight: the header map went to a function not followed.
func headersOutOfSight(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	setHeadersVia(h)
	w.WriteHeader(http.StatusForbidden)
	w.Write(load(r))
}

var setHeadersVia = setHeaders

// notFound is no handler: its caller may set the Content-Type first.
func notFound(w http.ResponseWriter, body []byte) {
	w.WriteHeader(http.StatusNotFound)
	w.Write(body)
}

func callerSetsType(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	notFound(w, load(r))
}

func callerSetsNone(w http.ResponseWriter, r *http.Request) {
	notFound(w, load(r)) // want `notFound writes a body with no Content-Type .* on a 404 response`
}

// notFoundText sets no type either, but writes a constant 404 and bytes
// it makes itself: judged in the helper for what it holds, and at each
// caller for the Content-Type.
func notFoundText(w http.ResponseWriter, err error) {
	w.WriteHeader(http.StatusNotFound)
	fmt.Fprint(w, err.Error())
}

func viaTextHelper(w http.ResponseWriter, r *http.Request) {
	notFoundText(w, find(r.URL.Path)) // want `notFoundText writes a body with no Content-Type .* on a 404 response`
}

func viaTextHelperJSON(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	notFoundText(w, find(r.URL.Path))
}
