#!/usr/bin/env bash
# A busy center: at N objects, clients make TAXII lookups and page walks, REST searches and web
# page views (home, object, search, statistics) while a feed ingests, all at once, for a fixed
# time at each client count. `/healthz` alone is measured first at the same count, as the
# reference for what the framework serves.
#
# Usage: bench/mixed.sh [N] [sqlite|postgres] [seconds] [clients...]
#   defaults: 1000000 sqlite 20, clients 1 16 64 256.
# The clients are shared out over the eight read routes (at least one each); one more ingests
# envelopes of 100 new indicators back to back (bench/ingest.py). Prints req/s, p50, p99 and
# errors per route and client count, the ingest rate, and the server's RSS after each count.
# SEARCH=1 instead times searches alone after the load (p50 of 15, one client): a word every
# object carries, two such words, its second page, a word one object in 1,000 carries, none.
# SOAK=600 then runs the same mix at 64 clients for that many seconds, samples the RSS every
# 30 s, and reads back every object the feed was told was stored.
# With postgres a fresh database is made on the local server (LIAISON_BENCH_POSTGRES, default
# postgres://postgres@127.0.0.1:5432) and dropped afterwards. Installs wrk (Debian) if missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-1000000}"
backend="${2:-sqlite}"
secs="${3:-20}"
shift $(( $# < 3 ? $# : 3 ))
levels=("$@")
[[ ${#levels[@]} -gt 0 ]] || levels=(1 16 64 256)
name=mixed
# shellcheck source=bench/center.sh
source "$root/bench/center.sh"

# N indicators, four writers at once; every thousandth carries a rare word. Their ids go to a
# file the wrk scripts read.
started=$(date +%s)
python3 - "$n" "$url" "$auth" "$work" <<'EOF'
import concurrent.futures, json, sys, urllib.request
n, url, auth, work = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
col = f"{url}/taxii2/exchange/collections/shared/objects/"
ids = [f"indicator--{i:08x}-0000-4000-8000-000000000000" for i in range(n)]
with open(f"{work}/ids.txt", "w") as f:
    f.write("\n".join(ids) + "\n")
def post(start):
    objs = [{"type": "indicator", "spec_version": "2.1", "id": ids[i],
             "created": "2026-01-01T00:00:00.000Z", "modified": "2026-01-01T00:00:00.000Z",
             "name": f"beacon {i} relay" + (" lantern" if i % 1000 == 7 else ""),
             "pattern_type": "stix",
             "pattern": f"[ipv4-addr:value = '10.{i // 65536 % 256}.{i // 256 % 256}.{i % 256}']",
             "valid_from": "2026-01-01T00:00:00Z"} for i in range(start, min(n, start + 1000))]
    req = urllib.request.Request(col, data=json.dumps({"objects": objs}).encode(), method="POST",
        headers={"Authorization": auth, "Accept": "application/taxii+json;version=2.1",
                 "Content-Type": "application/taxii+json;version=2.1"})
    urllib.request.urlopen(req, timeout=600).read()
with concurrent.futures.ThreadPoolExecutor(4) as ex:
    list(ex.map(post, range(0, n, 1000)))
EOF
echo "backend=$backend objects=$n loaded in $(( $(date +%s) - started )) s, seconds=$secs, $(nproc) cores"
if [[ "$backend" == postgres ]]; then
  # The node analyses the tables by itself after a load, in the background; done here and
  # waited for, so that it is not measured.
  psql "$pg/$db" -q -c "VACUUM (ANALYZE)"
fi
if [[ -n "${SEARCH:-}" ]]; then
  for q in relay "beacon%20relay" "relay&before=1800000000000000" lantern nosuchword; do
    for _ in 1 2 3; do curl -s -o /dev/null -H "Authorization: $auth" "$url/api/v1/search?q=$q&limit=20"; done
    p50=$(for _ in $(seq 1 15); do
      curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: $auth" "$url/api/v1/search?q=$q&limit=20"
    done | sort -n | sed -n 8p)
    counted=$(curl -s -H "Authorization: $auth" "$url/api/v1/search?q=$q&limit=20" \
      | python3 -c 'import json, sys; v = json.load(sys.stdin); print(v["counted"], "complete" if v["complete"] else "10,000+")')
    printf 'search %-32s p50 %6.1f ms  counted %s\n' "$q" "$(python3 -c "print($p50 * 1000)")" "$counted"
  done
  exit 0
fi
cookie="$(curl -s -o /dev/null -D - -X POST -H "Origin: $url" \
  --data-urlencode username=admin --data-urlencode "password=$password" --data-urlencode next=/ \
  "$url/sign-in" | sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p' | head -1)"
[[ -n "$cookie" ]] || { echo "could not sign in"; exit 1; }
# The first statistics count of a large center is compiled once in the background; ask for it
# now, so that the runs measure the page people see afterwards.
curl -s -o /dev/null -H "Cookie: $cookie" "$url/statistics"

cat >"$work/ids.lua" <<EOF
local ids = {}
for line in io.lines("$work/ids.txt") do ids[#ids + 1] = line end
local i = math.random(#ids)
local shape = os.getenv("SHAPE")
local col = "/taxii2/exchange/collections/shared/objects/"
request = function()
  i = (i * 7919) % #ids + 1
  local path
  if shape == "lookup" then path = col .. ids[i] .. "/"
  elseif shape == "pages" then path = col .. "?limit=100&added_after=2026-01-01T00:00:00." .. string.format("%06d", i % 1000000) .. "Z"
  else path = "/objects/" .. ids[i] end
  return wrk.format("GET", path)
end
done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.0f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors, summary.errors.status))
end
EOF
sed -n '/^done = /,$p' "$work/ids.lua" >"$work/report.lua"

# route -> wrk arguments
routes=(lookup pages search web-home web-object web-search web-statistics)
target() {
  case "$1" in
    healthz) echo "$url/healthz" ;;
    lookup|pages|web-object) echo "$url" ;;
    search) echo "$url/api/v1/search?q=relay&limit=20" ;;
    web-home) echo "$url/" ;;
    web-search) echo "$url/search?q=lantern" ;;
    web-statistics) echo "$url/statistics" ;;
  esac
}
# Runs every route at once with `clients` connections shared out, and the feed beside them.
mix() {
  local clients="$1" seconds="$2" each=$(( $1 / ${#routes[@]} ))
  (( each >= 1 )) || each=1
  local pids=()
  for route in "${routes[@]}"; do
    local script="$work/report.lua" shape="" hdr=(-H "Authorization: $auth" -H 'Accept: application/taxii+json;version=2.1')
    case "$route" in
      lookup|pages) script="$work/ids.lua"; shape="$route" ;;
      web-object) script="$work/ids.lua"; shape="web"; hdr=(-H "Cookie: $cookie") ;;
      web-*) hdr=(-H "Cookie: $cookie") ;;
    esac
    SHAPE="$shape" wrk -t1 -c"$each" -d"${seconds}s" --timeout 10s -s "$script" "${hdr[@]}" \
      "$(target "$route")" >"$work/$route.out" 2>&1 &
    pids+=($!)
  done
  python3 "$root/bench/ingest.py" "$url" "$auth" "$seconds" "$work/acknowledged-$clients.txt" >"$work/ingest.out" &
  pids+=($!)
  for p in "${pids[@]}"; do wait "$p"; done
}

