// Command errcontract checks HTTP handlers against the API's error contract.
//
// Run it under go vet:
//
//	go vet -vettool=$(which errcontract) ./...
//
// or on its own, with -fix, -diff and -json:
//
//	errcontract ./...
package main

import (
	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/errcontract/errcontract/analyzer/errcontract"
)

func main() { multichecker.Main(errcontract.Analyzers()...) }
