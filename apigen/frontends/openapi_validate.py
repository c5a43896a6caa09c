"""Reading and validating an OpenAPI 3.0/3.1 document before anything is converted.

Passes, every problem collected before anything is raised: YAML syntax; the OpenAPI
meta-schema (openapi-spec-validator's ``schema_validator``: errors carry their full path);
local ``$ref`` targets, checked here (external references cannot be represented, and a
dangling or references-only cycle crashes the validator); then, only when every reference
resolves, the validator's keyword pass (duplicate operation ids, unresolved path
parameters, 3.1 schema objects, defaults). Keyword-pass errors carry no path of their own,
so the keyword validators are wrapped to stamp each error with the place being checked.
Problems are reported as ``file:line: #/json/pointer: message``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, TypeGuard

import yaml
from jsonschema_path import SchemaPath
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from openapi_spec_validator.schemas import schema_v30, schema_v31
from openapi_spec_validator.schemas.backend.jsonschema import create_validator
from openapi_spec_validator.validation.keywords import ValueValidator

from apigen.errors import SpecError, SpecIssue
from apigen.frontends.smithy_yaml import line_at
from apigen.frontends.yaml_lines import LineDict, load_yaml

Path_ = tuple[str | int, ...]

# Keys whose values are data, not OpenAPI objects: a "$ref" inside them is not a reference.
_DATA_KEYS = frozenset({"example", "examples", "default", "enum", "const"})


def pointer(path: Path_) -> str:
    """A JSON pointer in ``$ref`` style: ``#/paths/~1keys/get``."""
    return "#/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in path)


def issue(file: str, document: Any, path: Path_, message: str) -> SpecIssue:
    return SpecIssue(file=file, line=line_at(document, path), path=pointer(path), message=message)


def read_document(path: Path, file: str) -> LineDict:
    """The document as line-remembering mappings; ``SpecError`` when it is not YAML/JSON."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(
            [SpecIssue(file=file, line=None, path="", message=f"cannot read: {exc}")]
        ) from exc
    try:
        document = load_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise SpecError(
            [SpecIssue(file=file, line=line, path="", message=f"invalid YAML: {problem}")]
        ) from exc
    if not isinstance(document, LineDict):
        raise SpecError(
            [SpecIssue(file=file, line=1, path="", message="an OpenAPI document is a mapping")]
        )
    return document


def validate(document: LineDict, file: str) -> None:
    """Raise ``SpecError`` listing every problem the validator and the reference check find."""
    version = document.get("openapi")
    if not isinstance(version, str) or not version.startswith(("3.0.", "3.1.")):
        where: Path_ = ("openapi",) if "openapi" in document else ()
        raise SpecError(
            [issue(file, document, where, "only OpenAPI 3.0.x and 3.1.x documents are supported")]
        )
    validator_cls = _LOCATED_31 if version.startswith("3.1.") else _LOCATED_30
    found: dict[tuple[str, str], SpecIssue] = {}

    def add(path: Path_, message: str) -> None:
        new = issue(file, document, path, message)
        found.setdefault((new.path, message), new)

    for err in _meta_schema_validator(version).iter_errors(document):
        deepest = _deepest(err)
        add(tuple(deepest.absolute_path), deepest.message)
    dangling = list(dangling_refs(document))
    for path, message in dangling:
        add(path, message)
    if not dangling:
        try:
            for err in validator_cls(document).iter_errors():
                located = getattr(err, _STAMP, None)
                add(located if located is not None else tuple(err.absolute_path), err.message)
        except Exception as exc:  # noqa: BLE001 - the validator's own failures are spec problems too
            add((), f"the OpenAPI validator failed: {exc}")
    if found:
        raise SpecError(found.values())


# Lower and upper bound keywords of a schema object; a lower above its upper admits nothing.
_BOUNDS = (
    ("minimum", "maximum"),
    ("minLength", "maxLength"),
    ("minItems", "maxItems"),
    ("minProperties", "maxProperties"),
)


def contradictory_bounds(document: Mapping[str, Any]) -> Iterator[tuple[Path_, str]]:
    """Every schema whose lower bound is above its upper one (the meta-schema allows it).

    Also an exclusive bound equal to the other one (3.0 booleans, 3.1 numbers): no value fits.
    """

    def walk(node: Any, path: Path_) -> Iterator[tuple[Path_, str]]:
        if isinstance(node, Mapping):
            for low_key, high_key in _BOUNDS:
                low, high = node.get(low_key), node.get(high_key)
                if _number(low) and _number(high) and low > high:
                    yield (*path, low_key), f"{low_key} {low} is greater than {high_key} {high}"
            low, high = _bound(node, "minimum"), _bound(node, "maximum")
            if low and high and (low[1] or high[1]) and low[0] >= high[0]:
                yield (
                    (*path, "exclusiveMinimum" if low[1] else "exclusiveMaximum"),
                    (
                        f"no number is {'above' if low[1] else 'at least'} {low[0]:g} "
                        f"and {'below' if high[1] else 'at most'} {high[0]:g}"
                    ),
                )
            for key, value in node.items():
                if key not in _DATA_KEYS and not str(key).startswith("x-"):
                    yield from walk(value, (*path, key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from walk(value, (*path, index))

    yield from walk(document, ())


def _number(value: Any) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _bound(schema: Mapping[str, Any], key: str) -> tuple[float, bool] | None:
    """A schema's lower (``minimum``) or upper (``maximum``) bound and whether it is exclusive:
    3.1 writes ``exclusiveMinimum: 5``, 3.0 ``minimum: 5, exclusiveMinimum: true``."""
    exclusive = schema.get("exclusive" + key[0].upper() + key[1:])
    if _number(exclusive):
        return float(exclusive), True
    value = schema.get(key)
    return (float(value), exclusive is True) if _number(value) else None


def dangling_refs(document: Mapping[str, Any]) -> Iterator[tuple[Path_, str]]:
    """Every ``$ref`` that is not a local JSON pointer to something in the document."""

    def walk(node: Any, path: Path_) -> Iterator[tuple[Path_, str]]:
        if isinstance(node, Mapping):
            ref = node.get("$ref")
            if ref is not None:
                problem = ref_problem(document, ref)
                if problem:
                    yield (*path, "$ref"), problem
            for key, value in node.items():
                if key not in _DATA_KEYS and not str(key).startswith("x-"):
                    yield from walk(value, (*path, key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from walk(value, (*path, index))

    yield from walk(document, ())


def ref_problem(document: Mapping[str, Any], ref: Any) -> str | None:
    if not isinstance(ref, str):
        return "$ref must be a string"
    if not ref.startswith("#/"):
        return f"cannot represent {ref!r}: only local references (#/...) are supported"
    chain = [ref]
    while True:
        found = resolve_pointer(document, chain[-1])
        if found is None:
            return f"{chain[-1]!r} does not resolve to anything in this document"
        target = found[1]
        if not (isinstance(target, Mapping) and isinstance(target.get("$ref"), str)):
            return None
        if target["$ref"] in chain:
            return f"$ref cycle with nothing but references in it: {' -> '.join([*chain, target['$ref']])}"
        if not target["$ref"].startswith("#/"):
            return None  # reported where that reference is written
        chain.append(target["$ref"])


def resolve_pointer(document: Mapping[str, Any], ref: str) -> tuple[Path_, Any] | None:
    """``(path, value)`` of a local ``#/a/b`` reference, or None when it points nowhere."""
    node: Any = document
    path: list[str | int] = []
    for raw in ref[2:].split("/"):
        step = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, Mapping) and step in node:
            node = node[step]
            path.append(step)
        elif isinstance(node, list) and step.isdigit() and int(step) < len(node):
            node = node[int(step)]
            path.append(int(step))
        else:
            return None
    return tuple(path), node


