#!/usr/bin/env bash
# Installs what npm cannot: Debian's Chromium (for Playwright), the OCaml compiler (for the config.ml
# check) and shellcheck (for build.sh). Idempotent; fails loudly when something cannot be installed.
set -euo pipefail

need=()
command -v ocamlc >/dev/null 2>&1 || need+=(ocaml-nox)
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v shellcheck >/dev/null 2>&1 || need+=(shellcheck)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi

echo "setup: installing ${need[*]} with apt-get" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "setup: need root (or sudo) to apt-get install ${need[*]}; install them and run again." >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || { echo "setup: apt-get update failed" >&2; exit 1; }
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null || {
  echo "setup: apt-get install ${need[*]} failed" >&2
  exit 1
}
command -v ocamlc >/dev/null 2>&1 || { echo "setup: ocamlc still missing after install" >&2; exit 1; }
[ -x /usr/bin/chromium ] || { echo "setup: /usr/bin/chromium still missing after install" >&2; exit 1; }
command -v shellcheck >/dev/null 2>&1 || { echo "setup: shellcheck still missing after install" >&2; exit 1; }
echo "setup: ok ($(ocamlc -version), $(/usr/bin/chromium --version 2>/dev/null | head -1))" >&2
