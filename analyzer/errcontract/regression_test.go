package errcontract_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcontract/errcontract/analyzer/errcontract"
)

// TestRegressions runs testdata/src/regression/...: one package per false
// alarm or miss found on real code, named after what it reproduces.
func TestRegressions(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, allRules(errcontract.Analyzers()[0]), "regression/...")
}

// TestHandlerShapes covers methods, method values, factories, generics,
// promoted methods, aliases and a look-alike non-ResponseWriter type.
func TestHandlerShapes(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, allRules(errcontract.Analyzers()[0]), "handlershapes")
}
