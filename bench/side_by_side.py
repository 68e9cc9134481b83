"""Side-by-side TAXII benchmark: the same taxii2-client workload against Liaison and medallion.

Workload: POST N generated indicators in envelopes of 1,000 and wait for every status to
complete; page through all N with limit=1000; 200 match[id] lookups (median latency).
"""

import argparse
import base64
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid

from taxii2client.v21 import ApiRoot, Collection, as_pages

TAXII = "application/taxii+json;version=2.1"


def indicators(n):
    out = []
    for i in range(n):
        out.append({
            "type": "indicator", "spec_version": "2.1", "id": f"indicator--{uuid.uuid4()}",
            "created": "2024-01-01T00:00:00.000Z", "modified": "2024-01-01T00:00:00.000Z",
            "name": f"bench {i}", "pattern": f"[ipv4-addr:value = '10.{(i >> 16) & 255}.{(i >> 8) & 255}.{i & 255}']",
            "pattern_type": "stix", "valid_from": "2024-01-01T00:00:00Z",
        })
    return out


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def wait_port(port, proc, timeout=30):
    end = time.time() + timeout
    while time.time() < end:
        if proc.poll() is not None:
            raise RuntimeError("server exited")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("server did not start")


def workload(collection, n, lookups=200):
    objs = indicators(n)
    t = time.perf_counter()
    for i in range(0, n, 1000):
        status = collection.add_objects({"objects": objs[i:i + 1000]}, wait_for_completion=True, poll_interval=0.05, timeout=600)
        assert status.status == "complete" and status.success_count == len(objs[i:i + 1000]), status
    ingest = n / (time.perf_counter() - t)
    t = time.perf_counter()
    got = 0
    for page in as_pages(collection.get_objects, per_request=1000, type="indicator"):
        got += len(page.get("objects", []))
    paging_s = time.perf_counter() - t
    assert got == n, (got, n)
    lat = []
    step = max(1, n // lookups)
    for i in range(0, n, step)[:lookups]:
        t = time.perf_counter()
        r = collection.get_objects(id=objs[i]["id"])
        lat.append(time.perf_counter() - t)
        assert r["objects"][0]["id"] == objs[i]["id"]
    return {"ingest": ingest, "paging": n / paging_s, "lookup_ms": statistics.median(lat) * 1000}


def choose_password(url, one_time):
    """The administrator's first act: the one-time password opens only its own change."""
    chosen = "quiet harbour lantern seventeen"
    req = urllib.request.Request(
        f"{url}/api/v1/me/password", method="POST",
        data=json.dumps({"current_password": one_time, "password": chosen}).encode(),
        headers={"content-type": "application/json",
                 "authorization": "Basic " + base64.b64encode(f"admin:{one_time}".encode()).decode()})
    with urllib.request.urlopen(req) as r:
        assert r.status == 204
    return chosen


def run_liaison(binary, n):
    with tempfile.TemporaryDirectory() as d:
        proc = subprocess.Popen([binary, "--data-dir", f"{d}/data", "serve", "--bind", "127.0.0.1:0"],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            password = url = None
            for line in proc.stdout:
                if line.startswith("One-time password"):
                    password = line.split(": ", 1)[1].strip()
                m = re.match(r"Listening on (http://\S+)/taxii2/", line)
                if m:
                    url = m.group(1)
                    break
            password = choose_password(url, password)
            root = ApiRoot(f"{url}/taxii2/exchange/", user="admin", password=password)
            coll = next(c for c in root.collections if c.title == "Shared intelligence")
            return workload(coll, n)
        finally:
            proc.terminate()
            proc.wait()


def run_medallion(binary, n):
    port = free_port()
    with tempfile.TemporaryDirectory() as d:
        cid = str(uuid.uuid4())
        data = {
            "/discovery": {"title": "bench", "default": f"http://127.0.0.1:{port}/api1/",
                           "api_roots": [f"http://127.0.0.1:{port}/api1/"]},
            "api1": {
                "information": {"title": "api1", "versions": [TAXII], "max_content_length": 100_000_000},
                "status": [],
                "collections": [{"id": cid, "title": "bench", "can_read": True, "can_write": True,
                                 "media_types": ["application/stix+json;version=2.1"], "objects": [], "manifest": []}],
            },
        }
        with open(f"{d}/data.json", "w") as f:
            json.dump(data, f)
        config = {
            "backend": {"module": "medallion.backends.memory_backend", "module_class": "MemoryBackend",
                        "filename": f"{d}/data.json"},
            "users": {"admin": "Password0"},
            "taxii": {"max_page_size": 1000},
        }
        with open(f"{d}/config.json", "w") as f:
            json.dump(config, f)
        proc = subprocess.Popen([binary, "--host", "127.0.0.1", "--port", str(port), "--log-level", "ERROR", f"{d}/config.json"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_port(port, proc)
            coll = Collection(f"http://127.0.0.1:{port}/api1/collections/{cid}/", user="admin", password="Password0")
            return workload(coll, n)
        finally:
            proc.terminate()
            proc.wait()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", nargs="?", type=int, default=5000)
    ap.add_argument("n_medallion", nargs="?", type=int, default=None)
    ap.add_argument("--liaison", required=True)
    ap.add_argument("--medallion", required=True)
    a = ap.parse_args()
    nm = a.n_medallion or a.n
    lia = run_liaison(a.liaison, a.n)
    med = run_medallion(a.medallion, nm)
    print(f"workload: taxii2-client; Liaison N={a.n}, medallion (memory backend) N={nm}")
    print(f"{'figure':<28}{'Liaison':>14}{'medallion':>14}{'ratio':>10}")
    print(f"{'ingest (objects/s)':<28}{lia['ingest']:>14.0f}{med['ingest']:>14.0f}{lia['ingest'] / med['ingest']:>9.1f}x")
    print(f"{'paging (objects/s)':<28}{lia['paging']:>14.0f}{med['paging']:>14.0f}{lia['paging'] / med['paging']:>9.1f}x")
    print(f"{'match[id] median (ms)':<28}{lia['lookup_ms']:>14.3f}{med['lookup_ms']:>14.3f}{med['lookup_ms'] / lia['lookup_ms']:>9.1f}x lower")


if __name__ == "__main__":
    sys.exit(main())