def resolve_ref(document: Mapping[str, Any], node: Any) -> tuple[Any, Path_ | None]:
    """A ``$ref``'d object (parameter, response, header, request body...) and its path
    (None when ``node`` is not a reference); follows references to references."""
    seen = 0
    path: Path_ | None = None
    while isinstance(node, Mapping) and "$ref" in node and seen < 32:
        found = resolve_pointer(document, node["$ref"])
        if found is None:
            break
        path, node = found
        seen += 1
    return node, path


def _meta_schema_validator(version: str) -> Any:
    """The meta-schema validator, always the ``jsonschema`` backend.

    openapi-spec-validator switches to jsonschema-rs whenever that is installed (schemathesis
    brings it), and its errors carry neither ``absolute_path`` nor ``context``: the
    ``file:line: pointer`` of every problem depends on those, so the backend is not left to
    whatever else happens to be installed.
    """
    return create_validator(dict(schema_v31 if version.startswith("3.1.") else schema_v30))


def _deepest(err: Any) -> Any:
    """The most specific sub-error of a ``oneOf``/``anyOf`` failure (not the "$ref" branch)."""
    while err.context:
        err = max(err.context, key=lambda c: (len(c.absolute_path), "$ref" not in c.message))
    return err


# Attribute an error gets: the document path it was found at (set by the innermost validator).
_STAMP = "apigen_document_path"


def _located(base: Any) -> Any:
    prefix: Path_ = (
        ("default",) if isinstance(base, type) and issubclass(base, ValueValidator) else ()
    )

    class Located(base):  # type: ignore[misc]
        def __call__(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
            where = next((a for a in args if isinstance(a, SchemaPath)), None)
            for err in super().__call__(*args, **kwargs):
                if where is not None and not hasattr(err, _STAMP):
                    setattr(err, _STAMP, (*where.parts, *prefix, *err.absolute_path))
                yield err

    Located.__name__ = f"Located{getattr(base, '__name__', 'Validator')}"
    return Located


class _Located30(OpenAPIV30SpecValidator):
    keyword_validators = {  # noqa: RUF012 - the library's own attribute is a dict
        k: _located(v) for k, v in OpenAPIV30SpecValidator.keyword_validators.items()
    }


class _Located31(OpenAPIV31SpecValidator):
    keyword_validators = {  # noqa: RUF012 - the library's own attribute is a dict
        k: _located(v) for k, v in OpenAPIV31SpecValidator.keyword_validators.items()
    }


_LOCATED_30: Any = _Located30
_LOCATED_31: Any = _Located31
