"""A generated server answers 401 when a request lacks what its operation's security asks.

For BYOK, every Confluent document and ``documents/security.openapi.yaml`` (AND, ``{}``,
``security: []``, a document-level default), what each request must carry is read from the
document: an operation's ``security`` (else the document's; neither: none), OR across the
list, AND inside one requirement object, and where each scheme puts its credential
(apiKey ``in``/``name``, http ``scheme``, oauth2/openIdConnect as a bearer token). The
stub's handler records its calls: a 401 comes before it runs, and its body validates, with
openapi-core, against the response the document gives for 401 (else its first error).
mutualTLS is the TLS layer's and counts as met: these requests travel without TLS.
By default BYOK and iam-v2 only; ``nox -s server_credentials`` takes every document.
"""

from __future__ import annotations

import asyncio
import base64
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from test_clients import Ctx
from test_documents import DOCUMENTS, IDS, METHODS, Documents, documents  # noqa: F401 - a fixture
from test_openapi_core_proof import CoreRequest, CoreResponse, Recorder, host_url
from test_servers import Rig

from apigen.views.package import package_name

openapi_core = pytest.importorskip("openapi_core")

SECURITY = Path(__file__).resolve().parent / "documents" / "security.openapi.yaml"
# test_documents.DOCUMENTS: the small documents by default, every one in ``nox -s documents``.
ALL = [*DOCUMENTS, SECURITY]
ALL_IDS = [*IDS, "security"]
BASIC = "Basic " + base64.b64encode(b"KEY:SECRET").decode("ascii")


def credential(scheme: dict[str, Any]) -> tuple[str, str, str] | None:
    """(where, name, value) of a credential for ``scheme``; None for mutualTLS."""
    kind = scheme.get("type")
    if kind == "apiKey":
        return str(scheme["in"]), str(scheme["name"]), "key-1"
    if kind == "http" and str(scheme.get("scheme")).lower() == "basic":
        return "header", "Authorization", BASIC
    if kind in ("http", "oauth2", "openIdConnect"):
        return "header", "Authorization", "Bearer token-1"
    return None


def operations(document: dict[str, Any]) -> list[tuple[str, str, list[dict[str, Any]] | None]]:
    """(method, path, requirements or None) of every operation, as the document says."""
    return [
        (method, route, op.get("security", document.get("security")))
        for route, item in document["paths"].items()
        for method, op in item.items()
        if method in METHODS
    ]


def needs(requirements: list[dict[str, Any]] | None, schemes: dict[str, Any]) -> bool:
    """Whether a request without credentials fails the requirements."""
    if not requirements:
        return False
    return not any(all(credential(schemes[n]) is None for n in r) for r in requirements)


def met(requirements: list[dict[str, Any]], sent: set[str], schemes: dict[str, Any]) -> bool:
    return any(
        all(n in sent or credential(schemes[n]) is None for n in requirement)
        for requirement in requirements
    )


def request(method: str, route: str, sent: set[str], schemes: dict[str, Any]) -> httpx.Request:
    headers: dict[str, str] = {}
    params: dict[str, str] = {}
    cookies: list[str] = []
    for name in sorted(sent):
        found = credential(schemes[name])
        if found is None:
            continue
        where, key, value = found
        if where == "header":
            headers[key] = value
        elif where == "query":
            params[key] = value
        else:
            cookies.append(f"{key}={value}")
    if cookies:
        headers["Cookie"] = "; ".join(cookies)
    path = re.sub(r"\{[^}]+\}", "a1", route)
    return httpx.Request(method.upper(), f"http://x{path}", params=params, headers=headers)


