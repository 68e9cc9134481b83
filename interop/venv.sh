#!/usr/bin/env bash
# Creates (or reuses) interop/.venv with the pinned packages; prints its python.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"
stamp="$venv/.requirements.sha256"
want="$(cat "$here"/*requirements.txt | sha256sum | cut -d' ' -f1)"
if [[ ! -x "$venv/bin/python" ]] || [[ "$(cat "$stamp" 2>/dev/null)" != "$want" ]]; then
  echo "interop: creating $venv" >&2
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt" >&2
  if [[ -f "$here/bench-requirements.txt" ]]; then
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/bench-requirements.txt" >&2
  fi
  echo "$want" > "$stamp"
fi
echo "$venv/bin/python"
