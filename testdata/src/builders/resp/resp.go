// Package resp is a response builder in its own package: the status,
// headers and body are kept in fields and flushed by Send, so its callers
// see them only through facts.
package resp

import (
	"maps"
	"net/http"
)

// Builder keeps what the response will be until Send writes it.
type Builder struct {
	w       http.ResponseWriter
	r       *http.Request
	status  int
	headers http.Header
	body    any
}

// New starts a 200 response with no headers.
func New(w http.ResponseWriter, r *http.Request) *Builder {
	return &Builder{w: w, r: r, status: http.StatusOK, headers: make(http.Header)}
}

// WithStatus sets the status that Send will write.
func (b *Builder) WithStatus(status int) *Builder {
	b.status = status
	return b
}

// WithHeader sets a header that Send will copy.
func (b *Builder) WithHeader(key, value string) *Builder {
	b.headers.Set(key, value)
	return b
}

// WithBytes sets the body.
func (b *Builder) WithBytes(body []byte) *Builder {
	b.body = body
	return b
}

// Send copies the headers, writes the status, then the body if any.
func (b *Builder) Send() {
	b.headers.Set("X-Content-Type-Options", "nosniff")
	maps.Copy(b.w.Header(), b.headers)
	b.w.WriteHeader(b.status)
	if b.body == nil {
		return
	}
	if data, ok := b.body.([]byte); ok {
		b.w.Write(data)
	}
}
