// Package difftest composes random net/http handlers, runs them for real,
// and compares what reaches the wire with errcontract's static verdict.
package difftest

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Statuses the generator writes: one of each contract class.
var statuses = []int{200, 201, 400, 401, 403, 404, 405, 406, 409, 415, 422, 429, 500, 503}

// branch is what one path of a handler does.
type branch struct {
	status    int
	ct        string // "", "json", "text"
	ctLate    bool   // set after the status
	challenge string // "", "ok", "wrong"
	chLate    bool
	body      string // "none", "error", "errorval", "foreign", "text", "httperror", "buffered" (the Error object encoded into a buffer first)
	xfo       string // "", "before", "after": X-Frame-Options set before or after the status
	// via, for a JSON body with no late header, is what carries the
	// status and the body to the writer: "" (w itself), "record" (a
	// response record: newRecord(body, status).send(w)), "fluent" (a
	// sender that holds the writer: sendJSON(w).status(s).send(body)),
	// "event" (a request-context object: (&event{w: w}).json(s, body)) or
	// "wrapper" (a writer that embeds w and notes the status).
	via string
}

var vias = []string{"record", "fluent", "event", "wrapper"}

// Handler is one generated handler: one or two paths chosen by ?b=1.
type Handler struct {
	Name     string
	Branches []branch
	ViaVar   bool // the status goes through a local variable
	ViaHelp  bool // the response goes through writeError (body "error" only)
	// Prefix is what runs before the branches, on ?g=1 answering on its own:
	// "" (nothing); helpers that say through their result whether they
	// answered, tested right ("bool": if reject(w, r) { return }; "boolnot":
	// if !allow(w, r); "boolstored": ok := allow(w, r) ... if !ok; "err": if
	// err := finish(w, r); err == nil) or wrong ("boolwrong": if allow(w, r);
	// "errignored": finish(w, r) alone), so that the branch writes after the
	// helper's response; "fall": writeError without a return (G3); "guard":
	// a funnel guarded by the writer's Written(), called after the branch.
	Prefix string
	// Funnel, when set, makes the handler a project's own router: hN
	// calls hN_route(w, r, v) error, which returns hN_ret's error (through
	// the middleware hN_mw when MW, answering 401 on ?g=1), and funnels
	// it with funnelJSON, funnelText or funnelMap. Each branch returns an
	// *apiErr of its status (a package variable when ViaVar), or answers
	// a 2xx itself. Funnel "sttext" or "stjson" makes hN a handler that
	// returns its status, hN_st(w, r) (int, error), run by the adapter
	// adaptText (http.Error) or adaptJSON (the Error object, the challenge
	// on 401, no body on 5xx) of its own handler type; each branch returns
	// its status, or answers a 2xx itself and returns 0; with MW, through
	// the middleware hN_mw of that type, answering 401 on ?g=1. Funnel
	// "inplace" makes hN run hN_wrap(hN_app): a wrapper of a handler type
	// that takes a parameter before the writer, calling it inside a
	// literal called in place whose result goes to funnelJSON (answering
	// 401 itself on ?g=1 with MW).
	Funnel string
	MW     bool
}

var funnels = []string{"json", "text", "map", "sttext", "stjson", "inplace"}

var prefixes = []string{"", "", "", "bool", "boolnot", "boolstored", "err", "boolwrong", "errignored", "fall", "guard"}

