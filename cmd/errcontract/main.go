// Command errcontract checks HTTP handlers against the API's error contract.
//
// Run it under go vet:
//
//	go vet -vettool=$(which errcontract) ./...
//
// or on its own, with -fix, -diff and -json:
//
//	errcontract ./...
//
// or to write SARIF 2.1.0 (for code scanning) to stdout:
//
//	errcontract -sarif ./... > errcontract.sarif
//
// or to see which handlers it followed to the wire, and why not the others:
//
//	errcontract -coverage [-json] ./...
package main

import (
	"fmt"
	"os"

	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/errcontract/errcontract/analyzer/errcontract"
)

func main() {
	// go vet's cache must see the config files: see toolid.go.
	if wantsToolID(os.Args[1:]) {
		if err := printToolID(os.Stdout, "."); err != nil {
			fmt.Fprintf(os.Stderr, "errcontract: %v\n", err)
			os.Exit(1)
		}
		return
	}
	as := errcontract.Analyzers()
	// multichecker takes no flags of its own: -sarif is handled here.
	if wantsSARIF(os.Args[1:]) {
		os.Exit(sarifMain(as, os.Args[1:], os.Stdout, os.Stderr))
	}
	if wantsMode(os.Args[1:], "coverage") {
		os.Exit(coverageMain(as, os.Args[1:], os.Stdout, os.Stderr))
	}
	multichecker.Main(as...)
}
