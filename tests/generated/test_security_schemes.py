"""OpenAPI security schemes on the wire: where each credential travels, AND/OR, secrets hidden.

``documents/security.openapi.yaml`` has one operation per way its schemes combine. What
each request must carry is read from the document: an apiKey scheme's ``in`` and ``name``,
an http scheme's ``scheme``, the requirement objects of each operation (AND inside one,
OR between them, ``{}`` for none). The OAuth2 token endpoint and the mutual-TLS server are
local servers on 127.0.0.1, stopped by the test that started them.
"""

from __future__ import annotations

import base64
import contextlib
import http.server
import importlib
import json
import ssl
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote

import pytest
import yaml

from apigen import naming

DOCUMENT = Path(__file__).resolve().parent / "documents" / "security.openapi.yaml"
SPEC: dict[str, Any] = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))
SCHEMES: dict[str, Any] = SPEC["components"]["securitySchemes"]
OPERATIONS = {op["operationId"]: op for item in SPEC["paths"].values() for op in item.values()}
SECRET = "CANARY-5e1f"
API_KEYS = {name: f"{name}-{SECRET}" for name, s in SCHEMES.items() if s["type"] == "apiKey"}


class Captured:
    """A transport that answers 204 and keeps every request."""

    def __init__(self) -> None:
        self.requests: list[Any] = []

    def send(self, request: Any, **options: Any) -> Any:
        from apigen.runtime.core.http import HttpResponse

        self.requests.append(request)
        return HttpResponse(204, [], b"")

    def close(self) -> None:
        return None


@pytest.fixture(scope="module")
def package(scratch_service: Any) -> Any:
    return scratch_service(DOCUMENT.read_text(encoding="utf-8"), stem="guarded.openapi")


def runtime(package: Any, module: str) -> Any:
    """A module of the runtime copy the scratch package vendors (its own classes)."""
    return importlib.import_module(f"{package.__name__.rsplit('.', 1)[0]}._runtime.{module}")


def call(package: Any, operation: str, **options: Any) -> Any:
    transport = Captured()
    client = package.GuardedClient(transport=transport, retries=1, **options)
    getattr(client, naming.snake(operation))()
    (request,) = transport.requests
    return request


