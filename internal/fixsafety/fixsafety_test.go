// Package fixsafety applies every suggested fix errcontract offers on the
// testdata, then checks that the fixed code builds, that the fixed
// diagnostics are gone and no new ones appear, and that fixing again
// changes nothing.
package fixsafety

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/errcontract/errcontract/internal/testbin"
)

// fix applies every fix.
func fix(t *testing.T, bin, dir string, env []string, patterns ...string) {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"-fix"}, patterns...)...)
	cmd.Dir, cmd.Env = dir, append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() == 1) {
		t.Fatalf("%s -fix in %s: %v\n%s", bin, dir, err, out)
	}
}

// diag is what -json prints for one diagnostic.
type diag struct {
	Category string `json:"category"`
	Posn     string `json:"posn"`
	Message  string `json:"message"`
	Fixes    []any  `json:"suggested_fixes"`
}

// run runs the checker with args in dir and returns its diagnostics.
func run(t *testing.T, bin, dir string, env []string, args ...string) []diag {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"-json"}, args...)...)
	cmd.Dir, cmd.Env = dir, append(os.Environ(), env...)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %v in %s: %v\n%s", bin, args, dir, err, out)
	}
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal(out, &tree); err != nil {
		t.Fatalf("parsing -json output: %v\n%s", err, out)
	}
	var ds []diag
	for _, byAnalyzer := range tree {
		for _, raw := range byAnalyzer {
			var list []diag
			if json.Unmarshal(raw, &list) == nil { // an {"error": ...} object is not a list
				ds = append(ds, list...)
			} else {
				t.Fatalf("analysis error: %s", raw)
			}
		}
	}
	return ds
}

func messages(ds []diag, withFix bool) map[string]int {
	m := map[string]int{}
	for _, d := range ds {
		if withFix && len(d.Fixes) == 0 {
			continue
		}
		// A fix above a place a message names moves its line.
		m[placeLine.ReplaceAllString(d.Message, "$1]")]++
	}
	return m
}

// placeLine matches the line of a place a message names: "at file.go:12]".
var placeLine = regexp.MustCompile(`( at \S+\.go):\d+\]`)

func snapshot(t *testing.T, dir string) map[string]string {
	files := map[string]string{}
	filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() && strings.HasSuffix(p, ".go") {
			b, _ := os.ReadFile(p)
			files[p] = string(b)
		}
		return nil
	})
	return files
}

func copyTree(t *testing.T, from, to string) {
	t.Helper()
	if out, err := exec.Command("cp", "-r", from, to).CombinedOutput(); err != nil {
		t.Fatalf("cp: %v\n%s", err, out)
	}
	// Goldens are expected outputs, not code to check.
	filepath.WalkDir(to, func(p string, e os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".golden") {
			os.Remove(p)
		}
		return nil
	})
}

func TestFixSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the checker and the testdata")
	}
	tmp := t.TempDir()
	bin, err := testbin.Build(tmp)
	if err != nil {
		t.Fatal(err)
	}
	repo := testbin.Repo

	type target struct {
		name, dir string // dir: what to run the checker and the build in
		env       []string
		patterns  []string
	}
	var targets []target
	// GOPATH-mode rule packages.
	gopath := filepath.Join(tmp, "gopath")
	os.MkdirAll(filepath.Join(gopath, "src"), 0o755)
	copyTree(t, filepath.Join(repo, "testdata", "src", "rule"), filepath.Join(gopath, "src", "rule"))
	targets = append(targets, target{"rule", gopath, []string{"GOPATH=" + gopath, "GO111MODULE=off"}, []string{"rule/..."}})
	// Modules.
	for _, m := range []string{"example", "frameworks"} {
		copyTree(t, filepath.Join(repo, "testdata", m), filepath.Join(tmp, m))
		targets = append(targets, target{m, filepath.Join(tmp, m), nil, []string{"./..."}})
	}

	for _, tg := range targets {
		t.Run(tg.name, func(t *testing.T) {
			before := run(t, bin, tg.dir, tg.env, tg.patterns...)
			fixed := messages(before, true)
			if len(fixed) == 0 {
				t.Fatalf("no fix offered: the test would prove nothing")
			}
			fix(t, bin, tg.dir, tg.env, tg.patterns...)

			// The fixed code builds and vets.
			vet := exec.Command("go", append([]string{"vet"}, tg.patterns...)...)
			vet.Dir, vet.Env = tg.dir, append(os.Environ(), tg.env...)
			if out, err := vet.CombinedOutput(); err != nil {
				t.Fatalf("fixed code does not build: %v\n%s", err, out)
			}

			after := run(t, bin, tg.dir, tg.env, tg.patterns...)
			was, now := messages(before, false), messages(after, false)
			for msg, n := range now {
				if n > was[msg]-fixed[msg] {
					t.Errorf("after the fixes, %d × %q (before: %d, fixed: %d)", n, msg, was[msg], fixed[msg])
				}
			}
			if left := messages(after, true); len(left) > 0 {
				var l []string
				for m := range left {
					l = append(l, m)
				}
				sort.Strings(l)
				t.Errorf("fixes are still offered after fixing: %s", strings.Join(l, "\n"))
			}

			// Fixing again changes nothing.
			snap := snapshot(t, tg.dir)
			fix(t, bin, tg.dir, tg.env, tg.patterns...)
			for p, content := range snapshot(t, tg.dir) {
				if !bytes.Equal([]byte(content), []byte(snap[p])) {
					t.Errorf("a second -fix changed %s", p)
				}
			}
		})
	}
}
