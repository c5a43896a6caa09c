"""Whether a request carries the credentials its operation's security asks for.

``OperationSpec.auth`` lists the alternatives (OR, OpenAPI's ``security`` list): a key of
``ServiceSpec.auth_schemes`` or a kind (``httpBasic``, ``httpBearer``, ``noAuth``); a scheme
of kind ``all`` needs each of its ``parts`` (AND, one requirement object). The server answers
401 before parsing when no alternative is met, and leaves a present credential's validity to
the handler (``current_request().http``).

Decisions:
- ``noAuth`` (``security: []``, ``{}`` among the alternatives, or a document declaring no
  ``security`` at all) is always met; an operation listing nothing asks nothing.
- Basic: ``Authorization: Basic <base64 of user:password>`` (the scheme name in any case,
  RFC 7617); Bearer and OAuth2: ``Authorization: Bearer <token68>`` (RFC 6750). Another
  ``Authorization`` is ill-formed, and so not met.
- apiKey: a non-empty header, query parameter or cookie of the scheme's name (header names
  in any case, query and cookie names exactly).
- ``sigv4`` is ``auth/sigv4_verify``'s (checked when the app has credentials), mutualTLS the
  TLS layer's: both count as met here, as does a key the service does not describe.
- The 401 names every alternative and carries ``WWW-Authenticate`` for the HTTP schemes
  among them (RFC 9110 §11.6.1), Basic before Bearer.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Mapping
from urllib.parse import parse_qsl

from ..core.http import HttpRequest
from ..core.schema import AuthSpec, OperationSpec, ServiceSpec

__all__ = ["challenges", "missing_credentials"]

_TOKEN68 = re.compile(r"[A-Za-z0-9\-._~+/]+=*")
_MET_ELSEWHERE = frozenset({"noAuth", "sigv4", "mutualTLS"})


def _authorization(request: HttpRequest, scheme: str) -> str | None:
    """The credentials after ``scheme`` in ``Authorization``, or None."""
    value = request.header("authorization")
    if value is None:
        return None
    name, _, rest = value.strip().partition(" ")
    if name.lower() != scheme.lower():
        return None
    rest = rest.strip()
    return rest if _TOKEN68.fullmatch(rest) else None


def _basic(request: HttpRequest) -> bool:
    token = _authorization(request, "Basic")
    if token is None:
        return False
    try:
        decoded = base64.b64decode(token, validate=True)
    except (binascii.Error, ValueError):
        return False
    return b":" in decoded


def _api_key(request: HttpRequest, location: str | None, name: str | None) -> bool:
    if not name:
        return True
    if location == "header":
        return bool(request.header(name))
    if location == "query":
        return any(k == name and v for k, v in parse_qsl(request.query, keep_blank_values=True))
    if location == "cookie":
        for header, value in request.headers:
            if header.lower() != "cookie":
                continue
            for pair in value.split(";"):
                key, _, given = pair.strip().partition("=")
                if key == name and given:
                    return True
        return False
    return True


def _met(request: HttpRequest, key: str, schemes: Mapping[str, AuthSpec]) -> bool:
    if key in _MET_ELSEWHERE:
        return True
    if key == "httpBasic":
        return _basic(request)
    if key == "httpBearer":
        return _authorization(request, "Bearer") is not None
    spec = schemes.get(key)
    if spec is None:
        return True
    if spec.kind == "all":
        return all(_met(request, part, schemes) for part in spec.parts)
    if spec.kind == "apiKey":
        return _api_key(request, spec.location, spec.parameter)
    if spec.kind in ("oauth2", "httpBearer"):
        return _authorization(request, "Bearer") is not None
    if spec.kind == "httpBasic":
        return _basic(request)
    return spec.kind in _MET_ELSEWHERE


def missing_credentials(
    service: ServiceSpec, operation: OperationSpec, request: HttpRequest
) -> str | None:
    """Why ``request`` meets none of ``operation``'s alternatives (None: it meets one)."""
    keys = operation.auth
    if not keys or any(_met(request, key, service.auth_schemes) for key in keys):
        return None
    return f"{operation.name} needs credentials: {' or '.join(_describe(k, service) for k in keys)}"


def _describe(key: str, service: ServiceSpec) -> str:
    spec = service.auth_schemes.get(key)
    if key == "httpBasic":
        return "HTTP Basic"
    if key == "httpBearer":
        return "a bearer token"
    if spec is None:
        return key
    if spec.kind == "apiKey":
        return f"the API key {spec.parameter!r} (in the {spec.location})"
    if spec.kind == "oauth2":
        return f"an OAuth2 bearer token ({key})"
    if spec.kind == "all":
        return "(" + " and ".join(_describe(p, service) for p in spec.parts) + ")"
    return key


def challenges(service: ServiceSpec, operation: OperationSpec) -> list[str]:
    """The ``WWW-Authenticate`` values for an operation's HTTP schemes."""
    wanted: set[str] = set()

    def visit(key: str) -> None:
        spec = service.auth_schemes.get(key)
        kind = spec.kind if spec is not None else key
        if kind == "httpBasic":
            wanted.add("Basic")
        elif kind in ("httpBearer", "oauth2"):
            wanted.add("Bearer")
        elif spec is not None and kind == "all":
            for part in spec.parts:
                visit(part)

    for key in operation.auth:
        visit(key)
    realm = service.name.replace('"', "")
    return [f'{scheme} realm="{realm}"' for scheme in ("Basic", "Bearer") if scheme in wanted]
