"""Liaison driven by the real taxii2-client and stix2; every object read back is validated with
stix2-validator."""

import json
import uuid

import pytest
import requests
import stix2
from stix2validator import ValidationOptions, validate_instance
from taxii2client.v21 import ApiRoot, Collection, Server, as_pages

from conftest import BASE, shared_collection

TAXII = "application/taxii+json;version=2.1"
AMBER = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"


def validate(objects, version=None):
    """Validates each object against its own STIX version (2.0 objects carry no spec_version)."""
    assert objects, "nothing to validate"
    for obj in objects:
        v = version or obj.get("spec_version", "2.0" if "created" in obj else "2.1")
        results = validate_instance(obj, ValidationOptions(version=v))
        assert results.is_valid, (obj, [str(e) for e in results.errors])


def envelope(*objects):
    return {"objects": [json.loads(o.serialize()) if hasattr(o, "serialize") else o for o in objects]}


def sample():
    ident = stix2.Identity(name="Unit 7", identity_class="organization")
    ind = stix2.Indicator(
        name="C2 address",
        pattern="[ipv4-addr:value = '203.0.113.7']",
        pattern_type="stix",
        valid_from="2024-01-01T00:00:00Z",
        labels=["c2"],
    )
    mal = stix2.Malware(name="Rook", is_family=True)
    rel = stix2.Relationship(ind, "indicates", mal)
    loc = stix2.Location(latitude=48.85, longitude=2.35, name="Paris")
    ip = stix2.IPv4Address(value="203.0.113.7")
    obs = stix2.ObservedData(
        first_observed="2024-02-01T00:00:00Z",
        last_observed="2024-02-01T01:00:00Z",
        number_observed=3,
        object_refs=[ip.id],
    )
    sight = stix2.Sighting(sighting_of_ref=ind.id, observed_data_refs=[obs.id], count=3)
    ta = stix2.ThreatActor(name="Northern Cell", aliases=["NC"], threat_actor_types=["terrorist"])
    rep = stix2.Report(
        name="Cell activity",
        published="2024-02-02T00:00:00Z",
        object_refs=[ind.id, mal.id, ta.id, loc.id],
        report_types=["threat-actor"],
    )
    return [ident, ind, mal, rel, loc, ip, obs, sight, ta, rep]


def test_discovery_and_api_root(ann):
    server = Server(f"{BASE}/taxii2/", user=ann[0], password=ann[1])
    assert server.title
    assert server.default.url.endswith("/taxii2/exchange/")
    assert len(server.api_roots) == 1
    root = ApiRoot(server.default.url, user=ann[0], password=ann[1])
    assert "application/taxii+json;version=2.1" in root.versions
    assert root.max_content_length > 0
    titles = [c.title for c in root.collections]
    assert "Shared intelligence" in titles


def test_add_read_and_validate_every_kind(ann_collection):
    objs = sample()
    status = ann_collection.add_objects(envelope(*objs))
    assert status.status == "complete"
    assert status.total_count == len(objs)
    assert status.success_count == len(objs), status.failures
    assert status.failure_count == 0
    got = ann_collection.get_objects(match_id=None)
    ids = {o["id"] for o in got["objects"]}
    for o in objs:
        assert o.id in ids
    validate(got["objects"])
    for o in got["objects"]:
        stix2.parse(o, allow_custom=True)


def test_status_endpoint_after_add(ann_collection):
    ind = stix2.Indicator(pattern="[domain-name:value = 'status.example']", pattern_type="stix", valid_from="2024-01-01T00:00:00Z")
    status = ann_collection.add_objects(envelope(ind), wait_for_completion=False)
    status.refresh()
    assert status.status == "complete"
    assert status.successes[0]["id"] == ind.id


def test_partial_failure_is_reported_per_object(ann_collection):
    good = stix2.Indicator(pattern="[url:value = 'http://ok.example/']", pattern_type="stix", valid_from="2024-01-01T00:00:00Z")
    bad = json.loads(good.serialize())
    bad["id"] = f"indicator--{uuid.uuid4()}"
    bad["pattern"] = "[url:value = 'http://broken.example/'"
    status = ann_collection.add_objects({"objects": [json.loads(good.serialize()), bad]})
    assert status.success_count == 1
    assert status.failure_count == 1
    failure = status.failures[0]
    assert failure["id"] == bad["id"]
    assert "pattern" in failure["message"] and "position" in failure["message"]


