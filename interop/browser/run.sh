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
log="$work/serve.log"
cleanup() {
  [[ -n "${pid:-}" ]] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
  rm -rf "$work"
}
trap cleanup EXIT

"$bin" --data-dir "$data" serve --bind 127.0.0.1:0 >"$log" 2>"$work/serve.err" &
pid=$!
for _ in $(seq 1 100); do
  grep -q "^Listening on " "$log" 2>/dev/null && break
  sleep 0.1
done
url="$(sed -n 's|^Listening on \(http://[^/]*\)/taxii2/$|\1|p' "$log")"
password="$(sed -n 's|^One-time password (shown only now): ||p' "$log")"
[[ -n "$url" && -n "$password" ]] || { echo "browser: server did not start"; cat "$log" "$work/serve.err"; exit 1; }

cli() { "$bin" --data-dir "$data" "$@"; }
cli member add alpha --display-name "Alpha Agency" --founding >/dev/null
cli member add bravo --display-name "Bravo Bureau" --founding >/dev/null
cli member add charlie --display-name "Charlie Service" --founding >/dev/null
echo "a long alpha password" | cli user add ann --member alpha --role analyst,liaison_officer,delegate --password-stdin >/dev/null
echo "a long bravo password" | cli user add bob --member bravo --role analyst,liaison_officer --password-stdin >/dev/null
echo "a long charlie password" | cli user add cat --member charlie --role analyst,liaison_officer --password-stdin >/dev/null

mkdir -p "$root/target/screenshots"
export LIAISON_URL="$url" LIAISON_ADMIN_PASSWORD="$password" SCREENSHOTS="$root/target/screenshots"
node "$here/e2e.mjs"
