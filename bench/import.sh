#!/usr/bin/env bash
# Times importing DISARM's v1.7 workbooks with a Release build: a fresh database, then a repeat
# import of the same files into it. The command prints its own duration ("Import N done in X ms").
set -euo pipefail
cd "$(dirname "$0")/.."
workbooks="${1:-../shared/disarm/v1.7}"
database="$(mktemp -d)/taxonomy.db"
trap 'rm -rf "$(dirname "$database")"' EXIT

dotnet build -c Release src/Taxonomy.Api -v quiet -nologo > /dev/null
for run in fresh repeat; do
    printf '%s import: ' "$run"
    ConnectionStrings__Taxonomy="Data Source=$database" \
        dotnet src/Taxonomy.Api/bin/Release/net10.0/Taxonomy.Api.dll import "$workbooks" | tail -n 1
done
