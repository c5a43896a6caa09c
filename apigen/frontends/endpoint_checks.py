"""Meaning checks of a spec's endpoint facts: the rule set, context parameters, host prefixes.

``endpointRules`` is a Smithy endpoint rule set (docs/endpoints.md). It is checked the way
the rules engine will read it, so a broken one fails ``apigen validate`` with a path, not a
client at its first call: every parameter has a known type and a default of that type; every
rule is an ``endpoint``, ``error`` or ``tree`` rule with what its type needs; every condition
calls a function of the rules library; every reference (``{"ref": X}``, ``{X}`` or
``{X#path}`` in a template) names a parameter or a name a condition assigned before it.

Around it: ``clientContextParams``, ``staticContextParams``, ``operationContextParams`` and
member ``contextParam`` name parameters of the rule set (which they then need), an
``operationContextParams`` path is JMESPath, and every ``{Label}`` of an operation's
``hostPrefix`` is an input member marked ``hostLabel`` (a string).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from apigen.frontends.jmespath_refs import syntax_error
from apigen.frontends.smithy_doc import STRINGS, Problem, SpecDoc, Where, mapping, sequence

__all__ = ["FUNCTIONS", "check_endpoints"]

# The rules library the runtime's engine implements (``runtime/endpoints/rules.FUNCTIONS``;
# tests/frontends check the two agree).
FUNCTIONS = frozenset(
    {
        "isSet",
        "not",
        "booleanEquals",
        "stringEquals",
        "substring",
        "uriEncode",
        "parseURL",
        "isValidHostLabel",
        "getAttr",
        "aws.partition",
        "aws.parseArn",
        "aws.isVirtualHostableS3Bucket",
    }
)
_TYPES = {"string": str, "boolean": bool, "stringarray": list}
_RULE_KEYS = {"endpoint": "endpoint", "error": "error", "tree": "rules"}
_LABEL = re.compile(r"\{([^{}]*)\}")


def check_endpoints(doc: Mapping[str, Any], spec: SpecDoc) -> Iterator[Problem]:
    """Every problem of the spec's endpoint facts (see the module docstring)."""
    rules = doc.get("endpointRules")
    where: Where = ("endpointRules",)
    names: set[str] | None = None
    if isinstance(rules, dict) and spec.own_clean(where):
        names = set(mapping(rules.get("parameters")))
        yield from _parameters(where, mapping(rules.get("parameters")))
        yield from _rules((*where, "rules"), sequence(rules.get("rules")), frozenset(names))
    yield from _context_params(spec, names)
    for name, op in spec.operations.items():
        if isinstance(op.get("hostPrefix"), str):
            yield from _host_prefix(spec, ("operations", name), op)


def _parameters(where: Where, params: Mapping[str, Any]) -> Iterator[Problem]:
    for name, param in params.items():
        at = (*where, "parameters", name)
        if not isinstance(param, dict):
            yield at, "a rule-set parameter is an object: {type, builtIn, required, default}"
            continue
        kind = param.get("type")
        expected = _TYPES.get(kind.lower()) if isinstance(kind, str) else None
        if expected is None:
            yield (*at, "type"), f"parameter type {kind!r} is not String, Boolean or StringArray"
            continue
        default = param.get("default")
        if default is not None and not isinstance(default, expected):
            yield (*at, "default"), f"the default of a {kind} parameter must be a {kind}"
        for key in ("builtIn", "documentation"):
            if key in param and not isinstance(param[key], str):
                yield (*at, key), f"{key} is a string"
        if "required" in param and not isinstance(param["required"], bool):
            yield (*at, "required"), "required is true or false"


def _rules(where: Where, rules: list[Any], scope: frozenset[str]) -> Iterator[Problem]:
    if not rules:
        yield where, "a rule list needs at least one rule"
    for i, rule in enumerate(rules):
        at = (*where, i)
        if not isinstance(rule, dict):
            yield at, "a rule is an object: {type, conditions, ...}"
            continue
        kind = rule.get("type")
        body = _RULE_KEYS.get(kind) if isinstance(kind, str) else None
        if body is None:
            yield (*at, "type"), f"rule type {kind!r} is not endpoint, error or tree"
            continue
        local = set(scope)
        conditions = rule.get("conditions", [])
        if not isinstance(conditions, list):
            yield (*at, "conditions"), "conditions is a list"
            conditions = []
        for j, condition in enumerate(conditions):
            yield from _call((*at, "conditions", j), condition, frozenset(local))
            assign = condition.get("assign") if isinstance(condition, dict) else None
            if isinstance(assign, str):
                local.add(assign)
        if body not in rule:
            yield at, f"a {kind} rule needs `{body}`"
        elif kind == "tree":
            yield from _rules((*at, "rules"), sequence(rule["rules"]), frozenset(local))
        elif kind == "error":
            yield from _value((*at, "error"), rule["error"], frozenset(local))
        else:
            yield from _endpoint((*at, "endpoint"), rule["endpoint"], frozenset(local))


