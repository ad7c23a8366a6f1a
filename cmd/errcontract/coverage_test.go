package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/errcontract/errcontract/analyzer/errcontract"
)

// runCoverage runs errcontract -coverage in testdata/coverage.
func runCoverage(t *testing.T, args ...string) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "coverage"))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	var out, errb bytes.Buffer
	if code := coverageMain(errcontract.Analyzers(), append(append([]string{"-coverage"}, args...), "./..."), &out, &errb); code != 0 {
		t.Fatalf("exit code %d; stderr:\n%s", code, errb.String())
	}
	return out.String()
}

// TestCoverageText checks the report line by line: one handler per reason,
// the followed ones unlisted, the summary line last.
func TestCoverageText(t *testing.T) {
	got := runCoverage(t)
	want := `example.com/coverage: 13 handlers, 8 followed to the wire
  handlers.go:31:2: unknownStatus: status unknown (upstreamStatus(r))
  handlers.go:38:9: escapes: writer escapes (render)
  handlers.go:42:1: withGoto: function not followed (goto)
  handlers.go:56:2: returnsError: returned error has no funnel (no adapter or error handler of this function is known)
  handlers.go:132:6: closureWrites: writer escapes (closure)
example.com/coverage/chain: 3 handlers, 3 followed to the wire
16 handlers, 11 followed to the wire (68%); top reasons: writer escapes (2), function not followed (1), returned error has no funnel (1); 6 hand the response to another handler
`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestCoverageJSON checks that -json lists every handler, followed or not.
func TestCoverageJSON(t *testing.T) {
	var rep coverageReport
	if err := json.Unmarshal([]byte(runCoverage(t, "-json")), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Packages) != 2 {
		t.Fatalf("packages: %+v", rep.Packages)
	}
	byName := map[string]handlerCoverage{}
	for _, p := range rep.Packages {
		for _, h := range p.Handlers {
			byName[h.Name] = h
		}
	}
	for name, followed := range map[string]bool{"followed": true, "unknownStatus": false, "escapes": false,
		"withGoto": false, "returnsError": false, "middleware.func": true, "plainError": true, "wrap.func": true,
		"serve": true, "dispatch": true, "foreignError": true, "readOnlyClosure": true, "closureWrites": false,
		"requireAuth": true, "show": true, "show.func": true} {
		h, ok := byName[name]
		if !ok || h.Followed != followed {
			t.Errorf("%s: got %+v, want followed=%v", name, h, followed)
		}
	}
	// The adapter's closure hands the response to the handler, whose
	// returns are judged through the funnel; a chain's e.Next() and a
	// hook run with a handler literal hand it on too (chain/).
	for _, name := range []string{"middleware.func", "wrap.func", "serve", "dispatch", "requireAuth", "show"} {
		if !byName[name].Delegates {
			t.Errorf("%s should delegate: %+v", name, byName[name])
		}
	}
	s := rep.Summary
	if s.Handlers != 16 || s.Followed != 11 || s.Delegates != 6 || len(s.Reasons) != 4 {
		t.Errorf("summary: %+v", s)
	}
}

// TestCoverageRoutes: a gin handler's collected error is followed where a
// route registered with the app's error middleware judges it, and not
// when the package that registers the route is not checked with it.
func TestCoverageRoutes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the framework modules")
	}
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "frameworks"))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	followed := func(patterns ...string) map[string]bool {
		var out, errb bytes.Buffer
		if code := coverageMain(errcontract.Analyzers(), append([]string{"-coverage", "-json"}, patterns...), &out, &errb); code != 0 {
			t.Fatalf("exit code %d; stderr:\n%s", code, errb.String())
		}
		var rep coverageReport
		if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
			t.Fatal(err)
		}
		m := map[string]bool{}
		for _, p := range rep.Packages {
			for _, h := range p.Handlers {
				m[h.Name] = h.Followed
			}
		}
		return m
	}
	with, alone := followed("./ginroutes/api", "./ginroutes/router"), followed("./ginroutes/api")
	for _, name := range []string{"Items", "Create", "Missing", "RequireUser", "Orders"} {
		if !with[name] || alone[name] {
			t.Errorf("%s: followed with its routes %v (want true), alone %v (want false)", name, with[name], alone[name])
		}
	}
}
