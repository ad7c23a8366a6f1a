// Package templatebody reproduces error pages rendered with a template
// straight to the writer (a writefreely shape: w.WriteHeader(404) then
// pages.ExecuteTemplate(w, "404", data)). The template decides the bytes,
// so the body is judged by the Content-Type set before it: none is
// sniffed (never application/json), a text/html one is HTML. A JSON
// Content-Type (a text template may render JSON) and 5xx stay silent; a
// status written after the page is ignored (net/http logs even the same
// one as superfluous).
package templatebody

import (
	htmltemplate "html/template"
	"net/http"
	texttemplate "text/template"
)

type site struct {
	pages *htmltemplate.Template
	api   *texttemplate.Template
}

func (s *site) notFound(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNotFound)
	s.pages.ExecuteTemplate(w, "404", nil) // want `template.ExecuteTemplate writes a body with no Content-Type \(net/http sniffs one from the bytes, never application/json\) on a 404 response`
}

func (s *site) forbidden(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusForbidden)
	s.pages.Execute(w, nil) // want `template.Execute writes a body as text/html on a 403 response`
}

// jsonTemplate: the bytes may be the Error object under this Content-Type.
func (s *site) jsonTemplate(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusBadRequest)
	s.api.Execute(w, map[string]string{"errorMessage": "bad"})
}

// serverError: a page on 5xx carries no structured body we can see.
func (s *site) serverError(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusInternalServerError)
	s.pages.ExecuteTemplate(w, "500", nil)
}

// page renders, then sets the status already sent: net/http logs it.
func (s *site) page(w http.ResponseWriter, r *http.Request) {
	if err := s.pages.Execute(w, nil); err != nil {
		return
	}
	w.WriteHeader(http.StatusOK) // want `w.WriteHeader\(200\) after the body was written is ignored`
}

// lateError renders a page (200), then writes another status: ignored.
func (s *site) lateError(w http.ResponseWriter, r *http.Request) {
	s.pages.Execute(w, nil)
	w.WriteHeader(http.StatusInternalServerError) // want `w.WriteHeader\(500\) after the body was written is ignored: the client already got status 200`
}
