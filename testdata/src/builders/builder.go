package builders

import (
	"encoding/json"
	"net/http"

	"builders/resp"
)

// unauthorized builds a 401 in a chain: the challenge is missing.
func unauthorized(w http.ResponseWriter, r *http.Request) {
	body, _ := json.Marshal(apiError{ErrorMessage: "log in"})
	resp.New(w, r). // want `resp.Send\(401\) sends 401 without WWW-Authenticate`
			WithStatus(http.StatusUnauthorized).
			WithHeader("Content-Type", "application/json").
			WithBytes(body).
			Send()
}

// challenged sets the challenge: silent.
func challenged(w http.ResponseWriter, r *http.Request) {
	body, _ := json.Marshal(apiError{ErrorMessage: "log in"})
	resp.New(w, r).
		WithStatus(http.StatusUnauthorized).
		WithHeader("WWW-Authenticate", `Basic realm="cmix"`).
		WithHeader("Content-Type", "application/json").
		WithBytes(body).
		Send()
}

// serverError sends a JSON body on a 500 from a builder kept in a variable.
func serverError(w http.ResponseWriter, r *http.Request) {
	body, _ := json.Marshal(apiError{ErrorMessage: "db"})
	b := resp.New(w, r)
	b.WithStatus(http.StatusInternalServerError)
	b.WithHeader("Content-Type", "application/json")
	b.WithBytes(body)
	b.Send() // want `resp.Send writes the Error object \(apiError\) on a 500 response`
}

// notFound sends no body: the builder's body was never set.
func notFound(w http.ResponseWriter, r *http.Request) {
	resp.New(w, r).WithStatus(http.StatusNotFound).WithHeader("Content-Type", "application/json").Send() // want `resp.Send\(404\) sends 404 with no body`
}

// stale: the second builder starts over at 200 with no body; neither the
// first one's 404 nor its body carries over.
func stale(w http.ResponseWriter, r *http.Request) {
	body, _ := json.Marshal(otherError{Message: "x"})
	resp.New(w, r).WithStatus(http.StatusNotFound).WithBytes(body)
	resp.New(w, r).WithHeader("Content-Type", "text/plain").Send()
}

// textBody sends text with a text Content-Type on a 400.
func textBody(w http.ResponseWriter, r *http.Request) {
	resp.New(w, r).WithStatus(http.StatusBadRequest).WithHeader("Content-Type", "text/plain").WithBytes([]byte("bad id")).Send() // want `resp.Send writes a plain-text body on a 400 response`
}

// okBuilder: a 200 from the default status is not an error response.
func okBuilder(w http.ResponseWriter, r *http.Request) {
	resp.New(w, r).WithHeader("Content-Type", "text/plain").Send()
}
