"""Front end for OpenAPI 3.0 and 3.1 documents (``NAME.openapi.yaml``/``.json``).

The document is validated first (``openapi_validate``); schemas become shapes in
``openapi_schemas``, paths become operations in ``openapi_operations`` (their parameters,
headers and bodies in ``openapi_bindings``) and security schemes become auth in
``openapi_security``; this module names the service and puts the pieces together.

Decisions:
- Service: ``info.x-apigen-service-name`` or the PascalCase ``info.title``;
  ``info.x-apigen-namespace`` or the service name's words joined by dots; protocol
  ``openapi``; ``servers[0].url`` (variables at their defaults) is the default endpoint.
- Retry hints: ``info.x-apigen-retry-after-headers`` (header names whose value is seconds to
  wait) or, when absent, the rate-limit reset headers (``RateLimit-Reset``,
  ``X-RateLimit-Reset``) the document declares on a 429 or 503 response; HTTP's
  ``Retry-After`` is always honoured.
- Webhooks are reported. Problems are collected in document order (the service's, then
  security, operations and error bodies, then the schemas') and raised together.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from apigen import ir, naming
from apigen.errors import SpecError, display_path
from apigen.frontends.openapi_keywords import text
from apigen.frontends.openapi_operations import Operations
from apigen.frontends.openapi_resources import document_resources
from apigen.frontends.openapi_schemas import Schemas
from apigen.frontends.openapi_security import auth_schemes, combined, document_default
from apigen.frontends.openapi_validate import (
    Path_,
    contradictory_bounds,
    issue,
    read_document,
    validate,
)
from apigen.frontends.resolve import resolve
from apigen.frontends.yaml_lines import LineDict

_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9]*$")
_NAMESPACE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$")


def load_openapi(path: Path) -> ir.Service:
    """Read, validate and convert one OpenAPI document; raises ``SpecError`` listing every problem."""
    file = display_path(path)
    document = read_document(path, file)
    # Bounds that admit nothing are reported beside every other problem, whichever pass
    # finds those: a structural problem in one operation hides nothing in another.
    bounds = [
        issue(file, document, where, message) for where, message in contradictory_bounds(document)
    ]
    try:
        validate(document, file)
    except SpecError as exc:
        raise SpecError([*exc.issues, *bounds]) from None
    converter = _Converter(document, file)
    service = converter.service()
    if converter.problems or bounds:
        raise SpecError(
            [
                *(issue(file, document, where, message) for where, message in converter.problems),
                *bounds,
            ]
        )
    return service


_RATE_LIMIT_RESETS = frozenset({"ratelimit-reset", "x-ratelimit-reset"})


class _Converter:
    """One document's service: its name and namespace, then every part read in order."""

    def __init__(self, document: LineDict, source: str) -> None:
        self.doc = document
        self.source = source
        info = document["info"]
        self.problems: list[tuple[Path_, str]] = []
        name = info.get("x-apigen-service-name") or "".join(
            w.capitalize() for w in naming.words(str(info["title"]))
        )
        if not isinstance(name, str) or not _NAME.match(name):
            self.problems.append(
                (
                    ("info", "x-apigen-service-name"),
                    "the service name must be a PascalCase identifier",
                )
            )
            name = "Service"
        namespace = info.get("x-apigen-namespace") or ".".join(naming.words(name))
        if not isinstance(namespace, str) or not _NAMESPACE.match(namespace):
            self.problems.append(
                (("info", "x-apigen-namespace"), "the namespace must be a dotted identifier")
            )
            namespace = "service"
        self.name: str = name
        self.ns: str = namespace
        self.schemas = Schemas(document, self.ns)

    def service(self) -> ir.Service:
        info = self.doc["info"]
        if self.doc.get("webhooks"):
            self.problems.append((("webhooks",), "cannot represent webhooks"))
        self.schemas.all_named()
        auth = tuple(auth_schemes(self.doc, self.problems))
        default_auth = document_default(self.doc, self.problems)
        reader = Operations(self.doc, self.schemas, self.ns, default_auth, self.problems)
        operations = tuple(reader.operations())
        auth = combined(auth, [op.auth for op in operations])  # the default where used
        reader.mark_errors()
        self.problems.extend(self.schemas.problems)
        shapes = self.schemas.finish()
        operations = tuple(
            replace(
                op,
                responses=tuple(
                    replace(r, headers=tuple(self.schemas.finish_member(h) for h in r.headers))
                    for r in op.responses
                ),
            )
            for op in operations
        )
        service = ir.Service(
            id=f"{self.ns}#{self.name}",
            name=self.name,
            namespace=self.ns,
            version=str(info["version"]),
            title=str(info["title"]),
            protocol=ir.Protocol.OPENAPI,
            source=self.source,
            documentation=text(info.get("description")),
            default_endpoint=self.endpoint(),
            credentials_env=self.credentials_env(info),
            retry_after_headers=self.retry_after_headers(info, operations),
            auth=auth,
            operations=operations,
            shapes=shapes,
            error_envelope=reader.envelope,
        )
        found, problems = document_resources(self.doc, service)
        self.problems.extend(problems)
        return resolve(replace(service, resources=found))

    def retry_after_headers(
        self, info: Mapping[str, Any], operations: tuple[ir.Operation, ...]
    ) -> tuple[str, ...]:
        """The headers a client reads seconds-to-wait from (see the module docstring)."""
        given = info.get("x-apigen-retry-after-headers")
        if given is not None:
            if isinstance(given, list) and all(isinstance(h, str) and h for h in given):
                return tuple(given)
            self.problems.append(
                (("info", "x-apigen-retry-after-headers"), "a list of response header names")
            )
            return ()
        found = {
            header.http.name.lower(): header.http.name
            for op in operations
            for response in op.responses
            if response.status in (429, 503)
            for header in response.headers
            if header.http is not None
            and header.http.name
            and header.http.name.lower() in _RATE_LIMIT_RESETS
        }
        return tuple(found[key] for key in sorted(found))

    def credentials_env(self, info: Mapping[str, Any]) -> str:
        """The prefix of the API-key variables: ``info.x-apigen-credentials-env``, else the
        service name in upper snake case (``ConfluentByok`` → ``CONFLUENT_BYOK``)."""
        given = info.get("x-apigen-credentials-env")
        if isinstance(given, str) and re.fullmatch(r"[A-Z][A-Z0-9_]*", given):
            return given
        if given is not None:
            self.problems.append(
                (("info", "x-apigen-credentials-env"), "an upper-case environment variable prefix")
            )
        return "_".join(naming.words(self.name)).upper()

    def endpoint(self) -> str | None:
        servers = self.doc.get("servers") or []
        if not servers:
            return None
        server = servers[0]
        url = str(server["url"])
        for var, spec in (server.get("variables") or {}).items():
            url = url.replace("{" + var + "}", str(spec.get("default", "")))
        return url
