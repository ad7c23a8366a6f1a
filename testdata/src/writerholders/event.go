// Package writerholders: the writer kept in a struct. A request-context
// object carries it in a field, handlers take the object, and its methods
// answer; a wrapper embeds it and overrides WriteHeader.
package writerholders

import (
	"encoding/json"
	"net/http"
)

// Event is a request-context object: the response travels in a field.
type Event struct {
	Response http.ResponseWriter
	Request  *http.Request
	UserID   string
}

type apiError struct {
	ErrorMessage string `json:"errorMessage"`
}

// JSON answers with v as JSON: the status is the caller's.
func (e *Event) JSON(status int, v any) error {
	e.Response.Header().Set("Content-Type", "application/json")
	e.Response.WriteHeader(status)
	return json.NewEncoder(e.Response).Encode(v)
}

// Error answers with the Error object.
func (e *Event) Error(status int, msg string) error {
	return e.JSON(status, apiError{ErrorMessage: msg})
}

// NoContent answers with a status alone.
func (e *Event) NoContent(status int) error {
	e.Response.WriteHeader(status)
	return nil
}

// getItem reads the event's other fields freely before answering.
func getItem(e *Event) error {
	if e.Request.URL.Query().Get("id") == "" {
		return e.JSON(http.StatusBadRequest, map[string]string{"error": "id required"}) // want `400 response body is map\[string\]string\{"error": ...\}, not the Error object`
	}
	if e.UserID == "" {
		return e.Error(http.StatusNotFound, "no such item")
	}
	if e.Request.Method == http.MethodDelete {
		return e.NoContent(http.StatusInternalServerError)
	}
	return e.JSON(http.StatusInternalServerError, map[string]string{"error": "db down"}) // want `JSON writes JSON \(map\[string\]string\{"error": ...\}\) on a 500 response`
}

// direct writes through the field itself.
func direct(e *Event) {
	w := e.Response
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusUnprocessableEntity)
	json.NewEncoder(w).Encode(apiError{ErrorMessage: "bad"}) // want `422 Error object apiError does not fill "failedValidations"`
}

// compliant answers only with the Error object and a bodiless 500.
func compliant(e *Event) error {
	if e.Request.Method != http.MethodGet {
		e.Response.Header().Set("Allow", http.MethodGet)
		return e.Error(http.StatusMethodNotAllowed, "GET only")
	}
	if e.UserID == "" {
		return e.Error(http.StatusForbidden, "forbidden")
	}
	return e.NoContent(http.StatusInternalServerError)
}

// audit is code we cannot see.
var audit func(*Event)

// escapes hands the event to that code: it may have answered, so the 400
// after it is not judged (were it followed, it would be a 400 with no body).
func escapes(e *Event) error {
	audit(e)
	e.Response.WriteHeader(http.StatusBadRequest)
	return nil
}
