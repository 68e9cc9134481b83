"""Ingests new indicators into a running center for a fixed time, as a member's feed would, and
afterwards checks that every acknowledged one can be read back. Standard library only.

Usage: ingest.py URL AUTHORIZATION SECONDS OUT_FILE
Posts envelopes of 100 indicators back to back to the shared collection. A write counts as
acknowledged when its TAXII status says every object succeeded; the ids of those objects are
written to OUT_FILE. Prints "ingest N objects in S s (R/s), E errors, 5xx X".

Usage: ingest.py URL AUTHORIZATION verify IDS_FILE
Reads the ids back 100 at a time (`match[id]`) and prints "verified K/N acknowledged objects".
"""

import json
import sys
import time
import urllib.error
import urllib.request
import uuid

TAXII = "application/taxii+json;version=2.1"


def request(url, auth, data=None):
    headers = {"Authorization": auth, "Accept": TAXII}
    if data is not None:
        headers["Content-Type"] = TAXII
    req = urllib.request.Request(url, data=data, headers=headers, method="POST" if data else "GET")
    with urllib.request.urlopen(req, timeout=60) as r:
        return r.status, json.load(r)


def ingest(base, auth, seconds, out):
    col = f"{base}/taxii2/exchange/collections/shared/objects/"
    acknowledged, errors, server_errors, n = [], 0, 0, 0
    start = time.time()
    while time.time() - start < seconds:
        objs = []
        for _ in range(100):
            n += 1
            objs.append({
                "type": "indicator", "spec_version": "2.1", "id": f"indicator--{uuid.uuid4()}",
                "created": "2026-03-01T00:00:00.000Z", "modified": "2026-03-01T00:00:00.000Z",
                "name": f"mixed {n} relay", "pattern_type": "stix",
                "pattern": f"[ipv4-addr:value = '172.16.{n // 256 % 256}.{n % 256}']",
                "valid_from": "2026-03-01T00:00:00Z"})
        try:
            _, status = request(col, auth, json.dumps({"objects": objs}).encode())
            if status.get("success_count") == len(objs):
                acknowledged.extend(o["id"] for o in objs)
            else:
                errors += 1
        except urllib.error.HTTPError as e:
            errors += 1
            server_errors += e.code >= 500
        except OSError:
            errors += 1
    took = time.time() - start
    with open(out, "w") as f:
        f.write("\n".join(acknowledged))
    print(f"ingest {len(acknowledged)} objects in {took:.0f} s ({len(acknowledged) / took:.0f}/s), "
          f"{errors} errors, 5xx {server_errors}")


def verify(base, auth, ids_file):
    ids = [line for line in open(ids_file).read().split("\n") if line]
    found = 0
    for i in range(0, len(ids), 100):
        batch = ids[i:i + 100]
        url = (f"{base}/taxii2/exchange/collections/shared/objects/?limit=1000&match%5Bid%5D="
               + ",".join(batch))
        _, env = request(url, auth)
        found += len({o["id"] for o in env.get("objects", [])} & set(batch))
    print(f"verified {found}/{len(ids)} acknowledged objects")


if __name__ == "__main__":
    if sys.argv[3] == "verify":
        verify(sys.argv[1], sys.argv[2], sys.argv[4])
    else:
        ingest(sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4])
