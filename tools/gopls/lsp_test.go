package gopls_test

// An end-to-end test of gopls built with errcontract (build.sh): it speaks
// LSP (JSON-RPC 2.0 with Content-Length framing) to the binary over stdio,
// opens a handler that breaks the contract, waits for errcontract's
// diagnostics, asks for the quick fix and applies its edit.
//
//	tools/gopls/build.sh && cd tools/gopls && GOTOOLCHAIN=go1.27.4 go test ./...
//
// The binary is $ERRCONTRACT_GOPLS, else bin/gopls at the repository root.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

func goplsBinary(t *testing.T) string {
	if p := os.Getenv("ERRCONTRACT_GOPLS"); p != "" {
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("ERRCONTRACT_GOPLS=%s: %v", p, err)
		}
		return p
	}
	p, err := filepath.Abs(filepath.Join("..", "..", "bin", "gopls"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(p); err != nil {
		t.Skip("no gopls with errcontract: run tools/gopls/build.sh (it writes bin/gopls) or set ERRCONTRACT_GOPLS to the binary")
	}
	return p
}

const handler = `package shop

import (
	"encoding/json"
	"net/http"
)

type Error struct {
	ErrorMessage string ` + "`json:\"errorMessage\"`" + `
}

func Login(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusUnauthorized)
	json.NewEncoder(w).Encode(Error{ErrorMessage: "login required"})
}

func Stale(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent) //errcontract:ignore C1 nothing to silence
}
`

// The fix inserts the challenge from .errcontract.json (realm "lsp").
const fixed = `	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("WWW-Authenticate", ` + "`Basic realm=\"lsp\"`" + `)
	w.WriteHeader(http.StatusUnauthorized)`

func TestGoplsDiagnosticsAndQuickFix(t *testing.T) {
	bin := goplsBinary(t)
	dir := t.TempDir()
	write := func(name, content string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module example.com/shop\n\ngo 1.26\n")
	write(".errcontract.json", `{"realm": "lsp"}`+"\n")
	write("shop.go", handler)
	fileURI := (&url.URL{Scheme: "file", Path: filepath.ToSlash(filepath.Join(dir, "shop.go"))}).String()

	c := start(t, bin, dir)
	defer c.close(t)

	var initRes map[string]any
	c.call(t, "initialize", map[string]any{
		"processId": os.Getpid(),
		"rootUri":   (&url.URL{Scheme: "file", Path: filepath.ToSlash(dir)}).String(),
		"workspaceFolders": []any{map[string]any{
			"uri": (&url.URL{Scheme: "file", Path: filepath.ToSlash(dir)}).String(), "name": "shop",
		}},
		"capabilities": map[string]any{
			"textDocument": map[string]any{
				"publishDiagnostics": map[string]any{"relatedInformation": true},
				"codeAction": map[string]any{
					"codeActionLiteralSupport": map[string]any{
						"codeActionKind": map[string]any{"valueSet": []string{"quickfix", "refactor", "source"}},
					},
				},
			},
			"workspace": map[string]any{"configuration": true, "workspaceFolders": true},
		},
	}, &initRes)
	c.notify(t, "initialized", map[string]any{})
	c.notify(t, "textDocument/didOpen", map[string]any{
		"textDocument": map[string]any{"uri": fileURI, "languageId": "go", "version": 1, "text": handler},
	})

	// Wait for errcontract's diagnostics on the file.
	var diags []diagnostic
	deadline := time.After(3 * time.Minute)
wait:
	for {
		select {
		case p := <-c.diagnostics:
			if p.URI != fileURI {
				continue
			}
			diags = p.Diagnostics
			for _, d := range diags {
				if strings.Contains(d.Message, "(C7)") {
					break wait
				}
			}
		case <-deadline:
			t.Fatalf("no errcontract diagnostic within 3 minutes; last: %+v\nstderr:\n%s", diags, c.stderr())
		}
	}
	var c7 *diagnostic
	directives := 0
	for i, d := range diags {
		t.Logf("diagnostic %s %d:%d %s", d.Source, d.Range.Start.Line+1, d.Range.Start.Character+1, d.Message)
		if strings.Contains(d.Message, "(C7)") {
			c7 = &diags[i]
		}
		if strings.Contains(d.Message, "unused //errcontract:ignore C1") {
			directives++
		}
	}
	if c7.Source != "errheaders" || !strings.Contains(c7.Message, `Basic realm="lsp"`) {
		t.Errorf("C7 diagnostic: source %q, message %q: want errheaders and the realm of .errcontract.json", c7.Source, c7.Message)
	}
	if directives != 1 {
		t.Errorf("the unused directive is reported %d times, want once", directives)
	}

	// Ask for the quick fixes of the C7 diagnostic.
	var actions []codeAction
	c.call(t, "textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": fileURI},
		"range":        c7.Range,
		"context":      map[string]any{"diagnostics": []any{c7.raw}, "only": []string{"quickfix"}},
	}, &actions)
	var fix *codeAction
	for i, a := range actions {
		t.Logf("code action %q (%s)", a.Title, a.Kind)
		if strings.Contains(a.Title, "WWW-Authenticate") {
			fix = &actions[i]
		}
	}
	if fix == nil {
		t.Fatalf("no WWW-Authenticate quick fix among %d actions", len(actions))
	}
	if fix.Edit == nil && fix.Data != nil {
		var resolved codeAction
		c.call(t, "codeAction/resolve", fix.raw, &resolved)
		fix = &resolved
	}
	if fix.Edit == nil {
		t.Fatalf("quick fix %q has no edit", fix.Title)
	}
	edits := fix.Edit.Changes[fileURI]
	for _, dc := range fix.Edit.DocumentChanges {
		if dc.TextDocument.URI == fileURI {
			edits = append(edits, dc.Edits...)
		}
	}
	if len(edits) == 0 {
		t.Fatalf("quick fix edits no text of %s: %+v", fileURI, fix.Edit)
	}
	got := apply(t, handler, edits)
	if !strings.Contains(got, fixed) {
		t.Errorf("after the quick fix:\n%s\nwant it to contain:\n%s", got, fixed)
	}
}

