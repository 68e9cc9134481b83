#!/usr/bin/env bash
# Checks the packaging: the systemd unit with systemd-analyze (syntax, and its exposure
# score), the container image built when a container engine answers, else the Containerfile
# read for what it must hold (two stages, a user without privileges, the data volume, a locked
# build). Takes the binary to point the unit at (default target/debug/liaison).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="$(realpath "${1:-$root/target/debug/liaison}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if command -v systemd-analyze >/dev/null; then
  # The unit as installed names /usr/local/bin/liaison; verify a copy that names this build.
  sed "s|/usr/local/bin/liaison|$bin|" "$root/packaging/liaison.service" >"$work/liaison.service"
  out="$(systemd-analyze verify "$work/liaison.service" 2>&1 || true)"
  if grep -v -e "^$" -e "Cannot add dependency job" -e "Failed to connect to bus" <<<"$out" | grep -q .; then
    echo "systemd-analyze verify:"; echo "$out"; exit 1
  fi
  score="$(systemd-analyze security --offline=yes "$work/liaison.service" 2>/dev/null | tail -1 || true)"
  echo "systemd unit: verified; ${score:-exposure not measured}"
else
  grep -q '^ExecStart=/usr/local/bin/liaison serve$' "$root/packaging/liaison.service"
  echo "systemd unit: systemd-analyze is missing; read for its ExecStart only"
fi

file="$root/packaging/Containerfile"
if command -v docker >/dev/null && docker info >/dev/null 2>&1; then
  docker build -f "$file" -t liaison:check "$root"
  docker run --rm --read-only --tmpfs /tmp liaison:check --version
  echo "container: built and run read-only"
else
  need() { grep -Eq "$1" "$file" || { echo "Containerfile: $2"; exit 1; }; }
  [[ "$(grep -c '^FROM ' "$file")" -ge 2 ]] || { echo "Containerfile: not multi-stage"; exit 1; }
  need '^FROM .* AS build$' "the build stage is not named"
  need '^COPY --from=build ' "the binary is not copied from the build stage"
  need 'cargo build --release --locked' "the build is not locked"
  need '^USER [1-9][0-9]*:[1-9][0-9]*$' "it does not run as a numeric user without privileges"
  need '^VOLUME \["/var/lib/liaison"\]$' "the data directory is not a volume"
  need '^ENV LIAISON_DATA_DIR=/var/lib/liaison' "the data directory is not set"
  need '^ENTRYPOINT \["/usr/local/bin/liaison"\]$' "no entrypoint"
  if grep -Eq '^ADD ' "$file"; then echo "Containerfile: ADD fetches; use COPY"; exit 1; fi
  echo "container: no engine answers here; the Containerfile was read (two stages, non-root, volume)"
fi
