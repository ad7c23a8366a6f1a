package errcontract_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcontract/errcontract/analyzer/errcontract"
)

// ruleOnly reports the diagnostics of one rule, so that each testdata
// package states exactly that rule's findings and fixes.
func ruleOnly(eng *analysis.Analyzer, rule string) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     "rule" + rule,
		Doc:      "report rule " + rule + " only (tests)",
		Requires: []*analysis.Analyzer{eng},
		Run: func(pass *analysis.Pass) (any, error) {
			for _, d := range pass.ResultOf[eng].(*errcontract.Result).Diagnostics {
				if d.Category == rule {
					pass.Report(d)
				}
			}
			return nil, nil
		},
	}
}

// TestRules runs testdata/src/rule/<id> for every rule, with the fixes
// compared to the .golden files.
func TestRules(t *testing.T) {
	dir := testdataDir(t)
	eng := errcontract.Analyzers()[0]
	for _, rule := range []string{"C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "G1", "G2", "G3", "B1"} {
		t.Run(rule, func(t *testing.T) {
			analysistest.RunWithSuggestedFixes(t, dir, ruleOnly(eng, rule), "rule/"+strings.ToLower(rule))
		})
	}
	// The C2 fix calls the package's own error helper when it has one.
	t.Run("C2helper", func(t *testing.T) {
		analysistest.RunWithSuggestedFixes(t, dir, ruleOnly(eng, "C2"), "rule/c2helper")
	})
}

// TestClean: handlers that keep the contract, a generated file and a
// look-alike writer produce no diagnostic of any rule.
func TestClean(t *testing.T) {
	dir := testdataDir(t)
	analysistest.Run(t, dir, allRules(errcontract.Analyzers()[0]), "rule/clean", "rule/generated")
}

// TestHolderFunnel: handlers of a value that holds the writer, whose router
// is out of sight, are judged through the error handler the config file
// names (point 3 of issue 10), and not at all without one.
func TestHolderFunnel(t *testing.T) {
	dir := testdataDir(t)
	analysistest.Run(t, dir, allRules(errcontract.Analyzers()[0]), "holderfunnel", "holderfunnel/unset")
}
