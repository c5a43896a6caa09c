"""schemathesis against the generated Confluent BYOK server: no 5xx, every response per spec.

The server is the generated ASGI app (``apigen_generated.confluent_byok_v1.server``) with an
in-memory key store for a handler (``KeyStore``), live under uvicorn. schemathesis reads the
spec itself (``specs/confluent-byok-v1.openapi.yaml``), generates valid and invalid requests
for every operation (HTTP Basic credentials supplied), then create → read → list → update →
delete chains (its stateful workflows, links inferred from the spec), and checks each
response: not a server error, status code documented, content type and headers as declared,
body valid for its schema, and a method the spec does not list for a path is a 405 with
``Allow``. The run is bounded and deterministic: 25 examples an operation or
workflow, at most 6 steps, derandomized, no example database.
"""

from __future__ import annotations

import base64
import itertools
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from peers import SPECS, TALLY, need

need("schemathesis", "schemathesis.config", "uvicorn")  # the 4.x API

import schemathesis  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402
from live import LiveServer, serve  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.config import SchemathesisConfig  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
    unsupported_method,
)

from apigen_generated._runtime.server.app import current_request  # noqa: E402
from apigen_generated.confluent_byok_v1 import errors, shapes  # noqa: E402
from apigen_generated.confluent_byok_v1.server import ConfluentByokHandler, create_app  # noqa: E402

