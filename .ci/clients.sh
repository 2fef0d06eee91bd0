#!/usr/bin/env bash
# Generates API clients from the OpenAPI document the API serves and smoke-tests each against
# that API: Kiota (C#), NSwag (C#), and openapi-typescript with openapi-fetch (TypeScript).
#
# Builds the API, imports DISARM v1.7 (../shared/disarm/v1.7) into a temporary database, serves
# it on a free loopback port with a temporary admin key, and downloads /openapi/v1.json from it.
# Then, for each client in clients/: generate into its git-ignored Generated/ folder, build
# without edits, run its smoke program against the API. The generators come from the tool
# manifest clients/dotnet-tools.json and from clients/typescript/package-lock.json (npm ci).
# Prints each client's failing step and exits 1 when any client failed; stops the API and removes
# its temporary files on exit. Run from anywhere: bash .ci/clients.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo="$(pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Kiota otherwise asks GitHub for a newer version of itself on every run.
export KIOTA_OFFLINE_ENABLED=true KIOTA_TUTORIAL_ENABLED=false

work="$(mktemp -d "${TMPDIR:-/tmp}/taxonomy-clients.XXXXXX")"
api_pid=""
cleanup() {
    if [[ -n "$api_pid" ]] && kill -0 "$api_pid" 2>/dev/null; then
        kill "$api_pid" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$api_pid" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$api_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "clients: $*" >&2
    exit 1
}

# Runs a command with its output in a log, printed only when it fails.
quietly() {
    local log="$work/step.log"
    if ! "$@" >"$log" 2>&1; then
        cat "$log" >&2
        return 1
    fi
}

echo "== Tools"
if ! command -v npm >/dev/null 2>&1 || ! command -v curl >/dev/null 2>&1; then
    sudo=()
    if [[ $(id -u) -ne 0 ]]; then sudo=(sudo); fi
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends curl nodejs npm >/dev/null
fi
(cd clients && quietly dotnet tool restore) || fail "dotnet tool restore (clients/dotnet-tools.json) failed"
echo "dotnet $(dotnet --version), node $(node --version), npm $(npm --version); kiota and nswag restored"

echo "== API: build, import DISARM v1.7, serve"
quietly dotnet build src/Taxonomy.Api -nologo -v q || fail "building the API failed"
api_dll="$(dotnet msbuild src/Taxonomy.Api -nologo -getProperty:TargetPath)"
export ConnectionStrings__Taxonomy="Data Source=$work/taxonomy.db"
api_key="clients-smoke-$RANDOM$RANDOM"
quietly dotnet "$api_dll" import "$repo/../shared/disarm/v1.7" || fail "importing ../shared/disarm/v1.7 failed"
port="$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
api="http://127.0.0.1:$port"
Taxonomy__AdminApiKeys__0="$api_key" dotnet "$api_dll" --urls "$api" >"$work/api.log" 2>&1 &
api_pid=$!
for _ in $(seq 120); do
    if curl -sf "$api/health/ready" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$api_pid" 2>/dev/null; then cat "$work/api.log" >&2; fail "the API exited while starting"; fi
    sleep 0.5
done
curl -sf "$api/health/ready" >/dev/null || { cat "$work/api.log" >&2; fail "the API did not get ready at $api"; }
document="$work/v1.json"
curl -sf "$api/openapi/v1.json" -o "$document" || fail "downloading $api/openapi/v1.json failed"
echo "API on $api with DISARM v1.7; OpenAPI document $(wc -c <"$document") bytes"

# Each client's steps, run in clients/<name>; the first that fails ends that client. (errexit does
# not hold in a function called as a condition, hence the returns.)
kiota_csharp() {
    step generate dotnet kiota generate --language CSharp --openapi "$document" --output Generated \
        --class-name TaxonomyClient --namespace-name Taxonomy.Clients.Kiota --exclude-backward-compatible --clean-output --log-level Error || return
    step build dotnet build -nologo -v q || return
    step smoke dotnet run --no-build -- "$api" "$api_key"
}

nswag_csharp() {
    rm -rf Generated && mkdir Generated || return
    step generate dotnet nswag openapi2csclient "/input:$document" /output:Generated/TaxonomyClient.cs \
        /namespace:Taxonomy.Clients.NSwag /className:TaxonomyClient /operationGenerationMode:SingleClientFromOperationId \
        /jsonLibrary:SystemTextJson /useBaseUrl:true || return
    step build dotnet build -nologo -v q || return
    step smoke dotnet run --no-build -- "$api" "$api_key"
}

typescript() {
    step install npm ci --no-audit --no-fund || return
    rm -rf Generated dist || return
    step generate npx --no-install openapi-typescript "$document" --output Generated/taxonomy.ts || return
    step build npx --no-install tsc -p tsconfig.json || return
    step smoke node dist/smoke.js "$api" "$api_key"
}

current=""
step() {
    local name="$1"
    shift
    echo "-- $current: $name"
    # The smoke programs' own lines are the point, so they print as they run; other steps only on failure.
    if [[ "$name" == smoke ]]; then "$@"; else quietly "$@"; fi || {
        echo "clients: $current FAILED at $name: $*" >&2
        return 1
    }
}

results=()
status=0
for client in kiota-csharp nswag-csharp typescript; do
    echo "== $client"
    current="$client"
    if (cd "clients/$client" && "${client//-/_}"); then
        results+=("$client passed")
    else
        results+=("$client FAILED")
        status=1
    fi
done

if [[ $status -ne 0 ]]; then
    echo "-- the last 60 lines of the API's log:" >&2
    tail -n 60 "$work/api.log" >&2
fi
echo "== Clients: $(IFS=,; echo "${results[*]}" | sed 's/,/, /g') (${SECONDS} s)"
exit "$status"
