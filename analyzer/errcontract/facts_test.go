package errcontract_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcontract/errcontract/analyzer/errcontract"
)

// TestFactsAcrossPackages checks the facts factsapi exports (helpers,
// error values, the funnel, the adapter) and that factsweb is judged at
// its own calls and returns through them.
func TestFactsAcrossPackages(t *testing.T) {
	dir := testdataDir(t)
	as := errcontract.Analyzers()
	analysistest.Run(t, dir, as[0], "factsapi")
	analysistest.Run(t, dir, allRules(as[0]), "factsweb")
}

// testdataDir is the repository's testdata, the GOPATH of the
// analysistest packages.
func testdataDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// allRules reports what every rule analyzer would, so that one package's
// `// want` comments can name rules of several analyzers.
func allRules(eng *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     "allrules",
		Doc:      "report every errcontract rule (tests only)",
		Requires: []*analysis.Analyzer{eng},
		Run: func(pass *analysis.Pass) (any, error) {
			res := pass.ResultOf[eng].(*errcontract.Result)
			for _, d := range res.Diagnostics {
				pass.Report(d)
			}
			for _, d := range res.Directives {
				pass.Report(d)
			}
			return nil, nil
		},
	}
}

// TestRegistrySinks covers error codes registered with a descriptor that
// carries the status, a funnel that sends a list of errors with the
// status of the first one's code, and handlers that collect errors in a
// field the dispatcher of another package sends once they return (point
// 4 of issue 10).
func TestRegistrySinks(t *testing.T) {
	dir := testdataDir(t)
	as := errcontract.Analyzers()
	analysistest.Run(t, dir, as[0], "registrysinks/codes", "registrysinks/dispatch")
	analysistest.Run(t, dir, allRules(as[0]), "registrysinks")
}
