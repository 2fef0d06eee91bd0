#!/usr/bin/env bash
# Load-tests the API's read endpoints, and a PUT, in a Release build against two reference
# servers on the same machine: nginx serving DISARM's published pages, and a bare Kestrel app
# built with it (bench/Taxonomy.Bench.ReferenceServer) answering with a fixed JSON body. Prints a
# Markdown table and records it, for this data scale, in bench/results/latest.md.
#
# Usage: bench/run.sh [--scale N]
#   --scale N   1 (the default) imports DISARM v1.7 as it is; N > 1 has the tool in
#               bench/Taxonomy.Bench.Synthetic write a data set shaped like it at N times its size.
# BENCH_DURATION, BENCH_WARMUP, BENCH_THREADS and BENCH_CONNECTIONS override wrk's settings
# (10s, 3s, 2, 32); the results file records the ones used.
set -euo pipefail
# Without it a failure inside $(...) would not stop the run.
shopt -s inherit_errexit
# nginx is installed in /usr/sbin, which a non-root PATH often lacks.
PATH="$PATH:/usr/sbin:/sbin"

# The rows to measure, one per line: label | path on the API | reference | minimum ratio of the
# API's requests/s to the reference's ("-" for none) | maximum p99 in ms ("-" for none: the
# notes compare the row with another build) | options.
# Reference: "kestrel" (the fixed JSON body), "nginx" (the same path on nginx, which serves
# DISARM's generated_pages folder), or "-". Option "optional": a 404 reads "n/a (endpoint
# missing)" instead of stopping the run, for endpoints other branches are still building.
# Option "uncached": every request gets a query string of its own (&uncached=<run>-<thread>-<n>), which
# the API ignores but its response cache keys on, so the row measures the work behind the cache
# rather than the cache: wrk asks for one URL, which every row would otherwise answer from memory.
# Option "one-client": one connection instead of BENCH_CONNECTIONS, so that p99 is the time of
# the request's own work rather than of the queue of 31 others ahead of it on two cores.
# Option "put": every request is a PUT giving the object a name of its own, with the bench's admin
# key, so that every request is a real change that keeps a version.
ROWS=(
    "Technique by id|/api/v1/techniques/T0166.003|kestrel|0.6|5|"
    "Technique with all relations|/api/v1/techniques/T0166.003?include=all|kestrel|-|5|"
    "Technique page|/generated_pages/techniques/T0166.003.md|nginx|0.5|5|"
    "Incident page|/generated_pages/incidents/I00251.md|nginx|-|5|"
    "Incident→technique mappings, page 2 of 50|/api/v1/incident-techniques?pageSize=50&page=2|kestrel|-|5|"
    "Red framework page|/generated_pages/disarm_red_framework.md|nginx|-|5|"
    "Red framework grid (JSON)|/api/v1/grids/red|kestrel|-|5|"
    "Full-text search|/api/v1/search?q=deepfake|kestrel|-|20|optional"
    "Technique by id, uncached|/api/v1/techniques/T0166.003|kestrel|-|5|uncached"
    "Technique by id, release=bench|/api/v1/techniques/T0166.003?release=bench|kestrel|-|10|"
    "Technique by id, release=bench, uncached|/api/v1/techniques/T0166.003?release=bench|kestrel|-|10|uncached"
    "Diff of two releases of the same data, uncached, one client|/api/v1/releases/bench/diff/bench-again?pageSize=1000|-|-|1000|uncached one-client"
    "Technique with all relations, uncached|/api/v1/techniques/T0166.003?include=all|kestrel|-|5|uncached"
    "Technique page, uncached|/generated_pages/techniques/T0166.003.md|nginx|-|5|uncached"
    "Incident page, uncached|/generated_pages/incidents/I00251.md|nginx|-|5|uncached"
    "Mappings page 2 by number, uncached|/api/v1/incident-techniques?pageSize=50&page=2|kestrel|-|5|uncached"
    "Mappings page 1,000 by number, uncached|/api/v1/incident-techniques?pageSize=50&page=1000|kestrel|-|5|uncached"
    "Mappings page 1,000 by after=, uncached|/api/v1/incident-techniques?pageSize=50&after=IT00049950|kestrel|-|5|uncached"
    "Full-text search, uncached|/api/v1/search?q=deepfake|kestrel|-|20|uncached"
    "Change feed, page of 200 after 1,000 changes|/api/v1/changes?pageSize=200&after=AQAAAAAAAAPo|kestrel|-|10|"
    "Technique history|/api/v1/techniques/T0166.003/history|kestrel|-|5|"
    "Change feed, first page of 200, uncached|/api/v1/changes?pageSize=200|kestrel|-|10|uncached"
    "Change feed, page of 200 after 1,000 changes, uncached|/api/v1/changes?pageSize=200&after=AQAAAAAAAAPo|kestrel|-|10|uncached"
    "Technique history, uncached|/api/v1/techniques/T0166.003/history|kestrel|-|5|uncached"
    "Change feed, page of 200 after 1,000 changes, uncached, one client|/api/v1/changes?pageSize=200&after=AQAAAAAAAAPo|-|-|10|uncached one-client"
    "Technique history, uncached, one client|/api/v1/techniques/T0166.003/history|-|-|5|uncached one-client"
    "Technique PUT, a new name each time|/api/v1/techniques/T0166.003|-|-|-|put"
    "STIX bundle of the whole graph, uncached, one client|/api/v1/stix/bundle|-|-|150|uncached one-client"
    "TAXII objects, first page of 100, uncached, one client|/taxii2/disarm/collections/2fadacdf-c960-44bf-97ad-cb2265956258/objects/?limit=100|-|-|10|uncached one-client"
    "TAXII objects, page of 100 after 80,000 versions, uncached, one client|/taxii2/disarm/collections/2fadacdf-c960-44bf-97ad-cb2265956258/objects/?limit=100&next=80000.0|-|-|10|uncached one-client"
    "TAXII objects, page of 100 attack-patterns, uncached, one client|/taxii2/disarm/collections/2fadacdf-c960-44bf-97ad-cb2265956258/objects/?limit=100&match%5Btype%5D=attack-pattern|-|-|10|uncached one-client"
)

