package errcontract_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcontract/errcontract/analyzer/config"
	"github.com/errcontract/errcontract/analyzer/errcontract"
)

func testdata(t *testing.T) string {
	dir := testdataDir(t)
	return dir
}

// TestSuppress checks //errcontract:ignore: on the line, on the line
// above, in a doc comment; and the reports about directives (no reason,
// unknown rule, unused), each made once, by the engine.
func TestSuppress(t *testing.T) {
	as := errcontract.Analyzers()
	analysistest.Run(t, testdata(t), allRules(as[0]), "suppress")
}

// TestSuppressOnce checks that the rule analyzers do not repeat the
// directive reports: under errbody alone only errbody's rules show, and the
// directive problems come from the engine analyzer, once.
func TestSuppressOnce(t *testing.T) {
	as := errcontract.Analyzers()
	for _, a := range as[1:] {
		results := analysistest.Run(&noopT{}, testdata(t), a, "suppress")
		for _, r := range results {
			for _, d := range r.Diagnostics {
				if d.Category == "directive" {
					t.Errorf("%s reported a directive problem: %s", a.Name, d.Message)
				}
			}
		}
	}
	results := analysistest.Run(&noopT{}, testdata(t), as[0], "suppress")
	n := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if d.Category != "directive" {
				t.Errorf("engine reported a rule: %s", d.Message)
			}
			n++
		}
	}
	if n != 7 {
		t.Errorf("engine reported %d directive problems, want 7", n)
	}
}

// TestSuppressDisabled: a directive naming a disabled rule is not unused.
func TestSuppressDisabled(t *testing.T) {
	cfg := config.Default()
	cfg.Disable = config.StringList{"C1"}
	as := errcontract.New(cfg)
	analysistest.Run(t, testdata(t), allRules(as[0]), "suppressdisabled")
}

// noopT collects nothing: the test only looks at the results.
type noopT struct{}

func (*noopT) Errorf(string, ...any) {}

// TestSuppressRemoveUnused applies the fix of each unused directive: the
// line goes when the directive stood alone, else the comment and the
// blanks before it.
func TestSuppressRemoveUnused(t *testing.T) {
	eng := errcontract.Analyzers()[0]
	directives := &analysis.Analyzer{
		Name:     "directives",
		Doc:      "report the engine's directive problems (tests only)",
		Requires: []*analysis.Analyzer{eng},
		Run: func(pass *analysis.Pass) (any, error) {
			for _, d := range pass.ResultOf[eng].(*errcontract.Result).Directives {
				pass.Report(d)
			}
			return nil, nil
		},
	}
	analysistest.RunWithSuggestedFixes(t, testdata(t), directives, "suppressfix")
}