// Generate returns n handlers from seed.
func Generate(seed uint64, n int) []Handler {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var hs []Handler
	for i := range n {
		h := Handler{Name: fmt.Sprintf("h%d", i), ViaVar: r.IntN(3) == 0}
		for range 1 + r.IntN(2) {
			b := branch{status: statuses[r.IntN(len(statuses))]}
			b.body = []string{"none", "error", "errorval", "foreign", "text", "httperror", "buffered"}[r.IntN(7)]
			if b.body != "httperror" {
				b.ct = []string{"", "json", "text"}[r.IntN(3)]
				b.ctLate = b.ct != "" && r.IntN(4) == 0
			}
			b.challenge = []string{"", "ok", "wrong"}[r.IntN(3)]
			b.chLate = b.challenge != "" && b.body != "httperror" && r.IntN(4) == 0
			if b.body != "httperror" {
				b.xfo = []string{"", "", "before", "after"}[r.IntN(4)]
			}
			if (b.body == "error" || b.body == "errorval" || b.body == "foreign") && !b.ctLate && !b.chLate && b.xfo != "after" {
				if r.IntN(2) == 0 {
					b.via = vias[r.IntN(len(vias))]
				}
			}
			h.Branches = append(h.Branches, b)
		}
		if len(h.Branches) == 1 && h.Branches[0].body == "error" && h.Branches[0].ct == "json" && !h.Branches[0].ctLate && r.IntN(2) == 0 {
			h.ViaHelp = true
		}
		h.Prefix = prefixes[r.IntN(len(prefixes))]
		if r.IntN(4) == 0 {
			h.Funnel, h.MW, h.ViaHelp, h.Prefix = funnels[r.IntN(len(funnels))], r.IntN(2) == 0, false, ""
		}
		hs = append(hs, h)
	}
	return hs
}

