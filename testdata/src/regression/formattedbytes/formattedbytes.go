// Package formattedbytes reproduces a blind spot seen on gophish: a
// helper marshals its value and prints the bytes with fmt.Fprintf(w,
// "%s", b). %s prints a []byte or a string as it is, so the body is the
// marshalled value, judged like w.Write(b); so does fmt.Fprint of one
// string operand; every other verb stays unknown (%v of a []byte prints
// numbers).
package formattedbytes

import (
	"encoding/json"
	"fmt"
	"net/http"
)

type response struct {
	Success bool   `json:"success"`
	Message string `json:"message"`
}

type apiError struct {
	ErrorMessage string `json:"errorMessage"`
}

func jsonResponse(w http.ResponseWriter, d any, code int) {
	dj, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		http.Error(w, "Error creating JSON response", http.StatusInternalServerError)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	fmt.Fprintf(w, "%s", dj)
}

func jsonLine(w http.ResponseWriter, code int, msg string) {
	s, _ := json.Marshal(apiError{ErrorMessage: msg})
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	fmt.Fprintf(w, "%s\n", string(s))
}

func printed(w http.ResponseWriter, code int, d any) {
	b, _ := json.Marshal(d)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	fmt.Fprintln(w, string(b))
}

func numbers(w http.ResponseWriter, code int, d any) {
	dj, _ := json.Marshal(d)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	fmt.Fprintf(w, "%v", dj) // [123 34 ...]: not the value's JSON
}

func handler(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		jsonResponse(w, response{Message: "missing id"}, http.StatusBadRequest) // want `400 response body is response, not the Error object`
		return
	}
	if r.Method == http.MethodDelete {
		jsonResponse(w, response{Message: "storage"}, http.StatusInternalServerError) // want `jsonResponse writes JSON \(response\) on a 500 response: 5xx responses must not carry a structured body`
		return
	}
	if r.Method == http.MethodPut {
		jsonResponse(w, apiError{ErrorMessage: "missing name"}, http.StatusNotFound)
		return
	}
	jsonResponse(w, response{Success: true}, http.StatusOK)
}

func line(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		jsonLine(w, http.StatusBadRequest, "bad") // the Error object
		return
	}
	jsonLine(w, http.StatusServiceUnavailable, "down") // want `jsonLine writes the Error object \(apiError\) on a 503 response`
}

func printedLine(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		printed(w, http.StatusBadRequest, apiError{ErrorMessage: "bad"})
		return
	}
	printed(w, http.StatusBadRequest, response{Message: "bad"}) // want `400 response body is response, not the Error object`
}

func unknown(w http.ResponseWriter, r *http.Request) {
	numbers(w, http.StatusBadRequest, response{}) // not known what reaches the wire: silent
}
