package errcontract_test

import (
	"go/types"
	"path/filepath"
	"runtime"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/errcontract/errcontract/analyzer/errcontract"
)

// TestNoGrowthAcrossLoads runs one set of analyzers, as a long-lived driver
// (gopls) does, over fresh loads of the same packages, and checks that the
// live heap does not grow with the number of loads: nothing the analyzers
// keep may hold on to a load's packages. A control analyzer that keeps
// every *types.Package it sees (the shape of the cache errcontract once
// had) shows the growth that a leak of that kind produces; errcontract must
// stay far below it.
func TestNoGrowthAcrossLoads(t *testing.T) {
	if testing.Short() {
		t.Skip("loads net/http and its dependencies several times")
	}
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "example"))
	if err != nil {
		t.Fatal(err)
	}
	const loads = 5
	heaps := func(as []*analysis.Analyzer) []uint64 {
		var out []uint64
		for range loads {
			pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: dir}, "./...")
			if err != nil {
				t.Fatal(err)
			}
			if _, err := checker.Analyze(as, pkgs, nil); err != nil {
				t.Fatal(err)
			}
			runtime.GC()
			runtime.GC()
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			out = append(out, m.HeapAlloc)
		}
		return out
	}
	// Growth from the second load on: the first warms up what every run shares.
	growth := func(h []uint64) int64 { return int64(h[len(h)-1]) - int64(h[1]) }

	kept := map[*types.Package]bool{}
	leaky := &analysis.Analyzer{
		Name: "leaky",
		Doc:  "keeps every package it sees (test control)",
		Run: func(pass *analysis.Pass) (any, error) {
			kept[pass.Pkg] = true
			for _, imp := range pass.Pkg.Imports() {
				kept[imp] = true
			}
			return nil, nil
		},
	}
	control := growth(heaps([]*analysis.Analyzer{leaky}))
	clear(kept)
	ours := growth(heaps(errcontract.Analyzers()))
	t.Logf("live heap growth over %d loads: errcontract %+d KiB, a package-keeping control %+d KiB", loads-2, ours/1024, control/1024)
	if control < 4<<20 {
		t.Fatalf("the control grew by only %d KiB: the measurement cannot tell a leak", control/1024)
	}
	if ours > control/5 {
		t.Errorf("errcontract's live heap grew by %d KiB over %d loads (control: %d KiB): something keeps old packages alive",
			ours/1024, loads-2, control/1024)
	}
}
