package errcontract_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcontract/errcontract/analyzer/errcontract"
)

// TestFrameworks runs the rules over handlers written with the real gin,
// echo v4/v5, fiber v2, chi with go-chi/render, gorilla/mux,
// gorilla/websocket, gorilla/handlers, x/crypto's autocert and
// github.com/pkg/errors modules,
// pinned in testdata/frameworks/go.mod and fetched from the module proxy.
func TestFrameworks(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "frameworks"))
	if err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("go", "-C", dir, "mod", "download").CombinedOutput(); err != nil {
		t.Fatalf("downloading the framework modules: %v\n%s", err, out)
	}
	as := errcontract.Analyzers()
	for _, pkg := range []string{"gin", "ginabort", "ginaborterrors", "ginabortimported", "echov4", "echov5", "fiber", "chirender", "gorilla", "echomessagekey", "echocustom", "chirouter", "chirouterok", "chirenderer", "chirespond", "echoapphandler", "echoapphandlerok", "echoelsewhere", "echoconfigured", "fiberapphandler", "pkgerrorsas", "gorillaws", "libhandlers", "echobind", "fibercommon", "fiberconfigured", "ginroutes/...", "ginlogerrors", "gindefault", "echoregistered/...", "gorillasessions", "errchainapp", "errchainapp/ctrl", "errchainapp/ok", "errchainapp/two", "errchainapp/branchy", "echoanymessage", "echoanymessage/switched", "chirenderctx", "chirouterheld", "chirouterheld/catchall", "chirouterheld/anymethod", "chirouterheld/group", "chirouterheld/wrapped", "chirouterheld/handedout", "chirouterheld/wrapper/...", "gorillarouter", "gorillarouterok", "gorillarouterok/spa", "ginrouter", "ginrouter/ok", "routerfactory/...", "echorouter/...", "fiberrouter/...", "routerargs/...", "echoembedded/...", "ginembedded"} {
		t.Run(pkg, func(t *testing.T) {
			fixesWhereGolden(t, analysistest.RunWithSuggestedFixes(t, dir, allRules(as[0]), "./"+pkg))
		})
	}
}

// fixesWhereGolden fails for a file whose .golden differs from it but
// that got no fix: analysistest compares goldens only where fixes are
// offered, so a fix that is no longer offered would pass unseen.
func fixesWhereGolden(t *testing.T, results []*analysistest.Result) {
	t.Helper()
	for _, r := range results {
		fixed := map[string]bool{}
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) > 0 {
				fixed[r.Pass.Fset.File(d.Pos).Name()] = true
			}
		}
		for _, f := range r.Pass.Files {
			name := r.Pass.Fset.File(f.Pos()).Name()
			golden, err := os.ReadFile(name + ".golden")
			if err != nil {
				continue
			}
			src, err := os.ReadFile(name)
			if err == nil && !bytes.Equal(src, golden) && !fixed[name] {
				t.Errorf("%s: its .golden expects a fix, and none was offered", name)
			}
		}
	}
}

// TestFrameworkWire serves handlers with the real frameworks and checks
// what their default paths send (testdata/frameworks/wire): the models in
// analyzer/framework and the README's framework table rest on it.
func TestFrameworkWire(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "frameworks"))
	if err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("go", "-C", dir, "test", "-count=1", "./wire").CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
}

// TestErrorChainFacts: hay-kot/httpkit's errchain runs handlers through
// the error handler an app installs; a function of its shape is an
// adapter, a constructor of one a maker, and an errors.As predicate a
// predicate (facts the packages that install them read).
func TestErrorChainFacts(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "frameworks"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, errcontract.Analyzers()[0], "./errchainapp/kinds", "./errchainapp/errs")
}
