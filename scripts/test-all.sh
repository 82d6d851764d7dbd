#!/usr/bin/env bash
# npm test: everything — system setup, typecheck, lint, unit + property tests, the OCaml check, e2e.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n=== %s ===\n' "$1"; }
step "system setup (chromium, ocaml-nox, shellcheck)"; bash scripts/setup-system.sh
step "typecheck"; npx tsc -p tsconfig.json --noEmit
step "lint"; npx eslint .
step "unit and property tests"; npx vitest run
step "OCaml check: config.ml over its header range, unikernel.ml + main.ml, the lexer against ocamlc"; npm run --silent test:ocaml
step "end-to-end tests (Chromium)"; npx playwright test
echo; echo "npm test: all steps passed"