// Source writes the handlers as a Go file of package main.
func Source(hs []Handler) string {
	var b strings.Builder
	b.WriteString(`package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

type Error struct {
	ErrorMessage      string   ` + "`json:\"errorMessage\"`" + `
	FailedValidations []string ` + "`json:\"failedValidations,omitempty\"`" + `
}

// Handlers that return their status, each type with its one adapter.
type textFunc func(w http.ResponseWriter, r *http.Request) (int, error)
type jsonFunc func(w http.ResponseWriter, r *http.Request) (int, error)

func adaptText(fn textFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		status, err := fn(w, r)
		if status >= 400 || err != nil {
			fmt.Sprint(status, err)
		}
		if status != 0 {
			http.Error(w, http.StatusText(status), status)
		}
	}
}

func adaptJSON(fn jsonFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if status, _ := fn(w, r); status >= 500 {
			w.WriteHeader(status)
		} else if status != 0 {
			if status == http.StatusUnauthorized {
				w.Header().Set("WWW-Authenticate", ` + "`Basic realm=\"cmix\"`" + `)
			}
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(status)
			json.NewEncoder(w).Encode(Error{ErrorMessage: http.StatusText(status)})
		}
	}
}

func writeError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(Error{ErrorMessage: msg})
}

// reject answers 400 and returns true on ?g=1.
func reject(w http.ResponseWriter, r *http.Request) bool {
	if r.URL.Query().Get("g") == "1" {
		writeError(w, http.StatusBadRequest, "rejected")
		return true
	}
	return false
}

// allow answers 400 and returns false on ?g=1.
func allow(w http.ResponseWriter, r *http.Request) bool {
	if r.URL.Query().Get("g") == "1" {
		writeError(w, http.StatusBadRequest, "rejected")
		return false
	}
	return true
}

// finish redirects and returns nil on ?g=1; otherwise it writes nothing.
func finish(w http.ResponseWriter, r *http.Request) error {
	if r.URL.Query().Get("g") != "1" {
		return errors.New("not finished")
	}
	http.Redirect(w, r, "/done", http.StatusFound)
	return nil
}

// fail answers 500 unless a response already went out.
func fail(w http.ResponseWriter) {
	if w.(interface{ Written() bool }).Written() {
		return
	}
	w.WriteHeader(http.StatusInternalServerError)
}

var _ = fmt.Sprint
var _ = bytes.NewBuffer

// record keeps a response's status and data and does not hold the writer;
// send, given the writer, writes them (a response record).
type record struct {
	data   any
	status int
}

func newRecord(data any, status int) *record { return &record{data: data, status: status} }

func (r *record) send(w http.ResponseWriter) {
	w.WriteHeader(r.status)
	json.NewEncoder(w).Encode(r.data)
}

// sender holds the writer and keeps the status until send (a fluent sender).
type sender struct {
	w    http.ResponseWriter
	code int
}

func sendJSON(w http.ResponseWriter) *sender { return &sender{w: w, code: http.StatusOK} }

func (s *sender) status(code int) *sender {
	s.code = code
	return s
}

func (s *sender) send(v any) {
	s.w.WriteHeader(s.code)
	json.NewEncoder(s.w).Encode(v)
}

// event is a request-context object that holds the writer.
type event struct {
	w http.ResponseWriter
}

func (e *event) json(code int, v any) {
	e.w.WriteHeader(code)
	json.NewEncoder(e.w).Encode(v)
}

// statusWriter embeds the writer and notes the status.
type statusWriter struct {
	http.ResponseWriter
	code int
}

func (s *statusWriter) WriteHeader(code int) {
	s.code = code
	s.ResponseWriter.WriteHeader(code)
}

type visitor struct{ id int }

type handlerFunc func(http.ResponseWriter, *http.Request, *visitor) error

// appFunc takes a parameter before the writer (Handler.Funnel "inplace").
type appFunc func(v *visitor, w http.ResponseWriter, r *http.Request) error

type apiErr struct {
	Status  int    ` + "`json:\"-\"`" + `
	Message string ` + "`json:\"errorMessage\"`" + `
}

func (e *apiErr) Error() string { return e.Message }

// funnelJSON sends the error as JSON; any other error is a bare 500.
func funnelJSON(w http.ResponseWriter, r *http.Request, v *visitor, err error) {
	if err == nil {
		return
	}
	e, ok := err.(*apiErr)
	if !ok {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(e.Status)
	json.NewEncoder(w).Encode(e)
}

// funnelText sends the error's message as text.
func funnelText(w http.ResponseWriter, r *http.Request, v *visitor, err error) {
	if err == nil {
		return
	}
	e, ok := err.(*apiErr)
	if !ok {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	http.Error(w, e.Message, e.Status)
}

// funnelMap sends {"error": message}.
func funnelMap(w http.ResponseWriter, r *http.Request, v *visitor, err error) {
	if err == nil {
		return
	}
	e, ok := err.(*apiErr)
	if !ok {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(e.Status)
	json.NewEncoder(w).Encode(map[string]string{"error": e.Message})
}
`)
	for _, s := range statuses {
		fmt.Fprintf(&b, "\nvar err%d = &apiErr{Status: %d, Message: \"generated\"}\n", s, s)
	}
	for _, h := range hs {
		fmt.Fprintf(&b, "\nfunc %s(w http.ResponseWriter, r *http.Request) {\n", h.Name)
		b.WriteString(map[string]string{
			"bool":       "\tif reject(w, r) {\n\t\treturn\n\t}\n",
			"boolnot":    "\tif !allow(w, r) {\n\t\treturn\n\t}\n",
			"boolstored": "\tok := allow(w, r)\n\tfmt.Sprint(ok)\n\tif !ok {\n\t\treturn\n\t}\n",
			"err":        "\tif err := finish(w, r); err == nil {\n\t\treturn\n\t}\n",
			"boolwrong":  "\tif allow(w, r) {\n\t\treturn\n\t}\n",
			"errignored": "\tfinish(w, r)\n",
			"fall":       "\tif r.URL.Query().Get(\"g\") == \"1\" {\n\t\twriteError(w, http.StatusBadRequest, \"rejected\")\n\t}\n",
		}[h.Prefix])
		if h.Funnel == "sttext" || h.Funnel == "stjson" {
			writeStatusHandler(&b, h)
			continue
		}
		if h.Funnel == "inplace" {
			writeInPlace(&b, h)
			continue
		}
		if h.Funnel != "" {
			writeDispatch(&b, h)
			continue
		}
		if h.Prefix == "guard" {
			b.WriteString("\tdefer fail(w)\n")
		}
		if h.ViaHelp {
			fmt.Fprintf(&b, "\twriteError(w, %d, \"generated\")\n}\n", h.Branches[0].status)
			continue
		}
		for i, br := range h.Branches {
			if len(h.Branches) == 2 && i == 0 {
				b.WriteString("\tif r.URL.Query().Get(\"b\") == \"1\" {\n")
			}
			writeBranch(&b, br, h.ViaVar)
			if len(h.Branches) == 2 && i == 0 {
				b.WriteString("\t\treturn\n\t}\n")
			}
		}
		b.WriteString("}\n")
	}
	return b.String()
}

