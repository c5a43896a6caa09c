"""Meaning checks for HTTP bindings: the ``http`` trait of operations and the ``http*``
traits of members, following Smithy's rules (its prelude's trait selectors and conflicts,
and its ``HttpLabelTraitValidator``, ``HttpQueryTraitValidator``, ``HttpHeaderTraitValidator``,
``HttpPrefixHeadersTraitValidator``, ``HttpPayloadValidator``, ``HttpUriConflictValidator``
and ``HttpUriGreedyLabelValidator``).

Where Smithy only warns (a body on a GET or HEAD request, a greedy label that is not the last
label), this generator fails: the code it writes could not call or serve such an operation
correctly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from generator.frontends.smithy_doc import NUMBERS, STRINGS, Problem, SpecDoc, Where

BINDINGS = (
    "httpLabel",
    "httpQuery",
    "httpQueryParams",
    "httpHeader",
    "httpPrefixHeaders",
    "httpPayload",
    "httpResponseCode",
)
# At most one member of a structure may carry each of these.
_EXCLUSIVE = ("httpPayload", "httpQueryParams", "httpPrefixHeaders", "httpResponseCode")
_SIMPLE = STRINGS | NUMBERS | {"boolean", "timestamp"}
_PAYLOADS = STRINGS | {"blob", "structure", "union", "document", "list", "map"}
_TARGETS = {
    "httpLabel": "booleans, numbers, strings and timestamps",
    "httpQuery": "booleans, numbers, strings, timestamps and lists of them",
    "httpHeader": "booleans, numbers, strings, timestamps and lists of them",
    "httpQueryParams": "maps of strings or of lists of strings",
    "httpPrefixHeaders": "maps of strings",
    "httpPayload": "strings, blobs, structures, unions, documents, lists and maps",
    "httpResponseCode": "integers",
}
_LABEL = re.compile(r"\{([^{}]*?)(\+?)\}")
_LABEL_NAME = re.compile(r"[A-Za-z0-9_]+")


def bindings(member: Mapping[str, Any]) -> list[str]:
    """The HTTP binding traits a member carries (``httpLabel: false`` is none)."""
    return [t for t in BINDINGS if member.get(t) not in (None, False)]


@dataclass(frozen=True, slots=True)
class Route:
    """A parsed ``http.uri``: what makes two routes the same, and the labels it binds."""

    segments: tuple[str, ...]  # literal segments, ``{}`` for a label, ``{+}`` for a greedy one
    labels: dict[str, bool]  # label -> greedy
    query: dict[str, str]  # query literals

    @property
    def key(self) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
        return self.segments, tuple(sorted(self.query.items()))


def parse_uri(uri: str) -> tuple[Route, list[str]]:
    """A URI pattern and what is wrong with it (Smithy's ``UriPattern`` rules)."""
    problems: list[str] = []
    path, has_query, query = uri.partition("?")
    if "#" in uri:
        problems.append("a URI cannot contain a fragment ('#')")
    if has_query and not query:
        problems.append("a URI cannot end with '?'")
    raw = path.split("/")[1:]
    if raw and not raw[-1]:
        raw.pop()  # a trailing slash names the same route
    segments: list[str] = []
    labels: dict[str, bool] = {}
    greedy: str | None = None  # the greedy label so far, until a label follows it
    for segment in raw:
        match = _LABEL.fullmatch(segment)
        if not segment:
            problems.append("a URI cannot have an empty path segment ('//')")
        elif match is None:
            if "{" in segment or "}" in segment:
                problems.append(f"a URI label must be a whole path segment, not {segment!r}")
            segments.append(segment)
        else:
            name, is_greedy = match.group(1), bool(match.group(2))
            segments.append("{+}" if is_greedy else "{}")
            if not _LABEL_NAME.fullmatch(name):
                problems.append(f"URI label {segment} is not a name (letters, digits, _)")
            elif name in labels:
                problems.append(f"URI label {{{name}}} appears twice")
            else:
                if greedy is not None:
                    problems.append(f"greedy label {{{greedy}+}} must be the last label")
                labels[name] = is_greedy
                greedy = name if is_greedy else None
    literals: dict[str, str] = {}
    if "{" in query or "}" in query:
        problems.append("URI labels cannot appear in the query string")
    for pair in query.split("&") if query else ():
        key, _, value = pair.partition("=")
        if key in literals:
            problems.append(f"query literal {key!r} appears twice in the URI")
        literals[key] = value
    return Route(tuple(segments), labels, literals), problems


def check_member(
    spec: SpecDoc, where: Where, member: Mapping[str, Any], owner_kind: str | None
) -> Iterator[Problem]:
    """One member's bindings: where they may be, and what they may target."""
    bound = bindings(member)
    if not bound:
        return
    misplaced = owner_kind not in (None, "structure")
    if misplaced:
        yield where, f"HTTP binding {bound[0]} is only allowed on structure members"
    if len(bound) > 1:
        yield where, f"a member takes one HTTP binding, not {', '.join(bound)}"
    if spec.rpc:
        yield where, f"{bound[0]} has no meaning in {spec.protocol}"
    if misplaced or len(bound) > 1 or not spec.rest or owner_kind is None:
        return
    (trait,) = bound
    if trait == "httpLabel" and member.get("required") is not True:
        yield (*where, "httpLabel"), "httpLabel members must be required"
    target = member.get("target")
    kind = spec.kind(target)
    if kind is None:
        return
    inner_target = spec.part_target(target, "value" if kind == "map" else "member")
    inner, inner_list = spec.kind(inner_target), spec.part_kind(inner_target, "member")
    if not _allowed(trait, kind, inner, inner_list):
        yield (*where, trait), f"{trait} applies to {_TARGETS[trait]}, not {spec.describe(target)}"


def _allowed(trait: str, kind: str, inner: str | None, inner_list: str | None) -> bool:
    """Smithy's selector for ``trait``: ``inner`` is what a list or map targets, and
    ``inner_list`` what a map's list values target (None: unknown, so allowed)."""
    if trait == "httpLabel":
        return kind in _SIMPLE
    if trait in ("httpQuery", "httpHeader"):
        return kind in _SIMPLE or (kind == "list" and inner in (*_SIMPLE, None))
    if trait == "httpQueryParams":
        strings = (*STRINGS, None)
        return kind == "map" and (inner in strings or (inner == "list" and inner_list in strings))
    if trait == "httpPrefixHeaders":
        return kind == "map" and inner in (*STRINGS, None)
    if trait == "httpPayload":
        return kind in _PAYLOADS
    return kind in ("integer", "intEnum")  # httpResponseCode


def check_structure(spec: SpecDoc, name: str) -> Iterator[Problem]:
    """Bindings that must be unique within a structure, and a payload that is the whole body."""
    members = spec.clean_members(name)
    first: dict[tuple[str, str], str] = {}  # (trait, bound name) -> first member
    for mname, member in members.items():
        for trait in bindings(member):
            value = member[trait]
            if trait in _EXCLUSIVE:
                key = (trait, "")
            elif trait in ("httpQuery", "httpHeader") and isinstance(value, str):
                key = (trait, value.lower() if trait == "httpHeader" else value)
            else:
                continue
            owner = first.setdefault(key, mname)
            if owner != mname:
                message = {
                    "httpQuery": f"query parameter {value!r} is already bound to {owner!r}",
                    "httpHeader": f"header {value!r} is already bound to {owner!r} "
                    "(header names are case-insensitive)",
                }.get(trait, f"only one member may have {trait}; {owner!r} has it")
                yield ("shapes", name, "members", mname, trait), message
    prefix_owner = first.get(("httpPrefixHeaders", ""))
    prefix = members[prefix_owner]["httpPrefixHeaders"] if prefix_owner else None
    if isinstance(prefix, str):
        for (trait, header), mname in first.items():
            if trait == "httpHeader" and header.startswith(prefix.lower()):
                yield (
                    ("shapes", name, "members", mname, "httpHeader"),
                    f"header {members[mname]['httpHeader']!r} starts with the httpPrefixHeaders "
                    f"prefix {prefix!r} of {prefix_owner!r}",
                )
    payload = first.get(("httpPayload", ""))
    if payload is not None:
        for mname, member in members.items():
            if not bindings(member):
                yield (
                    ("shapes", name, "members", mname),
                    f"{mname!r} has no HTTP binding, but {payload!r} is the httpPayload "
                    "(the whole body): bind it to a label, query parameter or header",
                )


def check_json_names(spec: SpecDoc, name: str) -> Iterator[Problem]:
    """Two members of one structure or union with the same JSON name (restJson1)."""
    first: dict[str, str] = {}
    for mname, member in spec.clean_members(name).items():
        wire = member.get("jsonName", mname)
        owner = first.setdefault(wire, mname)
        if owner != mname:
            where: Where = ("shapes", name, "members", mname)
            if "jsonName" in member:
                where = (*where, "jsonName")
            yield where, f"JSON name {wire!r} is already used by {owner!r}"


def check_operation(spec: SpecDoc, where: Where, op: Mapping[str, Any]) -> Iterator[Problem]:
    """An operation's ``http`` against its input: URI labels, query literals, GET bodies."""
    http = op["http"]
    uri, method = http["uri"], http["method"]
    route, problems = parse_uri(uri)
    for problem in problems:
        yield (*where, "http", "uri"), problem
    input_name = op.get("input")
    if not spec.io_known(where, op, "input"):
        return
    names = spec.member_names(input_name)
    clean = spec.clean_members(input_name)
    for label, greedy in route.labels.items():
        member = clean.get(label)
        if label not in names or (member is not None and not member.get("httpLabel")):
            yield (
                (*where, "http", "uri"),
                f"URI label {{{label}}} has no input member with httpLabel",
            )
        elif (
            member is not None
            and greedy
            and spec.kind(member.get("target")) not in (*STRINGS, None)
        ):
            yield (
                (*where, "http", "uri"),
                f"greedy label {{{label}+}} must target a string, "
                f"not {spec.describe(member.get('target'))}",
            )
    body = []
    for mname, member in clean.items():
        if member.get("httpLabel") and mname not in route.labels:
            yield (*where, "http", "uri"), f"httpLabel member {mname!r} is not in the URI {uri}"
        query = member.get("httpQuery")
        if isinstance(query, str) and query in route.query:
            yield (
                (*where, "http", "uri"),
                f"query literal {query!r} of the URI is also bound by httpQuery member {mname!r}",
            )
        unbound = not bindings(member) and mname not in route.labels  # reported above
        if unbound or member.get("httpPayload"):
            body.append(repr(mname))
    if method in ("GET", "HEAD") and body:
        yield (
            (*where, "http", "method"),
            f"{method} requests have no body, but input member(s) {', '.join(body)} would be "
            "sent in it: bind them to a label, query parameter or header",
        )


def check_roles(spec: SpecDoc, op: Mapping[str, Any]) -> Iterator[Problem]:
    """Bindings that only mean something in a request, or only in a response."""
    for mname, member in spec.clean_members(op.get("input")).items():
        if member.get("httpResponseCode"):
            yield ("shapes", op["input"], "members", mname), "httpResponseCode belongs in an output"
    for mname, member in spec.clean_members(op.get("output")).items():
        if member.get("httpLabel") or "httpQuery" in member or member.get("httpQueryParams"):
            yield (
                ("shapes", op["output"], "members", mname),
                "labels and query parameters belong in an input",
            )


def check_routes(spec: SpecDoc) -> Iterator[Problem]:
    """Two operations with one method and equivalent URIs (labels named apart, same query
    literals): a server could not tell them apart. The later one is reported."""
    seen: dict[tuple[Any, ...], tuple[str, str]] = {}
    for name, op in spec.operations.items():
        where = ("operations", name, "http")
        http = op.get("http")
        if not isinstance(http, dict) or not spec.clean(where) or "uri" not in http:
            continue
        method, uri = http.get("method"), http["uri"]
        route, problems = parse_uri(uri)
        if problems:
            continue
        first, first_uri = seen.setdefault((method, *route.key), (name, uri))
        if first != name:
            yield (
                (*where, "uri"),
                f"{method} {uri} is the same route as {first} ({method} {first_uri})",
            )
