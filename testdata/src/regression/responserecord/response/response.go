// Package response declares a response record: a value that keeps the
// status and the data in its fields and does not hold the writer; its
// method, given the writer, sends them (go-shiori/shiori's
// response.Response). The shortcuts build one and send it.
package response

import (
	"encoding/json"
	"net/http"
)

type Response struct {
	Data any `json:"message"`

	statusCode int
}

func (r *Response) GetData() any { return r.Data }

func (r *Response) SetStatus(s int) { r.statusCode = s }

func (r *Response) SendJSON(w http.ResponseWriter) error {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(r.statusCode)
	return json.NewEncoder(w).Encode(r.GetData())
}

func NewResponse(data any, statusCode int) *Response {
	return &Response{Data: data, statusCode: statusCode}
}

// SendError sends {"error": msg}, not the Error object.
func SendError(w http.ResponseWriter, statusCode int, msg string) error {
	resp := NewResponse(struct {
		Error string `json:"error"`
	}{Error: msg}, statusCode)
	return resp.SendJSON(w)
}

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

// SendProblem sends the Error object.
func SendProblem(w http.ResponseWriter, statusCode int, msg string) error {
	return NewResponse(Error{ErrorMessage: msg}, statusCode).SendJSON(w)
}

// SendInternalServerError's 500 is made here: its JSON body is reported
// once, here, not at each caller.
func SendInternalServerError(w http.ResponseWriter) error {
	return SendError(w, http.StatusInternalServerError, "internal error") // want `SendError writes JSON \(struct\{Error string "json:\\"error\\""\}\) on a 500 response`
}