def test_filters_versions_and_pages(ann_collection):
    v1 = stix2.Indicator(pattern="[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']", pattern_type="stix", valid_from="2024-01-01T00:00:00Z", name="v1")
    v2 = v1.new_version(name="v2")
    v3 = v2.new_version(name="v3")
    ann_collection.add_objects(envelope(v1, v2, v3))
    last = ann_collection.get_object(v1.id)["objects"]
    assert [o["name"] for o in last] == ["v3"]
    first = ann_collection.get_object(v1.id, version="first")["objects"]
    assert [o["name"] for o in first] == ["v1"]
    every = ann_collection.get_object(v1.id, version="all")["objects"]
    assert [o["name"] for o in every] == ["v1", "v2", "v3"]
    exact = ann_collection.get_object(v1.id, version=str(v2.modified.strftime("%Y-%m-%dT%H:%M:%S.%fZ")))["objects"]
    assert [o["name"] for o in exact] == ["v2"]
    versions = ann_collection.object_versions(v1.id)["versions"]
    assert len(versions) == 3
    validate(every)

    by_type = ann_collection.get_objects(type="malware")["objects"]
    assert by_type and all(o["type"] == "malware" for o in by_type)
    by_id = ann_collection.get_objects(id=[v1.id])["objects"]
    assert [o["name"] for o in by_id] == ["v3"]
    spec = ann_collection.get_objects(spec_version="2.1", type="indicator")["objects"]
    assert spec

    manifest = ann_collection.get_manifest(id=v1.id, version="all")["objects"]
    assert [m["version"] for m in manifest] == versions
    assert all(m["media_type"] == "application/stix+json;version=2.1" for m in manifest)

    # Page through everything with a small limit; nothing is skipped or repeated.
    seen = []
    for page in as_pages(ann_collection.get_objects, per_request=3):
        seen.extend(o["id"] + o.get("modified", "") for o in page.get("objects", []))
        validate(page.get("objects", [])) if page.get("objects") else None
    assert len(seen) == len(set(seen))
    everything = ann_collection.get_objects()["objects"]
    assert len(seen) == len(everything)
    pages = list(as_pages(ann_collection.get_manifest, per_request=4))
    assert sum(len(p.get("objects", [])) for p in pages) == len(everything)

    added = ann_collection.get_manifest(id=v1.id, version="all")["objects"]
    after = ann_collection.get_objects(added_after=added[0]["date_added"], id=v1.id, version="all")["objects"]
    assert [o["name"] for o in after] == ["v2", "v3"]


def test_delete(ann_collection):
    ind = stix2.Indicator(pattern="[email-addr:value = 'x@example.org']", pattern_type="stix", valid_from="2024-01-01T00:00:00Z")
    ann_collection.add_objects(envelope(ind))
    assert ann_collection.get_object(ind.id)["objects"]
    ann_collection.delete_object(ind.id)
    with pytest.raises(requests.exceptions.HTTPError) as e:
        ann_collection.get_object(ind.id)
    assert e.value.response.status_code == 404
    assert e.value.response.headers["Content-Type"] == TAXII
    assert e.value.response.json()["http_status"] == "404"


def test_releasability_through_the_client(ann_collection, bob_collection):
    secret = stix2.Indicator(
        pattern="[ipv4-addr:value = '198.51.100.99']",
        pattern_type="stix",
        valid_from="2024-01-01T00:00:00Z",
        object_marking_refs=[AMBER],
    )
    ann_collection.add_objects(envelope(secret))
    assert ann_collection.get_object(secret.id)["objects"]
    with pytest.raises(requests.exceptions.HTTPError) as e:
        bob_collection.get_object(secret.id)
    assert e.value.response.status_code == 404
    bob_ids = {o["id"] for o in bob_collection.get_objects()["objects"]}
    assert secret.id not in bob_ids
    bob_manifest = {m["id"] for m in bob_collection.get_manifest()["objects"]}
    assert secret.id not in bob_manifest
    # Bob sees the GREEN material the tests above shared.
    assert bob_ids


def test_custom_properties_round_trip(ann_collection):
    obj = {
        "type": "indicator",
        "spec_version": "2.1",
        "id": f"indicator--{uuid.uuid4()}",
        "created": "2024-03-01T10:00:00.123456789Z",
        "modified": "2024-03-01T10:00:00.123456789Z",
        "pattern": "[ipv4-addr:value = '192.0.2.1']",
        "pattern_type": "stix",
        "valid_from": "2024-03-01T10:00:00Z",
        "x_liaison_test": {"nested": [1, "two", {"three": 3.5}]},
    }
    ann_collection.add_objects({"objects": [obj]})
    back = ann_collection.get_object(obj["id"])["objects"][0]
    assert back == obj
    assert back["modified"] == "2024-03-01T10:00:00.123456789Z"


def test_observable_versions_are_consistent(ann_collection):
    ip = stix2.IPv4Address(value="192.0.2.200")
    s1 = ann_collection.add_objects(envelope(ip))
    s2 = ann_collection.add_objects(envelope(ip))
    assert s1.successes[0]["version"] == s2.successes[0]["version"]
    manifest = ann_collection.get_manifest(id=ip.id)["objects"]
    assert manifest[0]["version"] == s1.successes[0]["version"]
    validate(ann_collection.get_object(ip.id)["objects"])


