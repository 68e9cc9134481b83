"""The REST API's OpenAPI document, checked by openapi-spec-validator."""

import requests
from openapi_spec_validator import validate


def test_the_openapi_document_validates(base):
    r = requests.get(f"{base}/api/v1/openapi.json", timeout=10)
    assert r.status_code == 200
    doc = r.json()
    assert doc["openapi"].startswith("3.1")
    validate(doc)
    assert "/api/v1/hits" in doc["paths"]
    assert "/api/v1/votes/{id}" in doc["paths"]
