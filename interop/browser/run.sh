#!/usr/bin/env bash
# Runs the browser tests: a fresh center served by `liaison serve`, three members and the
# secretariat driven through the web pages by headless Chromium. Screenshots of the main pages
# go to target/screenshots. Needs target/debug/liaison (scripts/test builds it).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
"$here/setup.sh"
bin="${LIAISON_BIN:-$root/target/debug/liaison}"
work="$(mktemp -d)"
data="$work/data"
cleanup() {
  [[ -n "${pid:-}" ]] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=/dev/null
source "$here/../center.sh"
start_center
cli member add alpha --display-name "Alpha Agency" --founding >/dev/null
cli member add bravo --display-name "Bravo Bureau" --founding >/dev/null
cli member add charlie --display-name "Charlie Service" --founding >/dev/null
echo "a long alpha password" | cli user add ann --member alpha --role analyst,liaison_officer,delegate --password-stdin >/dev/null
echo "a long bravo password" | cli user add bob --member bravo --role analyst,liaison_officer --password-stdin >/dev/null
echo "a long charlie password" | cli user add cat --member charlie --role analyst,liaison_officer --password-stdin >/dev/null

mkdir -p "$root/target/screenshots"
export LIAISON_URL="$url" LIAISON_ADMIN_PASSWORD="$password" SCREENSHOTS="$root/target/screenshots"
node "$here/e2e.mjs"
