#!/usr/bin/env bash
# Whole-process cost of errcontract against the no-op baseline
# (bench/noop: same loading, passes/inspect only), side by side in one run.
#
#   bash bench/run.sh            # net/http/... and std, 5 runs each
#   bash bench/run.sh --quick    # net/http/..., 1 run (CI: fails only on a crash)
#
# Prints, per tree and driver, the median wall time and the median peak RSS
# (GNU time's %M) of each tool and their ratio. Findings are not failures:
# the standalone checker exits 3 and go vet exits 1 when it reports some.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
runs=5
trees=("net/http/..." "std")
if [ "${1:-}" = "--quick" ]; then runs=1; trees=("net/http/..."); fi
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
bin="$(mktemp -d)"
trap 'rm -rf "$bin"' EXIT
(cd "$repo" && go build -o "$bin/errcontract" ./cmd/errcontract && go build -o "$bin/noop" ./bench/noop &&
	go build -ldflags=-X=main.warmup=1 -o "$bin/warmup" ./bench/noop)
src="$(go env GOROOT)/src"

# measure NAME ENV CMD...: one run; prints "seconds kilobytes", fails on a crash.
measure() {
	local out="$bin/out" tm="$bin/time"
	set +e
	(cd "$src" && env $1 /usr/bin/time -f "%e %M" -o "$tm" "${@:2}" >"$out" 2>&1)
	local rc=$?
	set -e
	if [ $rc -ne 0 ] && [ $rc -ne 1 ] && [ $rc -ne 3 ] || grep -q "^panic:\|internal error" "$out"; then
		tail -20 "$out" >&2
		echo "FAIL: $* exited $rc" >&2
		exit 1
	fi
	if [ $rc -eq 1 ] && ! grep -q "(C[1-8])\|(G[1-3])\|(B1)" "$out" && grep -q "errcontract\|noop" <<<"$*" && ! grep -q "go vet" <<<"$*"; then
		tail -20 "$out" >&2
		echo "FAIL: $* reported an error" >&2
		exit 1
	fi
	tail -1 "$tm"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

printf "%-14s %-10s %-28s %9s %11s\n" tree driver tool "time (s)" "peak RSS"
for tree in "${trees[@]}"; do
	tree_id=$(echo "$tree" | tr -c 'a-z0-9' _)
	(cd "$src" && GOCACHE="$bin/warm-$tree_id" go vet -vettool="$bin/warmup" $tree >/dev/null 2>&1 || true)
	for driver in standalone vet; do
		declare -A T=() M=()
		for tool in noop noopfacts errcontract; do T[$tool]=""; M[$tool]=""; done
		for ((i = 0; i < runs; i++)); do
			for tool in noop noopfacts errcontract; do
				env="X=1"; exe="$bin/$tool"
				[ $tool = noopfacts ] && { env="NOOP_FACTS=1"; exe="$bin/noop"; }
				if [ $driver = vet ]; then
					# go vet caches each package's result by tool: every run
					# starts from a copy of a cache that holds the compiled
					# packages (warmed with another tool) but no result of this one.
					rm -rf "$bin/cache"; cp -r "$bin/warm-$tree_id" "$bin/cache"
					r=$(measure "$env GOCACHE=$bin/cache" go vet -vettool="$exe" $tree)
				else
					r=$(measure "$env" "$exe" $tree)
				fi
				T[$tool]+="${r% *}"$'\n'; M[$tool]+="${r#* }"$'\n'
			done
		done
		for tool in noop noopfacts errcontract; do
			t=$(printf "%s" "${T[$tool]}" | median); m=$(printf "%s" "${M[$tool]}" | median)
			printf "%-14s %-10s %-28s %9.2f %9d KB\n" "$tree" $driver $tool "$t" "$m"
			eval "t_$tool=$t m_$tool=$m"
		done
		awk -v a="$t_errcontract" -v b="$t_noopfacts" -v c="$m_errcontract" -v d="$m_noopfacts" -v e="$t_noop" -v f="$m_noop" \
			'BEGIN {printf "%-14s %-10s ratio vs same loading (facts): time %.2fx, memory %.2fx; vs roots only: time %.2fx, memory %.2fx\n", "", "", a/b, c/d, a/e, c/f}'
	done
done
