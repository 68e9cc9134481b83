# Sourced by the wrk benchmarks: builds the release binary, starts one `liaison serve` on a
# fresh store and sets `url`, `password`, `auth`, `pid` and `work`; everything is stopped and
# removed on exit. Expects `root`, `backend` (sqlite or postgres) and `name` (the database
# prefix). With postgres a fresh database is made on the local server (LIAISON_BENCH_POSTGRES,
# default postgres://postgres@127.0.0.1:5432) and dropped afterwards. Installs wrk (Debian) if
# missing. PIN=1 puts the server on the last core and this script, with everything it starts
# afterwards (wrk, the Python clients), on the others, so that at hundreds of connections the
# clients' own work does not preempt the server's: then what is measured is the server alone.
pg="${LIAISON_BENCH_POSTGRES:-postgres://postgres@127.0.0.1:5432}"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
# LIAISON_BENCH_BIN measures another build (an earlier commit's, to compare) instead.
if [[ -n "${LIAISON_BENCH_BIN:-}" ]]; then
  bin="$LIAISON_BENCH_BIN"
else
  cargo build --release --locked -p liaison --manifest-path "$root/Cargo.toml" >&2
  bin="$root/target/release/liaison"
fi
work="$(mktemp -d)"
# A thousand event streams need more than the default 1,024 open files, on both sides.
ulimit -n "$(ulimit -Hn)"
server_on=()
if [[ -n "${PIN:-}" ]]; then
  last=$(( $(nproc) - 1 ))
  (( last > 0 )) || { echo "PIN=1 needs at least two cores"; exit 1; }
  server_on=(taskset -c "$last")
fi
pid=""
db=""
cleanup() {
  [[ -n "$pid" ]] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
  [[ -n "$db" ]] && psql "$pg/postgres" -q -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
store_args=(--data-dir "$work/data")
if [[ "$backend" == postgres ]]; then
  db="liaison_${name}_$$"
  psql "$pg/postgres" -q -c "CREATE DATABASE $db"
  # The data directory keeps the deconfliction key; the center lives in the database.
  store_args=(--database "$pg/$db" --data-dir "$work/data")
fi
"${server_on[@]}" "$bin" "${store_args[@]}" serve --bind 127.0.0.1:0 >"$work/log" 2>"$work/err" &
pid=$!
if [[ -n "${PIN:-}" ]]; then
  taskset -pc "0-$(( last - 1 ))" $$ >/dev/null
fi
for _ in $(seq 1 300); do grep -q "^Listening on " "$work/log" && break; sleep 0.1; done
url="$(sed -n 's|^Listening on \(http://[^/]*\)/taxii2/$|\1|p' "$work/log")"
password="$(sed -n 's|^One-time password (shown only now): ||p' "$work/log")"
[[ -n "$url" && -n "$password" ]] || { echo "the center did not start"; cat "$work/log" "$work/err"; exit 1; }
# shellcheck source=/dev/null
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/choose-password.sh"
password="$(choose_password "$url" "$password")"
auth="Basic $(printf 'admin:%s' "$password" | base64 -w0)"
rss() { echo "$(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 ))"; }
