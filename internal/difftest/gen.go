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
	body      string // "none", "error", "errorval", "foreign", "text", "httperror"
}

// Handler is one generated handler: one or two paths chosen by ?b=1.
type Handler struct {
	Name     string
	Branches []branch
	ViaVar   bool // the status goes through a local variable
	ViaHelp  bool // the response goes through writeError (body "error" only)
}

// Generate returns n handlers from seed.
func Generate(seed uint64, n int) []Handler {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var hs []Handler
	for i := range n {
		h := Handler{Name: fmt.Sprintf("h%d", i), ViaVar: r.IntN(3) == 0}
		for range 1 + r.IntN(2) {
			b := branch{status: statuses[r.IntN(len(statuses))]}
			b.body = []string{"none", "error", "errorval", "foreign", "text", "httperror"}[r.IntN(6)]
			if b.body != "httperror" {
				b.ct = []string{"", "json", "text"}[r.IntN(3)]
				b.ctLate = b.ct != "" && r.IntN(4) == 0
			}
			b.challenge = []string{"", "ok", "wrong"}[r.IntN(3)]
			b.chLate = b.challenge != "" && b.body != "httperror" && r.IntN(4) == 0
			h.Branches = append(h.Branches, b)
		}
		if len(h.Branches) == 1 && h.Branches[0].body == "error" && h.Branches[0].ct == "json" && !h.Branches[0].ctLate && r.IntN(2) == 0 {
			h.ViaHelp = true
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
	"encoding/json"
	"fmt"
	"net/http"
)

type Error struct {
	ErrorMessage      string   ` + "`json:\"errorMessage\"`" + `
	FailedValidations []string ` + "`json:\"failedValidations,omitempty\"`" + `
}

func writeError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(Error{ErrorMessage: msg})
}

var _ = fmt.Sprint
`)
	for _, h := range hs {
		fmt.Fprintf(&b, "\nfunc %s(w http.ResponseWriter, r *http.Request) {\n", h.Name)
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
	status := fmt.Sprint(br.status)
	if viaVar {
		fmt.Fprintf(b, "\tstatus := %d\n", br.status)
		status = "status"
	}
	if br.body == "httperror" {
		fmt.Fprintf(b, "\thttp.Error(w, \"generated\", %s)\n", status)
		return
	}
	fmt.Fprintf(b, "\tw.WriteHeader(%s)\n", status)
	if ct != "" && br.ctLate {
		set("Content-Type", ct)
	}
	if ch != "" && br.chLate {
		set("WWW-Authenticate", ch)
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
	}
}

// Main writes a main function that serves each handler on every path with
// httptest and prints what reached the wire, as JSON.
func Main(hs []Handler) string {
	var b strings.Builder
	b.WriteString(`package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
)

type Wire struct {
	Handler, Path, ContentType, Challenge, Body string
	Status                                      int
}

func main() {
	handlers := map[string]http.HandlerFunc{
`)
	for _, h := range hs {
		fmt.Fprintf(&b, "\t\t%q: %s,\n", h.Name, h.Name)
	}
	b.WriteString(`	}
	var out []Wire
	for name, h := range handlers {
		srv := httptest.NewServer(h)
		for _, path := range []string{"/?b=0", "/?b=1"} {
			resp, err := http.Get(srv.URL + path)
			if err != nil {
				panic(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			out = append(out, Wire{Handler: name, Path: path, Status: resp.StatusCode,
				ContentType: resp.Header.Get("Content-Type"), Challenge: resp.Header.Get("WWW-Authenticate"), Body: string(body)})
		}
		srv.Close()
	}
	json.NewEncoder(os.Stdout).Encode(out)
}
`)
	return b.String()
}
