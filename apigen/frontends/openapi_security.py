"""OpenAPI security schemes and requirements → IR auth.

Decisions:
- http basic → ``httpBasic``; http bearer, oauth2 and openIdConnect send a bearer token →
  ``httpBearer``; apiKey and mutualTLS (and other http schemes) are reported.
- ``security`` lists alternatives: the schemes it names, in order, each once. An entry
  naming two schemes at once, or a scheme that is not declared, is reported. An operation
  without ``security`` takes the document's (the caller decides: None means absent).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from apigen import ir
from apigen.frontends.openapi_keywords import text
from apigen.frontends.openapi_validate import Path_, resolve_ref


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
        if kind == "http" and http == "basic":
            yield ir.AuthScheme(name=key, kind="httpBasic", documentation=doc)
        elif (kind == "http" and http == "bearer") or kind in ("oauth2", "openIdConnect"):
            yield ir.AuthScheme(name=key, kind="httpBearer", documentation=doc)
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
    """The schemes a ``security`` list (at ``where``) accepts, in order; None when it is absent."""
    if raw is None:
        return None
    known = (document.get("components") or {}).get("securitySchemes") or {}
    names: list[str] = []
    for index, requirement in enumerate(raw):
        if len(requirement) > 1:
            problems.append(
                ((*where, index), "cannot represent a requirement of several schemes at once")
            )
        for name in requirement:
            if name not in known:
                problems.append(((*where, index), f"unknown security scheme {name!r}"))
            elif name not in names:
                names.append(name)
    return tuple(names)