# Hostile load: label | path | wrk connections. Each runs, uncached, at the same time as a probe
# (one client asking for a technique by id, see probe_for) and is measured by what it costs the API (CPU
# seconds, peak memory) and what it does to the probe's latency. They run twice: on the API as
# the rows above use it, whose per-client limits are lifted as if the load came from many
# addresses, and on the API with its default limits, as the one client it is.
# The F3 query: 50 prefixes, within the word limit, that cost 6 s of CPU before the cost model.
F3_QUERY="$(printf '%s' "a* b* c* d* e* f* g* h* i* j* k* l* m* n* o* p* q* r* s* t* u* v* w* x* y* z* th* an* in* re* co* de* st* pr* ma* ca* pa* se* mo* di* te* me* po* tr* li* ch* fo* wh* ha* be*" | sed 's/ /%20OR%20/g; s/\*/%2A/g')"
HOSTILE_ROWS=(
    "The F3 search: 50 short prefixes, 20 at once|/api/v1/search?q=$F3_QUERY&pageSize=200|20"
    "The costliest search the cost model allows (co* OR in*), 20 at once|/api/v1/search?q=co%2A%20OR%20in%2A&pageSize=200|20"
    "Cache-busting renders of techniques_index.md, 20 at once|/generated_pages/techniques_index.md|20"
    "The STIX bundle of the whole graph, streamed, 8 at once|/api/v1/stix/bundle|8"
)
PROBE_PATH="/api/v1/techniques/T0166.003"

# The key the API is started with, for the put rows: a benchmark's own, never a deployment's.
export BENCH_KEY="bench-admin-key-not-secret"

DURATION="${BENCH_DURATION:-10s}"
WARMUP="${BENCH_WARMUP:-3s}"
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"

REPOSITORY="$(cd "$(dirname "$0")/.." && pwd)"
WORKBOOKS="$REPOSITORY/../shared/disarm/v1.7"
API_DLL="$REPOSITORY/src/Taxonomy.Api/bin/Release/net10.0/Taxonomy.Api.dll"
REFERENCE_SERVER_DLL="$REPOSITORY/bench/Taxonomy.Bench.ReferenceServer/bin/Release/net10.0/Taxonomy.Bench.ReferenceServer.dll"
SYNTHETIC_DLL="$REPOSITORY/bench/Taxonomy.Bench.Synthetic/bin/Release/net10.0/Taxonomy.Bench.Synthetic.dll"
RESULTS="$REPOSITORY/bench/results/latest.md"

scale=1
work_dir=""
pids=()
used_ports=()
api_url=""
api_pid=""
kestrel_url=""
kestrel_pid=""
nginx_url=""
# Reference measurements by key ("kestrel", "nginx <path>"), each taken once and shared by rows.
declare -A reference_results=()
reference_keys=()
api_results=()
# The API's resident memory (VmRSS, MB) after each row, to show which rows make it grow.
api_memory=()
measured=""
# Numbers the wrk runs that measure(), so that no two of them send the same uncached query string.
wrk_runs=0

die() {
    printf 'bench: %s\n' "$*" >&2
    exit 1
}

log() {
    printf '==> %s\n' "$*" >&2
}

show_log() {
    if [[ -f "$1" ]]; then
        tail -n 30 "$1" >&2
    fi
}