def cookies(request: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for key, value in request.headers:
        if key.lower() == "cookie":
            for pair in value.split(";"):
                name, _, text = pair.strip().partition("=")
                found[name] = text
    return found


def carries(request: Any, scheme: str) -> bool:
    """Whether ``request`` holds ``scheme``'s credential where the document puts it."""
    spec = SCHEMES[scheme]
    if spec["type"] == "apiKey":
        value = API_KEYS[scheme]
        if spec["in"] == "header":
            return request.header(spec["name"]) == value
        if spec["in"] == "query":
            pairs = [p.partition("=") for p in request.query.split("&") if p]
            return (spec["name"], "=", value) in [(unquote(k), e, unquote(v)) for k, e, v in pairs]
        return cookies(request).get(spec["name"]) == value
    authorization = request.header("Authorization") or ""
    return authorization.lower().startswith(spec["scheme"].lower() + " ")


def single_api_key_operations() -> list[tuple[str, str]]:
    found = []
    for name, op in OPERATIONS.items():
        requirements = op.get("security") or []
        if len(requirements) == 1 and len(requirements[0]) == 1:
            (scheme,) = requirements[0]
            if SCHEMES[scheme]["type"] == "apiKey":
                found.append((name, scheme))
    return found


@pytest.mark.parametrize(("operation", "scheme"), single_api_key_operations())
def test_each_api_key_travels_where_its_scheme_says(
    package: Any, operation: str, scheme: str
) -> None:
    request = call(package, operation, api_keys=API_KEYS)
    assert carries(request, scheme)
    others = [s for s in API_KEYS if s != scheme]
    assert not any(carries(request, s) for s in others)


def test_a_single_api_key_serves_every_api_key_scheme_without_a_secret(package: Any) -> None:
    for operation, scheme in single_api_key_operations():
        request = call(package, operation, api_key=API_KEYS[scheme])
        assert carries(request, scheme)


def test_an_api_key_in_the_query_joins_the_operations_own_parameters(package: Any) -> None:
    transport = Captured()
    client = package.GuardedClient(transport=transport, api_keys=API_KEYS)
    client.by_query_key(q="a b")
    (request,) = transport.requests
    assert parse_qs(request.query) == {"q": ["a b"], "api_key": [API_KEYS["queryKey"]]}


def test_a_requirement_needs_all_its_schemes_and_requirements_are_alternatives(
    package: Any,
) -> None:
    no_credentials = runtime(package, "auth.credentials").NoCredentialsError
    name = "headerKeyAndBearerOrBasic"
    first, second = OPERATIONS[name]["security"]
    both = call(package, name, api_keys=API_KEYS, token=f"t-{SECRET}")
    assert all(carries(both, scheme) for scheme in first)
    basic = call(package, name, api_key="id", api_secret=f"s-{SECRET}")
    assert all(carries(basic, scheme) for scheme in second)
    assert basic.header("Authorization") == "Basic " + base64.b64encode(
        f"id:s-{SECRET}".encode()
    ).decode("ascii")
    with pytest.raises(no_credentials) as raised:
        call(package, name, token=f"t-{SECRET}")  # half of the first, none of the second
    assert SECRET not in str(raised.value)


def test_an_empty_requirement_lets_the_call_go_without_credentials(package: Any) -> None:
    name = "optionallyByHeaderKey"
    assert {} in OPERATIONS[name]["security"]
    bare = call(package, name)
    assert not any(carries(bare, s) for s in API_KEYS)
    keyed = call(package, name, api_keys=API_KEYS)
    assert carries(keyed, "headerKey")


def test_secrets_never_show_in_reprs_or_errors(package: Any) -> None:
    config_error = runtime(package, "client.config").ClientConfigError
    client = package.GuardedClient(
        transport=Captured(),
        api_keys=API_KEYS,
        token=f"t-{SECRET}",
        client_id="me",
        client_secret=f"c-{SECRET}",
    )
    client.by_header_key()
    state = client._resolved()
    shown = [repr(client._options), repr(state.auth), *(repr(v) for v in state.auth.values())]
    assert state.auth and not any(SECRET in text for text in shown)
    with pytest.raises(config_error) as raised:
        package.GuardedClient(transport=Captured(), api_keys={"nope": SECRET}).by_header_key()
    assert SECRET not in str(raised.value)


class _TokenEndpoint(http.server.BaseHTTPRequestHandler):
    """Hands out ``token-<n>`` tokens living ``expires_in`` seconds; keeps each request."""

    seen: list[tuple[str, str, dict[str, list[str]]]]
    expires_in = 3600
    delay = 0.0  # seconds before answering: a slow token endpoint

    def do_POST(self) -> None:
        time.sleep(self.delay)
        body = self.rfile.read(int(self.headers["Content-Length"])).decode()
        self.seen.append((self.path, self.headers["Authorization"], parse_qs(body)))
        reply = {
            "access_token": f"token-{len(self.seen)}",
            "token_type": "Bearer",
            "expires_in": self.expires_in,
        }
        data = json.dumps(reply).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class names it
        return None


@contextlib.contextmanager
def _token_server(delay: float = 0.0) -> Iterator[tuple[str, list[tuple[str, str, Any]]]]:
    seen: list[tuple[str, str, dict[str, list[str]]]] = []
    handler = type("Endpoint", (_TokenEndpoint,), {"seen": seen, "delay": delay})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/oauth/token", seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def token_endpoint() -> Iterator[tuple[str, list[tuple[str, str, dict[str, list[str]]]]]]:
    with _token_server() as served:
        yield served


def test_oauth2_client_credentials_fetch_once_and_send_the_token(
    package: Any, token_endpoint: tuple[str, list[Any]]
) -> None:
    url, seen = token_endpoint
    flow = SCHEMES["oauth"]["flows"]["clientCredentials"]
    transport = Captured()
    client = package.GuardedClient(
        transport=transport, client_id="app", client_secret=f"c-{SECRET}", token_url=url
    )
    client.by_oauth()
    client.by_oauth()
    assert len(seen) == 1
    path, authorization, form = seen[0]
    assert path == "/oauth/token"
    assert authorization == "Basic " + base64.b64encode(f"app:c-{SECRET}".encode()).decode()
    assert form["grant_type"] == ["client_credentials"]
    assert sorted(form["scope"][0].split(" ")) == sorted(flow["scopes"])
    assert [r.header("Authorization") for r in transport.requests] == ["Bearer token-1"] * 2


def test_an_oauth2_token_is_fetched_again_before_it_expires(
    token_endpoint: tuple[str, list[Any]],
) -> None:
    from apigen.runtime.auth.schemes import ClientCredentialsToken

    url, seen = token_endpoint
    now = [1000.0]
    lifetime = _TokenEndpoint.expires_in
    token = ClientCredentialsToken(url, "app", "secret", clock=lambda: now[0])
    assert token.token() == "token-1"
    now[0] += lifetime / 2
    assert token.token() == "token-1"  # half its life left: cached
    now[0] += lifetime / 2 - 1
    assert token.token() == "token-2"  # one second before it expires: fetched again
    assert len(seen) == 2
    assert "secret" not in repr(token)


def test_a_refused_token_request_names_the_endpoint_not_the_secret() -> None:
    from apigen.runtime.auth.schemes import ClientCredentialsToken, TokenError

    token = ClientCredentialsToken(
        "https://id.example.com/token",
        "app",
        SECRET,
        post=lambda url, headers, body: (401, json.dumps({"error": SECRET}).encode()),
    )
    with pytest.raises(TokenError) as raised:
        token.token()
    assert "id.example.com" in str(raised.value) and SECRET not in str(raised.value)


class _Ok(http.server.BaseHTTPRequestHandler):
    peers: list[Any]

    def do_GET(self) -> None:
        assert isinstance(self.connection, ssl.SSLSocket)
        self.peers.append(self.connection.getpeercert())
        self.send_response(204)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class names it
        return None


def test_mutual_tls_sends_the_client_certificate(package: Any, tmp_path: Path) -> None:
    trustme = pytest.importorskip("trustme")
    no_credentials = runtime(package, "auth.credentials").NoCredentialsError

    ca = trustme.CA()
    server_cert = ca.issue_cert("127.0.0.1")
    client_cert = ca.issue_cert("client@guarded.example.com")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_cert.configure_cert(context)
    ca.configure_trust(context)
    context.verify_mode = ssl.CERT_REQUIRED
    peers: list[Any] = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), type("Ok", (_Ok,), {"peers": peers}))
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        cert_file, ca_file = tmp_path / "client.pem", tmp_path / "ca.pem"
        client_cert.private_key_and_cert_chain_pem.write_to_path(str(cert_file))
        ca.cert_pem.write_to_path(str(ca_file))
        url = f"https://127.0.0.1:{server.server_address[1]}"
        with package.GuardedClient(
            endpoint_url=url, client_cert=str(cert_file), ca_bundle=str(ca_file), retries=1
        ) as client:
            client.by_client_certificate()
        with pytest.raises(no_credentials):
            package.GuardedClient(endpoint_url=url, ca_bundle=str(ca_file)).by_client_certificate()
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    (peer,) = peers
    assert "client@guarded.example.com" in str(peer.get("subjectAltName", ()))


