// Package testbin builds the errcontract command for tests that run it as
// users do (internal/difftest, internal/fixsafety).
package testbin

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
)

// Repo is the repository's root directory.
var Repo = func() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}()

// Build builds cmd/errcontract into dir and returns the binary's path. It
// first reads the checker's sources, so that go test's cache, which does
// not see the build, notices when they change.
func Build(dir string) (string, error) {
	for _, d := range []string{"analyzer", "cmd", "testdata"} {
		filepath.WalkDir(filepath.Join(Repo, d), func(p string, e os.DirEntry, err error) error {
			if err == nil && !e.IsDir() && (strings.HasSuffix(p, ".go") || strings.HasSuffix(p, ".golden")) {
				os.ReadFile(p)
			}
			return nil
		})
	}
	bin := filepath.Join(dir, "errcontract")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/errcontract")
	cmd.Dir = Repo
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("building errcontract: %v\n%s", err, out)
	}
	return bin, nil
}