def test_stix_20_objects(ann_collection):
    old = {
        "type": "indicator",
        "id": f"indicator--{uuid.uuid4()}",
        "created": "2017-01-01T00:00:00.000Z",
        "modified": "2017-01-01T00:00:00.000Z",
        "labels": ["malicious-activity"],
        "pattern": "[ipv4-addr:value = '192.0.2.20']",
        "valid_from": "2017-01-01T00:00:00Z",
    }
    status = ann_collection.add_objects({"objects": [old]})
    assert status.success_count == 1
    # Its only spec version is 2.0, so it is the newest held and served by default.
    assert ann_collection.get_object(old["id"])["objects"] == [old]
    got = ann_collection.get_object(old["id"], spec_version="2.0")["objects"]
    assert got == [old]
    with pytest.raises(requests.exceptions.HTTPError):
        ann_collection.get_object(old["id"], spec_version="2.1")
    manifest = ann_collection.get_manifest(id=old["id"], spec_version="2.0")["objects"]
    assert manifest[0]["media_type"] == "application/stix+json;version=2.0"
    validate(got, version="2.0")


def test_errors_use_the_taxii_format(base, ann):
    r = requests.get(f"{base}/taxii2/exchange/collections/", headers={"Accept": "application/json"}, auth=ann)
    assert r.status_code == 406
    assert r.json()["title"]
    r = requests.get(f"{base}/taxii2/", headers={"Accept": TAXII})
    assert r.status_code == 401
    assert "WWW-Authenticate" in r.headers
    r = requests.post(
        f"{base}/taxii2/exchange/collections/shared/objects/",
        headers={"Accept": TAXII, "Content-Type": "application/json"},
        data="{}",
        auth=ann,
    )
    assert r.status_code == 415
    r = requests.get(f"{base}/taxii2/exchange/collections/shared/objects/?limit=-1", headers={"Accept": TAXII}, auth=ann)
    assert r.status_code == 400
    assert r.json()["http_status"] == "400"


def test_everything_in_the_collection_validates(admin):
    coll = shared_collection(*admin)
    objs = []
    for page in as_pages(coll.get_objects, per_request=50, version="all"):
        objs.extend(page.get("objects", []))
    assert len(objs) > 10
    validate(objs)


def test_https_with_the_real_client():
    import os

    url, ca = os.environ["LIAISON_TLS_URL"], os.environ["LIAISON_TLS_CA"]
    server = Server(f"{url}/taxii2/", user="admin", password=os.environ["LIAISON_TLS_PASSWORD"], verify=ca)
    coll = server.default.collections[0]
    ind = stix2.Indicator(pattern="[domain-name:value = 'tls.example']", pattern_type="stix", valid_from="2024-01-01T00:00:00Z")
    assert coll.add_objects(envelope(ind)).success_count == 1
    validate(coll.get_object(ind.id)["objects"])
    # Plain HTTP to the HTTPS port is not served.
    with pytest.raises(requests.exceptions.RequestException):
        requests.get(url.replace("https://", "http://") + "/taxii2/", timeout=5)


def test_collection_endpoint_directly(ann):
    server = Server(f"{BASE}/taxii2/", user=ann[0], password=ann[1])
    listed = server.default.collections[0]
    direct = Collection(listed.url, user=ann[0], password=ann[1])
    assert direct.title == listed.title
    assert direct.can_read and direct.can_write
    assert direct.id == listed.id


def test_release_marking_through_the_client(ann_collection, bob_collection, admin):
    everyone = shared_collection(*admin).get_objects(type="identity")["objects"]
    bravo = next(o["id"] for o in everyone if o["name"] == "Bravo Bureau")
    ext = "extension-definition--3e4b0f3c-7f5e-5b4e-9a7e-2a8b0e6c1d52"
    assert shared_collection(*admin).get_object(ext)["objects"][0]["type"] == "extension-definition"
    marking = {
        "type": "marking-definition",
        "spec_version": "2.1",
        "id": f"marking-definition--{uuid.uuid4()}",
        "created": "2024-05-01T00:00:00.000Z",
        "name": "Release to Bravo Bureau",
        "extensions": {ext: {"extension_type": "property-extension", "release_to": [bravo]}},
    }
    ind = stix2.Indicator(
        pattern="[ipv4-addr:value = '198.51.100.77']",
        pattern_type="stix",
        valid_from="2024-01-01T00:00:00Z",
        object_marking_refs=[AMBER, marking["id"]],
        allow_custom=True,
    )
    status = ann_collection.add_objects({"objects": [marking, json.loads(ind.serialize())]})
    assert status.success_count == 2, status.failures
    got = bob_collection.get_object(ind.id)["objects"]
    assert got[0]["id"] == ind.id
    validate(got)
    validate(bob_collection.get_object(marking["id"])["objects"])
