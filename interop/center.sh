# Sourced by the interop and browser test scripts: starts `liaison serve` on a fresh data
# directory and sets `url`, `password` (the administrator's one-time password) and `pid`.
# Needs `bin`, `data` and `work` set.
start_center() {
  local log="$work/serve.log"
  "$bin" --data-dir "$data" serve --bind 127.0.0.1:0 >"$log" 2>"$work/serve.err" &
  pid=$!
  for _ in $(seq 1 100); do
    grep -q "^Listening on " "$log" 2>/dev/null && break
    sleep 0.1
  done
  url="$(sed -n 's|^Listening on \(http://[^/]*\)/taxii2/$|\1|p' "$log")"
  password="$(sed -n 's|^One-time password (shown only now): ||p' "$log")"
  [[ -n "$url" && -n "$password" ]] || { echo "the test center did not start"; cat "$log" "$work/serve.err"; exit 1; }
}
cli() { "$bin" --data-dir "$data" "$@"; }
# shellcheck source=/dev/null
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/choose-password.sh"
