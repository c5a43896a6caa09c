"""Front end for the Smithy-like YAML spec format (``docs/spec-format.md``).

Three passes, all problems collected before anything is raised: YAML syntax, the JSON
Schema in ``spec_schema``, and meaning (``smithy_checks``). The meaning checks run even when
the schema pass found problems, on the parts it did not report, so one run names every
problem. Only a spec that passes all three is turned into IR.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from apigen import ir
from apigen.errors import SpecError, SpecIssue, display_path
from apigen.frontends import resources
from apigen.frontends.jmespath_refs import DOTTED
from apigen.frontends.resolve import resolve
from apigen.frontends.smithy_checks import check_meaning
from apigen.frontends.spec_schema import SPEC
from apigen.frontends.yaml_lines import LineDict, LineList, load_yaml

PRELUDE = ir.PRELUDE
PRELUDE_NAMESPACE = "smithy.api"

_VALIDATOR = jsonschema.Draft202012Validator(SPEC)


def line_at(document: Any, path: tuple[str | int, ...]) -> int | None:
    """The line of the deepest node of ``path`` that exists in the loaded document."""
    node, line = document, getattr(document, "line", None)
    for step in path:
        if isinstance(node, LineDict) and isinstance(step, str) and step in node:
            line = node.line_of(step)
            node = node[step]
        elif isinstance(node, LineList) and isinstance(step, int) and step < len(node):
            line = node.line_of(step)
            node = node[step]
        else:
            break
    return line


def dotted(path: tuple[str | int, ...]) -> str:
    return ".".join(f"[{p}]" if isinstance(p, int) else p for p in path).replace(".[", "[")


def load_smithy_yaml(path: Path) -> ir.Service:
    """Read, check and convert one spec; raises ``SpecError`` listing every problem."""
    file = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        issue = SpecIssue(file=file, line=None, path="", message=f"cannot read: {exc}")
        raise SpecError([issue]) from None
    try:
        document = load_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        context, context_mark = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        if context and context_mark is not None and context_mark.line + 1 != line:
            problem = f"{problem} ({context} on line {context_mark.line + 1})"
        issue = SpecIssue(file=file, line=line, path="", message=f"invalid YAML: {problem}")
        raise SpecError([issue]) from None
    if not isinstance(document, LineDict):
        raise SpecError([SpecIssue(file=file, line=1, path="", message="a spec is a YAML mapping")])
    errors = sorted(_VALIDATOR.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
    located = [_schema_path(document, err) for err in errors]
    problems = [
        *(p for err, where in zip(errors, located, strict=True) for p in _explain(err, where)),
    ]
    broken = [b for err, where in zip(errors, located, strict=True) for b in _broken(err, where)]
    problems.extend(check_meaning(document, broken))
    if problems:
        raise SpecError(
            SpecIssue(file=file, line=line_at(document, where), path=dotted(where), message=message)
            for where, message in problems
        )
    return _Converter(document, file).service()


def _schema_path(document: Any, err: jsonschema.ValidationError) -> tuple[str | int, ...]:
    """Where a schema error is; a bad shape or operation name is the name, not its parent."""
    path = tuple(err.absolute_path)
    if "propertyNames" in err.absolute_schema_path:
        parent = document
        for step in path:
            parent = parent[step]
        if isinstance(parent, dict) and isinstance(err.instance, str) and err.instance in parent:
            path = (*path, err.instance)
    return path


def _broken(
    err: jsonschema.ValidationError, where: tuple[str | int, ...]
) -> list[tuple[str | int, ...]]:
    """The paths the meaning checks must not trust after ``err``.

    An unknown key that resembles no allowed key (``bogus: 1``) is a stray addition: only the
    key is broken and the object's other fields are still checked, so it hides nothing. An
    unknown key that looks like a typo of an allowed one (``inptu``) leaves the object broken,
    since the field it meant is missing and checks of it would only report consequences.
    """
    unknown = _unknown_keys(err)
    if unknown is None:
        return [where]
    allowed = sorted(err.schema.get("properties") or {}) if isinstance(err.schema, Mapping) else []
    if any(difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6) for key in unknown):
        return [where]
    return [(*where, key) for key in unknown]


def _unknown_keys(err: jsonschema.ValidationError) -> list[Any] | None:
    """The keys an ``additionalProperties`` error is about (None for any other error)."""
    schema = err.schema
    if (
        err.validator != "additionalProperties"
        or not isinstance(err.instance, dict)
        or not isinstance(schema, Mapping)
    ):
        return None
    allowed = set(schema.get("properties") or {})
    patterns = list(schema.get("patternProperties") or {})
    unknown = [
        key
        for key in err.instance
        if key not in allowed and not any(re.search(p, str(key)) for p in patterns)
    ]
    return unknown or None


def _explain(
    err: jsonschema.ValidationError, where: tuple[str | int, ...]
) -> list[tuple[tuple[str | int, ...], str]]:
    """A schema error as problems; an unknown key is reported at its own line, with a hint."""
    unknown = _unknown_keys(err)
    if unknown is None:
        return [(where, err.message)]
    allowed = sorted(err.schema.get("properties") or {}) if isinstance(err.schema, Mapping) else []
    problems: list[tuple[tuple[str | int, ...], str]] = []
    for key in unknown:
        close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
        if close:
            hint = f"; did you mean {close[0]!r}?"
        elif allowed and len(allowed) <= 12:
            hint = f"; expected one of: {', '.join(allowed)}"
        else:
            hint = " (docs/spec-format.md lists the keys)"
        problems.append(((*where, key), f"unknown key {key!r}{hint}"))
    return problems or [(where, err.message)]


class _Converter:
    """Turns a checked spec document into IR; assumes ``check_meaning`` found nothing."""

    def __init__(self, doc: dict[str, Any], source: str) -> None:
        self.doc = doc
        self.source = source
        self.ns = doc["service"]["namespace"]
        self.raw_shapes: dict[str, Any] = doc["shapes"]

    def shape_id(self, name: str) -> str:
        if name in PRELUDE and name not in self.raw_shapes:
            return f"{PRELUDE_NAMESPACE}#{name}"
        return f"{self.ns}#{name}"

    def service(self) -> ir.Service:
        svc = self.doc["service"]
        shapes = {s.id: s for s in (self.shape(n, raw) for n, raw in self.raw_shapes.items())}
        for name, kind in PRELUDE.items():
            sid = self.shape_id(name)
            if sid.startswith(PRELUDE_NAMESPACE):
                shapes[sid] = ir.Shape(id=sid, name=name, type=kind)
        operations = tuple(self.operation(n, raw) for n, raw in self.doc["operations"].items())
        protocol = svc["protocol"]
        service = ir.Service(
            id=f"{self.ns}#{svc['name']}",
            name=svc["name"],
            namespace=self.ns,
            version=svc["version"],
            title=svc.get("title", svc["name"]),
            protocol=ir.Protocol(protocol),
            source=self.source,
            documentation=svc.get("documentation", ""),
            endpoint_prefix=svc.get("endpointPrefix"),
            sigv4_name=svc.get("sigv4") or svc.get("endpointPrefix"),
            target_prefix=svc.get("targetPrefix"),
            query_compatible=bool(svc.get("awsQueryCompatible", False)),
            xml_namespace=(_namespace(svc.get("xmlNamespace")) or ir.XmlNamespace(uri="")).uri
            or None,
            errors=tuple(self.shape_id(e) for e in svc.get("errors", ())),
            auth=(ir.AuthScheme(name="sigv4", kind="sigv4"),),
            operations=operations,
            shapes=dict(sorted(shapes.items())),
            service_id=svc.get("serviceId"),
            endpoint_rules=self.doc.get("endpointRules"),
            client_context_params=tuple(
                ir.ContextParam(name=k, type=v["type"], documentation=v.get("documentation", ""))
                for k, v in (svc.get("clientContextParams") or {}).items()
            ),
            resources=resources.convert(self.doc, self.shape_id),
        )
        return resolve(service)

    def constraints(self, raw: dict[str, Any]) -> ir.Constraints:
        length = raw.get("length")
        rng = raw.get("range")
        return ir.Constraints(
            length=ir.Length(min=length.get("min"), max=length.get("max")) if length else None,
            range=ir.Range(min=rng.get("min"), max=rng.get("max")) if rng else None,
            # A suppressed pattern (written for Java or ECMA engines only) is not enforced.
            pattern=None if "PatternTrait" in (raw.get("suppress") or ()) else raw.get("pattern"),
            unique_items=bool(raw.get("uniqueItems", False)),
        )

    def target_traits(self, target: str) -> dict[str, Any]:
        raw = self.raw_shapes.get(target)
        return raw if isinstance(raw, dict) else {}

    def member(self, container: str, name: str, raw: dict[str, Any]) -> ir.Member:
        target = self.target_traits(raw["target"])
        binding = None
        if raw.get("httpLabel"):
            binding = ir.HttpBinding(location=ir.Location.LABEL, name=name)
        elif "httpQuery" in raw:
            binding = ir.HttpBinding(location=ir.Location.QUERY, name=raw["httpQuery"])
        elif raw.get("httpQueryParams"):
            binding = ir.HttpBinding(location=ir.Location.QUERY_PARAMS)
        elif "httpHeader" in raw:
            binding = ir.HttpBinding(location=ir.Location.HEADER, name=raw["httpHeader"])
        elif "httpPrefixHeaders" in raw:
            binding = ir.HttpBinding(
                location=ir.Location.PREFIX_HEADERS, name=raw["httpPrefixHeaders"]
            )
        elif raw.get("httpPayload"):
            binding = ir.HttpBinding(location=ir.Location.PAYLOAD)
        elif raw.get("httpResponseCode"):
            binding = ir.HttpBinding(location=ir.Location.STATUS)
        fmt = raw.get("timestampFormat") or target.get("timestampFormat")
        return ir.Member(
            id=f"{self.ns}#{container}${name}",
            name=name,
            target=self.shape_id(raw["target"]),
            documentation=raw.get("documentation", ""),
            required=bool(raw.get("required", False)),
            has_default="default" in raw,
            default=raw.get("default"),
            constraints=self.constraints(raw).merged_over(self.constraints(target)),
            sensitive=bool(raw.get("sensitive", False) or target.get("sensitive", False)),
            idempotency_token=bool(raw.get("idempotencyToken", False)),
            http=binding,
            json_name=raw.get("jsonName"),
            timestamp_format=ir.TimestampFormat(fmt) if fmt else None,
            deprecated=bool(raw.get("deprecated", False)),
            context_param=raw.get("contextParam"),
            host_label=bool(raw.get("hostLabel", False)),
            event_header=bool(raw.get("eventHeader", False)),
            event_payload=bool(raw.get("eventPayload", False)),
            resource_identifier=raw.get("resourceIdentifier"),
            xml_name=raw.get("xmlName"),
            xml_attribute=bool(raw.get("xmlAttribute", False)),
            xml_flattened=bool(raw.get("xmlFlattened", False)),
            xml_namespace=_namespace(raw.get("xmlNamespace")),
            query_name=raw.get("ec2QueryName"),
        )

    def shape(self, name: str, raw: dict[str, Any]) -> ir.Shape:
        kind = ir.ShapeType(raw["type"])
        members: tuple[ir.Member, ...] = ()
        if kind in (ir.ShapeType.STRUCTURE, ir.ShapeType.UNION):
            members = tuple(self.member(name, m, r) for m, r in raw.get("members", {}).items())
        elif kind is ir.ShapeType.LIST:
            members = (self.member(name, "member", raw["member"]),)
        elif kind is ir.ShapeType.MAP:
            members = (
                self.member(name, "key", raw["key"]),
                self.member(name, "value", raw["value"]),
            )
        values: tuple[ir.EnumValue, ...] = ()
        raw_values = raw.get("values")
        if isinstance(raw_values, list):
            values = tuple(ir.EnumValue(name=v, value=v) for v in raw_values)
        elif isinstance(raw_values, dict):
            values = tuple(
                ir.EnumValue(name=k, value=v["value"], documentation=v.get("documentation", ""))
                if isinstance(v, dict)
                else ir.EnumValue(name=k, value=v)
                for k, v in raw_values.items()
            )
        retryable = raw.get("retryable", False)
        fmt = raw.get("timestampFormat")
        return ir.Shape(
            id=self.shape_id(name),
            name=name,
            type=kind,
            documentation=raw.get("documentation", ""),
            members=members,
            enum_values=values,
            constraints=self.constraints(raw),
            sensitive=bool(raw.get("sensitive", False)),
            timestamp_format=ir.TimestampFormat(fmt) if fmt else None,
            error=raw.get("error"),
            http_error=raw.get("httpError"),
            error_code=raw.get("errorCode"),
            retryable=bool(retryable),
            throttling=isinstance(retryable, dict) and bool(retryable.get("throttling")),
            exactly_one_of=bool(raw.get("exactlyOneOf", False)),
            deprecated=bool(raw.get("deprecated", False)),
            streaming=bool(raw.get("streaming", False)),
            requires_length=bool(raw.get("requiresLength", False)),
            xml_name=raw.get("xmlName"),
            xml_flattened=bool(raw.get("xmlFlattened", False)),
            xml_namespace=_namespace(raw.get("xmlNamespace")),
        )

    def operation(self, name: str, raw: dict[str, Any]) -> ir.Operation:
        http = raw.get("http")
        pag = raw.get("paginated")
        return ir.Operation(
            id=f"{self.ns}#{name}",
            name=name,
            documentation=raw.get("documentation", ""),
            input=self.shape_id(raw["input"]) if "input" in raw else None,
            output=self.shape_id(raw["output"]) if "output" in raw else None,
            errors=tuple(self.shape_id(e) for e in raw.get("errors", ())),
            http=ir.HttpTrait(method=http["method"], uri=http["uri"], code=http.get("code", 200))
            if http
            else None,
            readonly=bool(raw.get("readonly", False)),
            idempotent=bool(raw.get("idempotent", False)),
            deprecated=bool(raw.get("deprecated", False)),
            paginated=_paginated(pag),
            waiters=tuple(self.waiter(n, w) for n, w in raw.get("waiters", {}).items()),
            host_prefix=raw.get("hostPrefix"),
            static_context_params=tuple(
                (k, v["value"]) for k, v in (raw.get("staticContextParams") or {}).items()
            ),
            operation_context_params=tuple(
                (k, v["path"]) for k, v in (raw.get("operationContextParams") or {}).items()
            ),
            http_checksum=http_checksum(raw),
            unsigned_payload=bool(raw.get("unsignedPayload", False)),
            request_compression=tuple(
                str(e) for e in (raw.get("requestCompression") or {}).get("encodings", ())
            ),
        )

    def waiter(self, name: str, raw: dict[str, Any]) -> ir.Waiter:
        acceptors = []
        for acc in raw["acceptors"]:
            ((kind, value),) = acc["matcher"].items()
            if kind in ("output", "inputOutput"):
                matcher = ir.Matcher(
                    kind=kind,
                    path=value["path"],
                    expected=value["expected"],
                    comparator=value["comparator"],
                )
            elif kind in ("errorType", "status"):
                matcher = ir.Matcher(kind=kind, expected=value)
            else:
                matcher = ir.Matcher(kind=kind, expected=bool(value))
            acceptors.append(ir.Acceptor(state=acc["state"], matcher=matcher))
        return ir.Waiter(
            name=name,
            documentation=raw.get("documentation", ""),
            min_delay=raw.get("minDelay", 2),
            max_delay=raw.get("maxDelay", 120),
            max_attempts=raw.get("maxAttempts"),
            acceptors=tuple(acceptors),
        )


def http_checksum(raw: dict[str, Any]) -> ir.HttpChecksum | None:
    """An operation's ``httpChecksum`` (and ``httpChecksumRequired``) trait, if any."""
    trait = raw.get("httpChecksum") or {}
    required = bool(trait.get("requestChecksumRequired") or raw.get("httpChecksumRequired"))
    if not trait and not required:
        return None
    return ir.HttpChecksum(
        request_algorithm_member=trait.get("requestAlgorithmMember"),
        request_required=required,
        validation_mode_member=trait.get("requestValidationModeMember"),
        response_algorithms=tuple(trait.get("responseAlgorithms", ())),
    )


def _namespace(raw: dict[str, Any] | None) -> ir.XmlNamespace | None:
    """An ``xmlNamespace`` trait (``{uri, prefix}``) as the IR's."""
    if not raw or not raw.get("uri"):
        return None
    return ir.XmlNamespace(uri=raw["uri"], prefix=raw.get("prefix"))


def _paginated(raw: dict[str, Any] | None) -> ir.Paginated | None:
    """The IR's paginator: one input and one output token naming members. A botocore-style
    paginator with several tokens or an expression as its token is left to the runtime of
    its protocol (none is generated yet); of several result keys, ``items`` is the first,
    and an expression (``a[].b``) as result key gives pages without ``items``."""
    if not raw:
        return None
    tokens = (raw.get("inputToken"), raw.get("outputToken"))
    if not all(t is None or (isinstance(t, str) and DOTTED.match(t)) for t in tokens):
        return None
    items = raw.get("items")
    if isinstance(items, list):
        items = items[0]
    return ir.Paginated(
        input_token=tokens[0],
        output_token=tokens[1],
        page_size=raw.get("pageSize"),
        items=items if isinstance(items, str) and DOTTED.match(items) else None,
    )
