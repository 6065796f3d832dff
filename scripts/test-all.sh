#!/usr/bin/env bash
# `pnpm test`: everything a change must pass, in the order a person would want to hear about it.
#   typecheck → lint → import boundaries → generated code is current → web bundle budget → unit + integration (vitest)
#   → e2e (Playwright)
# Runs on embedded PGlite, or on PostgreSQL when DATABASE_URL is set (each test file then creates
# and drops its own database on that server). Ends with one plain line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
failures=()
log_dir="$(mktemp -d)"
trap 'rm -rf "$log_dir"' EXIT

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }
count_check() { # name, exit code: a check that is one test
  if [ "$2" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$1"); fi
}

# SKIP_STATIC=1 leaves out typecheck, lint and the codegen check (CI's second pass, on PostgreSQL,
# where only the database differs).
if [ "${SKIP_STATIC:-}" != "1" ]; then
step "typecheck"
pnpm -r --parallel typecheck
count_check "typecheck" $?

step "lint (biome)"
pnpm -s lint
count_check "lint" $?

step "import boundaries (dependency-cruiser, .dependency-cruiser.cjs)"
pnpm -s boundaries
count_check "boundaries" $?

step "generated code is current (pnpm codegen, then git diff)"
generated=(packages/graphql/schema.graphql apps/api/src/schema/resolvers-types.ts apps/web/src/gql)
before="$(git status --porcelain -- "${generated[@]}"; git diff -- "${generated[@]}" | sha256sum)"
pnpm -s codegen >"$log_dir/codegen.log" 2>&1
codegen_rc=$?
after="$(git status --porcelain -- "${generated[@]}"; git diff -- "${generated[@]}" | sha256sum)"
if [ $codegen_rc -ne 0 ]; then
  cat "$log_dir/codegen.log"
  count_check "codegen" 1
elif [ -n "$(git status --porcelain -- "${generated[@]}")" ] || [ "$before" != "$after" ]; then
  echo "Generated files differ from what is committed: run 'pnpm codegen' and commit the result."
  git status --short -- "${generated[@]}"
  count_check "codegen is current" 1
else
  echo "Generated files are current."
  count_check "codegen is current" 0
fi
fi

step "web build and first-view JavaScript budget (≤ 170 KB gzipped)"
pnpm -s --filter @pcc/web build >"$log_dir/web-build.log" 2>&1 || cat "$log_dir/web-build.log"
pnpm -s --filter @pcc/web size
count_check "first-view bundle budget" $?

step "unit and integration tests (vitest: domain, seed, web, api) on $([ -n "${DATABASE_URL:-}" ] && echo PostgreSQL || echo PGlite)"
npx vitest run --reporter=default --reporter=json --outputFile="$log_dir/vitest.json"
vitest_rc=$?
if [ -s "$log_dir/vitest.json" ]; then
  read -r vp vf < <(node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    // A file that fails to load has no tests; count it as one failure so it cannot hide.
    const broken = r.testResults.filter((f) => f.status === "failed" && f.assertionResults.length === 0).length;
    console.log(r.numPassedTests, r.numFailedTests + broken);' "$log_dir/vitest.json")
  passed=$((passed + vp))
  failed=$((failed + vf))
  [ "$vf" -gt 0 ] && failures+=("vitest: $vf failed")
fi
if [ $vitest_rc -ne 0 ] && { [ ! -s "$log_dir/vitest.json" ] || [ "${vf:-0}" -eq 0 ]; }; then
  failed=$((failed + 1)); failures+=("vitest exited $vitest_rc")
fi

if ls e2e/specs/*.spec.ts >/dev/null 2>&1 && [ "${SKIP_E2E:-}" != "1" ]; then
  step "end-to-end (Playwright, Chromium)"
  pnpm -s test:e2e 2>&1 | tee "$log_dir/e2e.log"
  e2e_rc=${PIPESTATUS[0]}
  summary="$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log_dir/e2e.log" | tail -1)"
  if [ -n "$summary" ]; then
    ep="${summary%% passed*}"
    ef="$(sed -E 's/.* ([0-9]+) failed/\1/' <<<"$summary")"
    passed=$((passed + ep)); failed=$((failed + ef))
    [ "$ef" -gt 0 ] && failures+=("e2e: $ef failed")
  fi
  if [ "$e2e_rc" -ne 0 ] && { [ -z "$summary" ] || [ "${ef:-0}" -eq 0 ]; }; then
    failed=$((failed + 1)); failures+=("e2e exited $e2e_rc")
  fi
fi

if [ ${#failures[@]} -gt 0 ]; then
  printf '\nFailed: %s\n' "$(IFS=';'; echo "${failures[*]}")"
fi
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
