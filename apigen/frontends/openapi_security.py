"""OpenAPI security schemes and requirements → IR auth.

Decisions:
- http basic → ``httpBasic``; http bearer, openIdConnect and oauth2 without a
  client-credentials flow send a bearer token the caller holds → ``httpBearer``; oauth2 with
  ``flows.clientCredentials`` → ``oauth2`` with its ``tokenUrl`` and scope names (the
  client fetches the token itself when given a client id and secret); apiKey → ``apiKey``
  with its ``in`` (header, query or cookie) and ``name``; mutualTLS → ``mutualTLS`` (a
  client certificate on the connection). Other http schemes (digest...) are reported.
- ``security`` lists alternatives (OR), in order, each once. A requirement object naming
  several schemes needs them all at once (AND): it becomes one scheme of kind ``all``
  named by its schemes joined with ``+`` in document order (``apiKey+oauth``), with those
  as ``parts``. An empty requirement ``{}`` makes the operation callable without
  credentials: ``noAuth``, in its place among the alternatives. A scheme that is not
  declared is reported. An operation without ``security`` takes the document's (the
  caller decides: None means absent).
- A document without ``security`` asks for none (OpenAPI: only the listed requirements
  apply): its default is every declared scheme, then ``noAuth``, so a client sends a
  credential it holds and a server lets a request without one through.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from apigen import ir
from apigen.frontends.openapi_keywords import text
from apigen.frontends.openapi_validate import Path_, resolve_ref

NO_AUTH = "noAuth"
_API_KEY_PLACES = ("header", "query", "cookie")


def auth_schemes(
    document: Mapping[str, Any], problems: list[tuple[Path_, str]]
) -> Iterator[ir.AuthScheme]:
    """The document's security schemes as IR; the unrepresentable go to ``problems``."""
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    for key, raw in schemes.items():
        scheme, _ = resolve_ref(document, raw)
        where: Path_ = ("components", "securitySchemes", key)
        kind = scheme.get("type")
        http = str(scheme.get("scheme", "")).lower()
        doc = text(scheme.get("description"))
        credentials = ((scheme.get("flows") or {}).get("clientCredentials")) or {}
        if kind == "http" and http == "basic":
            yield ir.AuthScheme(name=key, kind="httpBasic", documentation=doc)
        elif kind == "oauth2" and credentials.get("tokenUrl"):
            yield ir.AuthScheme(
                name=key,
                kind="oauth2",
                documentation=doc,
                token_url=str(credentials["tokenUrl"]),
                scopes=tuple(sorted(str(s) for s in credentials.get("scopes") or {})),
            )
        elif (kind == "http" and http == "bearer") or kind in ("oauth2", "openIdConnect"):
            yield ir.AuthScheme(name=key, kind="httpBearer", documentation=doc)
        elif kind == "apiKey":
            place = scheme.get("in")
            if place not in _API_KEY_PLACES or not scheme.get("name"):
                problems.append(
                    (where, "an apiKey scheme needs a name and in: header, query or cookie")
                )
                continue
            yield ir.AuthScheme(
                name=key,
                kind="apiKey",
                documentation=doc,
                location=str(place),
                parameter=str(scheme["name"]),
            )
        elif kind == "mutualTLS":
            yield ir.AuthScheme(name=key, kind="mutualTLS", documentation=doc)
        else:
            problems.append(
                (
                    where,
                    f"cannot represent security scheme type {kind!r}"
                    + (f" with scheme {http!r}" if kind == "http" else ""),
                )
            )


def required_schemes(
    document: Mapping[str, Any], raw: Any, where: Path_, problems: list[tuple[Path_, str]]
) -> tuple[str, ...] | None:
    """The schemes a ``security`` list (at ``where``) accepts, in order; None when it is absent.

    A requirement of several schemes is named by joining them with ``+`` (``combined``
    declares it); an empty one is ``noAuth``.
    """
    if raw is None:
        return None
    known = (document.get("components") or {}).get("securitySchemes") or {}
    names: list[str] = []
    for index, requirement in enumerate(raw):
        unknown = [name for name in requirement if name not in known]
        for name in unknown:
            problems.append(((*where, index), f"unknown security scheme {name!r}"))
        if unknown:
            continue
        name = "+".join(requirement) if requirement else NO_AUTH
        if name not in names:
            names.append(name)
    return tuple(names)


def document_default(
    document: Mapping[str, Any], problems: list[tuple[Path_, str]]
) -> tuple[str, ...] | None:
    """The requirement of operations without ``security``: the document's, else any declared
    scheme or none (None when the document declares no schemes either)."""
    declared = required_schemes(document, document.get("security"), ("security",), problems)
    if declared is not None:
        return declared
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    return (*schemes, NO_AUTH) if schemes else None


def combined(
    schemes: tuple[ir.AuthScheme, ...], used: Iterable[tuple[str, ...] | None]
) -> tuple[ir.AuthScheme, ...]:
    """The schemes plus one ``all`` scheme per several-scheme requirement an operation uses
    (and ``noAuth`` when one allows calling without credentials), in first-use order."""
    declared = {s.name for s in schemes}
    extra: dict[str, ir.AuthScheme] = {}
    for names in used:
        for name in names or ():
            if name in declared or name in extra:
                continue
            if name == NO_AUTH:
                extra[name] = ir.AuthScheme(name=name, kind=NO_AUTH)
            else:
                parts = tuple(name.split("+"))
                extra[name] = ir.AuthScheme(name=name, kind="all", parts=parts)
    return (*schemes, *extra.values())