type position struct {
	Line      int `json:"line"`
	Character int `json:"character"`
}

type lspRange struct {
	Start position `json:"start"`
	End   position `json:"end"`
}

type diagnostic struct {
	Range   lspRange `json:"range"`
	Message string   `json:"message"`
	Source  string   `json:"source"`
	raw     json.RawMessage
}

type textEdit struct {
	Range   lspRange `json:"range"`
	NewText string   `json:"newText"`
}

type codeAction struct {
	Title string `json:"title"`
	Kind  string `json:"kind"`
	Edit  *struct {
		Changes         map[string][]textEdit `json:"changes"`
		DocumentChanges []struct {
			TextDocument struct {
				URI string `json:"uri"`
			} `json:"textDocument"`
			Edits []textEdit `json:"edits"`
		} `json:"documentChanges"`
	} `json:"edit"`
	Data json.RawMessage `json:"data"`
	raw  json.RawMessage
}

func (a *codeAction) UnmarshalJSON(b []byte) error {
	type plain codeAction
	if err := json.Unmarshal(b, (*plain)(a)); err != nil {
		return err
	}
	a.raw = append(json.RawMessage(nil), b...)
	return nil
}

func (d *diagnostic) UnmarshalJSON(b []byte) error {
	type plain diagnostic
	if err := json.Unmarshal(b, (*plain)(d)); err != nil {
		return err
	}
	d.raw = append(json.RawMessage(nil), b...)
	return nil
}

// apply applies LSP edits to ASCII text (so UTF-16 columns are bytes).
func apply(t *testing.T, text string, edits []textEdit) string {
	lines := strings.SplitAfter(text, "\n")
	offset := func(p position) int {
		off := 0
		for _, l := range lines[:p.Line] {
			off += len(l)
		}
		return off + p.Character
	}
	sort.SliceStable(edits, func(i, j int) bool { return offset(edits[i].Range.Start) > offset(edits[j].Range.Start) })
	for _, e := range edits {
		s, en := offset(e.Range.Start), offset(e.Range.End)
		if s > en || en > len(text) {
			t.Fatalf("bad edit %+v", e)
		}
		text = text[:s] + e.NewText + text[en:]
	}
	return text
}

// client is a minimal LSP client.
type client struct {
	cmd         *exec.Cmd
	in          io.WriteCloser
	mu          sync.Mutex // guards writes and pending
	nextID      int
	pending     map[int]chan response
	diagnostics chan publish
	errMu       sync.Mutex
	errBuf      strings.Builder
	done        chan struct{}
}