parse_arguments() {
    while (($# > 0)); do
        case "$1" in
            --scale)
                [[ $# -ge 2 ]] || die "--scale needs a number"
                scale="$2"
                shift 2
                ;;
            --scale=*)
                scale="${1#--scale=}"
                shift
                ;;
            -h | --help)
                sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
                exit 0
                ;;
            *)
                die "unknown argument '$1' (try --help)"
                ;;
        esac
    done
    [[ "$scale" =~ ^[1-9][0-9]*$ ]] || die "--scale must be a positive whole number, not '$scale'"
}

# Stops whatever this run started, however it ends (success, failure or Ctrl-C), so that no
# server keeps a port or a CPU busy and no temporary database is left behind.
cleanup() {
    local pid
    for pid in "${pids[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    if [[ -n "$work_dir" ]]; then
        rm -rf "$work_dir"
    fi
}

as_root() {
    if ((EUID == 0)); then
        "$@"
    elif command -v sudo > /dev/null; then
        sudo "$@"
    else
        return 1
    fi
}

apt_install() {
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" > "$work_dir/apt.log" 2>&1
}

# The package index is only refreshed when the install fails, because an update is slow and
# usually unnecessary on a machine that has installed packages before.
ensure_tools() {
    local missing=() tool
    for tool in nginx wrk curl sqlite3; do
        command -v "$tool" > /dev/null || missing+=("$tool")
    done
    command -v dotnet > /dev/null || die "the .NET SDK (dotnet) is not on the PATH"
    ((${#missing[@]} == 0)) && return
    log "Installing ${missing[*]}"
    command -v apt-get > /dev/null || die "${missing[*]} missing and there is no apt-get to install them with"
    if ! apt_install "${missing[@]}"; then
        if ! as_root apt-get update > "$work_dir/apt.log" 2>&1 || ! apt_install "${missing[@]}"; then
            show_log "$work_dir/apt.log"
            die "could not install ${missing[*]} with apt-get (needs root or sudo, and Debian's package servers)"
        fi
    fi
    for tool in "${missing[@]}"; do
        command -v "$tool" > /dev/null || die "$tool is still missing after installing it"
    done
}

build() {
    local project
    log "Building Release"
    for project in src/Taxonomy.Api bench/Taxonomy.Bench.ReferenceServer bench/Taxonomy.Bench.Synthetic; do
        dotnet build -c Release "$REPOSITORY/$project" -v quiet -nologo > "$work_dir/build.log" 2>&1 \
            || { show_log "$work_dir/build.log"; die "the Release build of $project failed"; }
    done
}

# At scale 1 the real release; above it a synthetic one, which the synthetic tool only writes
# into an empty database, so nothing is imported first.
prepare_database() {
    local database="$work_dir/taxonomy.db"
    export ConnectionStrings__Taxonomy="Data Source=$database"
    if ((scale == 1)); then
        log "Importing $(basename "$WORKBOOKS") into a fresh database"
        dotnet "$API_DLL" import "$WORKBOOKS" --release bench > "$work_dir/import.log" 2>&1 \
            || { show_log "$work_dir/import.log"; die "importing $WORKBOOKS failed"; }
        # A second release for the diff row: the same workbooks, so it changes nothing else.
        dotnet "$API_DLL" import "$WORKBOOKS" --release bench-again >> "$work_dir/import.log" 2>&1 \
            || { show_log "$work_dir/import.log"; die "importing $WORKBOOKS again failed"; }
        return
    fi

    log "Generating ${scale}× synthetic data into a fresh database"
    local status=0
    dotnet "$SYNTHETIC_DLL" --scale "$scale" > "$work_dir/generate.log" 2>&1 || status=$?
    ((status == 0)) || { show_log "$work_dir/generate.log"; die "generating ${scale}× synthetic data failed (exit $status)"; }
}

# The synthetic data is no import's, so it is no release: once the API's first start has given
# every object its first version, two import records at the last version name that state the
# releases "bench" and "bench-again", as two imports of the same workbooks would at scale 1.
record_synthetic_releases() {
    ((scale == 1)) && return
    local report='{"id":0,"release":"","importedAt":"2026-01-01T00:00:00Z","durationMilliseconds":0,"workbooks":[],"types":[],"issues":[],"overwrittenEdits":[]}'
    sqlite3 "$work_dir/taxonomy.db" \
        "INSERT INTO imports (ImportedAt, Report, Release, Position) SELECT '2026-01-01 00:00:00', '$report', label, (SELECT MAX(Id) FROM versions) FROM (SELECT 'bench' AS label UNION ALL SELECT 'bench-again');" \
        || die "recording the synthetic releases failed"
}

# Sets PORT to a loopback port nothing listens on and no earlier call handed out (the servers
# bind a moment later, so two calls in a row could otherwise pick the same one).
pick_port() {
    local candidate
    while :; do
        candidate=$((20000 + RANDOM % 40000))
        [[ " ${used_ports[*]} " == *" $candidate "* ]] && continue
        if ! (exec 3<> "/dev/tcp/127.0.0.1/$candidate") 2> /dev/null; then
            used_ports+=("$candidate")
            PORT="$candidate"
            return
        fi
    done
}

# Waits until url answers 200, up to the given seconds (60 unless told), failing early if the
# server's process has already exited. pick_port only checks that a port is free, so another
# process can bind it before the server does: then this returns 1 and the caller picks again.
wait_for() {
    local url="$1" pid="$2" name="$3" log_file="$4" seconds="${5:-60}" _
    for _ in $(seq 1 $((seconds * 2))); do
        if curl -fsS -o /dev/null "$url" 2> /dev/null; then
            return
        fi
        if ! kill -0 "$pid" 2> /dev/null; then
            if grep -qi "address already in use" "$log_file"; then
                log "$name found $url's port taken; picking another"
                return 1
            fi
            show_log "$log_file"
            die "$name exited before answering $url"
        fi
        sleep 0.5
    done
    show_log "$log_file"
    die "$name did not answer $url within $seconds seconds"
}

# Production settings, with per-request logging down to warnings: logging each request to the
# console would otherwise be most of what is measured. The HttpLogging key has dots, which
# `export` cannot name, hence env; configuration maps its "__" to ":".
# The rows measure what a request costs, not how fast the API refuses a flood, so for them the
# limits of Taxonomy:Limits are lifted: wrk is one client, and 32 connections would wait for the
# render slots. The hostile rows start the API again with "many-clients" (the per-client limits
# lifted, as if the load came from many addresses) and with "default-limits".
start_api() {
    local limits=(Taxonomy__Limits__ExpensiveReadBurst=1000000 Taxonomy__Limits__ExpensiveReadsPerSecond=1000000)
    case "${1:-}" in
        default-limits) limits=() ;;
        many-clients) ;;
        *) limits+=(Taxonomy__Limits__ConcurrentRenders=1000 Taxonomy__Limits__ConcurrentExports=1000) ;;
    esac
    while :; do
        pick_port
        api_url="http://127.0.0.1:$PORT"
        env ASPNETCORE_URLS="$api_url" ASPNETCORE_ENVIRONMENT=Production \
            Taxonomy__AdminApiKeys__0="$BENCH_KEY" "${limits[@]}" \
            Logging__LogLevel__Default=Warning \
            "Logging__LogLevel__Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware=Warning" \
            dotnet "$API_DLL" > "$work_dir/api.log" 2>&1 &
        api_pid=$!
        pids+=("$api_pid")
        # Synthetic data is written without versions, so the API's first start gives every object
        # its first version (Baselines.KeepBaselineVersionsAsync) before it listens: minutes at
        # --scale 100.
        wait_for "$api_url/health" "$api_pid" "the API" "$work_dir/api.log" $((60 + 10 * scale)) && break
    done
    log "API on $api_url (pid $api_pid)"
}

