#!/usr/bin/env bash
# Reads as a busy center makes them: wrk at 1 to 256 concurrent connections against a release
# `liaison serve` on a fresh store holding N indicators, with `/healthz` measured in the same run
# as the reference for what the framework alone serves.
#
# Usage: bench/concurrency.sh [N] [sqlite|postgres] [seconds] [clients...]
#   defaults: 10000 sqlite 10, clients 1 4 16 64 256.
# Routes: /healthz; TAXII object by id (GET objects/{id}/) and `match[id]` with HTTP Basic, a
# different id on each request; the web object page and home page with a session cookie; search
# of a word every indicator carries, through the REST API. Each run starts once the machine has
# been idle for a quarter second. Prints one line per route and client count (req/s, p50, p99,
# non-2xx, the server's CPU per request in µs, the share of the cores left idle, the server's
# context switches per request, the seconds waited for quiet and the share of the cores the
# hypervisor took), then a summary with the ratio of each route's req/s to /healthz's at the same
# count and to the route's best at fewer clients, then the server's RSS and thread count.
# With postgres a fresh database is made on the local server (LIAISON_BENCH_POSTGRES, default
# postgres://postgres@127.0.0.1:5432) and dropped afterwards. Installs wrk (Debian) if missing.
# PIN=1 runs the server on the last core and wrk on the others (see bench/center.sh).
# PROFILE=dir samples the server's functions during each run with `perf` (software clock).
# STREAMS=1000 adds a last phase: object lookups at 16 clients without and then with that many
# event streams open (bench/streams.py), the server's RSS with them, and how many streams
# receive each of 10 new objects, and how soon.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-10000}"
backend="${2:-sqlite}"
secs="${3:-10}"
shift $(( $# < 3 ? $# : 3 ))
levels=("$@")
[[ ${#levels[@]} -gt 0 ]] || levels=(1 4 16 64 256)
name=concurrency
# shellcheck source=bench/center.sh
source "$root/bench/center.sh"
col="$url/taxii2/exchange/collections/shared"

# N indicators in envelopes of 1,000; their ids go to a file the wrk scripts read.
python3 - "$n" "$work" <<'EOF'
import json, sys, uuid
n, work = int(sys.argv[1]), sys.argv[2]
ids = []
for start in range(0, n, 1000):
    objs = []
    for i in range(start, min(n, start + 1000)):
        oid = f"indicator--{uuid.uuid4()}"
        ids.append(oid)
        objs.append({"type": "indicator", "spec_version": "2.1", "id": oid,
                     "created": "2026-01-01T00:00:00.000Z", "modified": "2026-01-01T00:00:00.000Z",
                     "name": f"beacon {i} relay", "pattern_type": "stix",
                     "pattern": f"[ipv4-addr:value = '10.{i // 65536 % 256}.{i // 256 % 256}.{i % 256}']",
                     "valid_from": "2026-01-01T00:00:00Z"})
    with open(f"{work}/envelope{start // 1000}.json", "w") as f:
        json.dump({"objects": objs}, f)
with open(f"{work}/ids.txt", "w") as f:
    f.write("\n".join(ids) + "\n")
EOF
for f in "$work"/envelope*.json; do
  curl -sf -o /dev/null -X POST -H "Authorization: $auth" \
    -H 'Accept: application/taxii+json;version=2.1' \
    -H 'Content-Type: application/taxii+json;version=2.1' --data-binary "@$f" "$col/objects/"
done
# The node analyses PostgreSQL's tables by itself once 10,000 objects are written; that runs in
# the background right when the load ends. Do it here and wait, so that it is not measured.
if [[ "$backend" == postgres ]]; then
  psql "$pg/$db" -q -c "VACUUM (ANALYZE)"
fi
# A web session for the page routes.
cookie="$(curl -s -o /dev/null -D - -X POST -H "Origin: $url" \
  --data-urlencode username=admin --data-urlencode "password=$password" --data-urlencode next=/ \
  "$url/sign-in" | sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p' | head -1)"
[[ -n "$cookie" ]] || { echo "could not sign in"; exit 1; }

# Each request takes the next id, so no two in a row ask for the same row.
cat >"$work/ids.lua" <<EOF
local ids = {}
for line in io.lines("$work/ids.txt") do ids[#ids + 1] = line end
local i = math.random(#ids)
local shape = os.getenv("SHAPE")
request = function()
  i = i % #ids + 1
  local path
  if shape == "taxii-id" then path = "/taxii2/exchange/collections/shared/objects/" .. ids[i] .. "/"
  elseif shape == "taxii-match" then path = "/taxii2/exchange/collections/shared/objects/?match%5Bid%5D=" .. ids[i]
  else path = "/objects/" .. ids[i] end
  return wrk.format("GET", path)
end
EOF
cat >"$work/report.lua" <<'EOF'
done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.0f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
EOF
# The server's CPU time so far, in clock ticks, and the machine's idle ticks: read around each
# run, they give the server's CPU per request, which is steadier here than req/s, and whether
# the cores were full.
server_ticks() { sed 's/.*) //' "/proc/$pid/stat" | awk '{print $12 + $13}'; }
# Context switches of all the server's threads so far: a handoff between threads that costs a
# switch per request shows here before it shows in req/s.
server_switches() { cat /proc/"$pid"/task/*/status 2>/dev/null | awk '/ctxt_switches/ {s += $2} END {print s + 0}'; }
idle_ticks() { awk '/^cpu / {print $5 + $6}' /proc/stat; }
# Time the hypervisor gave this machine's cores to others: on a shared host the same request
# then costs more of the server's CPU as measured from inside.
steal_ticks() { awk '/^cpu / {print $9}' /proc/stat; }
# Every core of the machine: with PIN=1 `nproc` counts only those this script may use.
cores="$(getconf _NPROCESSORS_ONLN)"
tick_us="$(python3 -c "import os; print(1e6 / os.sysconf('SC_CLK_TCK'))")"
# Idle ticks of all cores in a quarter second when nothing runs, and nine tenths of that.
quiet_ticks="$(python3 -c "import os; print(int(0.9 * 0.25 * os.sysconf('SC_CLK_TCK') * $cores))")"
# Waits until the machine has been idle for a quarter second (at most 30 s) and prints how
# long that took, so that no run is measured on top of work the previous one left: before a
# SQLite reader skipped the reads of clients that had gone, the searches of 64 and 256 clients
# went on for 0.8 and 1.6 s after wrk stopped; PostgreSQL still finishes a query it was sent.
settle() {
  local t0 a b
  t0="$(date +%s%N)"
  for _ in $(seq 1 120); do
    a="$(idle_ticks)"; sleep 0.25; b="$(idle_ticks)"
    (( b - a >= quiet_ticks )) && break
  done
  python3 -c "print(f'{($(date +%s%N) - $t0) / 1e9 - 0.25:.1f}')"
}
run() { # route clients -> "req/s p50 p99 errors"
  local route="$1" c="$2" threads=$(( $2 < $(nproc) ? $2 : $(nproc) ))
  local hdr=(-H 'Accept: application/taxii+json;version=2.1' -H "Authorization: $auth")
  local script=(-s "$work/report.lua") target="$url/healthz" shape=""
  case "$route" in
    healthz) hdr=() ;;
    taxii-id|taxii-match) shape="$route"; script=(-s "$work/ids.lua"); target="$url" ;;
    web-object) shape="web"; script=(-s "$work/ids.lua"); hdr=(-H "Cookie: $cookie"); target="$url" ;;
    web-home) hdr=(-H "Cookie: $cookie"); target="$url/" ;;
    search) hdr=(-H "Authorization: $auth"); target="$url/api/v1/search?q=relay&limit=20" ;;
  esac
  # The id script has no `done`; append the reporter to a copy of it.
  if [[ "${script[1]}" == "$work/ids.lua" ]]; then
    cat "$work/ids.lua" "$work/report.lua" >"$work/run.lua"; script=(-s "$work/run.lua")
  fi
  SHAPE="$shape" wrk -t"$threads" -c"$c" -d"${secs}s" --timeout 10s "${script[@]}" "${hdr[@]}" "$target" \
    | sed -n 's/^RESULT //p'
}
# Warm the caches and let each connection settle its statements before measuring.
run taxii-id 16 >/dev/null
echo "backend=$backend objects=$n seconds=$secs $cores cores${PIN:+, the server on core $last and wrk on the rest}"
# ROUNDS=n measures every level n times, the levels in turn each round (upwards, and downwards
# in every second round), and then prints each route and level's median: identical runs differ
# by up to a fifth on this machine, and a level measured once says as much about the minute it
# ran in as about the level.
rounds="${ROUNDS:-1}"
# PROFILE=dir samples which functions the server runs during each run, into
# dir/route-clients-round.data (`perf report -i`), to compare where a slow round's CPU went.
if [[ -n "${PROFILE:-}" ]]; then
  mkdir -p "$PROFILE"
  read -ra perf_args <<<"${PERF_ARGS:-}"
fi
printf '%-5s %-12s %7s %10s %9s %9s %7s %8s %6s %7s %8s %6s\n' round route clients req/s p50_ms p99_ms errors cpu_us idle% sw/req settle_s steal%
for r in $(seq 1 "$rounds"); do
  # Every second round takes the levels from the most clients down, so that no level always
  # runs last in its round, when the minutes the host slows in would always fall on it.
  order=("${levels[@]}")
  if (( r % 2 == 0 )); then
    order=(); for (( k = ${#levels[@]} - 1; k >= 0; k-- )); do order+=("${levels[k]}"); done
  fi
  for c in "${order[@]}"; do
    for route in ${ROUTES:-healthz taxii-id taxii-match web-object web-home search}; do
      waited="$(settle)"
      t0="$(server_ticks)" i0="$(idle_ticks)" s0="$(server_switches)" st0="$(steal_ticks)"
      if [[ -n "${PROFILE:-}" ]]; then
        perf record -q -F 997 "${perf_args[@]}" -p "$pid" -o "$PROFILE/$route-$c-$r.data" -- sleep "$secs" 2>/dev/null &
        perf_pid=$!
      fi
      read -r rps p50 p99 errs < <(run "$route" "$c")
      if [[ -n "${PROFILE:-}" ]]; then wait "$perf_pid"; fi
      t1="$(server_ticks)" i1="$(idle_ticks)" s1="$(server_switches)" st1="$(steal_ticks)"
      # Server CPU per request (µs), the share of all cores left idle during the run, the
      # server's context switches per request and the share of all cores stolen.
      read -r cpu idle sw steal < <(python3 -c "
rps, secs, cores = $rps, $secs, $cores
share = lambda ticks: f'{100 * ticks * $tick_us / 1e6 / (secs * cores):.0f}'
print(f'{($t1 - $t0) * $tick_us / max(rps * secs, 1):.1f}', share($i1 - $i0),
      f'{($s1 - $s0) / max(rps * secs, 1):.2f}', share($st1 - $st0))")
      printf '%-5s %-12s %7s %10s %9s %9s %7s %8s %6s %7s %8s %6s\n' "$r" "$route" "$c" "$rps" "$p50" "$p99" "$errs" "$cpu" "$idle" "$sw" "$waited" "$steal" \
        | tee -a "$work/results"
    done
  done
done
# Per route and level: the median of the rounds; its ratio to /healthz's at the same level, and
# to the route's best at this many clients or fewer (issue 22 asks for at least 0.9 of it).
python3 - "$work/results" <<'EOF2'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
routes = list(dict.fromkeys(r[1] for r in rows))
levels = sorted({int(r[2]) for r in rows})
def med(route, c, k):
    vals = [float(r[k]) for r in rows if r[1] == route and int(r[2]) == c]
    return statistics.median(vals) if vals else None
print(f"medians of {len(rows) // max(len(routes) * len(levels), 1)} round(s)")
print(f"{'route':<12} {'clients':>7} {'req/s':>10} {'p50_ms':>9} {'p99_ms':>9} {'errors':>7} {'cpu_us':>8} {'sw/req':>7} {'x_healthz':>9} {'of_best':>8}")
for route in routes:
    best = 0.0
    for c in levels:
        rps = med(route, c, 3)
        if rps is None:
            continue
        best = max(best, rps)
        errs = sum(int(r[6]) for r in rows if r[1] == route and int(r[2]) == c)
        h = med("healthz", c, 3)
        ratio = f"{rps / h:.3f}" if h else "-"
        print(f"{route:<12} {c:>7} {rps:>10.0f} {med(route, c, 4):>9.2f} {med(route, c, 5):>9.2f} {errs:>7} "
              f"{med(route, c, 7):>8.1f} {med(route, c, 9):>7.2f} {ratio:>9} {rps / best:>8.2f}")
EOF2
rss() { echo "$(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 )) MB (peak $(( $(awk '/VmHWM/ {print $2}' "/proc/$pid/status") / 1024 )) MB), threads: $(awk '/Threads/ {print $2}' "/proc/$pid/status")"; }
echo "server RSS: $(rss)"
if [[ -n "${STREAMS:-}" ]]; then
  read -r base _ < <(run taxii-id 16)
  STREAMS_GO="$work/go" python3 "$root/bench/streams.py" "$url" "$auth" "$STREAMS" 10 30 >"$work/streams.out" &
  streams_pid=$!
  for _ in $(seq 1 600); do grep -q '^connected' "$work/streams.out" && break; sleep 0.1; done
  echo "event streams: $(cat "$work/streams.out"), server RSS $(rss)"
  read -r with _ < <(run taxii-id 16)
  echo "object by id at 16 clients: $base req/s without the streams, $with with them ($(python3 -c "print(f'{$with / $base:.2f}')")x)"
  python3 - "$work/new.json" <<'EOF2'
import json, sys, uuid
objs = [{"type": "indicator", "spec_version": "2.1", "id": f"indicator--{uuid.uuid4()}",
         "created": "2026-02-01T00:00:00.000Z", "modified": "2026-02-01T00:00:00.000Z",
         "name": f"fresh {i}", "pattern_type": "stix", "pattern": f"[ipv4-addr:value = '192.0.2.{i}']",
         "valid_from": "2026-02-01T00:00:00Z"} for i in range(10)]
json.dump({"objects": objs}, open(sys.argv[1], "w"))
EOF2
  touch "$work/go"
  curl -sf -o /dev/null -X POST -H "Authorization: $auth" -H 'Accept: application/taxii+json;version=2.1' \
    -H 'Content-Type: application/taxii+json;version=2.1' --data-binary "@$work/new.json" "$col/objects/"
  wait "$streams_pid" || true
  echo "10 new objects, streams that got all of them: $(tail -1 "$work/streams.out")"
fi
