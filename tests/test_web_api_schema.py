"""Property-based test of the JSON API: schemathesis generates requests from the
OpenAPI description (reads and review actions, with an editor's bearer token) and
no response may be a server error or break the description."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance
from web_support import archive_sessions

from communique.review import users
from communique.web import demo
from communique.web.app import WebSettings, create_app
from communique.web.store_archive import StoreArchive

# The archive the app reads: made by the module's fixture under pytest's temporary folder
# (collecting the tests, as every run of the suite does, must leave nothing behind); the
# schema is read from the app at import, which opens no session.
_ARCHIVE: dict = {}


def _sessions():
    return _ARCHIVE["sessions"]()


# schemathesis names the app "testserver"
APP = create_app(_sessions, StoreArchive, WebSettings(allowed_hosts=["testserver"]))

schema = schemathesis.openapi.from_asgi("/api/openapi.json", APP)


@pytest.fixture(scope="module")
def token(tmp_path_factory):
    """An editor's bearer token on a new archive of the demo documents."""
    sessions = archive_sessions(tmp_path_factory.mktemp("api-schema") / "archive.db", demo.documents())
    with sessions() as s:
        made = users.add_user(s, "schemathesis", "editor")
    _ARCHIVE["sessions"] = sessions
    yield made
    _ARCHIVE.clear()


@pytest.mark.slow
@schema.parametrize()
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_has_no_server_errors(case, token):
    # Known ids now and then, so the generated requests reach the handlers' insides.
    if "document_id" in (case.path_parameters or {}):
        case.path_parameters["document_id"] = "demo-harbour-talks"
    response = case.call(headers={"Authorization": f"Bearer {token}"})
    assert response.status_code < 500, (response.status_code, response.text[:500])
    case.validate_response(response, checks=[status_code_conformance, response_schema_conformance]) \
        if response.status_code < 400 else None