stop_api() {
    kill -TERM "$api_pid" 2> /dev/null || true
    wait "$api_pid" 2> /dev/null || true
}

start_kestrel_reference() {
    while :; do
        pick_port
        kestrel_url="http://127.0.0.1:$PORT"
        dotnet "$REFERENCE_SERVER_DLL" --urls "$kestrel_url" > "$work_dir/kestrel.log" 2>&1 &
        kestrel_pid=$!
        pids+=("$kestrel_pid")
        wait_for "$kestrel_url/" "$kestrel_pid" "the Kestrel reference server" "$work_dir/kestrel.log" && break
    done
    log "Kestrel reference on $kestrel_url (pid $kestrel_pid)"
}

# worker_processes auto gives nginx one worker per CPU, the same cores Kestrel's thread pool
# uses, so neither server is held to fewer cores than the other. keepalive_requests is raised
# because Kestrel closes no connection after a count of requests, and wrk would otherwise pay
# nginx's reconnects every 1000 requests. The charset lines make nginx send the API's
# Content-Type, text/markdown; charset=utf-8. The root is the folder above generated_pages, so
# the URLs are the API's own.
start_nginx() {
    local dir="$work_dir/nginx"
    mkdir -p "$dir"
    local pid
    while :; do
        rm -f "$dir/error.log"
        pick_port
        nginx_url="http://127.0.0.1:$PORT"
        cat > "$dir/nginx.conf" << EOF
daemon off;
worker_processes auto;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 1024; }
http {
    types { text/markdown md; }
    default_type application/octet-stream;
    charset utf-8;
    charset_types text/markdown;
    access_log off;
    sendfile on;
    keepalive_timeout 65s;
    keepalive_requests 1000000;
    client_body_temp_path $dir/client_body;
    proxy_temp_path $dir/proxy;
    fastcgi_temp_path $dir/fastcgi;
    uwsgi_temp_path $dir/uwsgi;
    scgi_temp_path $dir/scgi;
    server {
        listen 127.0.0.1:$PORT;
        root $(cd "$WORKBOOKS" && pwd);
    }
}
EOF
        nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log" > "$dir/stdout.log" 2>&1 &
        pid=$!
        pids+=("$pid")
        wait_for "$nginx_url/generated_pages/techniques_index.md" "$pid" "nginx" "$dir/error.log" && break
    done
    log "nginx on $nginx_url (pid $pid)"
}

