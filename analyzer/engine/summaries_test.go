package engine

import (
	"fmt"
	"go/importer"
	"go/token"
	"go/types"
	"testing"

	"github.com/errcontract/errcontract/analyzer/summary"
)

// TestToFactDropsInterfaceConds: a helper whose paths differ only in
// which interfaces the error implements (supabase's funnel, where
// `e, ok := err.(ErrorCause)` recurses into the funnel) keeps a summary,
// without those conditions, rather than none for having too many paths.
func TestToFactDropsInterfaceConds(t *testing.T) {
	nethttp, err := importer.ForCompiler(token.NewFileSet(), "source", nil).Import("net/http")
	if err != nil {
		t.Fatal(err)
	}
	params := types.NewTuple(
		types.NewVar(token.NoPos, nil, "w", nethttp.Scope().Lookup("ResponseWriter").Type()),
		types.NewVar(token.NoPos, nil, "err", types.Universe.Lookup("error").Type()))
	sig := types.NewSignatureType(nil, nil, nil, params, nil, false)
	fn := &Func{}
	for i := range maxSummaryPaths + 8 {
		// Path i asserts the error to the interfaces of its set bits:
		// no two paths are complements.
		var conds []summary.Cond
		for k := range 6 {
			if i>>k&1 == 1 {
				conds = append(conds, summary.Cond{Param: 2, Op: "==", Type: ifacePrefix + fmt.Sprintf("example.com/p.I%d", k)})
			}
		}
		fn.Paths = append(fn.Paths, &Path{Conds: conds})
	}
	sum := (&Analysis{}).toFact(fn, sig)
	if sum == nil {
		t.Fatalf("%d paths that differ only in interface conditions: no summary", len(fn.Paths))
	}
	if len(sum.Fact.Paths) != 1 || len(sum.Fact.Paths[0].Conds) != 0 {
		t.Errorf("summary %s: want one path with no conditions", sum.Fact)
	}
}