// writeDispatch writes hN's body and the router, middleware and handler
// behind it (see Handler.Funnel).
func writeDispatch(b *strings.Builder, h Handler) {
	funnel := map[string]string{"json": "funnelJSON", "text": "funnelText", "map": "funnelMap"}[h.Funnel]
	fmt.Fprintf(b, "\tv := &visitor{}\n\tif err := %s_route(w, r, v); err != nil {\n\t\t%s(w, r, v, err)\n\t}\n}\n", h.Name, funnel)
	fmt.Fprintf(b, "\nfunc %s_route(w http.ResponseWriter, r *http.Request, v *visitor) error {\n", h.Name)
	if h.MW {
		fmt.Fprintf(b, "\treturn %s_mw(%s_ret)(w, r, v)\n}\n", h.Name, h.Name)
		fmt.Fprintf(b, "\nfunc %s_mw(next handlerFunc) handlerFunc {\n\treturn func(w http.ResponseWriter, r *http.Request, v *visitor) error {\n", h.Name)
		b.WriteString("\t\tif r.URL.Query().Get(\"g\") == \"1\" {\n\t\t\treturn &apiErr{Status: http.StatusUnauthorized, Message: \"generated\"}\n\t\t}\n")
		b.WriteString("\t\treturn next(w, r, v)\n\t}\n}\n")
	} else {
		fmt.Fprintf(b, "\treturn %s_ret(w, r, v)\n}\n", h.Name)
	}
	fmt.Fprintf(b, "\nfunc %s_ret(w http.ResponseWriter, r *http.Request, v *visitor) error {\n", h.Name)
	writeReturns(b, h, returnErr(b, h))
}

// writeInPlace writes hN's body, the wrapper hN_wrap that runs hN_app in
// a literal called in place, and hN_app (see Handler.Funnel).
func writeInPlace(b *strings.Builder, h Handler) {
	fmt.Fprintf(b, "\t%s_wrap(%s_app)(w, r)\n}\n", h.Name, h.Name)
	fmt.Fprintf(b, "\nfunc %s_wrap(fn appFunc) http.HandlerFunc {\n\treturn func(w http.ResponseWriter, r *http.Request) {\n", h.Name)
	b.WriteString("\t\tv := &visitor{}\n\t\tfunnelJSON(w, r, v, func() error {\n")
	if h.MW {
		b.WriteString("\t\t\tif r.URL.Query().Get(\"g\") == \"1\" {\n\t\t\t\treturn &apiErr{Status: http.StatusUnauthorized, Message: \"generated\"}\n\t\t\t}\n")
	}
	b.WriteString("\t\t\terr := fn(v, w, r)\n\t\t\treturn err\n\t\t}())\n\t}\n}\n")
	fmt.Fprintf(b, "\nfunc %s_app(v *visitor, w http.ResponseWriter, r *http.Request) error {\n", h.Name)
	writeReturns(b, h, returnErr(b, h))
}

// returnErr writes one branch of a handler that returns an *apiErr of its
// status (a package variable when ViaVar), or answers a 2xx itself.
func returnErr(b *strings.Builder, h Handler) func(branch) {
	return func(br branch) {
		switch {
		case br.status < 400:
			fmt.Fprintf(b, "\tw.WriteHeader(%d)\n\treturn nil\n", br.status)
		case h.ViaVar:
			fmt.Fprintf(b, "\treturn err%d\n", br.status)
		default:
			fmt.Fprintf(b, "\treturn &apiErr{Status: %d, Message: \"generated\"}\n", br.status)
		}
	}
}

// writeReturns writes the body of a function whose branches each return
// (emit writes one), the first taken on ?b=1 when there are two.
func writeReturns(b *strings.Builder, h Handler, emit func(branch)) {
	for i, br := range h.Branches {
		if len(h.Branches) == 2 && i == 0 {
			b.WriteString("\tif r.URL.Query().Get(\"b\") == \"1\" {\n")
		}
		emit(br)
		if len(h.Branches) == 2 && i == 0 {
			b.WriteString("\t}\n")
		}
	}
	b.WriteString("}\n")
}