# Sets measured to "requests/s p50_us p99_us bytes_per_response socket_errors non_2xx requests" for url,
# from a warm-up run (JIT tiering, connection pools, page cache) and then the measured one. wrk
# runs in this shell, not in $(...), so that Ctrl-C reaches the INT trap instead of a subshell
# that would carry on with the next row.
measure() {
    local url="$1" script="$work_dir/report.lua" threads="$THREADS" connections="$CONNECTIONS"
    [[ "${2:-}" == *uncached* ]] && script="$work_dir/uncached.lua"
    [[ "${2:-}" == *put* ]] && script="$work_dir/put.lua"
    [[ "${2:-}" == *one-client* ]] && threads=1 connections=1
    wrk_runs=$((wrk_runs + 1))
    wrk -t"$threads" -c"$connections" -d"$WARMUP" -s "$script" "$url" -- "$wrk_runs" > /dev/null
    wrk_runs=$((wrk_runs + 1))
    wrk -t"$threads" -c"$connections" -d"$DURATION" -s "$script" "$url" -- "$wrk_runs" > "$work_dir/wrk.out"
    measured="$(sed -n 's/^BENCH //p' "$work_dir/wrk.out")"
    [[ -n "$measured" ]] || die "wrk printed no results for $url"
}

# wrk's own summary (and --latency's table) rounds and switches units between µs, ms and s; its
# done() hook sees the exact figures, and prints them on one line that is easy to pick out.
write_wrk_script() {
    cat > "$work_dir/report.lua" << 'EOF'
done = function(summary, latency, requests)
    local errors = summary.errors
    local count = math.max(summary.requests, 1)
    io.write(string.format("BENCH %.1f %d %d %d %d %d %d\n",
        summary.requests / (summary.duration / 1e6),
        math.floor(latency:percentile(50)), math.floor(latency:percentile(99)),
        math.floor(summary.bytes / count),
        errors.connect + errors.read + errors.write + errors.timeout, errors.status, summary.requests))
end
EOF
    # wrk runs request() in each thread's own Lua state: setup() numbers the threads, and init()
    # reads the run's number (wrk's arguments after --), so that no two requests share a query
    # string, within a run or across runs. A string repeated from the warm-up would be the second
    # sighting the response cache admits an answer on, and later ones would be answered from it.
    {
        cat << 'EOF'
local next_thread = 1
setup = function(thread)
    thread:set("thread_number", next_thread)
    next_thread = next_thread + 1
end
local run = "0"
init = function(args)
    run = args[1] or "0"
end
local counter = 0
request = function()
    counter = counter + 1
    local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
    return wrk.format(nil, wrk.path .. separator .. "uncached=" .. run .. "-" .. thread_number .. "-" .. counter)
end
EOF
        cat "$work_dir/report.lua"
    } > "$work_dir/uncached.lua"
    cat "$REPOSITORY/bench/put.lua" "$work_dir/report.lua" > "$work_dir/put.lua"
}

reference_url() {
    case "$1" in
        kestrel) printf '%s/' "$kestrel_url" ;;
        nginx\ *) printf '%s%s' "$nginx_url" "${1#nginx }" ;;
    esac
}

reference_label() {
    case "$1" in
        kestrel) printf 'Kestrel, fixed JSON' ;;
        nginx\ *) printf 'nginx, same file' ;;
    esac
}

# The key of a row's reference measurement, or nothing.
reference_key() {
    local reference="$1" path="$2"
    case "$reference" in
        kestrel) printf 'kestrel' ;;
        nginx) printf 'nginx %s' "$path" ;;
        -) ;;
        *) die "unknown reference '$reference' in ROWS" ;;
    esac
}

milliseconds() {
    awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'
}

# A table row's cells from "label", "path" and a measurement; the rest is appended by the caller.
measured_cells() {
    local rps p50 p99 bytes
    read -r rps p50 p99 bytes _ <<< "$1"
    printf '%.0f | %s | %s | %s' "$rps" "$bytes" "$(milliseconds "$p50")" "$(milliseconds "$p99")"
}

