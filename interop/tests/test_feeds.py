"""A feed pulled from medallion, the OASIS TAXII 2.1 reference server, started here from the
package registry: objects posted to medallion with taxii2-client come into Liaison on the
member's behalf, once, through `liaison serve`'s own schedule (asked to pull now)."""

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
import stix2
from taxii2client.v21 import Collection

from conftest import BASE

COLLECTION = "91a7b528-80eb-42ed-a74d-c6fbd5a26116"
TAXII = "application/taxii+json;version=2.1"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def medallion(tmp_path_factory):
    d = tmp_path_factory.mktemp("medallion")
    port = free_port()
    root = f"http://127.0.0.1:{port}/api1/"
    (d / "data.json").write_text(json.dumps({
        "/discovery": {"title": "medallion", "description": "interop", "contact": "-",
                       "default": root, "api_roots": [root]},
        "api1": {"information": {"title": "api1", "description": "interop",
                                 "versions": [TAXII], "max_content_length": 9765625},
                 "status": [],
                 "collections": [{"id": COLLECTION, "title": "vendor feed", "description": "-",
                                  "can_read": True, "can_write": True,
                                  "media_types": ["application/stix+json;version=2.1"],
                                  "objects": [], "manifest": []}]}}))
    (d / "config.json").write_text(json.dumps({
        "backend": {"module": "medallion.backends.memory_backend", "module_class": "MemoryBackend",
                    "filename": str(d / "data.json")},
        "users": {"feeder": "feeder password"},
        "taxii": {"max_page_size": 100}}))
    medallion_bin = Path(sys.executable).parent / "medallion"
    p = subprocess.Popen([str(medallion_bin), "--host", "127.0.0.1", "--port", str(port),
                          str(d / "config.json")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            requests.get(f"http://127.0.0.1:{port}/taxii2/", auth=("feeder", "feeder password"),
                         headers={"Accept": TAXII}, timeout=1)
            break
        except requests.ConnectionError:
            time.sleep(0.1)
    yield root
    p.terminate()
    p.wait(10)


def vendor_objects(n, start=0):
    vendor = stix2.Identity(id="identity--7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", name="Example Vendor",
                            identity_class="organization")
    out = [vendor] if start == 0 else []
    for i in range(start, start + n):
        out.append(stix2.Indicator(
            name=f"vendor indicator {i}", pattern=f"[ipv4-addr:value = '203.0.113.{i % 250}']",
            pattern_type="stix", valid_from="2024-01-01T00:00:00Z", created_by_ref=vendor.id))
    return out


def wait_for_pull(admin, name, after):
    for _ in range(300):
        f = requests.get(f"{BASE}/api/v1/feeds/{name}", auth=admin, timeout=10).json()
        if f.get("last_pull") and f["last_pull"] > after:
            return f
        time.sleep(0.1)
    raise AssertionError(f"the feed was not pulled: {f}")


def test_a_feed_from_medallion(medallion, admin, ann):
    remote = Collection(f"{medallion}collections/{COLLECTION}/", user="feeder", password="feeder password")
    objs = vendor_objects(250)
    for k in range(0, len(objs), 100):
        remote.add_objects(stix2.Bundle(objects=objs[k:k + 100], allow_custom=True).serialize())
    # medallion runs on this machine, which the center reaches once its administrator allows it.
    r = requests.put(f"{BASE}/api/v1/center/networks", auth=admin, timeout=10,
                     json={"networks": ["127.0.0.0/8"]})
    assert r.status_code == 200, r.text
    r = requests.post(f"{BASE}/api/v1/feeds", auth=admin, timeout=10, json={
        "name": "medallion", "api_root": medallion, "collection": COLLECTION, "auth": "basic",
        "username": "feeder", "secret": "feeder password", "member": "alpha", "user": "ann",
        "tlp": "green", "interval_secs": 3600})
    assert r.status_code == 201, r.text
    assert "feeder password" not in r.text
    # Registered feeds are due at once; the server's schedule pulls within a second or two.
    f = wait_for_pull(admin, "medallion", "")
    assert f["last_error"] is None, f
    assert (f["taken"], f["refused"]) == (251, 0), f
    # In Liaison, as alpha's, authored by the vendor, with the feed's TLP for unmarked objects.
    ind = objs[-1]
    r = requests.get(f"{BASE}/api/v1/search", params={"q": "vendor indicator", "limit": "500"}, auth=ann, timeout=10)
    hit = next(h for h in r.json()["hits"] if h["id"] == ind.id)
    assert hit["originator"] == "alpha" and hit["tlp"] == "green", hit
    assert hit["authored_by"] == {"id": objs[0].id, "name": "Example Vendor"}, hit
    r = requests.get(f"{BASE}/taxii2/exchange/collections/shared/objects/{ind.id}/", auth=ann,
                     headers={"Accept": TAXII}, timeout=10)
    assert json.loads(r.text)["objects"][0] == json.loads(ind.serialize())

    # Ten more: the next pull takes those ten alone.
    for o in vendor_objects(10, start=250):
        remote.add_objects(stix2.Bundle(objects=[o]).serialize())
    r = requests.post(f"{BASE}/api/v1/feeds/medallion/pull", auth=admin, timeout=10)
    assert r.status_code == 202, r.text
    f2 = wait_for_pull(admin, "medallion", f["last_pull"])
    assert (f2["last_taken"], f2["last_refused"], f2["taken"]) == (10, 0, 261), f2
