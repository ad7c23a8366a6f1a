#!/usr/bin/env bash
# Builds gopls with errcontract's analyzers added.
#
#   tools/gopls/build.sh [OUTPUT]      (default: bin/gopls at the repo root)
#
# gopls registers its analyzers in an internal package, which no other
# module can import. So this script takes gopls's module from the Go module
# proxy (the version pinned in tools/gopls/go.mod), copies it to a temporary
# directory, drops in ONE file (errcontract_analyzers.go.txt, an init() in
# package settings that appends errcontract's analyzers), points the copy's
# go.mod at this checkout of errcontract, and builds it. Nothing of gopls is
# kept in the repository; the copy is removed afterwards.
#
# gopls v0.24.0 needs Go 1.27: GOTOOLCHAIN (default go1.27.4, fetched from
# the module proxy as golang.org/toolchain) selects it.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="${1:-$repo/bin/gopls}"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
export GOTOOLCHAIN="${GOTOOLCHAIN_GOPLS:-go1.27.4}"
export GOFLAGS="${GOFLAGS:-} -mod=mod"

version="$(cd "$here" && go list -m -f '{{.Version}}' golang.org/x/tools/gopls)"
echo "gopls $version with errcontract ($repo), $(go version)" >&2

src="$(cd "$here" && go mod download -json "golang.org/x/tools/gopls@$version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')"
if [ -z "$src" ] || [ ! -d "$src/internal/settings" ]; then
	echo "build.sh: could not download golang.org/x/tools/gopls@$version" >&2
	exit 1
fi

work="$(mktemp -d)"
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
cp -R "$src" "$work/gopls"
chmod -R u+w "$work/gopls"
cp "$here/errcontract_analyzers.go.txt" "$work/gopls/internal/settings/errcontract_analyzers.go"

cd "$work/gopls"
go mod edit -require=github.com/errcontract/errcontract@v0.0.0 -replace="github.com/errcontract/errcontract=$repo"
go mod tidy >/dev/null 2>&1 || go mod download
mkdir -p "$(dirname "$out")"
go build -trimpath -o "$out" .
echo "built $out" >&2
