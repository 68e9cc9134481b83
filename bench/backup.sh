#!/usr/bin/env bash
# Online backup and restore of a large SQLite center (issue 20's figures): a release
# `liaison serve` on a fresh store filled with N indicators (default 1,000,000) through
# `liaison import`; then the backup alone, ingest over TAXII for a while without a backup and
# the same while a backup runs, and the restore. Prints seconds, objects/s and the ratio.
#   bench/backup.sh [N] [seconds of ingest per run]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-1000000}"
secs="${2:-20}"
backend=sqlite
name=backup
# shellcheck source=bench/center.sh
source "$root/bench/center.sh"
export LIAISON_BACKUP_PASSPHRASE="a passphrase for the benchmark"

echo "filling the store with $n indicators (liaison import, 100,000 a file)"
python3 - "$work/fill" "$n" <<'PY'
import json, os, sys, uuid
out, n = sys.argv[1], int(sys.argv[2])
os.makedirs(out, exist_ok=True)
step = 100_000
for f in range(0, n, step):
    objs = []
    for i in range(f, min(n, f + step)):
        objs.append({"type": "indicator", "spec_version": "2.1", "id": f"indicator--{uuid.uuid4()}",
                     "created": "2026-01-01T00:00:00.000Z", "modified": "2026-01-01T00:00:00.000Z",
                     "name": f"bench {i}", "pattern": f"[ipv4-addr:value = '10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}']",
                     "pattern_type": "stix", "valid_from": "2026-01-01T00:00:00Z"})
    json.dump({"type": "bundle", "id": f"bundle--{uuid.uuid4()}", "objects": objs},
              open(f"{out}/{f // step:04d}.json", "w"))
PY
start=$(date +%s.%N)
for f in "$work"/fill/*.json; do "$bin" --data-dir "$work/data" import --as admin "$f" >/dev/null 2>&1; done
echo "filled in $(python3 -c "print(round($(date +%s.%N) - $start, 1))") s; database $(du -m "$work/data/liaison.db" | cut -f1) MB"

t0=$(date +%s.%N)
"$bin" --data-dir "$work/data" backup "$work/alone.backup" >/dev/null
alone=$(python3 -c "print(round($(date +%s.%N) - $t0, 1))")
echo "backup alone: $alone s, archive $(du -m "$work/alone.backup" | cut -f1) MB"

auth="Basic $(printf 'admin:%s' "$password" | base64 -w0)"
python3 "$root/bench/ingest.py" "$url" "$auth" "$secs" "$work/ids0" >"$work/without"
echo "without a backup: $(cat "$work/without")"
base_rate=$(sed -n 's/.*(\([0-9.]*\)\/s).*/\1/p' "$work/without")
python3 "$root/bench/ingest.py" "$url" "$auth" "$secs" "$work/ids1" >"$work/during" &
ingest=$!
sleep 2
t0=$(date +%s.%N)
"$bin" --data-dir "$work/data" backup "$work/during.backup" >/dev/null
during=$(python3 -c "print(round($(date +%s.%N) - $t0, 1))")
wait "$ingest"
echo "during a backup: $(cat "$work/during")"
during_rate=$(sed -n 's/.*(\([0-9.]*\)\/s).*/\1/p' "$work/during")
echo "backup during ingest: $during s"
t0=$(date +%s.%N)
"$bin" --data-dir "$work/restored" restore "$work/during.backup" >/dev/null
restore=$(python3 -c "print(round($(date +%s.%N) - $t0, 1))")
echo "restore: $restore s"
python3 -c "print(f'ingest during the backup / without: {float($during_rate) / float($base_rate):.0%} ($during_rate against $base_rate objects/s, one client; the backup ran {$during} s of the {$secs} s)')"
