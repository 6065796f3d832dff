#!/usr/bin/env bash
# Writes the SQL that takes the database from OLD datamodel to prisma/schema.prisma.
#   bash tools/prisma-diff/diff.sh NAME [OLD_SCHEMA]   (OLD defaults to the schema at git HEAD; "empty" for none)
# Prisma 7's migrate commands need an engine binary these machines cannot download; Prisma 6.19's
# JS engine can diff offline. Prisma 6 needs a url in the datasource and 7 forbids one, so copies get a dummy url.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
name=${1:?migration name}; old=${2:-HEAD}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
inject() { sed 's/provider = "postgresql"/provider = "postgresql"\n  url      = "postgresql:\/\/localhost\/dummy"/' | sed 's/provider     = "prisma-client"/provider     = "prisma-client-js"/' | grep -v 'moduleFormat'; }
inject < "$root/prisma/schema.prisma" > "$tmp/new.prisma"
if [ "$old" = empty ]; then from=(--from-empty)
else (cd "$root" && git show "$old:prisma/schema.prisma") | inject > "$tmp/old.prisma"; from=(--from-schema-datamodel "$tmp/old.prisma"); fi
stamp=$(date -u +%Y%m%d%H%M%S)
out="$root/prisma/migrations/${stamp}_${name}"
mkdir -p "$out"
cd "$here"
CHECKPOINT_DISABLE=1 PRISMA_SCHEMA_ENGINE_BINARY="$root/scripts/no-schema-engine" PRISMA_QUERY_ENGINE_LIBRARY="$root/scripts/no-schema-engine" \
  ./node_modules/.bin/prisma migrate diff "${from[@]}" --to-schema-datamodel "$tmp/new.prisma" --script > "$out/migration.sql"
echo "wrote $out/migration.sql ($(wc -l < "$out/migration.sql") lines)"
