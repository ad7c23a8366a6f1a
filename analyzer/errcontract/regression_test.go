package errcontract_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcontract/errcontract/analyzer/config"
	"github.com/errcontract/errcontract/analyzer/errcontract"
)

// TestRegressions runs testdata/src/regression/...: one package per false
// alarm or miss found on real code, named after what it reproduces.
func TestRegressions(t *testing.T) {
	dir := testdataDir(t)
	analysistest.Run(t, dir, allRules(errcontract.Analyzers()[0]), "regression/foundflag", "regression/headrequest", "regression/recoveranswer", "regression/upgradeerror", "regression/upgradefunnel", "regression/bufferedencode", "regression/formattedbytes",
		"regression/helperresults", "regression/committedguard", "regression/funnelnil", "regression/jsonunknownshape", "regression/pointerbody",
		"regression/trackedfunnel", "regression/fileservers", "regression/tuplestatus", "regression/closurehelper",
		"regression/helpererrors", "regression/failunlessnil", "regression/runcallback", "regression/flushafterjson", "regression/errormadetwice/...",
		"regression/tokenreaders", "regression/statusbesideerror/...", "regression/accessorholder/...", "regression/falsewitherror",
		"regression/responserecord/...", "regression/exclusiveranges", "regression/scopedvars", "regression/inplaceadapter", "regression/templatebody", "regression/sentinelresults", "regression/statusvariable", "regression/controllerdeadlines/...", "regression/capturedclosure")
	// No fix with edits a driver rejects (no golden file: no fix at all).
	analysistest.RunWithSuggestedFixes(t, dir, allRules(errcontract.Analyzers()[0]), "regression/importswap")
	// A body of unknown content with no Content-Type goes out sniffed,
	// never as JSON; a string of it is sent as the Error object's message.
	analysistest.RunWithSuggestedFixes(t, dir, allRules(errcontract.Analyzers()[0]), "regression/sniffedbody")
	// The helpers' results cross packages as facts.
	analysistest.Run(t, dir, errcontract.Analyzers()[0], "regression/helperresultsapi", "regression/helpererrors/auth", "regression/guardedreturn")
}

// TestHandlerShapes covers methods, method values, factories, generics,
// promoted methods, aliases and a look-alike non-ResponseWriter type.
func TestHandlerShapes(t *testing.T) {
	dir := testdataDir(t)
	analysistest.Run(t, dir, allRules(errcontract.Analyzers()[0]), "handlershapes")
}

// TestWriterHolders covers the writer kept in a struct: a request-context
// object whose field is the writer and whose methods answer, and a
// wrapper that embeds the writer (point 1 of issue 10).
func TestWriterHolders(t *testing.T) {
	dir := testdataDir(t)
	analysistest.Run(t, dir, allRules(errcontract.Analyzers()[0]), "writerholders")
}

// TestBuilders covers responses kept in the fields of a value that holds
// the writer and flushed later: a fluent sender, and a builder in another
// package reached through facts (point 1 of issue 10).
func TestBuilders(t *testing.T) {
	dir := testdataDir(t)
	analysistest.Run(t, dir, allRules(errcontract.Analyzers()[0]), "builders")
}

// TestNamedHandlers covers a named handler type registered through a
// router's methods from another package, middleware of the same shape
// returning a context, and a funnel that tries one errors.As helper after
// another in a tagless switch (point 2 of issue 10); errors that services
// return as the last of several results keep their status (store).
func TestNamedHandlers(t *testing.T) {
	dir := testdataDir(t)
	analysistest.Run(t, dir, errcontract.Analyzers()[0], "namedhandlers/store")
	analysistest.Run(t, dir, allRules(errcontract.Analyzers()[0]), "namedhandlers")
}

// TestForeignHandlers covers handlers of another package registered
// through the adapter of the registering package, which their own package
// cannot see: their errors are judged through the funnel where they are
// registered (method values, functions, a conversion to the handler type).
func TestForeignHandlers(t *testing.T) {
	dir := testdataDir(t)
	analysistest.Run(t, dir, allRules(errcontract.Analyzers()[0]), "foreignhandlers/...")
}

// TestInterfaceAdapters covers handlers held as an interface value with a
// method ServeHTTP(w, r) error, run by a closure that funnels the error
// (caddy's AdminHandler): functions converted to the func type that
// implements the interface are judged at their returns, in the package of
// the adapter and in those that register routes; an interface whose
// runner drops the error has no adapter, and nothing is judged.
func TestInterfaceAdapters(t *testing.T) {
	dir := testdataDir(t)
	analysistest.Run(t, dir, allRules(errcontract.Analyzers()[0]), "ifaceadapter/...")
}