// writeStatusHandler writes hN's body and the handler (and middleware)
// that return its status (see Handler.Funnel).
func writeStatusHandler(b *strings.Builder, h Handler) {
	adapt, typ := "adaptText", "textFunc"
	if h.Funnel == "stjson" {
		adapt, typ = "adaptJSON", "jsonFunc"
	}
	inner := h.Name + "_st"
	if h.MW {
		inner = fmt.Sprintf("%s_mw(%s_st)", h.Name, h.Name)
	}
	fmt.Fprintf(b, "\t%s(%s)(w, r)\n}\n", adapt, inner)
	if h.MW {
		fmt.Fprintf(b, "\nfunc %s_mw(next %s) %s {\n\treturn func(w http.ResponseWriter, r *http.Request) (int, error) {\n", h.Name, typ, typ)
		b.WriteString("\t\tif r.URL.Query().Get(\"g\") == \"1\" {\n\t\t\treturn http.StatusUnauthorized, nil\n\t\t}\n")
		b.WriteString("\t\treturn next(w, r)\n\t}\n}\n")
	}
	fmt.Fprintf(b, "\nfunc %s_st(w http.ResponseWriter, r *http.Request) (int, error) {\n", h.Name)
	writeReturns(b, h, func(br branch) {
		switch {
		case br.status < 400:
			fmt.Fprintf(b, "\tw.WriteHeader(%d)\n\treturn 0, nil\n", br.status)
		case h.ViaVar:
			fmt.Fprintf(b, "\tstatus := %d\n\treturn status, nil\n", br.status)
		default:
			fmt.Fprintf(b, "\treturn %d, errors.New(\"generated\")\n", br.status)
		}
	})
}

func writeBranch(b *strings.Builder, br branch, viaVar bool) {
	ct := map[string]string{"json": "application/json", "text": "text/plain; charset=utf-8"}[br.ct]
	ch := map[string]string{"ok": `Basic realm="cmix"`, "wrong": `Basic realm="other"`}[br.challenge]
	set := func(name, value string) {
		fmt.Fprintf(b, "\tw.Header().Set(%q, %q)\n", name, value)
	}
	if ct != "" && !br.ctLate {
		set("Content-Type", ct)
	}
	if ch != "" && !br.chLate {
		set("WWW-Authenticate", ch)
	}
	if br.xfo == "before" {
		set("X-Frame-Options", "DENY")
	}
	status := fmt.Sprint(br.status)
	if viaVar {
		fmt.Fprintf(b, "\tstatus := %d\n", br.status)
		status = "status"
	}
	if br.body == "httperror" {
		fmt.Fprintf(b, "\thttp.Error(w, \"generated\", %s)\n", status)
		return
	}
	if br.via != "" {
		body := map[string]string{
			"error":    `Error{ErrorMessage: "generated"}`,
			"errorval": `Error{ErrorMessage: "generated", FailedValidations: []string{"name"}}`,
			"foreign":  `map[string]string{"error": "generated"}`,
		}[br.body]
		switch br.via {
		case "record":
			fmt.Fprintf(b, "\tnewRecord(%s, %s).send(w)\n", body, status)
		case "fluent":
			fmt.Fprintf(b, "\tsendJSON(w).status(%s).send(%s)\n", status, body)
		case "event":
			fmt.Fprintf(b, "\t(&event{w: w}).json(%s, %s)\n", status, body)
		case "wrapper":
			fmt.Fprintf(b, "\tsw := &statusWriter{ResponseWriter: w}\n\tsw.WriteHeader(%s)\n\tjson.NewEncoder(sw).Encode(%s)\n", status, body)
		}
		return
	}
	fmt.Fprintf(b, "\tw.WriteHeader(%s)\n", status)
	if ct != "" && br.ctLate {
		set("Content-Type", ct)
	}
	if ch != "" && br.chLate {
		set("WWW-Authenticate", ch)
	}
	if br.xfo == "after" {
		set("X-Frame-Options", "DENY")
	}
	switch br.body {
	case "error":
		b.WriteString("\tjson.NewEncoder(w).Encode(Error{ErrorMessage: \"generated\"})\n")
	case "errorval":
		b.WriteString("\tjson.NewEncoder(w).Encode(Error{ErrorMessage: \"generated\", FailedValidations: []string{\"name\"}})\n")
	case "foreign":
		b.WriteString("\tjson.NewEncoder(w).Encode(map[string]string{\"error\": \"generated\"})\n")
	case "text":
		b.WriteString("\tfmt.Fprintln(w, \"generated\")\n")
	case "buffered":
		b.WriteString("\tbuf := &bytes.Buffer{}\n\tenc := json.NewEncoder(buf)\n\tenc.SetEscapeHTML(true)\n\tenc.Encode(Error{ErrorMessage: \"generated\"})\n\tw.Write(buf.Bytes())\n")
	}
}