class Served:
    """One document's stub server, its handler's calls, and the document's 401 check."""

    def __init__(self, path: Path, documents: Documents) -> None:  # noqa: F811
        service, root, _ = documents.get(path)
        self.rig = Rig(Ctx(root, service, package_name(service)), root)
        self.recorder = Recorder(self.rig.app())
        self.document: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
        self.schemes: dict[str, Any] = (self.document.get("components") or {}).get(
            "securitySchemes"
        ) or {}
        self.spec = openapi_core.OpenAPI.from_dict(self.document)

    def send(self, *requests: httpx.Request) -> list[httpx.Response]:
        async def main() -> list[httpx.Response]:
            transport = httpx.ASGITransport(app=self.recorder)
            async with httpx.AsyncClient(transport=transport) as http:
                return [await http.send(r) for r in requests]

        return asyncio.run(main())

    def refusal_problems(self, method: str, route: str, response: httpx.Response) -> list[str]:
        """What is wrong with a 401: a handler that ran, a body not in the error format."""
        problems = []
        if self.rig.calls:
            problems.append(f"{method} {route}: the handler ran ({self.rig.calls})")
        exchange = self.recorder.exchanges[-1]
        op = self.document["paths"][route][method]
        documented = [str(s) for s in op.get("responses") or {}]
        errors = sorted(s for s in documented if s[0] in "45" or s == "default")
        if errors and not {"401", "4XX", "default"} & set(documented):
            exchange.status = int(errors[0].replace("X", "0"))
        try:
            if errors:  # a document declaring no error has no format to check against
                self.spec.validate_response(
                    CoreRequest(exchange, host_url(self.document)), CoreResponse(exchange)
                )
        except Exception as exc:  # noqa: BLE001 - every problem at once
            problems.append(f"{method} {route}: {exc}")
        wanted = set()
        for requirement in op.get("security", self.document.get("security")) or ():
            for name in requirement:
                value = (credential(self.schemes[name]) or ("", "", ""))[2]
                if value.startswith(("Basic ", "Bearer ")):
                    wanted.add(value.split(" ", 1)[0])
        given = {c.split(" ", 1)[0] for c in response.headers.get_list("www-authenticate")}
        if given != wanted:
            problems.append(f"{method} {route}: WWW-Authenticate {given}, not {wanted}")
        return problems


@pytest.mark.parametrize("path", ALL, ids=ALL_IDS)
def test_an_operation_refuses_a_request_without_its_credentials(
    path: Path,
    documents: Documents,  # noqa: F811
) -> None:
    served = Served(path, documents)
    schemes = served.schemes
    problems: list[str] = []
    refused = 0
    for method, route, requirements in operations(served.document):
        served.rig.calls.clear()
        [bare] = served.send(request(method, route, set(), schemes))
        if needs(requirements, schemes):
            refused += 1
            if bare.status_code != 401:
                problems.append(f"{method} {route} without credentials: {bare.status_code}")
            else:
                problems += served.refusal_problems(method, route, bare)
        elif bare.status_code == 401:
            problems.append(f"{method} {route} needs no credentials, answered 401")
        for requirement in requirements or ():
            [whole] = served.send(request(method, route, set(requirement), schemes))
            if whole.status_code == 401:
                problems.append(f"{method} {route} with {sorted(requirement)}: 401")
            for name in requirement if len(requirement) > 1 else ():
                part = set(requirement) - {name}
                [half] = served.send(request(method, route, part, schemes))
                expected = not met(requirements or [], part, schemes)
                if (half.status_code == 401) != expected:
                    problems.append(f"{method} {route} with {sorted(part)}: {half.status_code}")
    assert not problems, "\n".join(problems)
    if served.document.get("security") or any(
        "security" in op for item in served.document["paths"].values() for op in item.values()
    ):
        assert refused, "the document's security asks for nothing"


@pytest.mark.parametrize("path", ALL, ids=ALL_IDS)
def test_an_ill_formed_authorization_is_no_credential(
    path: Path,
    documents: Documents,  # noqa: F811
) -> None:
    """``Authorization`` that is neither ``Basic <base64 of user:password>`` nor
    ``Bearer <token68>`` meets no http or oauth2 scheme."""
    served = Served(path, documents)
    schemes = served.schemes
    problems = []
    for method, route, requirements in operations(served.document):
        if not requirements or not all(
            (credential(schemes[n]) or ("", "", ""))[1] == "Authorization"
            for r in requirements
            for n in r
        ):
            continue
        for bad in (
            "Basic !!not-base64",
            "Basic " + base64.b64encode(b"no-colon").decode(),
            "Bearer",
        ):
            built = request(method, route, set(), schemes)
            built.headers["Authorization"] = bad
            [response] = served.send(built)
            if response.status_code != 401:
                problems.append(f"{method} {route} with {bad!r}: {response.status_code}")
    assert not problems, "\n".join(problems)


def test_a_document_without_security_asks_for_none(
    tmp_path: Path,
    documents: Documents,  # noqa: F811
) -> None:
    """OpenAPI: only the requirements listed apply; schemes alone ask for nothing."""
    loose = tmp_path / "loose.openapi.yaml"
    loose.write_text(
        yaml.safe_dump(
            {
                "openapi": "3.1.0",
                "info": {"title": "Loose", "version": "1"},
                "components": {"securitySchemes": {"basic": {"type": "http", "scheme": "basic"}}},
                "paths": {
                    "/things": {
                        "get": {
                            "operationId": "listThings",
                            "responses": {"204": {"description": "Done."}},
                        }
                    }
                },
            }
        ),
        encoding="utf-8",
    )
    served = Served(loose, documents)
    [bare] = served.send(request("get", "/things", set(), served.schemes))
    assert bare.status_code == 204
    assert [name for name, _ in served.rig.calls] == ["ListThings"]
