#!/usr/bin/env bash
# Native benchmark: release `liaison serve` node(s) on a fresh store, driven by loadgen.
# Usage: bench/native.sh [N] [clients] [sqlite|postgres] [nodes] [half] [fusion] [pages] [parts] [corpus]
#   defaults: 100000 4 sqlite 1. The words after the fourth may come in any order ("-" is ignored):
#   half: every second indicator AMBER, paged by a reader of another member; fusion: skewed values
#   and two-word names, then correlation and search latencies; pages: time the web pages;
#   parts: measure the store ceiling also without correlation keys, and without search text;
#   corpus: instead of N generated indicators, the real public STIX of interop/corpus/fetch.sh
#   (ATT&CK 2.0 and 2.1, CAPEC, MISP events, OASIS examples) against its own store ceiling. With postgres, a fresh database is made on the local server
#   (LIAISON_BENCH_POSTGRES, default postgres://postgres@127.0.0.1:5432) and dropped afterwards;
#   several nodes share it, and the clients are spread over them.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-100000}"
clients="${2:-4}"
backend="${3:-sqlite}"
nodes="${4:-1}"
half=""
fusion_args=()
parts=""
for word in "${@:5}"; do
  case "$word" in
    half) half=half ;;
    fusion) fusion_args+=(--fusion) ;;
    pages) fusion_args+=(--pages) ;;
    parts) parts=parts; fusion_args+=(--ceiling-parts) ;;
    corpus)
      corpus="${LIAISON_CORPUS:-$root/target/corpus}"
      STIX_CORPUS_VALIDATE=0 "$root/interop/corpus/fetch.sh" "$corpus" >/dev/null
      fusion_args+=(--corpus "$corpus") ;;
    -) ;;
    *) echo "unknown word: $word (expected half, fusion, pages, parts or corpus)" >&2; exit 2 ;;
  esac
done
pg="${LIAISON_BENCH_POSTGRES:-postgres://postgres@127.0.0.1:5432}"
cargo build --release --locked -p liaison -p liaison-bench --manifest-path "$root/Cargo.toml" >&2
work="$(mktemp -d)"
pids=()
dbs=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  for d in "${dbs[@]}"; do psql "$pg/postgres" -q -c "DROP DATABASE IF EXISTS $d WITH (FORCE)" >/dev/null 2>&1 || true; done
  rm -rf "$work"
}
trap cleanup EXIT
store_args=(--data-dir "$work/data")
ceiling_args=()
if [[ "$backend" == postgres ]]; then
  db="liaison_bench_$$"
  dbs+=("$db")
  psql "$pg/postgres" -q -c "CREATE DATABASE $db"
  # The data directory keeps the deconfliction key; the center lives in the database.
  store_args=(--database "$pg/$db" --data-dir "$work/data")
  # One fresh database per ceiling measurement.
  ceilings=()
  for k in 1 ${parts:+2 3}; do
    dbs+=("liaison_bench_ceiling_${k}_$$")
    psql "$pg/postgres" -q -c "CREATE DATABASE liaison_bench_ceiling_${k}_$$"
    ceilings+=("$pg/liaison_bench_ceiling_${k}_$$")
  done
  ceiling_args=(--ceiling-database "$(IFS=,; echo "${ceilings[*]}")")
fi
urls=()
password=""
for i in $(seq 1 "$nodes"); do
  "$root/target/release/liaison" "${store_args[@]}" serve --bind 127.0.0.1:0 >"$work/log$i" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 100); do grep -q "^Listening on " "$work/log$i" && break; sleep 0.1; done
  urls+=("$(sed -n 's|^Listening on \(http://[^/]*\)/taxii2/$|\1|p' "$work/log$i")")
  p="$(sed -n 's|^One-time password (shown only now): ||p' "$work/log$i")"
  [[ -n "$p" ]] && password="$p"
done
# shellcheck source=/dev/null
source "$root/scripts/choose-password.sh"
password="$(choose_password "${urls[0]}" "$password")"
reader_args=()
if [[ "$half" == half ]]; then
  # Every second indicator is AMBER with no release list; a reader of another member sees half.
  "$root/target/release/liaison" "${store_args[@]}" member add reader >/dev/null
  echo "a long reader password" | "$root/target/release/liaison" "${store_args[@]}" user add reader --member reader --role analyst --password-stdin --permanent >/dev/null
  reader_args=(--half-amber --reader-user reader --reader-password "a long reader password")
fi
"$root/target/release/loadgen" --url "$(IFS=,; echo "${urls[*]}")" --password "$password" \
  -n "$n" --clients "$clients" --pid "$(IFS=,; echo "${pids[*]}")" "${ceiling_args[@]}" "${reader_args[@]}" "${fusion_args[@]}"
if [[ "$backend" == sqlite ]]; then echo "database file: $(du -h "$work/data/liaison.db" | cut -f1)"; fi
