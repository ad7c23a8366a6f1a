package main

// go vet caches each package's results under a key made of the sources, the
// flags and the tool's ID, which it asks for with -V=full. It knows nothing
// of .errcontract.json, so an edited config file would leave stale results
// in the cache. errcontract therefore answers -V=full itself, with an ID
// that hashes the executable together with every .errcontract.json of the
// module (or go.work workspace) that go vet runs in.

import (
	"crypto/sha256"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/errcontract/errcontract/analyzer/config"
)

// wantsToolID reports whether go vet asks for the tool ID.
func wantsToolID(args []string) bool {
	return len(args) == 1 && (args[0] == "-V=full" || args[0] == "--V=full")
}

// printToolID writes the line go vet parses: "NAME version devel ... buildID=HEX".
func printToolID(w io.Writer, dir string) error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	h := sha256.New()
	f, err := os.Open(exe)
	if err != nil {
		return err
	}
	_, err = io.Copy(h, f)
	f.Close()
	if err != nil {
		return err
	}
	hashConfigFiles(h, workspaceRoot(dir))
	_, err = fmt.Fprintf(w, "%s version devel comments-go-here buildID=%02x\n", exe, h.Sum(nil))
	return err
}

// workspaceRoot is the directory of the go.work above dir, else of the
// go.mod, else dir itself.
func workspaceRoot(dir string) string {
	dir, _ = filepath.Abs(dir)
	for _, marker := range []string{"go.work", "go.mod"} {
		for d := dir; ; {
			if _, err := os.Stat(filepath.Join(d, marker)); err == nil {
				return d
			}
			parent := filepath.Dir(d)
			if parent == d {
				break
			}
			d = parent
		}
	}
	return dir
}

// hashConfigFiles adds the name and content of each config file under root.
func hashConfigFiles(h io.Writer, root string) {
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if path != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "node_modules") {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Name() == config.FileName {
			if b, err := os.ReadFile(path); err == nil {
				fmt.Fprintf(h, "%s %d\n", path, len(b))
				h.Write(b)
			}
		}
		return nil
	})
}