printf '%-15s %7s %9s %9s %9s %7s %5s\n' route clients req/s p50_ms p99_ms errors 5xx
for c in "${levels[@]}"; do
  read -r hrps hp50 hp99 herr _ < <(wrk -t1 -c"$c" -d5s -s "$work/report.lua" "$url/healthz" | sed -n 's/^RESULT //p')
  printf '%-15s %7s %9s %9s %9s %7s %5s\n' healthz "$c" "$hrps" "$hp50" "$hp99" "$herr" -
  mix "$c" "$secs"
  for route in "${routes[@]}"; do
    read -r rps p50 p99 errs status < <(sed -n 's/^RESULT //p' "$work/$route.out")
    printf '%-15s %7s %9s %9s %9s %7s %5s\n' "$route" "$c" "${rps:-?}" "${p50:-?}" "${p99:-?}" "${errs:-?}" "${status:-?}"
  done
  echo "  $(cat "$work/ingest.out"); server RSS $(rss) MB"
done
if [[ -n "${SOAK:-}" ]]; then
  echo "soak: 64 clients for $SOAK s"
  ( for _ in $(seq 1 $(( SOAK / 30 ))); do sleep 30; echo "$(rss)"; done ) >"$work/rss.txt" &
  sampler=$!
  mix 64 "$SOAK"
  wait "$sampler" || true
  for route in "${routes[@]}"; do
    read -r rps p50 p99 errs status < <(sed -n 's/^RESULT //p' "$work/$route.out")
    printf '%-15s %7s %9s %9s %9s %7s %5s\n' "$route" 64 "${rps:-?}" "${p50:-?}" "${p99:-?}" "${errs:-?}" "${status:-?}"
  done
  echo "  $(cat "$work/ingest.out")"
  echo "  RSS every 30 s (MB): $(tr '\n' ' ' <"$work/rss.txt")"
  echo "  $(python3 "$root/bench/ingest.py" "$url" "$auth" verify "$work/acknowledged-64.txt")"
fi
