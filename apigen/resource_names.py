"""Which member of a structure carries a resource identifier: one rule for checks and views.

Smithy binds an identifier to the input member of the same name or to the member with
``resourceIdentifier: <identifier>``; we also accept a name that differs only in case
(``ServerName`` for ``serverName``), as botocore models spell members either way. In the
structure a read returns (the resource's own shape) the resource's own identifier may also be
its short form: ``id`` for ``virtualClusterId``, ``arn`` for ``connectorArn``, ``name`` for
``connectionName`` (``short=True``), which is how AWS shapes name it; the suffix of the
identifier's shape name counts too (``name`` for Athena's ``WorkGroup``, a ``WorkGroupName``),
unless the identifier spells a kind itself (Device Farm's ``arn``, an ``AmazonResourceName``);
an identifier naming either of two (Lex's ``versionOrAlias``) is the member named as the
first (the bot's ``version``).

``TAGGING``: AWS's tagging operations by name, each with its role: they tag any resource by
its ARN, so no resource's lifecycle claims them (inference) and the fake serves them apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SHORT_SUFFIXES = ("Id", "Arn", "Name")
# TagResource first: the shape it takes tags in finds the listing's tags (WAFV2's TagList)
TAGGING = {"TagResource": "tag", "UntagResource": "untag", "ListTagsForResource": "tags"}


def identifier_member(
    identifier: str,
    members: Iterable[tuple[str, str | None]],
    *,
    short: bool = False,
    target: str | None = None,
) -> str | None:
    """The name among ``members`` (``(name, resourceIdentifier trait)`` pairs) carrying
    ``identifier`` (whose shape is ``target``, a shape id), or None."""
    pairs = list(members)
    for name, trait in pairs:
        if trait == identifier:
            return name
    for name, _ in pairs:
        if name == identifier:
            return name
    for name, _ in pairs:
        if name.lower() == identifier.lower():
            return name
    if short:
        kind = (target or "").rsplit("#", 1)[-1]
        # an identifier spelling its own kind is that kind, whatever its shape's name says
        # (Device Farm's ``arn`` of an ``AmazonResourceName`` is no ``name``)
        spelled = [
            s for s in _SHORT_SUFFIXES if identifier.endswith(s) or identifier.lower() == s.lower()
        ]
        for suffix in spelled or _SHORT_SUFFIXES:
            if any(n.endswith(suffix) and n != suffix for n in (identifier, kind)):
                for name, _ in pairs:
                    if name.lower() == suffix.lower():
                        return name
        # an identifier naming either of two (Lex's ``versionOrAlias``): the member named
        # as the first of them (the record's ``version``)
        either = re.fullmatch(r"([a-z][A-Za-z0-9]*?)Or[A-Z][A-Za-z0-9]*", identifier)
        for name, _ in pairs if either else ():
            if either is not None and name.lower() == either[1].lower():
                return name
    return None