API_KEY, API_SECRET = "KEY", "SECRET"
AUTHORIZATION = "Basic " + base64.b64encode(f"{API_KEY}:{API_SECRET}".encode()).decode()
BASE = "https://api.confluent.cloud/byok/v1/keys"
CREATED = datetime(2024, 3, 20, 15, 30, tzinfo=UTC)  # a fixed clock keeps runs identical
PROVIDERS = {"AwsKey": "AWS", "AzureKey": "Azure", "GcpKey": "GCP"}
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    unsupported_method,
]
SPEC = SPECS / "confluent-byok-v1.openapi.yaml"
BOUNDS = settings(
    max_examples=25,
    stateful_step_count=6,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


def load(mode: str) -> Any:
    """The spec as schemathesis reads it, generating ``mode`` data, with our credentials."""
    config = SchemathesisConfig.from_dict(
        {
            "seed": 1,
            "generation": {"mode": mode, "deterministic": True, "database": "none"},
            "auth": {"basic": {"username": API_KEY, "password": API_SECRET}},
        }
    )
    return schemathesis.openapi.from_path(SPEC, config=config)


# Valid and invalid requests for every operation.
fuzzed = load("all")
positive = load("positive")


def failure(status: int, code: str, title: str) -> errors.Failure:
    shape = shapes.Failure(errors=[shapes.Error(status=str(status), code=code, title=title)])
    return errors.Failure(title, shape=shape, status=status)


class KeyStore(ConfluentByokHandler):  # type: ignore[misc]
    """Keys in memory, by id: create, read, list (filtered, paged), update, delete.

    Every call needs the HTTP Basic credentials (401 otherwise); a missing key is a 404.
    """

    def __init__(self) -> None:
        super().__init__()
        self.reset()

    def reset(self) -> None:
        """Forget every key and count ids from 1 again."""
        self._keys: dict[str, shapes.ByokV1Key] = {}
        self._ids = itertools.count(1)

    @staticmethod
    def _authorize() -> None:
        if current_request().http.header("authorization") != AUTHORIZATION:
            raise failure(401, "user_unauthenticated", "Authentication Required")

    def _find(self, key_id: str) -> shapes.ByokV1Key:
        self._authorize()
        found = self._keys.get(key_id)
        if found is None:
            raise failure(404, "not_found", "Not Found")
        return found

    async def create_byok_v1_key(
        self, request: shapes.CreateByokV1KeyRequest
    ) -> shapes.CreateByokV1KeyResponse:
        self._authorize()
        given = request.key
        if given is None or given.key is None:
            raise failure(400, "missing_key", "The key details are required")
        key_id = f"cck-{next(self._ids)}"
        now = CREATED
        details = given.key.model_dump(by_alias=True, mode="json", exclude_none=True)
        provider = PROVIDERS.get(details.get("kind", ""))
        if provider is None:
            raise failure(422, "invalid_key_kind", "Unknown key kind")
        stored = shapes.ByokV1Key.model_validate(
            {
                "api_version": "byok/v1",
                "kind": "Key",
                "id": key_id,
                "metadata": {
                    "self": f"{BASE}/{key_id}",
                    "resource_name": f"crn://confluent.cloud/key={key_id}",
                    "created_at": now,
                    "updated_at": now,
                },
                "key": details,
                "display_name": given.display_name,
                "provider": provider,
                "state": "AVAILABLE",
                "validation": {"phase": "INITIALIZING", "since": now},
            }
        )
        self._keys[key_id] = stored
        return shapes.CreateByokV1KeyResponse(key=stored, location=f"{BASE}/{key_id}")

    async def get_byok_v1_key(
        self, request: shapes.GetByokV1KeyRequest
    ) -> shapes.GetByokV1KeyResponse:
        return shapes.GetByokV1KeyResponse(key=self._find(request.id_))

    async def list_byok_v1_keys(
        self, request: shapes.ListByokV1KeysRequest
    ) -> shapes.ListByokV1KeysResponse:
        self._authorize()
        keys = [k for k in self._keys.values() if _matches(k, request)]
        start = 0
        if request.page_token is not None:
            if not request.page_token.isdigit():
                raise failure(400, "invalid_page_token", "Invalid page token")
            start = int(request.page_token)
        size = max(1, request.page_size)
        page = keys[start : start + size]
        following = start + size
        listing = shapes.ByokV1KeyList.model_validate(
            {
                "api_version": "byok/v1",
                "kind": "KeyList",
                "metadata": {
                    "first": BASE,
                    "next": f"{BASE}?page_token={following}" if following < len(keys) else None,
                    "total_size": len(keys),
                },
                "data": page,
            }
        )
        return shapes.ListByokV1KeysResponse(key_list=listing)

    async def update_byok_v1_key(
        self, request: shapes.UpdateByokV1KeyRequest
    ) -> shapes.UpdateByokV1KeyResponse:
        stored = self._find(request.id_)
        update = request.key_update
        if update is not None and update.display_name is not None:
            stored = stored.model_copy(update={"display_name": update.display_name})
            self._keys[request.id_] = stored
        return shapes.UpdateByokV1KeyResponse(key=stored)

    async def delete_byok_v1_key(
        self, request: shapes.DeleteByokV1KeyRequest
    ) -> shapes.DeleteByokV1KeyResponse:
        self._find(request.id_)
        del self._keys[request.id_]
        return shapes.DeleteByokV1KeyResponse()


def _matches(key: shapes.ByokV1Key, request: shapes.ListByokV1KeysRequest) -> bool:
    details: dict[str, Any] = key.key.model_dump(mode="json") if key.key is not None else {}
    identifier = str(details.get("key_arn") or details.get("key_id") or "")
    checks = [
        (request.display_name, key.display_name or "", False),
        (request.provider, str(key.provider), True),
        (request.state, str(key.state), True),
        (request.validation_phase, str(key.validation.phase) if key.validation else "", True),
        (request.validation_region, (key.validation and key.validation.region) or "", True),
        (request.key, identifier, False),
    ]
    return all(
        wanted is None or (value == wanted if exact else wanted in value)
        for wanted, value, exact in checks
    )


@pytest.fixture(scope="module")
def live() -> Iterator[LiveServer]:
    with serve(create_app(KeyStore())) as server:
        yield server


def check(case: Any, live: LiveServer) -> None:
    response = case.call_and_validate(base_url=live.url, checks=CHECKS)
    TALLY[
        f"schemathesis → confluent_byok_v1: {case.method} {case.path} → {response.status_code}"
    ] += 1


@fuzzed.parametrize()
@BOUNDS
def test_responses_conform(case: Any, live: LiveServer) -> None:
    check(case, live)


@pytest.fixture
def store() -> KeyStore:
    return KeyStore()


@pytest.fixture
def fresh(store: KeyStore) -> Iterator[LiveServer]:
    """A server of its own: what the chains reach must not depend on the tests before."""
    with serve(create_app(store)) as server:
        yield server


def test_stateful_workflows_conform(fresh: LiveServer, store: KeyStore) -> None:
    """Create → read → list → update → delete chains (links schemathesis infers).

    Each scenario starts with no keys: the requests schemathesis draws depend on the answers
    (ids from links), so keys left by an earlier scenario would make replaying one draw
    differently, which hypothesis reports as flaky data generation.
    """
    statuses: Counter[tuple[str, int]] = Counter()

    class Workflow(positive.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            store.reset()

        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"base_url": fresh.url}

        def validate_response(
            self, response: Any, case: Any, additional_checks: Any = None, **kwargs: Any
        ) -> None:
            statuses[(f"{case.method} {case.path}", response.status_code)] += 1
            case.validate_response(response, checks=CHECKS, transport_kwargs=kwargs)

    Workflow.run(settings=BOUNDS)
    for (operation, status), count in statuses.items():
        TALLY[f"schemathesis (stateful) → confluent_byok_v1: {operation} → {status}"] += count
    assert statuses, "the state machine made no call"


def test_a_key_lives_through_create_read_list_update_delete(fresh: LiveServer) -> None:
    """The success path of every operation, each response checked against the spec.

    The random chains above need not reach a stored key in a bounded run; this walks one
    key through its life deterministically.
    """
    auth = {"Authorization": AUTHORIZATION}
    arn = "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"

    def call(method: str, path: str, status: int, **kwargs: Any) -> httpx.Response:
        response = httpx.request(method, f"{fresh.url}{path}", headers=auth, **kwargs)
        assert response.status_code == status, response.text
        if path.count("/") > 3:
            case = positive["/byok/v1/keys/{id}"][method].Case(
                path_parameters={"id": path.rsplit("/", 1)[1]}
            )
        else:
            case = positive["/byok/v1/keys"][method].Case()
        case.validate_response(response, checks=CHECKS)
        return response

    created = call("POST", "/byok/v1/keys", 201, json={"key": {"kind": "AwsKey", "key_arn": arn}})
    key_id = created.json()["id"]
    assert created.headers["location"].endswith(f"/byok/v1/keys/{key_id}")
    assert call("GET", f"/byok/v1/keys/{key_id}", 200).json()["key"]["key_arn"] == arn
    assert [k["id"] for k in call("GET", "/byok/v1/keys", 200).json()["data"]] == [key_id]
    renamed = call("PATCH", f"/byok/v1/keys/{key_id}", 200, json={"display_name": "prod"})
    assert renamed.json()["display_name"] == "prod"
    call("DELETE", f"/byok/v1/keys/{key_id}", 204)
    call("GET", f"/byok/v1/keys/{key_id}", 404)


def test_missing_credentials_get_a_conforming_401(live: LiveServer) -> None:
    operation = positive["/byok/v1/keys"]["GET"]
    response = httpx.get(f"{live.url}/byok/v1/keys")
    assert response.status_code == 401
    operation.Case().validate_response(response, checks=CHECKS)


@pytest.mark.parametrize(
    "query",
    [
        pytest.param("page_size=101", id="page_size over 100"),
        pytest.param("page_size=ten", id="page_size not an integer"),
        pytest.param("page_token=" + "t" * 256, id="page_token over 255 characters"),
    ],
)
def test_invalid_list_query_gets_a_documented_status(live: LiveServer, query: str) -> None:
    operation = positive["/byok/v1/keys"]["GET"]
    response = httpx.get(
        f"{live.url}/byok/v1/keys?{query}", headers={"Authorization": AUTHORIZATION}
    )
    assert 400 <= response.status_code < 500
    operation.Case().validate_response(response, checks=CHECKS)