// Main writes a main function that serves each handler on every path with
// httptest and prints what reached the wire, as JSON. A recorder around
// the writer (which also answers Written()) notes the headers changed after
// the response was committed and the bytes written after an error
// response; the server's error log notes ignored WriteHeader calls.
func Main(hs []Handler) string {
	var b strings.Builder
	b.WriteString(`package main

import (
	"bytes"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strings"
	"sync"
)

type Wire struct {
	Handler, Path, ContentType, Challenge, Body string
	Status                                      int
	// First is the first body write: what the contract rules judge.
	First string
	// Late are the headers changed after the commit; Superfluous is set
	// when the server logged an ignored WriteHeader; AfterError when bytes
	// followed a complete error response.
	Late                    []string
	Superfluous, AfterError bool
}

type recorder struct {
	http.ResponseWriter
	snap          http.Header
	status        int
	first         []byte
	wrote, errEnd bool
	after         bool
}

func (r *recorder) commit(status int) {
	if r.snap == nil {
		r.snap = r.Header().Clone()
		r.status = status
	}
}

func (r *recorder) WriteHeader(code int) {
	if r.errEnd {
		r.after = true
	}
	r.commit(code)
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(p []byte) (int, error) {
	if r.errEnd {
		r.after = true
	}
	r.commit(200)
	if !r.wrote {
		r.first = append([]byte(nil), p...)
		r.wrote = true
		r.errEnd = r.status >= 400
	}
	return r.ResponseWriter.Write(p)
}

func (r *recorder) Written() bool { return r.snap != nil }

func (r *recorder) late() []string {
	var out []string
	if r.snap == nil {
		return nil
	}
	now := r.Header()
	for k := range now {
		if strings.Join(now[k], ",") != strings.Join(r.snap[k], ",") {
			out = append(out, k)
		}
	}
	for k := range r.snap {
		if _, ok := now[k]; !ok {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

type logBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuf) Write(p []byte) (int, error) { l.mu.Lock(); defer l.mu.Unlock(); return l.b.Write(p) }
func (l *logBuf) take() string                 { l.mu.Lock(); defer l.mu.Unlock(); s := l.b.String(); l.b.Reset(); return s }

func main() {
	handlers := map[string]http.HandlerFunc{
`)
	for _, h := range hs {
		fmt.Fprintf(&b, "\t\t%q: %s,\n", h.Name, h.Name)
	}
	b.WriteString(`	}
	var out []Wire
	logs := &logBuf{}
	for name, h := range handlers {
		var rec *recorder
		srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			rec = &recorder{ResponseWriter: w}
			h(rec, r)
		}))
		srv.Config.ErrorLog = log.New(logs, "", 0)
		srv.Start()
		for _, path := range []string{"/?b=0&g=0", "/?b=1&g=0", "/?b=0&g=1", "/?b=1&g=1"} {
			client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
			resp, err := client.Get(srv.URL + path)
			if err != nil {
				panic(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			out = append(out, Wire{Handler: name, Path: path, Status: resp.StatusCode,
				ContentType: resp.Header.Get("Content-Type"), Challenge: resp.Header.Get("WWW-Authenticate"), Body: string(body),
				First: string(rec.first), Late: rec.late(), AfterError: rec.after,
				Superfluous: strings.Contains(logs.take(), "superfluous response.WriteHeader")})
		}
		srv.Close()
	}
	json.NewEncoder(os.Stdout).Encode(out)
}
`)
	return b.String()
}