def _endpoint(where: Where, endpoint: Any, scope: frozenset[str]) -> Iterator[Problem]:
    if not isinstance(endpoint, dict) or "url" not in endpoint:
        yield where, "an endpoint is an object with a `url` (and headers, properties)"
        return
    yield from _value((*where, "url"), endpoint["url"], scope)
    for name, values in mapping(endpoint.get("headers")).items():
        if not isinstance(values, list):
            yield (*where, "headers", name), "a header's values are a list"
            continue
        for k, value in enumerate(values):
            yield from _value((*where, "headers", name, k), value, scope)
    yield from _value((*where, "properties"), mapping(endpoint.get("properties")), scope)


def _call(where: Where, call: Any, scope: frozenset[str]) -> Iterator[Problem]:
    if not isinstance(call, dict) or not isinstance(call.get("fn"), str):
        yield where, "a condition is a function call: {fn, argv, assign}"
        return
    if call["fn"] not in FUNCTIONS:
        yield (
            (*where, "fn"),
            f"unknown function {call['fn']!r} (known: {', '.join(sorted(FUNCTIONS))})",
        )
    argv = call.get("argv", [])
    if not isinstance(argv, list):
        yield (*where, "argv"), "argv is a list"
        return
    for k, arg in enumerate(argv):
        yield from _value((*where, "argv", k), arg, scope)


def _value(where: Where, value: Any, scope: frozenset[str]) -> Iterator[Problem]:
    if isinstance(value, str):
        text = value.replace("{{", "").replace("}}", "")
        for ref in _LABEL.findall(text):
            name = ref.partition("#")[0]
            if name not in scope:
                yield where, f"template {{{ref}}} names no parameter or assigned value"
    elif isinstance(value, dict) and "ref" in value:
        if value["ref"] not in scope:
            yield where, f"ref {value['ref']!r} names no parameter or assigned value"
    elif isinstance(value, dict) and "fn" in value:
        yield from _call(where, value, scope)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _value((*where, key), item, scope)
    elif isinstance(value, list):
        for k, item in enumerate(value):
            yield from _value((*where, k), item, scope)


def _context_params(spec: SpecDoc, names: set[str] | None) -> Iterator[Problem]:
    """Every name a context parameter sets is a parameter of the rule set."""

    def known(where: Where, name: str) -> Iterator[Problem]:
        if names is None:
            yield where, f"endpoint parameter {name!r} needs a top-level `endpointRules`"
        elif name not in names:
            yield where, f"{name!r} is not a parameter of endpointRules"

    if spec.clean(("service", "clientContextParams")):
        for name in mapping(spec.service.get("clientContextParams")):
            yield from known(("service", "clientContextParams", name), name)
    for op_name, op in spec.operations.items():
        where: Where = ("operations", op_name)
        for key in ("staticContextParams", "operationContextParams"):
            if not spec.clean((*where, key)):
                continue
            for name, entry in mapping(op.get(key)).items():
                yield from known((*where, key, name), name)
                path = mapping(entry).get("path")
                reason = syntax_error(path) if isinstance(path, str) else None
                if key == "operationContextParams" and reason is not None:
                    yield (*where, key, name, "path"), f"not JMESPath: {reason}"
    for shape_name in spec.shapes:
        for member, raw in spec.clean_members(shape_name).items():
            param = raw.get("contextParam")
            if isinstance(param, str):
                yield from known(("shapes", shape_name, "members", member, "contextParam"), param)


def _host_prefix(spec: SpecDoc, where: Where, op: Mapping[str, Any]) -> Iterator[Problem]:
    members = spec.clean_members(op.get("input"))
    for label in _LABEL.findall(op["hostPrefix"]):
        member = members.get(label)
        if member is None or not member.get("hostLabel"):
            yield (
                (*where, "hostPrefix"),
                f"{{{label}}} needs an input member {label!r} with `hostLabel: true`",
            )
        elif spec.kind(member.get("target")) not in STRINGS:
            yield (*where, "hostPrefix"), f"host label {label!r} must target a string"
