// Command noop is the baseline for errcontract's cost: a vet tool and
// standalone checker that loads the packages errcontract loads and runs
// only passes/inspect.
//
// With NOOP_FACTS=1 its analyzer declares a fact type, as errcontract's
// engine does: drivers then load and analyse every dependency from source
// too, which is the loading errcontract pays for its cross-package facts.
package main

import (
	"os"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"
	"golang.org/x/tools/go/analysis/passes/inspect"
)

type fact struct{}

func (*fact) AFact() {}

func main() {
	a := &analysis.Analyzer{
		Name:     "noop",
		Doc:      "run passes/inspect and nothing else",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		Run:      func(*analysis.Pass) (any, error) { return nil, nil },
	}
	if os.Getenv("NOOP_FACTS") == "1" {
		a.FactTypes = []analysis.Fact{new(fact)}
	}
	multichecker.Main(a)
}
