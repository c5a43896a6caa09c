"""The Smithy rules engine: a service's endpoint rule set, evaluated for a set of parameters.

A rule set (``{version, parameters, rules}``) is data; ``RuleSet(document).resolve(params)``
walks its rules in order. A rule holds when each of its conditions gives a value that is
neither None nor False; a condition's ``assign`` names that value for the rest of the rule
(and the rules inside it). The first rule that holds decides: an *endpoint* rule gives the
``Endpoint`` (URL, headers, properties), an *error* rule raises ``EndpointResolutionError``
with its message, a *tree* rule goes on with its own rules. A tree rule is terminal: when its
conditions hold but none of its rules does, resolution fails (the Smithy specification's
reading; AWS's rule sets end every tree with an unconditional rule, so botocore's fall-through
gives the same answers).

Values: strings are templates (``"https://{Region}.{partitionResult#dnsSuffix}"``, ``{{``
and ``}}`` for braces), ``{"ref": name}`` reads a parameter or an assigned name, ``{"fn":
name, "argv": [...]}`` calls the library (``functions.STANDARD`` and ``aws_functions.AWS``),
lists and records are evaluated member by member. Parsed templates are cached per string.

Parameters are checked first: an unset one takes its ``default``; a ``required`` one still
unset, or a value of the wrong type, is an ``EndpointResolutionError`` naming it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from ..core.errors import ApigenError
from ..core.narrow import is_dict, is_list, is_sequence
from ..core.records import Record, field
from .aws_functions import AWS
from .functions import STANDARD, get_attr

__all__ = ["FUNCTIONS", "Endpoint", "EndpointResolutionError", "RuleSet"]

FUNCTIONS: dict[str, Callable[..., Any]] = {**STANDARD, **AWS}

_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda value: isinstance(value, str),
    "boolean": lambda value: isinstance(value, bool),
    "stringarray": lambda value: (
        is_sequence(value) and all(isinstance(item, str) for item in value)
    ),
}


class EndpointResolutionError(ApigenError, ValueError):
    """The rule set gives no endpoint for these parameters (its own message), or the
    parameters do not fit it."""


class Endpoint(Record):
    """A resolved endpoint: ``url``; ``headers`` to add to the request (name → values);
    ``properties`` such as ``authSchemes`` (signing name and region overrides)."""

    url: str
    headers: Mapping[str, tuple[str, ...]] = field(default_factory=dict[str, tuple[str, ...]])
    properties: Mapping[str, Any] = field(default_factory=dict[str, Any])


@lru_cache(maxsize=4096)
def _template(text: str) -> tuple[str | tuple[str, str | None], ...]:
    """``text`` as literal pieces and ``(name, getAttr path or None)`` references."""
    pieces: list[str | tuple[str, str | None]] = []
    literal: list[str] = []
    i, size = 0, len(text)
    while i < size:
        char = text[i]
        if char in "{}" and text[i + 1 : i + 2] == char:
            literal.append(char)
            i += 2
            continue
        if char == "{":
            end = text.find("}", i)
            if end < 0:
                raise EndpointResolutionError(f"endpoint rules: unclosed '{{' in {text!r}")
            if literal:
                pieces.append("".join(literal))
                literal = []
            name, _, path = text[i + 1 : end].partition("#")
            pieces.append((name, path or None))
            i = end + 1
            continue
        literal.append(char)
        i += 1
    if literal:
        pieces.append("".join(literal))
    return tuple(pieces)


class RuleSet:
    """One service's endpoint rule set, ready to resolve (see the module docstring)."""

    __slots__ = ("parameters", "rules")

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.parameters: Mapping[str, Mapping[str, Any]] = document.get("parameters") or {}
        self.rules: list[Mapping[str, Any]] = list(document.get("rules") or ())

    def resolve(self, params: Mapping[str, Any]) -> Endpoint:
        """The endpoint for ``params`` (by parameter name; None or absent: unset)."""
        scope = self._scope(params)
        endpoint = self._first(self.rules, scope)
        if endpoint is None:
            raise EndpointResolutionError("endpoint rules: no rule matched these parameters")
        return endpoint

    def _scope(self, params: Mapping[str, Any]) -> dict[str, Any]:
        scope: dict[str, Any] = {}
        for name, spec in self.parameters.items():
            value = params.get(name)
            if value is None:
                value = spec.get("default")
            if value is None:
                if spec.get("required"):
                    raise EndpointResolutionError(f"endpoint rules: parameter {name} is required")
                continue
            kind = str(spec.get("type", "string")).lower()
            check = _TYPES.get(kind)
            if check is not None and not check(value):
                raise EndpointResolutionError(
                    f"endpoint rules: parameter {name} must be a {spec.get('type')}"
                )
            scope[name] = list(value) if kind == "stringarray" else value
        return scope

    def _first(self, rules: list[Mapping[str, Any]], scope: dict[str, Any]) -> Endpoint | None:
        for rule in rules:
            local = self._conditions(rule.get("conditions") or (), scope)
            if local is None:
                continue
            kind = rule.get("type")
            if kind == "endpoint":
                return self._endpoint(rule["endpoint"], local)
            if kind == "error":
                raise EndpointResolutionError(str(self._value(rule["error"], local)))
            if kind == "tree":
                found = self._first(rule.get("rules") or [], local)
                if found is None:
                    raise EndpointResolutionError(
                        "endpoint rules: a tree rule matched but none of its rules did"
                    )
                return found
            raise EndpointResolutionError(f"endpoint rules: unknown rule type {kind!r}")
        return None

    def _conditions(self, conditions: Any, scope: dict[str, Any]) -> dict[str, Any] | None:
        """The scope the rule's body sees when every condition holds, else None."""
        local = scope
        for condition in conditions:
            value = self._call(condition, local)
            if value is None or value is False:
                return None
            name = condition.get("assign")
            if name is not None:
                if local is scope:
                    local = dict(scope)
                local[name] = value
        return local

    def _call(self, call: Mapping[str, Any], scope: dict[str, Any]) -> Any:
        name = call["fn"]
        function = FUNCTIONS.get(name)
        if function is None:
            raise EndpointResolutionError(f"endpoint rules: unknown function {name!r}")
        args = [self._value(arg, scope) for arg in call.get("argv") or ()]
        return function(*args)

    def _value(self, value: Any, scope: dict[str, Any]) -> Any:
        if isinstance(value, str):
            return self._render(value, scope)
        if is_dict(value):
            if "ref" in value:
                return scope.get(value["ref"])
            if "fn" in value:
                return self._call(value, scope)
            return {key: self._value(item, scope) for key, item in value.items()}
        if is_list(value):
            return [self._value(item, scope) for item in value]
        return value

    @staticmethod
    def _render(text: str, scope: dict[str, Any]) -> str:
        if "{" not in text and "}" not in text:
            return text
        out: list[str] = []
        for piece in _template(text):
            if isinstance(piece, str):
                out.append(piece)
                continue
            name, path = piece
            value = scope.get(name)
            if path is not None:
                value = get_attr(value, path)
            out.append("" if value is None else str(value))
        return "".join(out)

    def _endpoint(self, raw: Mapping[str, Any], scope: dict[str, Any]) -> Endpoint:
        url = self._value(raw["url"], scope)
        raw_headers: Any = raw.get("headers")
        headers: dict[str, tuple[str, ...]] = {
            str(name): tuple(str(self._value(item, scope)) for item in values)
            for name, values in (raw_headers.items() if is_dict(raw_headers) else ())
            if is_sequence(values)
        }
        properties = self._value(dict(raw.get("properties") or {}), scope)
        return Endpoint(url=str(url), headers=headers, properties=properties)
