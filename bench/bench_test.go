// Package bench measures errcontract's cost against a no-op analyzer that
// loads the same packages and runs only passes/inspect.
//
//	go test ./bench -run '^$' -bench . -benchmem
//
// The packages (net/http/... of the Go tree, with tests) are loaded once;
// each benchmark iteration runs the analyzers over them with
// golang.org/x/tools/go/analysis/checker, dependencies included.
package bench

import (
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/packages"

	"github.com/errcontract/errcontract/analyzer/errcontract"
)

var (
	loadOnce sync.Once
	loaded   []*packages.Package
	loadErr  error
)

func load(b *testing.B) []*packages.Package {
	loadOnce.Do(func() {
		cfg := &packages.Config{Mode: packages.LoadAllSyntax, Tests: true}
		loaded, loadErr = packages.Load(cfg, "net/http/...")
	})
	if loadErr != nil {
		b.Fatal(loadErr)
	}
	return loaded
}

type noFact struct{}

func (*noFact) AFact() {}

func noop(facts bool) *analysis.Analyzer {
	a := &analysis.Analyzer{Name: "noop", Doc: "inspect only", Requires: []*analysis.Analyzer{inspect.Analyzer},
		Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	if facts {
		a.FactTypes = []analysis.Fact{new(noFact)}
	}
	return a
}

func run(b *testing.B, as []*analysis.Analyzer) {
	pkgs := load(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := checker.Analyze(as, pkgs, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNoop: inspect over the root packages only (no facts, so the
// dependencies are not analysed).
func BenchmarkNoop(b *testing.B) { run(b, []*analysis.Analyzer{noop(false)}) }

// BenchmarkNoopFacts: inspect over the roots and every dependency, the
// work any analyzer with facts makes a driver do.
func BenchmarkNoopFacts(b *testing.B) { run(b, []*analysis.Analyzer{noop(true)}) }

// BenchmarkErrcontract: errcontract's four analyzers.
func BenchmarkErrcontract(b *testing.B) { run(b, errcontract.Analyzers()) }
