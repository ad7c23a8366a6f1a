package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"slices"
	"testing"

	"github.com/errcontract/errcontract/analyzer/errcontract"
)

// runCoverage runs errcontract -coverage in testdata/coverage.
func runCoverage(t *testing.T, args ...string) string {
	t.Helper()
	return coverageIn(t, "coverage", append(args, "./...")...)
}

// coverageIn runs errcontract -coverage with args in testdata/dir.
func coverageIn(t *testing.T, dir string, args ...string) string {
	t.Helper()
	abs, err := filepath.Abs(filepath.Join("..", "..", "testdata", dir))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(abs)
	var out, errb bytes.Buffer
	if code := coverageMain(errcontract.Analyzers(), append([]string{"-coverage"}, args...), &out, &errb); code != 0 {
		t.Fatalf("exit code %d; stderr:\n%s", code, errb.String())
	}
	return out.String()
}

// TestCoverageText checks the report line by line: one handler per reason,
// the followed ones unlisted, the summary line last.
func TestCoverageText(t *testing.T) {
	got := runCoverage(t)
	want := `example.com/coverage: 23 handlers, 16 followed to the wire
  handlers.go:33:2: unknownStatus: status unknown (upstreamStatus(r))
  handlers.go:40:9: escapes: writer escapes (render)
  handlers.go:44:1: withGoto: function not followed (goto)
  handlers.go:58:2: returnsError: returned error has no funnel (no adapter or error handler of this function is known)
  handlers.go:179:10: loadError: status unknown (err)
  handlers.go:190:6: closureWrites: writer escapes (closure)
  handlers.go:274:2: jsonBytes: body of unknown kind (upstreamBody(r))
example.com/coverage/chain: 3 handlers, 3 followed to the wire
example.com/coverage/holderchain: 2 handlers, 1 followed to the wire
  holderchain/chain.go:28:4: AuthOnly.func: writer escapes (ctx.Unauthorized through another writer)
28 handlers, 20 followed to the wire (71%); top reasons: writer escapes (3), status unknown (2), body of unknown kind (1); 10 hand the response to another handler
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
	if len(rep.Packages) != 3 {
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
		"requireAuth": true, "show": true, "show.func": true, "passOn.func": true,
		"shimError": true, "loadError": false, "serveContent": true, "serveViaHelper": true,
		"plainBytes": true, "sniffedBytes": true, "jsonBytes": false, "page.func": true, "pageItem": true,
		"AuthOnly.func": false, "Named.func": true} {
		h, ok := byName[name]
		if !ok || h.Followed != followed {
			t.Errorf("%s: got %+v, want followed=%v", name, h, followed)
		}
	}
	// The adapter's closure hands the response to the handler, whose
	// returns are judged through the funnel; a chain's e.Next() and a
	// hook run with a handler literal hand it on too (chain/), and so does
	// `return next(w, r)`, whose error is next's.
	for _, name := range []string{"middleware.func", "wrap.func", "serve", "dispatch", "requireAuth", "show", "passOn.func", "page.func"} {
		if !byName[name].Delegates {
			t.Errorf("%s should delegate: %+v", name, byName[name])
		}
	}
	s := rep.Summary
	if s.Handlers != 28 || s.Followed != 20 || s.Delegates != 10 || len(s.Reasons) != 5 {
		t.Errorf("summary: %+v", s)
	}
}

// frameworkCoverage runs errcontract -coverage -json on packages of
// testdata/frameworks and returns each handler by "import/path name".
func frameworkCoverage(t *testing.T, patterns ...string) map[string]handlerCoverage {
	t.Helper()
	var rep coverageReport
	if err := json.Unmarshal([]byte(coverageIn(t, "frameworks", append([]string{"-json"}, patterns...)...)), &rep); err != nil {
		t.Fatal(err)
	}
	got := map[string]handlerCoverage{}
	for _, p := range rep.Packages {
		for _, h := range p.Handlers {
			got[p.Path+" "+h.Name] = h
		}
	}
	return got
}

// TestCoverageRoutes: a gin handler's collected error is followed where a
// route registered with the app's error middleware judges it, and not
// when the package that registers the route is not checked with it.
func TestCoverageRoutes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the framework modules")
	}
	with, alone := frameworkCoverage(t, "./ginroutes/api", "./ginroutes/router"), frameworkCoverage(t, "./ginroutes/api")
	for _, name := range []string{"Items", "Create", "Missing", "RequireUser", "Orders"} {
		key := "example.com/frameworks/ginroutes/api " + name
		if !with[key].Followed || alone[key].Followed {
			t.Errorf("%s: followed with its routes %v (want true), alone %v (want false)", name, with[key].Followed, alone[key].Followed)
		}
	}
}

// TestCoverageFrameworkCalls: echo's c.Bind error, c.Redirect and
// c.SetCookie, gin's c.Redirect, c.SetCookie and c.Writer.WriteString,
// fiber's c.Redirect (302 by default) and the errors of its parsers
// (never a *fiber.Error but BodyParser's 422, also through a helper of
// another package to the configured error handler) are followed, and echo
// middleware's next(c) hands the response on.
func TestCoverageFrameworkCalls(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the framework modules")
	}
	got := frameworkCoverage(t, "./echobind", "./gin", "./fiber", "./fiberapphandler", "./fiberconfigured")
	for _, name := range []string{"echobind create", "echobind update", "echobind login", "echobind requireJSON.func", "gin docsPage", "gin login", "fiber toLogin", "fiberapphandler search", "fiberconfigured list"} {
		h, ok := got["example.com/frameworks/"+name]
		if !ok || !h.Followed {
			t.Errorf("%s: %+v, want followed", name, h)
		}
	}
	if !got["example.com/frameworks/echobind requireJSON.func"].Delegates {
		t.Errorf("requireJSON.func should hand the response on")
	}
}

// TestCoverageRegistered: echo handlers of one package registered in
// another that installs the app's error handler have their returned
// errors judged there: followed when both are checked, "returned error
// not judged" when the handlers' package is checked alone.
func TestCoverageRegistered(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the framework modules")
	}
	with, alone := frameworkCoverage(t, "./echoregistered/..."), frameworkCoverage(t, "./echoregistered/items")
	for _, name := range []string{"Get", "List"} {
		key := "example.com/frameworks/echoregistered/items " + name
		if !with[key].Followed || alone[key].Followed {
			t.Errorf("%s: followed where registered %v (want true), alone %v (want false)", name, with[key].Followed, alone[key].Followed)
		}
		if len(alone[key].Gaps) == 0 || alone[key].Gaps[0].Reason != "returned error not judged" {
			t.Errorf("%s alone: %+v", name, alone[key])
		}
	}
	if h := with["example.com/frameworks/echoregistered/items Health"]; !h.Followed {
		t.Errorf("Health: %+v", h)
	}
}

// TestCoverageErrorChain: handlers of an error chain (hay-kot/httpkit's
// errchain) made by a factory of another package are followed where they
// are registered on the chain whose error handler the registering package
// installs, unless they return an error of no known kind; checked alone,
// their returns have no funnel.
func TestCoverageErrorChain(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the framework modules")
	}
	with, alone := frameworkCoverage(t, "./errchainapp/..."), frameworkCoverage(t, "./errchainapp/ctrl")
	wipe, purge := "example.com/frameworks/errchainapp/ctrl (*ctrl.Ctrl).HandleWipe.func", "example.com/frameworks/errchainapp/ctrl (*ctrl.Ctrl).HandlePurge.func"
	if h := with[wipe]; !h.Followed {
		t.Errorf("HandleWipe's handler where registered: %+v, want followed", h)
	}
	if h := with[purge]; h.Followed || len(h.Gaps) == 0 || slices.ContainsFunc(h.Gaps, func(g coverageGap) bool { return g.Reason != "status unknown" }) {
		t.Errorf("HandlePurge's handler where registered: %+v, want its unknown error's status as its gaps", h)
	}
	for _, key := range []string{wipe, purge} {
		if h := alone[key]; h.Followed || len(h.Gaps) == 0 || h.Gaps[0].Reason != "returned error has no funnel" {
			t.Errorf("%s alone: %+v, want no funnel", key, h)
		}
	}
	if h := with["example.com/frameworks/errchainapp/two getItem"]; h.Followed {
		t.Errorf("two error handlers installed: %+v, want not followed", h)
	}
	// An error of no known kind is not taken to be of a kind the error
	// handler branches on: where it would be, its status is not known.
	if h := with["example.com/frameworks/errchainapp/branchy file"]; h.Followed || len(h.Gaps) == 0 || h.Gaps[0].Reason != "status unknown" {
		t.Errorf("branchy file: %+v, want its status unknown", h)
	}
	if h := with["example.com/frameworks/errchainapp/branchy getItem"]; !h.Followed {
		t.Errorf("branchy getItem: %+v, want followed", h)
	}
}

// TestCoverageImplementedInterface: an error handler's err.(I) is decided
// for an error of a known type, so the way it cannot take (the wrapped
// echo error's status, of no known value) leaves no gap.
func TestCoverageImplementedInterface(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the framework modules")
	}
	cov := frameworkCoverage(t, "./echoanymessage")
	if h := cov["example.com/frameworks/echoanymessage items"]; !h.Followed {
		t.Errorf("items: %+v, want followed", h)
	}
}