// TestStatusHandlers covers handlers that return the status they answer
// with, func(w, r, d) (int, error), written by their adapter after the
// call (filebrowser's handle): each return is judged through what the
// adapter writes, for functions passed to the adapter, to middleware of
// the handler type, returned as it, and registered from another package;
// an adapter that keeps the contract is silent, and a runner that never
// writes the number it gets is no adapter.
func TestStatusHandlers(t *testing.T) {
	dir := testdataDir(t)
	analysistest.Run(t, dir, allRules(errcontract.Analyzers()[0]), "statushandler/...")
}

// TestTypeAdapters covers an adapter of func(w, r) error handlers that
// answers in its own code, with no funnel to call, and a handler type
// whose one adapter is a function: what middleware of the type returns is
// judged through it.
func TestTypeAdapters(t *testing.T) {
	dir := testdataDir(t)
	analysistest.Run(t, dir, allRules(errcontract.Analyzers()[0]), "typeadapter")
}

// TestDispatchers covers a project's own router, route(w, r, v) error,
// whose caller funnels its error (point 4 of issue 10): the handlers it
// returns, directly or through middleware of the same shape, are judged
// at their returns, once; a funnel that keeps the contract is silent.
func TestDispatchers(t *testing.T) {
	dir := testdataDir(t)
	analysistest.Run(t, dir, allRules(errcontract.Analyzers()[0]), "dispatcher")
}

// TestConfiguredValidations: C4 is not judged on a configured error type
// that has no validations key; it is on a type found by its message key.
func TestConfiguredValidations(t *testing.T) {
	cfg := config.Default()
	cfg.ErrorTypes = config.StringList{"regression/configuredvalidations.HTTPError"}
	analysistest.Run(t, testdataDir(t), allRules(errcontract.New(cfg)[0]), "regression/configuredvalidations")
}

// TestServeMux covers net/http's ServeMux answers (404 and 405 as text),
// reported at NewServeMux when every pattern is known.
func TestServeMux(t *testing.T) {
	dir := testdataDir(t)
	analysistest.Run(t, dir, allRules(errcontract.Analyzers()[0]), "servemux")
}

// TestServeMuxWire reads the answers the servemux rule describes off the
// wire: a path no pattern matches, a method the path's patterns lack, and
// a GET-only catch-all.
func TestServeMuxWire(t *testing.T) {
	ok := func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) }
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/items", ok)
	getRoot := http.NewServeMux()
	getRoot.HandleFunc("GET /", ok)
	for _, c := range []struct {
		h            http.Handler
		method, path string
		status       int
		body         string
	}{
		{mux, "GET", "/nope", 404, "404 page not found\n"},
		{mux, "DELETE", "/v1/items", 405, "Method Not Allowed\n"},
		{getRoot, "POST", "/anything", 405, "Method Not Allowed\n"},
		{getRoot, "GET", "/anything", 204, ""},
	} {
		rec := httptest.NewRecorder()
		c.h.ServeHTTP(rec, httptest.NewRequest(c.method, c.path, nil))
		res := rec.Result()
		if res.StatusCode != c.status || rec.Body.String() != c.body {
			t.Errorf("%s %s: %d %q, want %d %q", c.method, c.path, res.StatusCode, rec.Body.String(), c.status, c.body)
		}
		if c.status >= 400 && !strings.HasPrefix(res.Header.Get("Content-Type"), "text/plain") {
			t.Errorf("%s %s: Content-Type %q", c.method, c.path, res.Header.Get("Content-Type"))
		}
	}
}

// TestRecursiveHelper checks the fixpoint for a helper that calls itself:
// its fact exists and its callers are judged through it.
func TestRecursiveHelper(t *testing.T) {
	dir := testdataDir(t)
	as := errcontract.Analyzers()
	analysistest.Run(t, dir, allRules(as[0]), "regression/recursivehelper")
}

// TestPooledCompressor covers a builder whose interface-typed body is
// sent by a type switch, through pooled gzip writers Reset onto the
// writer, with bodies from functions that return encoded JSON (facts of
// a package that does not import net/http).
func TestPooledCompressor(t *testing.T) {
	dir := testdataDir(t)
	as := errcontract.Analyzers()
	analysistest.Run(t, dir, as[0], "regression/pooledcompressor/errjson")
	analysistest.RunWithSuggestedFixes(t, dir, allRules(as[0]), "regression/pooledcompressor")
}
