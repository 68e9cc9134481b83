#!/usr/bin/env bash
# Feed pull rate: a release `liaison serve` (the remote) holding the real public corpus
# (interop/corpus/fetch.sh: ATT&CK 2.0 and 2.1, CAPEC, MISP events), and a second center that
# pulls it through a feed with `liaison feed pull` (HTTP Basic, pages of 1,000 with added_after
# and next). Then the same pull killed halfway and resumed: what a restart in the middle costs.
# Usage: bench/feeds.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cargo build --release --locked -p liaison --manifest-path "$root/Cargo.toml" >&2
bin="$root/target/release/liaison"
corpus="${LIAISON_CORPUS:-$root/target/corpus}"
STIX_CORPUS_VALIDATE=0 "$root/interop/corpus/fetch.sh" "$corpus" >/dev/null 2>&1
work="$(mktemp -d)"
pid=""
cleanup() { [[ -n "$pid" ]] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }; rm -rf "$work"; }
trap cleanup EXIT

"$bin" --data-dir "$work/remote" serve --bind 127.0.0.1:0 >"$work/remote.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do grep -q "^Listening on " "$work/remote.log" 2>/dev/null && break; sleep 0.1; done
url="$(sed -n 's|^Listening on \(http://[^/]*\)/taxii2/$|\1|p' "$work/remote.log")"
"$bin" --data-dir "$work/remote" member add alpha >/dev/null
echo "a long alpha password" | "$bin" --data-dir "$work/remote" user add ann --member alpha --role analyst --password-stdin --permanent >/dev/null
files=("$corpus"/attack-enterprise-20.json "$corpus"/attack-enterprise-21.json "$corpus"/attack-mobile-2?.json "$corpus"/attack-ics-2?.json "$corpus"/capec-20.json "$corpus"/misp-*-21.json)
"$bin" --data-dir "$work/remote" import --as ann "${files[@]}" >/dev/null 2>&1
total="$(curl -s -u 'ann:a long alpha password' -H 'Accept: application/taxii+json;version=2.1' \
  "$url/taxii2/exchange/collections/shared/manifest/?limit=1" -D - -o /dev/null | tr -d '\r' | sed -n 's/^x-taxii-date-added-last: //Ip' | head -1)"
echo "remote: $url holds the corpus (last added $total)"

local_center() {  # dir
  "$bin" --data-dir "$1" serve --bind 127.0.0.1:0 >"$1.log" 2>&1 &
  local p=$!
  for _ in $(seq 1 100); do grep -q "^Listening on " "$1.log" 2>/dev/null && break; sleep 0.1; done
  kill "$p"; wait "$p" 2>/dev/null || true
  "$bin" --data-dir "$1" member add bravo >/dev/null
  echo "a long bravo password" | "$bin" --data-dir "$1" user add bob --member bravo --role analyst --password-stdin --permanent >/dev/null
  "$bin" --data-dir "$1" network allow 127.0.0.0/8 >/dev/null
  echo "a long alpha password" | "$bin" --data-dir "$1" feed add remote --api-root "$url/taxii2/exchange/" \
    --collection shared --auth basic --username ann --secret-stdin --member bravo --as bob --interval 3600 >/dev/null
}

local_center "$work/a"
start=$(date +%s.%N)
out="$("$bin" --data-dir "$work/a" feed pull remote)"
end=$(date +%s.%N)
taken="$(sed -n 's/.* \([0-9]*\) objects taken.*/\1/p' <<<"$out")"
secs="$(echo "$end - $start" | bc -l)"
printf 'feed pull, uninterrupted: %s in %.2f s = %.0f objects/s\n' "$out" "$secs" "$(echo "$taken / $secs" | bc -l)"

local_center "$work/b"
half="$(echo "$secs / 2" | bc -l)"
start=$(date +%s.%N)
timeout -s KILL "$half" "$bin" --data-dir "$work/b" feed pull remote >/dev/null 2>&1 || true
killed=$(date +%s.%N)
before="$("$bin" --data-dir "$work/b" feed show remote | head -1)"
echo "killed after $(printf '%.2f' "$half") s: $before"
# The dead pull's lease (30 s, renewed by each page) must run out before another pull.
until out2="$("$bin" --data-dir "$work/b" feed pull remote 2>&1)"; do sleep 0.5; done
end=$(date +%s.%N)
after="$("$bin" --data-dir "$work/b" feed show remote | head -1)"
printf 'resumed: %s\n  after the kill: %.2f s (waiting out the lease, then the rest); kill to done %.2f s; start to done %.2f s vs %.2f s uninterrupted\n' \
  "$out2" "$(echo "$end - $killed" | bc -l)" "$(echo "$end - $killed" | bc -l)" "$(echo "$end - $start" | bc -l)" "$secs"
echo "feed state after: $after"
