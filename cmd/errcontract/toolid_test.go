package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestToolIDHashesConfigFiles: go vet keys its cache on the -V=full line,
// so the line must change when a .errcontract.json of the module changes.
func TestToolIDHashesConfigFiles(t *testing.T) {
	mod := t.TempDir()
	pkg := filepath.Join(mod, "internal", "api")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module m\n"), 0o644)
	id := func() string {
		var b strings.Builder
		if err := printToolID(&b, pkg); err != nil {
			t.Fatal(err)
		}
		line := b.String()
		if !regexp.MustCompile(`^\S+ version devel comments-go-here buildID=[0-9a-f]{64}\n$`).MatchString(line) {
			t.Fatalf("-V=full line %q is not what go vet parses", line)
		}
		return line
	}
	none := id()
	if id() != none {
		t.Fatal("the ID is not stable")
	}
	os.WriteFile(filepath.Join(mod, "internal", ".errcontract.json"), []byte(`{"realm":"a"}`), 0o644)
	a := id()
	os.WriteFile(filepath.Join(mod, "internal", ".errcontract.json"), []byte(`{"realm":"b"}`), 0o644)
	b := id()
	if a == none || b == a {
		t.Errorf("the ID does not follow the config file: %s %s %s", none, a, b)
	}
	if workspaceRoot(pkg) != mod {
		t.Errorf("workspaceRoot(%s) = %s, want %s", pkg, workspaceRoot(pkg), mod)
	}
	if !wantsToolID([]string{"-V=full"}) || wantsToolID([]string{"-V=full", "./..."}) || wantsToolID(nil) {
		t.Errorf("wantsToolID")
	}
}
