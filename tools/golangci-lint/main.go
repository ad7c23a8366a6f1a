// Command golangci-lint is golangci-lint v2 with errcontract built in as a
// module plugin.
//
// It is what `golangci-lint custom` would build, built from the Go module
// proxy alone (custom clones golangci-lint from its git repository):
//
//	cd tools/golangci-lint && go build -o ../../bin/golangci-lint .
//
// Enable the linter in .golangci.yml under linters.settings.custom.errcontract
// with type: module (see README.md, "golangci-lint").
package main

import (
	"fmt"
	"os"
	"runtime/debug"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	_ "github.com/errcontract/errcontract/plugin"
)

func main() {
	// Version "(devel)" makes golangci-lint salt its result cache with the
	// hash of this binary rather than with a version string, so that a
	// rebuilt errcontract never gets results cached by the previous build.
	info := commands.BuildInfo{Version: "(devel)", Commit: "errcontract", Date: "(unknown)", GoVersion: "unknown"}
	if bi, ok := debug.ReadBuildInfo(); ok {
		info.GoVersion = bi.GoVersion
		for _, dep := range bi.Deps {
			if dep.Path == "github.com/golangci/golangci-lint/v2" {
				info.Commit = "golangci-lint " + dep.Version + " + errcontract"
			}
		}
	}
	if err := commands.Execute(info); err != nil {
		_, _ = fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}
