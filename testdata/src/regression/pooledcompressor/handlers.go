package pooledcompressor

import (
	"bufio"
	"compress/gzip"
	"encoding/base64"
	"io"
	"net/http"

	"regression/pooledcompressor/errjson"
)

func serverError(w http.ResponseWriter, r *http.Request) {
	newBuilder(w).withStatus(http.StatusInternalServerError).withHeader("Content-Type", "application/json").withBytes(errjson.Error("db")).write() // want `write writes the Error object \(errorMsg\) on a 500 response`
}

func badRequest(w http.ResponseWriter, r *http.Request) {
	newBuilder(w).withStatus(http.StatusBadRequest).withHeader("Content-Type", "application/json").withBytes(errjson.Error("bad id")).write()
}

func badRequestOtherShape(w http.ResponseWriter, r *http.Request) {
	newBuilder(w).withStatus(http.StatusBadRequest).withHeader("Content-Type", "application/json").withBytes(errjson.Status("bad")).write() // want `400 response body is status, not the Error object`
}

// unknownBytesHTML: bytes of unknown content, sent as text/html.
func unknownBytesHTML(w http.ResponseWriter, r *http.Request, page []byte) {
	newBuilder(w).withStatus(http.StatusNotFound).withHeader("Content-Type", "text/html").withBytes(page).write() // want `write writes a body as text/html on a 404 response`
}

// unknownBytesJSON: the same bytes under a JSON Content-Type may be the
// Error object: silent.
func unknownBytesJSON(w http.ResponseWriter, r *http.Request, page []byte) {
	newBuilder(w).withStatus(http.StatusNotFound).withHeader("Content-Type", "application/json").withBytes(page).write()
}

// The encoding of the caller's value, through a variable.
func encodedParam(w http.ResponseWriter, r *http.Request) {
	b, err := errjson.Encode(apiError{ErrorMessage: "down"})
	if err != nil {
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusServiceUnavailable)
	w.Write(b) // want `w.Write writes the Error object \(apiError\) on a 503 response`
}

func encodedString(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusBadGateway)
	io.WriteString(w, errjson.ErrorString("upstream")) // want `io.WriteString writes the Error object \(errorMsg\) on a 502 response`
}

// maybe has no fact: the body's kind is unknown and nothing is said.
func maybe(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusInternalServerError)
	w.Write(errjson.Maybe("x", true))
}

// gzipped: a gzip.Writer made on the writer keeps the body's kind.
func gzipped(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Encoding", "gzip")
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusInternalServerError)
	gz := gzip.NewWriter(w)
	defer gz.Close()
	gz.Write(errjson.Error("db")) // want `gz over the writer writes the Error object \(errorMsg\) on a 500 response`
}

// gzipUndeclared: without Content-Encoding the client gets the gzip bytes
// themselves, no JSON: nothing is said of their kind.
func gzipUndeclared(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusInternalServerError)
	gz := gzip.NewWriter(w)
	defer gz.Close()
	gz.Write(errjson.Error("db"))
}

// regzipped: a stream Reset onto the writer again is still ours.
func regzipped(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Encoding", "gzip")
	w.WriteHeader(http.StatusInternalServerError)
	z := gzip.NewWriter(w)
	z.Reset(w)
	z.Write(errjson.Error("db")) // want `z over the writer writes the Error object \(errorMsg\) on a 500 response`
	z.Close()
}

// buffered: a bufio.Writer passes the bytes on as they are.
func buffered(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusInternalServerError)
	bw := bufio.NewWriter(w)
	bw.Write(errjson.Error("db")) // want `bw over the writer writes the Error object \(errorMsg\) on a 500 response`
	bw.Flush()
}

// base64ed: an encoder changes the bytes; what the client gets is unknown.
func base64ed(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusInternalServerError)
	enc := base64.NewEncoder(base64.StdEncoding, w)
	defer enc.Close()
	enc.Write(errjson.Error("db"))
}

// copied: a stream handed to another call escapes; nothing is said.
func copied(w http.ResponseWriter, r *http.Request, src io.Reader) {
	gz := gzip.NewWriter(w)
	io.Copy(gz, src)
	gz.Close()
	w.WriteHeader(http.StatusNotFound)
}

type apiError struct {
	ErrorMessage string `json:"errorMessage"`
}
