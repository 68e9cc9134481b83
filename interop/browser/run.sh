#!/usr/bin/env bash
# Runs the browser tests: a fresh center served by `liaison serve`, three members and the
# secretariat driven through the web pages by headless Chromium. Screenshots of the main pages
# go to target/screenshots. Needs target/debug/liaison (scripts/test builds it).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
"$here/setup.sh"
bin="${LIAISON_BIN:-$root/target/debug/liaison}"
work="$(mktemp -d)"
data="$work/data"
cleanup() {
  [[ -n "${pid:-}" ]] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=/dev/null
source "$here/../center.sh"
start_center
cli member add alpha --display-name "Alpha Agency" --founding >/dev/null
cli member add bravo --display-name "Bravo Bureau" --founding >/dev/null
cli member add charlie --display-name "Charlie Service" --founding >/dev/null
echo "a long alpha password" | cli user add ann --member alpha --role analyst,liaison_officer,delegate --password-stdin --permanent >/dev/null
echo "a long bravo password" | cli user add bob --member bravo --role analyst,liaison_officer --password-stdin --permanent >/dev/null
echo "a long charlie password" | cli user add cat --member charlie --role analyst,liaison_officer --password-stdin --permanent >/dev/null

# Intelligence a member shares but a third party wrote (MITRE), and a feed whose server cannot
# be reached, for the object page and the feeds page.
cat >"$work/mitre.json" <<'JSON'
{"type":"bundle","id":"bundle--6c7a3c4e-2f1e-4f36-9d9a-1b2c3d4e5f60","objects":[
{"type":"identity","spec_version":"2.1","id":"identity--c78cb6e5-0c4b-4611-8297-d1b8b55e40b5","created":"2017-06-01T00:00:00.000Z","modified":"2017-06-01T00:00:00.000Z","name":"The MITRE Corporation","identity_class":"organization"},
{"type":"attack-pattern","spec_version":"2.1","id":"attack-pattern--0042a9f5-f053-4769-b3ef-9ad018dfa298","created":"2020-01-14T17:18:32.126Z","modified":"2020-06-20T22:18:53.000Z","name":"Rogue Domain Controller","description":"Adversaries may register a rogue Domain Controller to enable manipulation of Active Directory data.","created_by_ref":"identity--c78cb6e5-0c4b-4611-8297-d1b8b55e40b5","external_references":[{"source_name":"mitre-attack","external_id":"T1207","url":"https://attack.mitre.org/techniques/T1207"}]}]}
JSON
cli import --as bob "$work/mitre.json" >/dev/null
cli network allow 127.0.0.0/8 >/dev/null
echo "not the password" | cli feed add vendor --api-root http://127.0.0.1:9/api1/ --collection 91a7b528-80eb-42ed-a74d-c6fbd5a26116 \
  --auth basic --username feeder --secret-stdin --member bravo --as bob --tlp amber --release-to charlie --interval 900 >/dev/null

mkdir -p "$root/target/screenshots"
chosen="quiet harbour lantern seventeen"
export LIAISON_URL="$url" SCREENSHOTS="$root/target/screenshots"
# The administrator's first sign-in, and the accounts people run; then the exchange itself.
LIAISON_ADMIN_PASSWORD="$password" LIAISON_ADMIN_CHOSEN="$chosen" node "$here/accounts.mjs"
LIAISON_ADMIN_PASSWORD="$chosen" node "$here/e2e.mjs"
# Then the same center in its members' languages: right to left, chosen, a member's default.
LIAISON_ADMIN_PASSWORD="$chosen" node "$here/languages.mjs"
# The roles the walks above leave out: the presidency's own user and a delegate.
cli presidency appoint alpha --decision "the founding meeting" >/dev/null
echo "a long delegate password" | cli user add dan --member bravo --role delegate --password-stdin --permanent >/dev/null
node "$here/roles.mjs"
# Deconfliction: two members' operations meet; a third sees nothing of them.
node "$here/operations.mjs"
