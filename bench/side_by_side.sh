#!/usr/bin/env bash
# Liaison and medallion (the OASIS reference TAXII 2.1 server, memory backend) on loopback,
# driven by the same taxii2-client workload. Usage: bench/side_by_side.sh [N] [N_medallion]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
venv="$here/.venv"
if [[ ! -x "$venv/bin/python" ]] || ! cmp -s "$here/requirements.txt" "$venv/.requirements"; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt"
  cp "$here/requirements.txt" "$venv/.requirements"
fi
cargo build --release --locked -p liaison --manifest-path "$root/Cargo.toml" >&2
exec "$venv/bin/python" "$here/side_by_side.py" --liaison "$root/target/release/liaison" --medallion "$venv/bin/medallion" "$@"
