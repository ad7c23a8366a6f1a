#!/usr/bin/env bash
# End-to-end checks of errcontract under each driver: go vet, the standalone
# command (-json, -sarif validated against the SARIF 2.1.0 schema),
# golangci-lint (module plugin: findings, --fix, bad settings, this repo's
# .golangci.yml) and gopls (LSP diagnostics and quick fix).
#
#   bash .ci/drivers.sh
#
# Binaries go to $ERRCONTRACT_BIN (default: bin/ at the repo root, ignored
# by git). ERRCONTRACT_SKIP_GOPLS=1 skips the gopls build and test (they
# fetch the go1.27 toolchain from the module proxy); ERRCONTRACT_SKIP_SARIF_SCHEMA=1
# skips the schema validation (it installs two npm packages). Exits non-zero
# on the first failed check.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
bin="${ERRCONTRACT_BIN:-$repo/bin}"
mkdir -p "$bin"
tmp="$(mktemp -d)"
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
td="$repo/testdata/golangci"

step_start=0
step() { step_start=$(date +%s); echo; echo "=== $*"; }
done_step() { echo "--- ok ($(( $(date +%s) - step_start ))s)"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
# expect_rc WANT CMD...: runs CMD, output to $tmp/out, checks the exit code.
expect_rc() {
	local want="$1"; shift
	set +e
	"$@" >"$tmp/out" 2>&1
	local rc=$?
	set -e
	if [ "$rc" -ne "$want" ]; then
		cat "$tmp/out" >&2
		fail "$* exited $rc, want $want"
	fi
}
# has PATTERN: $tmp/out matches the fixed string PATTERN.
has() { grep -qF -- "$1" "$tmp/out" || { cat "$tmp/out" >&2; fail "output lacks: $1"; }; }
hasnt() { ! grep -qF -- "$1" "$tmp/out" || { cat "$tmp/out" >&2; fail "output has: $1"; }; }
# count N PATTERN: PATTERN occurs on exactly N lines.
count() { local n; n=$(grep -cF -- "$2" "$tmp/out" || true); [ "$n" -eq "$1" ] || { cat "$tmp/out" >&2; fail "want $1 lines with '$2', got $n"; }; }

go version

# ---------------------------------------------------------------- go vet
step "build errcontract"
(cd "$repo" && go build -o "$bin/errcontract" ./cmd/errcontract)
done_step

step "go vet -vettool: findings, config file, flag over file, suppression"
cd "$td"
expect_rc 1 go vet -vettool="$bin/errcontract" ./...
has 'handlers.go:18:2: http.Error sends 404 as text/plain'
has 'handlers.go:23:2: 403 JSON error body is sent without Content-Type'
has 'Basic realm="cmix"'                      # defaults in the root package
has 'admin/admin.go:16:2: w.WriteHeader(401) sends 401 without WWW-Authenticate: the contract requires the challenge Bearer realm="admin"' # admin/.errcontract.json
count 1 'unused //errcontract:ignore C1'       # reported once, not per analyzer
hasnt 'StatusGone'
hasnt '404 as text/plain: the contract requires the Error object as application/json on 410'
expect_rc 1 go vet -vettool="$bin/errcontract" -errcontract.realm=vet ./admin
has 'Bearer realm="vet"'                      # the flag wins over the file's realm, the file's scheme stays
done_step

step "go vet -vettool: a bad .errcontract.json is an error naming the key"
cp -R "$td" "$tmp/badfile"
echo '{"realm": "x", "disabel": ["C2"]}' >"$tmp/badfile/.errcontract.json"
cd "$tmp/badfile"
expect_rc 1 go vet -vettool="$bin/errcontract" .
has 'unknown key "disabel"'
has "$tmp/badfile/.errcontract.json"
# go vet caches results; the tool ID hashes the config files, so an edit is seen.
echo '{"realm": "edited"}' >"$tmp/badfile/.errcontract.json"
expect_rc 1 go vet -vettool="$bin/errcontract" .
has 'Basic realm="edited"'
hasnt 'disabel'
done_step

# ------------------------------------------------------------ standalone
step "standalone: text, -json, exit codes"
cd "$td"
expect_rc 3 "$bin/errcontract" ./...
has '(C7)'
expect_rc 0 "$bin/errcontract" -json ./...
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["example.com/golangcitest"]["errbody"], d' "$tmp/out" \
	|| fail "-json output is not the expected JSON"
done_step

step "standalone: -sarif, validated against the SARIF 2.1.0 schema"
cd "$repo/testdata/example"
set +e; "$bin/errcontract" -sarif ./... >"$tmp/example.sarif" 2>"$tmp/err"; rc=$?; set -e
[ "$rc" -eq 3 ] || { cat "$tmp/err" >&2; fail "-sarif exited $rc, want 3"; }
grep -qF '"ruleId": "C1"' "$tmp/example.sarif" || fail "SARIF lacks C1"
grep -qF '"fixes"' "$tmp/example.sarif" || fail "SARIF lacks fixes"
if [ "${ERRCONTRACT_SKIP_SARIF_SCHEMA:-}" = 1 ]; then
	echo "schema validation skipped (ERRCONTRACT_SKIP_SARIF_SCHEMA=1)"
elif ! command -v node >/dev/null || ! command -v npm >/dev/null; then
	fail "node and npm are needed to validate SARIF against the schema (or set ERRCONTRACT_SKIP_SARIF_SCHEMA=1)"
else
	# The schema ships in @microsoft/jest-sarif (lib/schemas/sarif-2.1.0-rtm.5.json).
	npm install --silent --no-audit --no-fund --prefix "$tmp/npm" @microsoft/jest-sarif@1.0.0-beta.0 ajv@6.12.6 >/dev/null 2>&1 \
		|| fail "npm install of the SARIF schema and ajv failed"
	export ERRCONTRACT_SARIF_SCHEMA="$tmp/npm/node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"
	export NODE_PATH="$tmp/npm/node_modules"
	node "$repo/.ci/sarif-validate.js" "$ERRCONTRACT_SARIF_SCHEMA" "$tmp/example.sarif" || fail "SARIF is not valid"
	(cd "$repo" && go test -count=1 -run 'SARIF' ./cmd/errcontract/) || fail "SARIF tests"
fi
done_step

# --------------------------------------------------------- golangci-lint
step "build golangci-lint v2 with the errcontract module plugin"
(cd "$repo/tools/golangci-lint" && go build -o "$bin/golangci-lint" .)
"$bin/golangci-lint" version
done_step

step "golangci-lint run: findings, settings over .errcontract.json, suppression"
cd "$td"
expect_rc 1 "$bin/golangci-lint" run ./...
has 'handlers.go:18:2: errbody: http.Error sends 404 as text/plain'
has 'handlers.go:23:2: errbody: 403 JSON error body is sent without Content-Type'
has 'handlers.go:30:2: errheaders: w.WriteHeader(401) sends 401 without WWW-Authenticate: the contract requires the challenge Basic realm="shop"'
# admin/.errcontract.json says Bearer and realm "admin"; .golangci.yml's realm wins.
has 'admin/admin.go:16:2: errheaders: w.WriteHeader(401) sends 401 without WWW-Authenticate: the contract requires the challenge Bearer realm="shop"'
has 'handlers.go:41:38: unused //errcontract:ignore C1'
count 1 'unused //errcontract:ignore C1'
hasnt 'StatusGone'
has '(errcontract)'
done_step

step "golangci-lint run --fix"
cp -R "$td" "$tmp/fix"
cd "$tmp/fix"
expect_rc 1 "$bin/golangci-lint" run --fix ./...
grep -qF 'json.NewEncoder(w).Encode(Error{ErrorMessage: "no such item"})' handlers.go || fail "C2 fix not applied"
grep -qF 'w.Header().Set("WWW-Authenticate", `Basic realm="shop"`)' handlers.go || fail "C7 fix not applied"
grep -qF '//errcontract:ignore C1' handlers.go && fail "unused directive not removed"
grep -qF '//errcontract:ignore C2 the legacy client parses this text' handlers.go || fail "used directive removed"
gofmt -l . | grep . && fail "fixed files are not gofmt-formatted"
expect_rc 0 go build ./...
expect_rc 0 "$bin/golangci-lint" run ./...
has '0 issues.'
done_step

step "golangci-lint: wrong settings fail with a clear message"
cd "$td"
expect_rc 3 "$bin/golangci-lint" run -c bad/realm.yml ./...
has 'errcontract settings (linters.settings.custom.errcontract.settings): realm: want a string, got number 3'
expect_rc 3 "$bin/golangci-lint" run -c bad/rule.yml ./...
has 'disable: unknown rule "X9"'
expect_rc 3 "$bin/golangci-lint" run -c bad/key.yml ./...
has 'unknown key "relm"'
done_step

step "golangci-lint on this repository with its .golangci.yml"
cd "$repo"
expect_rc 0 "$bin/golangci-lint" run ./...
has '0 issues.'
done_step

# ------------------------------------------------------------------ gopls
if [ "${ERRCONTRACT_SKIP_GOPLS:-}" = 1 ]; then
	echo; echo "=== gopls skipped (ERRCONTRACT_SKIP_GOPLS=1)"
else
	step "build gopls v0.24.0 with errcontract's analyzers (go1.27 toolchain)"
	"$repo/tools/gopls/build.sh" "$bin/gopls"
	done_step

	step "gopls over LSP: diagnostics from .errcontract.json, quick fix"
	(cd "$repo/tools/gopls" && ERRCONTRACT_GOPLS="$bin/gopls" GOTOOLCHAIN=go1.27.4 go test -count=1 -v ./...) >"$tmp/out" 2>&1 \
		|| { cat "$tmp/out" >&2; fail "gopls LSP test"; }
	has '--- PASS: TestGoplsDiagnosticsAndQuickFix'
	grep -E 'diagnostic|code action' "$tmp/out" || true
	done_step
fi

echo
echo "drivers: all checks passed"
