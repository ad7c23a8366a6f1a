// This module pins the gopls version that build.sh extends with
// errcontract's analyzers, and holds the LSP end-to-end test. It imports
// no gopls code: see build.sh.
module github.com/errcontract/errcontract/tools/gopls

go 1.27.0

toolchain go1.27.4

require golang.org/x/tools/gopls v0.24.0

replace github.com/errcontract/errcontract => ../..
