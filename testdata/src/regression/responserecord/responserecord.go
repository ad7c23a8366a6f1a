// Package responserecord reproduces go-shiori/shiori's answers: the status
// and the data travel in a response record built by a constructor of
// another package (response.NewResponse) and sent by its method, which
// reads them from the record's fields.
package responserecord

import (
	"net/http"

	"regression/responserecord/response"
)

func Get(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		response.SendError(w, http.StatusBadRequest, "id required") // want `400 response body is struct\{Error string "json:\\"error\\""\}, not the Error object`
		return
	}
	if r.URL.Query().Get("v") == "" {
		response.SendProblem(w, http.StatusNotFound, "no such item")
		return
	}
	if r.URL.Query().Get("x") == "" {
		response.SendInternalServerError(w)
		return
	}
	response.NewResponse(map[string]string{"id": "1"}, http.StatusOK).SendJSON(w)
}

// A record made here, by a literal-free constructor call kept in a
// variable, and sent later.
func Delete(w http.ResponseWriter, r *http.Request) {
	resp := response.NewResponse(map[string]string{"error": "gone"}, http.StatusGone)
	if r.URL.Query().Get("id") == "" {
		resp = response.NewResponse(map[string]string{"error": "id required"}, http.StatusUnprocessableEntity)
	}
	resp.SendJSON(w) // want `410/422 response body is map\[string\]string`
}

// counter is a handler type with an int field that is not a status: a
// type whose method takes the writer, so a record to the engine; its
// literal and its ServeHTTP's status (a constant) give nothing to report.
type counter struct {
	hits int
}

func (c *counter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c.hits++
	w.WriteHeader(http.StatusNoContent)
}

var _ http.Handler = &counter{hits: 0}

// A record changed after it was made: the status it is sent with is not
// the one it was made with, so nothing is judged.
func Patch(w http.ResponseWriter, r *http.Request) {
	resp := response.NewResponse(map[string]string{"error": "bad"}, http.StatusBadRequest)
	if r.URL.Query().Get("ok") != "" {
		resp.SetStatus(http.StatusOK)
	}
	resp.SendJSON(w)
}

// buffered is a writer that keeps the status and writes it later: a
// record to the engine, since flush takes the writer, but its fields
// change as the handler it is given to writes.
type buffered struct {
	header http.Header
	status int
}

func (b *buffered) Header() http.Header { return b.header }

func (b *buffered) WriteHeader(s int) { b.status = s }

func (b *buffered) Write(p []byte) (int, error) { return len(p), nil }

func (b *buffered) flush(w http.ResponseWriter) {
	w.WriteHeader(b.status)
	w.Write([]byte("buffered"))
}

func Buffer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &buffered{header: http.Header{}, status: http.StatusNotFound}
		next.ServeHTTP(rec, r)
		rec.flush(w)
	})
}

// notice's send sets the status it writes itself: what the caller made
// it with is not what is sent.
type notice struct {
	status int
}

func (n *notice) send(w http.ResponseWriter) {
	if n.status == http.StatusNotFound {
		n.status = http.StatusOK
	}
	w.WriteHeader(n.status)
	w.Write([]byte("done"))
}

func Notice(w http.ResponseWriter, r *http.Request) {
	(&notice{status: http.StatusNotFound}).send(w)
}