measure_references() {
    local row label path reference min_ratio max_p99 options key
    for row in "${ROWS[@]}"; do
        IFS='|' read -r label path reference min_ratio max_p99 options <<< "$row"
        key="$(reference_key "$reference" "$path")"
        [[ -z "$key" || -n "${reference_results[$key]:-}" ]] && continue
        log "Measuring reference: $key"
        measure "$(reference_url "$key")"
        reference_results[$key]="$measured"
        reference_keys+=("$key")
    done
}

# Checks every row's path before anything is measured, so that a wrong path stops the run at
# once, and marks an optional endpoint that answers 404 as "missing" in api_results.
probe_rows() {
    local index label path reference min_ratio max_p99 options status
    for index in "${!ROWS[@]}"; do
        IFS='|' read -r label path reference min_ratio max_p99 options <<< "${ROWS[$index]}"
        reference_key "$reference" "$path" > /dev/null
        status="$(curl -s -o /dev/null -w '%{http_code}' "$api_url$path" || true)"
        if [[ "$status" == 404 && "$options" == *optional* ]]; then
            log "Skipping $path: 404, endpoint missing"
            api_results[index]="missing"
            continue
        fi
        [[ "$status" == 200 ]] || die "the API answered $status to $path; the benchmark measures 200 answers only"
    done
}

# Fills api_results with a measurement for each row that is not missing.
measure_rows() {
    local index label path rest
    for index in "${!ROWS[@]}"; do
        [[ "${api_results[$index]:-}" == missing ]] && continue
        IFS='|' read -r label path rest <<< "${ROWS[$index]}"
        log "Measuring API: $path ($label)"
        measure "$api_url$path" "$rest"
        api_results[index]="$measured"
        api_memory[index]="$(awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$api_pid/status")"
    done
}

# Why a row misses its target, as "ratio, p99", or nothing when it meets it.
misses() {
    local ratio="$1" min_ratio="$2" p99="$3" max_p99="$4" socket_errors="$5" non_2xx="$6" requests="$7" found=()
    # With no answer there are no latencies, and the p99 of 0 would read as met.
    if ((requests == 0)); then
        printf 'no request completed'
        return
    fi
    if [[ "$min_ratio" != - ]] && awk -v r="$ratio" -v m="$min_ratio" 'BEGIN { exit !(r < m) }'; then
        found+=("ratio")
    fi
    if [[ "$max_p99" != - ]] && awk -v p="$p99" -v m="$max_p99" 'BEGIN { exit !(p > m * 1000) }'; then
        found+=("p99")
    fi
    # Failed or non-2xx answers were timed too, so the figures are not those of the endpoint.
    if ((socket_errors + non_2xx > 0)); then
        found+=("$socket_errors socket errors and $non_2xx non-2xx answers")
    fi
    local IFS=,
    printf '%s' "${found[*]}" | sed 's/,/, /g'
}

print_table() {
    local key index label path reference min_ratio max_p99 options result target ratio reference_rps missed
    local rps p50 p99 bytes socket_errors non_2xx requests

    printf '| Endpoint | Requests/s | Response (bytes) | p50 (ms) | p99 (ms) | Reference | Ratio to reference | Target | Met? | API RSS after (MB) |\n'
    printf '| --- | ---: | ---: | ---: | ---: | --- | ---: | --- | --- | ---: |\n'
    for key in "${reference_keys[@]}"; do
        if [[ "$key" == kestrel ]]; then
            label="Kestrel reference, fixed JSON \`/\`"
        else
            label="nginx reference \`${key#nginx }\`"
        fi
        printf '| %s | %s | baseline | | | | |\n' "$label" "$(measured_cells "${reference_results[$key]}")"
    done

    for index in "${!ROWS[@]}"; do
        IFS='|' read -r label path reference min_ratio max_p99 options <<< "${ROWS[$index]}"
        label="$label \`$path\`"
        target=""
        [[ "$max_p99" != - ]] && target="p99 ≤ $max_p99 ms"
        [[ "$min_ratio" != - ]] && target="≥ ${min_ratio}× reference${target:+, $target}"
        [[ -z "$target" ]] && target="see notes"
        result="${api_results[$index]}"
        if [[ "$result" == missing ]]; then
            printf '| %s | n/a (endpoint missing) | | | | | | %s | n/a | |\n' "$label" "$target"
            continue
        fi

        read -r rps p50 p99 bytes socket_errors non_2xx requests <<< "$result"
        key="$(reference_key "$reference" "$path")"
        ratio=""
        reference=""
        if [[ -n "$key" ]]; then
            read -r reference_rps _ <<< "${reference_results[$key]}"
            # Two significant figures, so that a ratio of 0.0008 does not print as 0.00.
            ratio="$(awk -v a="$rps" -v b="$reference_rps" 'BEGIN { printf "%.2g", a / b }')"
            reference="$(reference_label "$key")"
        fi
        missed="$(misses "$ratio" "$min_ratio" "$p99" "$max_p99" "$socket_errors" "$non_2xx" "$requests")"
        printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$label" "$(measured_cells "$result")" "$reference" "$ratio" "$target" \
            "$([[ -z "$missed" ]] && printf 'yes' || printf 'no (%s)' "$missed")" "${api_memory[$index]}"
    done
}

