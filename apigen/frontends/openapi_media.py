"""Which of a body's media types the generated code speaks, and as what.

A request or response body may list several media types; the generated code reads and
writes one of them, chosen by a fixed rule so the same document always gives the same
client:

1. the first JSON type in document order: ``application/json`` or any ``+json`` suffix
   (``application/merge-patch+json``, ``application/problem+json``);
2. else the first other type the runtime can carry, in document order:
   ``application/x-www-form-urlencoded`` (the schema's properties as form fields),
   ``text/*`` (a ``str``), and anything else (``application/octet-stream``, ``image/*``,
   ``*/*``, ``application/pdf``...) as ``bytes``;
3. else ``multipart/form-data`` (the schema's properties as parts, files among them): the
   last choice, as it is the heaviest to write and read. Other ``multipart/*`` types
   (``mixed``, ``related``) are not supported; a body that offers nothing else is reported.

The chosen type is kept on the payload's binding (``HttpBinding.media_type``) unless it is
its kind's default (``application/json``, ``text/plain``, ``application/octet-stream``) or
a wildcard (``image/*``), so the runtime sends the document's ``Content-Type``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable


class Carried(enum.Enum):
    """How a body of one media type travels."""

    JSON = "json"
    FORM = "form"
    MULTIPART = "multipart"
    TEXT = "text"
    BINARY = "binary"
    UNSUPPORTED = "unsupported"


FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"


def base_type(media: str) -> str:
    """``Application/JSON; charset=utf-8`` → ``application/json``."""
    return media.split(";")[0].strip().lower()


def is_json(media: str) -> bool:
    base = base_type(media)
    return base == "application/json" or (
        base.startswith("application/") and base.endswith("+json")
    )


def carried(media: str) -> Carried:
    base = base_type(media)
    if is_json(base):
        return Carried.JSON
    if base == FORM:
        return Carried.FORM
    if base == MULTIPART:
        return Carried.MULTIPART
    if base.startswith("multipart/"):
        return Carried.UNSUPPORTED
    if base.startswith("text/"):
        return Carried.TEXT
    return Carried.BINARY


def choose(media_types: Iterable[str]) -> tuple[str, Carried] | None:
    """The media type the generated code speaks (rule above), or None when none can be."""
    listed = list(media_types)
    for media in listed:
        if carried(media) is Carried.JSON:
            return media, Carried.JSON
    for media in listed:
        how = carried(media)
        if how not in (Carried.UNSUPPORTED, Carried.MULTIPART):
            return media, how
    for media in listed:
        if carried(media) is Carried.MULTIPART:
            return media, Carried.MULTIPART
    return None


_DEFAULTS: dict[Carried, str] = {
    Carried.JSON: "application/json",
    Carried.TEXT: "text/plain",
    Carried.BINARY: "application/octet-stream",
}


def kept_media_type(media: str, how: Carried) -> str | None:
    """The type to keep on the binding: None for its kind's default and for wildcards."""
    base = base_type(media)
    if base == _DEFAULTS.get(how) or "*" in base:
        return None
    return base
