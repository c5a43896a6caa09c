"""What makes an imported AWS model a spec ``apigen validate`` accepts, done in the open.

Official models break a few rules the spec format checks; an importer never drops the
fact, it marks or renames it where a reviewer sees it:

- **Python name collisions**: shapes such as ``boolean`` and ``Boolean`` (Backup) would
  become one Python class. The later one in sorted order gets a ``2`` (then ``3``...)
  suffix and every reference follows; an error keeps its wire code (``errorCode``), a
  structure in an XML protocol its element name (``xmlName``). The header lists renames.
- **Enum values** with one Python name get explicit member names (``values`` as a mapping).
- Smithy's **``suppress``** trait silences a validator on one shape or operation, as the
  Smithy models themselves do:
  ``PatternTrait`` on a shape whose ``pattern`` Python's ``re`` cannot compile (patterns
  written for Java or ECMA engines, such as ``\\p{L}``; such a pattern is carried, not
  enforced: botocore does not enforce patterns either), or one no string can match
  (characters before its ``^``: Connect's ``Password`` is written as an ECMAScript literal,
  ``/^...$/``; enforcing it would refuse every value the service takes);
  ``HttpUriConflict`` on an operation whose route repeats an earlier one (S3 tells them
  apart by query parameters and headers);
  ``HttpMethodSemantics`` on a GET or HEAD operation with body members (EFS);
  ``HttpErrorTrait`` on an error whose status is outside its fault's range (Auto Scaling's
  client errors with status 500; Smithy only warns);
  ``PaginatedTrait`` on a botocore paginator that is not a Smithy one (several tokens,
  expressions, tokens that are maps, page sizes that are strings, scalar result keys).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from apigen import naming
from apigen.frontends.jmespath_refs import DOTTED
from apigen.frontends.smithy_http_checks import bindings, parse_uri
from apigen.ir import PRELUDE
from apigen.regex_sample import anchored_after_text
from apigen.regex_translate import PatternError, to_python

_STRINGS = {"string", "enum"}
_INTEGERS = {"integer"}


def apply(spec: dict[str, Any]) -> list[str]:
    """Fix ``spec`` in place; returns header lines describing renames."""
    notes = _rename_collisions(spec)
    shapes: dict[str, Any] = spec.get("shapes", {})
    for shape in shapes.values():
        pattern = shape.get("pattern")
        if isinstance(pattern, str) and (not _compiles(pattern) or _matches_nothing(pattern)):
            _suppress(shape, "PatternTrait")
        status, error = shape.get("httpError"), shape.get("error")
        if isinstance(status, int) and (error == "client") != (400 <= status < 500):
            _suppress(shape, "HttpErrorTrait")
        if isinstance(shape.get("values"), list):
            shape["values"] = _enum_values(shape["values"])
    protocol = spec.get("service", {}).get("protocol")
    operations: dict[str, Any] = spec.get("operations", {})
    for name, op in operations.items():
        operations[name] = _documentation_first(op)
    for name, shape in shapes.items():
        shapes[name] = _documentation_first(shape, after="type")
    if protocol in ("restJson1", "restXml"):
        _routes(operations)
        for op in operations.values():
            if op.get("http", {}).get("method") in ("GET", "HEAD") and _body(shapes, op):
                _suppress(op, "HttpMethodSemantics")
    for op in operations.values():
        if "paginated" in op and not _smithy_paginated(shapes, op):
            _suppress(op, "PaginatedTrait")
    return notes


def _enum_values(values: list[str]) -> list[str] | dict[str, str]:
    """The list form, or names given explicitly when two values share a Python name
    (``invalid_request`` and ``INVALID_REQUEST``): the later gets a ``_2`` suffix."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for value in values:
        name, number = value, 2
        while naming.constant(name) in taken:
            name, number = f"{value}_{number}", number + 1
        taken.add(naming.constant(name))
        names[name] = value
    return values if list(names) == values else names


def _documentation_first(node: dict[str, Any], after: str | None = None) -> dict[str, Any]:
    """Operations and shapes read like the hand-written specs: documentation on top (after
    the shape's ``type``); members keep theirs last."""
    if "documentation" not in node:
        return node
    head = {after: node[after]} if after in node else {}
    return {**head, "documentation": node["documentation"], **node}


def _suppress(node: dict[str, Any], validator: str) -> None:
    names = node.setdefault("suppress", [])
    if validator not in names:
        names.append(validator)


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