# The CPU time the process has used, in seconds.
cpu_seconds() {
    awk -v ticks="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / ticks }' "/proc/$1/stat"
}

# Prints the seconds each probe request took, for the given seconds: one client asking for a
# technique by id about 50 times a second, as an analyst's tool would, rather than as fast as it
# can, so that the API's CPU seconds in the table are the hostile load's, not the probe's.
probe_for() {
    local end=$((SECONDS + $1))
    while ((SECONDS < end)); do
        curl -s -o /dev/null -w '%{time_total}\n' "$api_url$PROBE_PATH"
        sleep 0.02
    done
}

# Prints one table row per hostile load: it runs with the probe beside it, on an API started for
# the row (its mode in $2), so that its peak memory is its own and not what an earlier row left
# resident (writing 5 to clear_refs resets VmHWM to what the new process holds).
measure_hostile() {
    local clients="$1" mode="$2" row label path connections before after peak probe load_result load_pid
    local p50 p99 l_rps l_errors l_non_2xx l_requests
    # This runs in $(...), whose shell the run's cleanup does not see: it stops its own API.
    trap stop_api EXIT
    for row in "" "${HOSTILE_ROWS[@]}"; do
        IFS='|' read -r label path connections <<< "$row"
        start_api "$mode"
        log "Hostile load ($clients): ${label:-none, probe alone}"
        # The API was just started: without a warm-up the probe's first request, which compiles
        # its code and its query, would be the row's p99 (about 100 requests) whatever the load.
        probe_for 2 > /dev/null
        echo 5 > "/proc/$api_pid/clear_refs"
        before="$(cpu_seconds "$api_pid")"
        if [[ -n "$path" ]]; then
            # A request waits for a render slot, then for its search's time budget: wrk's default
            # timeout of 2 s would count most as failures instead of timing them.
            wrk -t2 -c"$connections" -d"$DURATION" --timeout 60s -s "$work_dir/uncached.lua" "$api_url$path" > "$work_dir/hostile.out" &
            load_pid=$!
        fi
        probe_for "${DURATION%s}" > "$work_dir/probe.out"
        # wrk's pid, not every child: the API this row started is a child too.
        [[ -n "$path" ]] && wait "$load_pid"
        after="$(cpu_seconds "$api_pid")"
        peak="$(awk '/^VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$api_pid/status")"
        read -r p50 p99 <<< "$(sort -n "$work_dir/probe.out" | awk '{ t[NR] = $1 } END { printf "%d %d", t[int(NR * 0.5) + 1] * 1e6, t[int(NR * 0.99) + 1] * 1e6 }')"
        load_result="no load"
        if [[ -n "$path" ]]; then
            read -r l_rps _ _ _ l_errors l_non_2xx l_requests <<< "$(sed -n 's/^BENCH //p' "$work_dir/hostile.out")"
            load_result="$(printf '%s answered, %s of them refused; %s failed' "$l_requests" "$l_non_2xx" "$l_errors")"
        fi
        probe="$(printf '%s | %s' "$(milliseconds "$p50")" "$(milliseconds "$p99")")"
        printf '| %s | %s | %s | %s | %s | %s | %s |\n' "${label:-None: the probe alone}" "$clients" "$load_result" \
            "$(awk -v a="$after" -v b="$before" 'BEGIN { printf "%.1f", a - b }')" "$probe" "$peak" \
            "$(awk -v p="$p99" -v m="$peak" 'BEGIN { print (p <= 50000 && m <= 300) ? "yes" : "no" }')"
        stop_api
    done
}

hostile_table_header() {
    printf '| Hostile load (for %s, uncached) | Clients | Requests answered, refused (4xx/5xx), failed (socket errors, timeouts) | API CPU (s) | Probe p50 (ms) | Probe p99 (ms) | API peak RSS (MB) | Probe p99 ≤ 50 ms, RSS ≤ 300 MB? |\n' "$DURATION"
    printf '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |\n'
}

