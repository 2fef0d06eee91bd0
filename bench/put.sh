#!/usr/bin/env bash
# Compares what a PUT costs in this working tree with what it cost at an earlier commit, by
# default 7a76d31, the last before every write kept a version. Both are built in Release, given a
# fresh import of DISARM v1.7 and loaded in turn, ROUNDS times (3 unless set), with
# `wrk -t2 -c32 -d10s` after a 3-second warm-up, each request a PUT giving technique T0166.003 a
# name of its own. Prints a Markdown table and records it in bench/results/put.md; the cost ratio
# is the earlier build's mean requests/s over this one's.
#
# Usage: bench/put.sh [commit]
set -euo pipefail
shopt -s inherit_errexit

REPOSITORY="$(cd "$(dirname "$0")/.." && pwd)"
WORKBOOKS="$REPOSITORY/../shared/disarm/v1.7"
RESULTS="$REPOSITORY/bench/results/put.md"
BASE="${1:-7a76d31}"
ROUNDS="${ROUNDS:-3}"
export BENCH_KEY="bench-admin-key-not-secret"
PORT=5691

work_dir="$(mktemp -d)"
api_pid=""
cleanup() {
    [[ -n "$api_pid" ]] && kill "$api_pid" 2> /dev/null && wait "$api_pid" 2> /dev/null
    git -C "$REPOSITORY" worktree remove --force "$work_dir/base" > /dev/null 2>&1 || true
    rm -rf "$work_dir"
}
trap cleanup EXIT

die() {
    printf 'bench: %s\n' "$*" >&2
    exit 1
}

command -v wrk > /dev/null || die "wrk is missing: bench/run.sh installs it"
base_commit="$(git -C "$REPOSITORY" rev-parse --short "$BASE^{commit}")" || die "no commit '$BASE'"
git -C "$REPOSITORY" worktree add --detach "$work_dir/base" "$base_commit" > /dev/null 2>&1
for tree in "$REPOSITORY" "$work_dir/base"; do
    printf '==> Building %s in Release\n' "$tree" >&2
    dotnet build -c Release "$tree/src/Taxonomy.Api" -v quiet -nologo > "$work_dir/build.log" 2>&1 \
        || { tail -n 30 "$work_dir/build.log" >&2; die "building $tree failed"; }
done

{
    cat "$REPOSITORY/bench/put.lua"
    cat << 'EOF'
done = function(summary, latency, requests)
    io.write(string.format("BENCH %.1f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status))
end
EOF
} > "$work_dir/put.lua"

# Prints "requests/s p50 p99 non-2xx" for one build on a fresh import. The key is the bench's
# own, never a deployment's.
measure() {
    local dll="$1/src/Taxonomy.Api/bin/Release/net10.0/Taxonomy.Api.dll" url="http://127.0.0.1:$PORT/api/v1/techniques/T0166.003"
    rm -f "$work_dir"/db.sqlite*
    export ConnectionStrings__Taxonomy="Data Source=$work_dir/db.sqlite"
    dotnet "$dll" import "$WORKBOOKS" > "$work_dir/import.log" 2>&1 || die "importing into $1 failed"
    env ASPNETCORE_URLS="http://127.0.0.1:$PORT" ASPNETCORE_ENVIRONMENT=Production Taxonomy__AdminApiKeys__0="$BENCH_KEY" \
        Logging__LogLevel__Default=Warning "Logging__LogLevel__Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware=Warning" \
        dotnet "$dll" > "$work_dir/api.log" 2>&1 &
    api_pid=$!
    local _
    for _ in $(seq 1 120); do
        curl -fsS -o /dev/null "$url" 2> /dev/null && break
        sleep 0.5
    done
    curl -fsS -o /dev/null "$url" || { tail -n 30 "$work_dir/api.log" >&2; die "the API from $1 did not answer $url"; }
    wrk -t2 -c32 -d3s -s "$work_dir/put.lua" "$url" > /dev/null
    wrk -t2 -c32 -d10s -s "$work_dir/put.lua" "$url" | sed -n 's/^BENCH //p'
    kill "$api_pid"
    wait "$api_pid" 2> /dev/null || true
    api_pid=""
}

{
    printf '# PUT cost against %s\n\n' "$base_commit"
    # shellcheck disable=SC2016 # the backquotes are Markdown
    printf 'Written by `bench/put.sh` on %s, %s CPUs (%s); this tree at %s.\n\n' "$(date -u '+%Y-%m-%d %H:%M UTC')" "$(nproc)" \
        "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)" "$(git -C "$REPOSITORY" rev-parse --short HEAD)"
    printf '| Build | Round | Requests/s | p50 (ms) | p99 (ms) | Non-2xx |\n| --- | ---: | ---: | ---: | ---: | ---: |\n'
} > "$work_dir/put.md"
declare -A total=()
for round in $(seq 1 "$ROUNDS"); do
    for build in base this; do
        tree="$REPOSITORY"
        [[ "$build" == base ]] && tree="$work_dir/base"
        printf '==> Round %s, %s\n' "$round" "$build" >&2
        # Not in $(...): a failure inside measure must stop the run, and its API must be stopped.
        measure "$tree" > "$work_dir/measured"
        read -r rps p50 p99 non_2xx < "$work_dir/measured"
        total[$build]="$(awk -v a="${total[$build]:-0}" -v b="$rps" 'BEGIN { print a + b }')"
        printf '| %s | %s | %s | %s | %s | %s |\n' "$([[ "$build" == base ]] && printf '%s' "$base_commit" || printf 'this tree')" \
            "$round" "$rps" "$p50" "$p99" "$non_2xx" >> "$work_dir/put.md"
    done
done
printf '\nCost of a PUT here relative to %s (its mean requests/s over this one'"'"'s): %s.\n' "$base_commit" \
    "$(awk -v a="${total[base]}" -v b="${total[this]}" 'BEGIN { printf "%.2f", a / b }')" >> "$work_dir/put.md"
cp "$work_dir/put.md" "$RESULTS"
cat "$RESULTS"