def test_the_generated_client_names_its_scheme_options(package: Any) -> None:
    shapes = importlib.import_module(package.__name__ + ".client")
    doc = shapes.GuardedClient.__init__.__doc__ or ""
    for option in ("api_keys", "client_id", "client_secret", "token_url", "client_cert"):
        assert option in doc


def test_an_async_client_applies_the_same_schemes(
    package: Any, token_endpoint: tuple[str, list[Any]]
) -> None:
    import asyncio

    from apigen.runtime.core.http import HttpResponse

    url, seen = token_endpoint
    requests: list[Any] = []

    class Captured:
        async def send(self, request: Any, **options: Any) -> Any:
            requests.append(request)
            return HttpResponse(204, [], b"")

        async def aclose(self) -> None:
            return None

    async def main() -> None:
        client = package.AsyncGuardedClient(
            transport=Captured(),
            api_keys=API_KEYS,
            client_id="app",
            client_secret=f"c-{SECRET}",
            token_url=url,
        )
        await client.by_cookie_key()
        await client.by_oauth()

    asyncio.run(main())
    assert carries(requests[0], "cookieKey")
    assert requests[1].header("Authorization") == "Bearer token-1" and len(seen) == 1


def test_an_async_client_fetches_its_token_without_stopping_the_loop(package: Any) -> None:
    """A token endpoint that takes 0.5 s: the loop runs other tasks meanwhile (a ticker
    every 20 ms), and the call still sends the fetched token."""
    import asyncio

    from apigen.runtime.core.http import HttpResponse

    delay = 0.5
    requests: list[Any] = []

    class Captured:
        async def send(self, request: Any, **options: Any) -> Any:
            requests.append(request)
            return HttpResponse(204, [], b"")

        async def aclose(self) -> None:
            return None

    async def main(url: str) -> list[float]:
        client = package.AsyncGuardedClient(
            transport=Captured(), client_id="app", client_secret="s", token_url=url
        )
        ticks: list[float] = []

        async def ticker() -> None:
            while True:
                ticks.append(time.monotonic())
                await asyncio.sleep(0.02)

        ticking = asyncio.create_task(ticker())
        await asyncio.sleep(0)
        started = time.monotonic()
        await client.by_oauth()
        ticking.cancel()
        return [t for t in ticks if t > started]

    with _token_server(delay) as (url, seen):
        during = asyncio.run(main(url))
    assert len(seen) == 1 and requests[0].header("Authorization") == "Bearer token-1"
    # a blocked loop would tick at most once, after the fetch; a free one ~25 times
    assert len(during) >= 5
