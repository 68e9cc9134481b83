import os

import pytest
import requests
from taxii2client.v21 import Server

BASE = os.environ["LIAISON_URL"]


class Bearer(requests.auth.AuthBase):
    def __init__(self, token):
        self.token = token

    def __call__(self, r):
        r.headers["Authorization"] = f"Bearer {self.token}"
        return r


@pytest.fixture(scope="session")
def base():
    return BASE


@pytest.fixture(scope="session")
def admin():
    return ("admin", os.environ["LIAISON_ADMIN_PASSWORD"])


@pytest.fixture(scope="session")
def ann():
    return ("ann", "a long alpha password")


@pytest.fixture(scope="session")
def bob_auth():
    return Bearer(os.environ["LIAISON_BOB_TOKEN"])


def shared_collection(user, password=None, auth=None):
    server = Server(f"{BASE}/taxii2/", user=user, password=password, auth=auth)
    root = server.default
    return next(c for c in root.collections if c.custom_properties.get("alias") == "shared" or c.title == "Shared intelligence")


@pytest.fixture
def ann_collection(ann):
    return shared_collection(*ann)


@pytest.fixture
def bob_collection(bob_auth):
    return shared_collection(None, auth=bob_auth)
