// Package pooledcompressor reproduces a response builder whose body is an
// interface field sent by a type switch, compressed through pooled gzip
// writers that are Reset onto the writer, with error bodies that come
// from functions returning json.Marshal's output (a miniflux shape).
package pooledcompressor

import (
	"compress/gzip"
	"html"
	"io"
	"maps"
	"net/http"
	"sync"
)

var gzipPool = sync.Pool{New: func() any { return gzip.NewWriter(io.Discard) }}

type builder struct {
	w       http.ResponseWriter
	status  int
	headers http.Header
	body    any
}

func newBuilder(w http.ResponseWriter) *builder {
	return &builder{w: w, status: http.StatusOK, headers: make(http.Header)}
}

func (b *builder) withStatus(s int) *builder       { b.status = s; return b }
func (b *builder) withHeader(k, v string) *builder { b.headers.Set(k, v); return b }
func (b *builder) withBytes(body []byte) *builder  { b.body = body; return b }
func (b *builder) withString(body string) *builder { b.body = body; return b }

func (b *builder) write() {
	if b.body == nil {
		b.writeHeaders()
		return
	}
	switch v := b.body.(type) {
	case []byte:
		b.compress(v)
	case string:
		b.compress([]byte(v))
	default:
		b.writeHeaders()
	}
}

func (b *builder) writeHeaders() {
	maps.Copy(b.w.Header(), b.headers)
	b.w.WriteHeader(b.status)
}

// compress sends large bodies through a pooled gzip writer: the bytes
// the client decodes are the body's own.
func (b *builder) compress(data []byte) {
	if len(data) > 1024 {
		b.headers.Set("Content-Encoding", "gzip")
		b.writeHeaders()
		gz := gzipPool.Get().(*gzip.Writer)
		gz.Reset(b.w)
		gz.Write(data)
		gz.Close()
		gz.Reset(io.Discard)
		gzipPool.Put(gz)
		return
	}
	b.writeHeaders()
	b.w.Write(data)
}

func forbiddenHTML(w http.ResponseWriter, r *http.Request) {
	newBuilder(w).withStatus(http.StatusForbidden).withHeader("Content-Type", "text/html; charset=utf-8").withString("Access Forbidden").write() // want `write writes a body as text/html on a 403 response`
}

func badRequestText(w http.ResponseWriter, r *http.Request, err error) {
	newBuilder(w).withStatus(http.StatusBadRequest).withHeader("Content-Type", "text/plain; charset=utf-8").withString(html.EscapeString(err.Error())).write() // want `write writes a plain-text body on a 400 response`
}

// badRequestUnsure: a string of unknown content under a JSON
// Content-Type may be the Error object: silent.
func badRequestUnsure(w http.ResponseWriter, r *http.Request, err error) {
	newBuilder(w).withStatus(http.StatusBadRequest).withHeader("Content-Type", "application/json").withString(err.Error()).write()
}
