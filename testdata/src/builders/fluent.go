// Package builders: responses built in a struct that holds the writer.
// A fluent sender keeps the status in a field and writes it when sent;
// a builder (package resp) keeps the status, headers and body in fields
// and flushes them at the end.
package builders

import (
	"encoding/json"
	"net/http"
)

// sender is a fluent JSON sender: headers go straight to the writer, the
// status waits in a field.
type sender struct {
	w      http.ResponseWriter
	status int
}

func JSON(w http.ResponseWriter) *sender {
	s := &sender{w: w}
	return s.Header("Content-Type", "application/json").Status(http.StatusOK)
}

func (s *sender) Header(key, value string) *sender {
	s.w.Header().Set(key, value)
	return s
}

func (s *sender) Status(status int) *sender {
	s.status = status
	return s
}

// write sends the status, then b unless it is empty.
func (s *sender) write(b []byte) error {
	s.w.WriteHeader(s.status)
	if len(b) == 0 {
		return nil
	}
	_, err := s.w.Write(b)
	return err
}

// Send encodes v, unless it is nil: json.Marshal's output is never empty,
// so write's bodiless path is not taken for a value.
func (s *sender) Send(v any) error {
	var b []byte
	if v != nil {
		var err error
		b, err = json.Marshal(v)
		if err != nil {
			return err
		}
	}
	return s.write(b)
}

type apiError struct {
	ErrorMessage string `json:"errorMessage"`
}

type otherError struct {
	Message string `json:"message"`
}

// sendJSON is the helper handlers call: the status is the caller's.
func sendJSON(w http.ResponseWriter, status int, v any) error {
	return JSON(w).Status(status).Send(v)
}

func fluentHandler(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodPost:
		JSON(w).Status(http.StatusBadRequest).Send(otherError{Message: "bad"}) // want `400 response body is otherError, not the Error object`
	case http.MethodPut:
		sendJSON(w, http.StatusInternalServerError, apiError{ErrorMessage: "db"}) // want `sendJSON writes the Error object \(apiError\) on a 500 response`
	case http.MethodDelete:
		sendJSON(w, http.StatusNotFound, apiError{ErrorMessage: "gone"})
	default:
		sendJSON(w, http.StatusOK, otherError{Message: "fine"})
	}
}

// lookup is code the engine cannot see: its result may be nil as far as
// the engine knows.
var lookup func(*http.Request) *otherError

// fluentUnknownValue sends a value whose nil-ness the engine cannot tell:
// the sender's bodiless path for a nil value is not judged, the value's
// body is (no "400 with no body" report).
func fluentUnknownValue(w http.ResponseWriter, r *http.Request) {
	sendJSON(w, http.StatusBadRequest, lookup(r)) // want `400 response body is otherError, not the Error object`
}

// statusFor is code the engine cannot see.
var statusFor func(*http.Request) int

// fluentSilent: a status the engine cannot know stays unjudged.
func fluentSilent(w http.ResponseWriter, r *http.Request) {
	JSON(w).Status(statusFor(r)).Send(otherError{Message: "?"})
}

// fluentReset: a new sender starts at 200 again; the 400 of the first one
// does not carry over to the second's body.
func fluentReset(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodHead {
		JSON(w).Status(http.StatusBadRequest)
		JSON(w).Send(otherError{Message: "ok"})
	}
}

// fluentVar keeps the sender in a variable and sets the status on a later line.
func fluentVar(w http.ResponseWriter, r *http.Request) {
	s := JSON(w)
	if r.URL.Query().Get("id") == "" {
		s.Status(http.StatusUnprocessableEntity)
		s.Send(otherError{Message: "id"}) // want `422 response body is otherError, not the Error object`
		return
	}
	s.Send(otherError{Message: "ok"})
}