def _matches_nothing(pattern: str) -> bool:
    try:
        return anchored_after_text(to_python(pattern))
    except (PatternError, re.error):
        return False


def _routes(operations: dict[str, Any]) -> None:
    seen: set[tuple[Any, ...]] = set()
    for op in operations.values():
        http = op.get("http")
        if not http:
            continue
        route, problems = parse_uri(http["uri"])
        key = (http["method"], *route.key)
        if not problems and key in seen:
            _suppress(op, "HttpUriConflict")
        seen.add(key)


def _body(shapes: dict[str, Any], op: dict[str, Any]) -> bool:
    members = shapes.get(op.get("input", ""), {}).get("members", {})
    return any(not bindings(m) or m.get("httpPayload") for m in members.values())


def _kind(shapes: dict[str, Any], structure: Any, path: str) -> str | None:
    """The type of the member a dotted path names (None: no such member)."""
    kind = None
    for step in path.split("."):
        member = shapes.get(structure, {}).get("members", {}).get(step)
        if member is None:
            return None
        structure = member["target"]
        prelude = PRELUDE.get(structure)
        kind = shapes.get(structure, {}).get("type") or (str(prelude) if prelude else None)
    return kind


def _smithy_paginated(shapes: dict[str, Any], op: dict[str, Any]) -> bool:
    pag = op["paginated"]
    if "moreResults" in pag or "nonAggregateKeys" in pag:
        return False
    wanted = {
        "inputToken": ("input", _STRINGS),
        "outputToken": ("output", _STRINGS),
        "pageSize": ("input", _INTEGERS),
        "items": ("output", {"list", "map"}),
    }
    for key, (side, kinds) in wanted.items():
        ref = pag.get(key)
        if ref is None:
            continue
        if not isinstance(ref, str) or not DOTTED.match(ref):
            return False
        member_path = ref if side == "output" else ref.split(".")[0]
        kind = _kind(shapes, op.get(side), member_path)
        if kind is not None and kind not in kinds:
            return False
        if key.endswith("Token") and _required(shapes, op.get(side), member_path):
            return False
    return True


def _required(shapes: dict[str, Any], structure: Any, path: str) -> bool:
    *parents, last = path.split(".")
    for step in parents:
        member = shapes.get(structure, {}).get("members", {}).get(step)
        if member is None:
            return False
        structure = member["target"]
    member = shapes.get(structure, {}).get("members", {}).get(last)
    return bool(member and member.get("required"))


def _rename_collisions(spec: dict[str, Any]) -> list[str]:
    shapes: dict[str, Any] = spec.get("shapes", {})
    taken = {naming.pascal(n): n for n in spec.get("shapes", {})}
    renames: dict[str, str] = {}
    python: dict[str, str] = {}
    for name in shapes:
        py = naming.pascal(name)
        if py not in python:
            python[py] = name
            continue
        number = 2
        while f"{name}{number}" in shapes or naming.pascal(f"{name}{number}") in taken:
            number += 1
        renames[name] = f"{name}{number}"
        taken[naming.pascal(renames[name])] = renames[name]
    if not renames:
        return []
    xml = spec.get("service", {}).get("protocol") in ("restXml", "awsQuery", "ec2Query")
    renamed = {}
    for name, shape in shapes.items():
        new = renames.get(name, name)
        if new != name:
            if "error" in shape:
                shape.setdefault("errorCode", name)
            if xml and shape.get("type") == "structure":
                shape.setdefault("xmlName", name)
        for member in _members(shape):
            member["target"] = renames.get(member["target"], member["target"])
        renamed[new] = shape
    spec["shapes"] = dict(sorted(renamed.items()))
    for op in spec.get("operations", {}).values():
        for part in ("input", "output"):
            if part in op:
                op[part] = renames.get(op[part], op[part])
        if "errors" in op:
            op["errors"] = [renames.get(e, e) for e in op["errors"]]
    service = spec.get("service", {})
    if "errors" in service:
        service["errors"] = [renames.get(e, e) for e in service["errors"]]
    return [
        "renamed (Python names would collide): "
        + ", ".join(f"{old} -> {new}" for old, new in sorted(renames.items()))
    ]


def _members(shape: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield from shape.get("members", {}).values()
    for part in ("member", "key", "value"):
        if part in shape:
            yield shape[part]
