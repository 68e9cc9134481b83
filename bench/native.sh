#!/usr/bin/env bash
# Native benchmark: a release `liaison serve` on a fresh data directory, driven by loadgen.
# Usage: bench/native.sh [N] [clients]     (defaults: 100000 4)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-100000}"
clients="${2:-4}"
cargo build --release --locked -p liaison -p liaison-bench --manifest-path "$root/Cargo.toml" >&2
work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
"$root/target/release/liaison" --data-dir "$work/data" serve --bind 127.0.0.1:0 >"$work/log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do grep -q "^Listening on " "$work/log" && break; sleep 0.1; done
url="$(sed -n 's|^Listening on \(http://[^/]*\)/taxii2/$|\1|p' "$work/log")"
password="$(sed -n 's|^One-time password (shown only now): ||p' "$work/log")"
"$root/target/release/loadgen" --url "$url" --password "$password" -n "$n" --clients "$clients" --pid "$pid"
echo "database file: $(du -h "$work/data/liaison.db" | cut -f1)"
