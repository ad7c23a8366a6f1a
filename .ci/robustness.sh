#!/usr/bin/env bash
# Robustness: errcontract over a bounded slice of the Go tree must finish
# with no panic and no analysis error (findings are fine: exit 3).
#
#   bash .ci/robustness.sh                 # CI slice: net/... expvar cmd/go/internal/web
#   bash .ci/robustness.sh std cmd/...     # the whole tree (run by hand; see docs/performance.md)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
bin="$(mktemp -d)"
trap 'rm -rf "$bin"' EXIT
(cd "$repo" && go build -o "$bin/errcontract" ./cmd/errcontract)
patterns=("$@")
[ ${#patterns[@]} -gt 0 ] || patterns=(net/... expvar cmd/go/internal/web)
cd "$(go env GOROOT)/src"
start=$(date +%s)
set +e
"$bin/errcontract" -json "${patterns[@]}" >"$bin/out.json" 2>"$bin/err.txt"
rc=$?
set -e
if [ $rc -ne 0 ] && [ $rc -ne 3 ]; then
	tail -30 "$bin/err.txt" >&2
	echo "FAIL: errcontract exited $rc on ${patterns[*]}" >&2
	exit 1
fi
if grep -q '"error"' "$bin/out.json" || grep -qi "panic" "$bin/err.txt"; then
	grep -m5 '"error"' "$bin/out.json" >&2 || true
	tail -30 "$bin/err.txt" >&2
	echo "FAIL: an analysis error or panic on ${patterns[*]}" >&2
	exit 1
fi
n=$(grep -c '"posn"' "$bin/out.json" || true)
echo "robustness: ${patterns[*]}: no panic, no analysis error, $n diagnostics and related positions, $(( $(date +%s) - start ))s"