type response struct {
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

type publish struct {
	URI         string       `json:"uri"`
	Diagnostics []diagnostic `json:"diagnostics"`
}

type lockedWriter struct{ c *client }

func (w lockedWriter) Write(p []byte) (int, error) {
	w.c.errMu.Lock()
	defer w.c.errMu.Unlock()
	return w.c.errBuf.Write(p)
}

func (c *client) stderr() string {
	c.errMu.Lock()
	defer c.errMu.Unlock()
	return c.errBuf.String()
}

func start(t *testing.T, bin, dir string) *client {
	cmd := exec.Command(bin, "serve")
	cmd.Dir = dir
	// A fresh analysis cache: gopls keys cached results by source, not by
	// .errcontract.json.
	cmd.Env = append(os.Environ(), "GOPLSCACHE="+t.TempDir())
	c := &client{cmd: cmd, pending: map[int]chan response{}, diagnostics: make(chan publish, 100), done: make(chan struct{})}
	cmd.Stderr = lockedWriter{c}
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	c.in = in
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go c.read(bufio.NewReader(out))
	return c
}

func (c *client) send(msg map[string]any) error {
	msg["jsonrpc"] = "2.0"
	b, err := json.Marshal(msg)
	if err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	_, err = fmt.Fprintf(c.in, "Content-Length: %d\r\n\r\n%s", len(b), b)
	return err
}

func (c *client) call(t *testing.T, method string, params, result any) {
	t.Helper()
	c.mu.Lock()
	c.nextID++
	id := c.nextID
	ch := make(chan response, 1)
	c.pending[id] = ch
	c.mu.Unlock()
	if err := c.send(map[string]any{"id": id, "method": method, "params": params}); err != nil {
		t.Fatalf("%s: %v", method, err)
	}
	select {
	case r := <-ch:
		if r.Error != nil {
			t.Fatalf("%s: error %d: %s", method, r.Error.Code, r.Error.Message)
		}
		if result != nil {
			if err := json.Unmarshal(r.Result, result); err != nil {
				t.Fatalf("%s: decoding %s: %v", method, r.Result, err)
			}
		}
	case <-c.done:
		t.Fatalf("%s: gopls exited\nstderr:\n%s", method, c.stderr())
	case <-time.After(3 * time.Minute):
		t.Fatalf("%s: no answer within 3 minutes\nstderr:\n%s", method, c.stderr())
	}
}

func (c *client) notify(t *testing.T, method string, params any) {
	t.Helper()
	if err := c.send(map[string]any{"method": method, "params": params}); err != nil {
		t.Fatalf("%s: %v", method, err)
	}
}

// read dispatches gopls's messages: responses to their callers,
// diagnostics to the channel, and requests get a plain answer.
func (c *client) read(r *bufio.Reader) {
	defer close(c.done)
	for {
		length := -1
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				return
			}
			line = strings.TrimSpace(line)
			if line == "" {
				break
			}
			if v, ok := strings.CutPrefix(line, "Content-Length:"); ok {
				length, _ = strconv.Atoi(strings.TrimSpace(v))
			}
		}
		if length < 0 {
			return
		}
		body := make([]byte, length)
		if _, err := io.ReadFull(r, body); err != nil {
			return
		}
		var msg struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
			Params json.RawMessage `json:"params"`
			response
		}
		if err := json.Unmarshal(body, &msg); err != nil {
			continue
		}
		switch {
		case msg.Method == "" && msg.ID != nil: // a response
			id, _ := strconv.Atoi(string(msg.ID))
			c.mu.Lock()
			ch := c.pending[id]
			delete(c.pending, id)
			c.mu.Unlock()
			if ch != nil {
				ch <- msg.response
			}
		case msg.Method == "textDocument/publishDiagnostics":
			var p publish
			if json.Unmarshal(msg.Params, &p) == nil {
				select {
				case c.diagnostics <- p:
				default:
				}
			}
		case msg.ID != nil: // a request from gopls
			var result any
			if msg.Method == "workspace/configuration" {
				var p struct {
					Items []any `json:"items"`
				}
				json.Unmarshal(msg.Params, &p)
				cfgs := make([]any, len(p.Items))
				for i := range cfgs {
					cfgs[i] = map[string]any{}
				}
				result = cfgs
			}
			c.send(map[string]any{"id": msg.ID, "result": result})
		}
	}
}

func (c *client) close(t *testing.T) {
	c.mu.Lock()
	c.nextID++
	id := c.nextID
	ch := make(chan response, 1)
	c.pending[id] = ch
	c.mu.Unlock()
	c.send(map[string]any{"id": id, "method": "shutdown"})
	select {
	case <-ch:
	case <-time.After(30 * time.Second):
	}
	c.send(map[string]any{"method": "exit"})
	c.in.Close()
	exited := make(chan error, 1)
	go func() { exited <- c.cmd.Wait() }()
	select {
	case <-exited:
	case <-time.After(30 * time.Second):
		c.cmd.Process.Kill()
		<-exited
	}
}
