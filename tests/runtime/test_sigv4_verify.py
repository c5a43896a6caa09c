"""Server-side SigV4 checks: requests signed by ``sigv4.sign`` (and botocore) verify; every way
of getting it wrong is told apart; end to end, the server answers each with its 403 error."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime

import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials as BotoCredentials
from test_server import GLUEY, app_for

from apigen.runtime.auth.credentials import Credentials
from apigen.runtime.auth.sigv4 import sign
from apigen.runtime.auth.sigv4_verify import SignatureFailure, verify
from apigen.runtime.core.http import HttpRequest

KEY, SECRET = "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
WHEN = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
NOW = WHEN.timestamp()


def signed(secret: str = SECRET, service: str = "things", **changes: object) -> HttpRequest:
    request = HttpRequest(
        "POST",
        "/things/a%20b",
        "x=1&y=%2F",
        [("Content-Type", "application/json"), ("User-Agent", "test")],
        b'{"name": "n"}',
    )
    sign(
        request,
        host="things.eu-west-1.amazonaws.com",
        credentials=Credentials(KEY, secret),
        region="eu-west-1",
        service=service,
        now=WHEN,
    )
    for name, value in changes.items():
        setattr(request, name, value)
    return request


def failure(request: HttpRequest, **options: object) -> str:
    with pytest.raises(SignatureFailure) as info:
        verify(request, {KEY: SECRET}, "things", now=options.get("now", NOW))  # type: ignore[arg-type]
    return info.value.kind


def test_a_good_signature_gives_the_access_key() -> None:
    assert verify(signed(), {KEY: SECRET}, "things", now=NOW) == KEY
    assert verify(signed(), lambda key: SECRET if key == KEY else None, "things", now=NOW) == KEY


def test_botocore_signatures_verify_including_headers_we_never_sign() -> None:
    url = "https://things.eu-west-1.amazonaws.com/things/a%20b?x=1&y=%2F"
    boto = AWSRequest(method="POST", url=url, data=b"{}", headers={"X-Custom": "  a   b "})
    SigV4Auth(BotoCredentials(KEY, SECRET), "things", "eu-west-1").add_auth(boto)
    headers = [*boto.headers.items(), ("Host", "things.eu-west-1.amazonaws.com")]
    request = HttpRequest("POST", "/things/a%20b", "x=1&y=%2F", headers, b"{}")
    assert "x-custom" in request.header("Authorization").split("SignedHeaders=")[1]
    assert verify(request, {KEY: SECRET}, "things") == KEY


def test_every_failure_has_its_kind() -> None:
    assert failure(signed(secret="wrong")) == "mismatch"
    assert failure(signed(body=b"{}")) == "mismatch"
    assert failure(signed(query="x=2")) == "mismatch"
    assert failure(signed(service="other")) == "mismatch"
    assert failure(signed(), now=NOW + 16 * 60) == "expired"
    assert failure(signed(headers=[])) == "missing"
    unknown = signed()
    unknown.headers = [
        (k, v.replace(KEY, "AKIDUNKNOWN") if k == "Authorization" else v)
        for k, v in unknown.headers
    ]
    assert failure(unknown) == "unknown_key"
    broken = signed()
    broken.headers = [
        (k, "AWS4-HMAC-SHA256 Credential=x" if k == "Authorization" else v)
        for k, v in broken.headers
    ]
    assert failure(broken) == "incomplete"
    undated = signed()
    undated.headers = [(k, v) for k, v in undated.headers if k != "X-Amz-Date"]
    assert failure(undated) == "incomplete"
    dropped = signed()
    dropped.headers = [(k, v) for k, v in dropped.headers if k != "Content-Type"]
    assert failure(dropped) == "mismatch"
    hashed = signed()
    hashed.headers.append(("X-Amz-Content-SHA256", "0" * 64))
    assert failure(hashed) == "mismatch"


def test_the_server_answers_each_failure_with_its_403() -> None:
    app = app_for(GLUEY, verify_sigv4=True, credentials={KEY: SECRET})
    cases = {
        "MissingAuthenticationTokenException": HttpRequest("POST", "/", "", [], b"{}"),
        "InvalidSignatureException": signed(secret="wrong"),
        "IncompleteSignatureException": HttpRequest(
            "POST", "/", "", [("Authorization", "Basic abc")], b"{}"
        ),
    }
    for code, request in cases.items():
        response = asyncio.run(app.handle(request))
        assert response.status == 403 and json.loads(response.body)["__type"] == code
        assert response.header("x-amzn-RequestId")
