#!/usr/bin/env bash
# Runs the interop suite: real taxii2-client, stix2 and stix2-validator against a spawned
# `liaison serve` on a fresh data directory. Needs `cargo build --locked -p liaison` first
# (scripts/test does it).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
py="$("$here/venv.sh")"
bin="${LIAISON_BIN:-$root/target/debug/liaison}"
work="$(mktemp -d)"
data="$work/data"
log="$work/serve.log"
cleanup() {
  if [[ -n "${pid:-}" ]]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
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
[[ -n "$url" && -n "$password" ]] || { echo "interop: server did not start"; cat "$log" "$work/serve.err"; exit 1; }

cli() { "$bin" --data-dir "$data" "$@"; }
cli member add alpha --display-name "Alpha Agency" >/dev/null
cli member add bravo --display-name "Bravo Bureau" >/dev/null
echo "a long alpha password" | cli user add ann --member alpha --role analyst --password-stdin >/dev/null
echo "a long bravo password" | cli user add bob --member bravo --role analyst --password-stdin >/dev/null
token="$(cli token create bob --name interop 2>/dev/null)"

export LIAISON_URL="$url" LIAISON_ADMIN_PASSWORD="$password" LIAISON_BOB_TOKEN="$token"
cd "$here"
"$py" -m pytest -q -p no:cacheprovider tests "$@"
