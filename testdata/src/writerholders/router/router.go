// Package router is a small framework of the pocketbase shape: its Event
// carries the writer, and the package that defines handlers sees only the
// facts of its methods.
package router

import (
	"encoding/json"
	"net/http"
)

type Event struct {
	Response http.ResponseWriter
	Request  *http.Request
}

type errorBody struct {
	ErrorMessage string `json:"errorMessage"`
}

func (e *Event) JSON(status int, v any) error {
	e.Response.Header().Set("Content-Type", "application/json")
	e.Response.WriteHeader(status)
	return json.NewEncoder(e.Response).Encode(v)
}

func (e *Event) String(status int, s string) error {
	e.Response.Header().Set("Content-Type", "text/plain")
	e.Response.WriteHeader(status)
	_, err := e.Response.Write([]byte(s))
	return err
}

// setHeaderIfEmpty keeps a Content-Type the handler set first.
func (e *Event) setHeaderIfEmpty(key, value string) {
	header := e.Response.Header()
	if header.Get(key) == "" {
		header.Set(key, value)
	}
}

// Pick sends only the fields the query asks for, on 2xx responses: a
// path that writes no body exists only for a 2xx status.
func (e *Event) Pick(status int, data any) error {
	e.setHeaderIfEmpty("Content-Type", "application/json")
	e.Response.WriteHeader(status)
	fields := e.Request.URL.Query().Get("fields")
	if fields == "" || status < 200 || status > 299 {
		return json.NewEncoder(e.Response).Encode(data)
	}
	picked, err := pick(data, fields)
	if err != nil {
		return err
	}
	return json.NewEncoder(e.Response).Encode(picked)
}

func pick(data any, fields string) (any, error) { return data, nil }

func (e *Event) NotFoundError(msg string) error {
	return e.JSON(http.StatusNotFound, errorBody{ErrorMessage: msg})
}
