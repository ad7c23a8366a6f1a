package difftest

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/errcontract/errcontract/internal/testbin"
)

// The rules a framework's default path can break; B1 and the G rules are
// judged on net/http handlers (TestDifferential).
var fwJudged = []string{"C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8"}

func checkFrameworks(t testing.TB, seed uint64, n int) result {
	hs := GenerateFrameworks(seed, n)
	dir := t.TempDir()
	// The real modules, at the versions the framework tests use.
	mod, err := os.ReadFile(filepath.Join(testbin.Repo, "testdata", "frameworks", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	sum, err := os.ReadFile(filepath.Join(testbin.Repo, "testdata", "frameworks", "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	mod = regexp.MustCompile(`(?m)^module .*$`).ReplaceAll(mod, []byte("module gen"))
	files := map[string]string{
		"go.mod":      string(mod),
		"go.sum":      string(sum),
		"handlers.go": FwSource(hs),
		"main.go":     FwMain(hs),
	}
	var names []string
	for _, h := range hs {
		names = append(names, h.Name)
	}
	return compare(t, seed, dir, files, names, fwJudged)
}

// TestDifferentialFrameworks: echo v4 and v5, gin and go-chi/render
// handlers answering through the frameworks' default paths, served by the
// real modules; the static verdict must agree with the wire on every
// contract rule.
func TestDifferentialFrameworks(t *testing.T) {
	if testing.Short() {
		t.Skip("runs generated servers")
	}
	total := result{byRule: map[string]int{}}
	for _, seed := range []uint64{1, 2} {
		r := checkFrameworks(t, seed, 80)
		total.agree += r.agree
		total.falseAlarms += r.falseAlarms
		total.misses += r.misses
		total.violations += r.violations
		for k, v := range r.byRule {
			total.byRule[k] += v
		}
		for _, d := range r.details {
			t.Errorf("seed %d: %s", seed, d)
		}
	}
	n := total.agree + total.falseAlarms + total.misses
	t.Logf("%d handler×rule verdicts (%d violations on the wire): %d agree (%.1f%%), %d false alarms, %d misses",
		n, total.violations, total.agree, 100*float64(total.agree)/float64(n), total.falseAlarms, total.misses)
	t.Logf("violations on the wire by rule: %v", total.byRule)
	for _, r := range fwJudged {
		if r != "C4" && total.byRule[r] == 0 {
			t.Errorf("no %s violation on the wire: the generator no longer exercises it", r)
		}
	}
}

// FuzzDifferentialFrameworks: go test ./internal/difftest -fuzz FuzzDifferentialFrameworks
func FuzzDifferentialFrameworks(f *testing.F) {
	f.Add(uint64(7))
	f.Fuzz(func(t *testing.T, seed uint64) {
		r := checkFrameworks(t, seed, 40)
		for _, d := range r.details {
			t.Errorf("%s", d)
		}
	})
}