# VmRSS is the memory the process holds now; VmHWM the most it has held.
memory_of() {
    awk '/^VmRSS|^VmHWM/ { printf "%s%s %.0f MB", sep, $1, $2 / 1024; sep = ", " }' "/proc/$1/status" | sed 's/://g'
}

describe_run() {
    local cpu os commit dirty runtime load="$1"
    # shellcheck source=/dev/null
    os="$(. /etc/os-release && printf '%s' "$PRETTY_NAME")"
    cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
    commit="$(git -C "$REPOSITORY" rev-parse --short HEAD)"
    # The results file itself is excluded: a previous run leaves it changed.
    dirty="$(git -C "$REPOSITORY" status --porcelain -- . ':!bench/results')"
    [[ -n "$dirty" ]] && commit="$commit with uncommitted changes"
    runtime="$(dotnet --list-runtimes | awk '$1 == "Microsoft.AspNetCore.App" && $2 ~ /^10\./ { version = $2 } END { print version }')"
    printf 'Run %s on %s CPUs (%s), %s; commit %s; .NET SDK %s, ASP.NET Core %s; %s; %s.\n' \
        "$(date -u '+%Y-%m-%d %H:%M UTC')" "$(nproc)" "${cpu:-unknown CPU}" \
        "$os" "$commit" "$(dotnet --version)" "$runtime" \
        "$(nginx -v 2>&1 | sed 's/^nginx version: //')" "$(wrk --version 2>&1 | head -n 1 | awk '{ print "wrk " $2 }')"
    printf '\nEach row: `wrk -t%s -c%s -d%s` after a `-d%s` warm-up (rows for one client: `-t1 -c1`), with wrk on the same %s CPUs as the servers.\n' \
        "$THREADS" "$CONNECTIONS" "$DURATION" "$WARMUP" "$(nproc)"
    # Other work on the machine takes CPU from the servers; the load before the run shows how much.
    printf 'Load average before the run: %s.\n' "$load"
}

# Replaces this scale's section of the results file and keeps the others, ordered by scale.
write_results() {
    local heading="## Scale ${scale}×" new_section="$work_dir/section.md"
    printf '%s\n' "$1" > "$new_section"
    mkdir -p "$(dirname "$RESULTS")"
    {
        printf '# Benchmark results\n\n'
        printf 'Written by `bench/run.sh`; a run at `--scale N` replaces the section "Scale N×" and\n'
        printf "keeps the others. The README's Benchmarks section says what is measured and why.\n"
        awk -v heading="$heading" -v new_section="$new_section" '
            function add(name, text,   words, number, i) {
                split(name, words, " ")
                number = words[3] + 0
                sub(/^\n+/, "", text)
                sub(/\n+$/, "", text)
                for (i = count; i > 0 && scales[i] > number; i--) {
                    names[i + 1] = names[i]; scales[i + 1] = scales[i]; texts[i + 1] = texts[i]
                }
                names[i + 1] = name; scales[i + 1] = number; texts[i + 1] = text
                count++
            }
            function keep() { if (name != "" && name != heading) add(name, text) }
            /^## Scale [0-9]+/ { keep(); name = $0; text = ""; next }
            name != "" { text = text $0 "\n" }
            END {
                keep()
                text = ""
                while ((getline line < new_section) > 0) text = text line "\n"
                add(heading, text)
                for (i = 1; i <= count; i++) printf "\n%s\n\n%s\n", names[i], texts[i]
            }' "$( [[ -f "$RESULTS" ]] && printf '%s' "$RESULTS" || printf '/dev/null')"
    } > "$work_dir/results.md"
    cp "$work_dir/results.md" "$RESULTS"
}

main() {
    parse_arguments "$@"
    cd "$REPOSITORY"
    work_dir="$(mktemp -d "${TMPDIR:-/tmp}/taxonomy-bench.XXXXXX")"
    trap cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM

    ensure_tools
    build
    prepare_database
    start_api
    record_synthetic_releases
    start_kestrel_reference
    start_nginx
    write_wrk_script

    probe_rows
    local load table memory section
    load="$(cut -d' ' -f1-3 /proc/loadavg)"
    measure_references
    measure_rows
    table="$(print_table)"
    memory="API memory after the load: $(memory_of "$api_pid") (Kestrel reference: $(memory_of "$kestrel_pid"))."
    local hostile
    stop_api
    hostile="$(hostile_table_header)"$'\n'"$(measure_hostile "many (per-client limits lifted)" many-clients)"
    hostile+=$'\n'"$(measure_hostile "one (default limits)" default-limits)"
    section="$(describe_run "$load")"$'\n\n'"$table"$'\n\n'"$memory"$'\n\n'"$hostile"
    printf '\n%s\n' "$section"
    write_results "$section"
    log "Recorded in ${RESULTS#"$REPOSITORY"/}"
}

main "$@"
