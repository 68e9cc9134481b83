#!/usr/bin/env bash
# The first statistics count of a large center: a release `liaison serve` on a fresh store gets
# N objects through loadgen, eight more members join, and two reports of periods not yet kept
# are timed over the API (each is counted from everything the center holds).
# Usage: bench/statistics.sh [N] [sqlite|postgres]   (defaults: 1000000 sqlite)
#   With postgres, a fresh database is made on the local server (LIAISON_BENCH_POSTGRES, default
#   postgres://postgres@127.0.0.1:5432) and dropped afterwards.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-1000000}"
backend="${2:-sqlite}"
pg="${LIAISON_BENCH_POSTGRES:-postgres://postgres@127.0.0.1:5432}"
cargo build --release --locked -p liaison -p liaison-bench --manifest-path "$root/Cargo.toml" >&2
work="$(mktemp -d)"
pid=""
db=""
cleanup() {
  [[ -n "$pid" ]] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
  [[ -n "$db" ]] && psql "$pg/postgres" -q -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
store_args=(--data-dir "$work/data")
if [[ "$backend" == postgres ]]; then
  db="liaison_bench_statistics_$$"
  psql "$pg/postgres" -q -c "CREATE DATABASE $db"
  # The data directory keeps the deconfliction key; the center lives in the database.
  store_args=(--database "$pg/$db" --data-dir "$work/data")
fi
liaison=("$root/target/release/liaison" "${store_args[@]}")
"${liaison[@]}" serve --bind 127.0.0.1:0 >"$work/log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do grep -q "^Listening on " "$work/log" && break; sleep 0.1; done
url="$(sed -n 's|^Listening on \(http://[^/]*\)/taxii2/$|\1|p' "$work/log")"
password="$(sed -n 's|^One-time password (shown only now): ||p' "$work/log")"
# shellcheck source=/dev/null
source "$root/scripts/choose-password.sh"
password="$(choose_password "$url" "$password")"
"$root/target/release/loadgen" --url "$url" --password "$password" -n "$n" --clients 4 \
  --pid "$pid" --no-ceiling --fusion
for m in m01 m02 m03 m04 m05 m06 m07 m08; do "${liaison[@]}" member add "$m" >/dev/null; done
# Let the background jobs that follow a bulk load settle (PostgreSQL's VACUUM (ANALYZE)).
sleep 10
for second in 1 2; do
  # From the founding date to a day or two ahead: a period no report was kept for.
  to="$(date -u -d "+${second} day" +%Y-%m-%dT%H:%M:%SZ)"
  start=$(date +%s%N)
  code=$(curl -s -o /dev/null -w "%{http_code}" -u "admin:$password" \
    "$url/api/v1/statistics?format=json&to=$to")
  end=$(date +%s%N)
  [[ "$code" == 200 ]] || { echo "the statistics answered $code" >&2; exit 1; }
  ms=$(( (end - start) / 1000000 ))
  printf 'first statistics count (%s, %s objects, ten members): %d.%03d s\n' "$backend" "$n" $((ms / 1000)) $((ms % 1000))
done
