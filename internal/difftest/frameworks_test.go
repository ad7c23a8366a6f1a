package difftest

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
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
	// No 422 without failedValidations is guaranteed per seed: C4 is
	// judged but not required.
	runSeeds(t, []uint64{1, 2}, func(seed uint64) result { return checkFrameworks(t, seed, 80) }, slices.DeleteFunc(slices.Clone(fwJudged), func(r string) bool { return r == "C4" }))
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
