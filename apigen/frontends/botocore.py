"""Front end for botocore service models (``service-2.json``: metadata, operations, shapes).

Decisions:
- Protocols: ``json`` → ``awsJson1_0``/``awsJson1_1`` by ``jsonVersion`` (1.0 when absent),
  ``rest-json`` → ``restJson1``, ``smithy-rpc-v2-cbor`` → ``rpcv2Cbor``, ``query`` →
  ``awsQuery``, ``ec2`` → ``ec2Query``, ``rest-xml`` → ``restXml``. ``protocol`` wins
  (the service's own first choice: CloudWatch's is CBOR, though botocore's priority list
  picks JSON from its ``protocols``); when apigen does not speak it, the first of
  ``protocols`` it speaks; any other protocol is reported. ``awsQueryCompatible`` is kept.
- Names: botocore member names are the IR member names; a body member's ``locationName``
  is its ``jsonName``. Locations: ``uri`` → label (its ``locationName`` is the label,
  greedy when an operation's URI writes it ``{name+}``), ``querystring`` → query (a map →
  ``httpQueryParams``), ``header`` → header, ``headers`` → prefix headers (prefix
  ``locationName``, "" when absent), ``statusCode`` → status; a structure's ``payload``
  names its ``httpPayload`` member.
- XML and query names: a body member's ``locationName`` is also its ``xmlName``;
  ``xmlAttribute``, ``flattened`` (on the member or its list/map shape), ``xmlNamespace``
  and ``queryName`` map to the IR's XML traits; an operation's input reference's
  ``locationName``/``xmlNamespace`` (restXml's root element) go on the input shape.
- Types: ``enum`` strings → enum shapes, ``union`` structures → unions, ``document``
  structures and ``jsonvalue`` members (which then target the prelude Document) →
  documents, ``timestampFormat`` iso8601/rfc822/unixTimestamp → date-time/http-date/
  epoch-seconds, ``min``/``max``/``pattern`` → constraints.
- Errors: ``exception`` structures; ``error.code`` (when not the shape name) is the wire code,
  ``error.httpStatusCode`` the status, ``fault`` makes it a server error.
- ``requestcompression`` → ``Operation.request_compression``.
- Ignored: ``hostPrefix`` endpoints, checksums, ``box``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from apigen import ir, naming
from apigen.errors import SpecError, SpecIssue, display_path
from apigen.frontends.resolve import resolve

PRELUDE_NAMESPACE = "smithy.api"
DOCUMENT_ID = f"{PRELUDE_NAMESPACE}#Document"

_TYPES = {
    "structure": ir.ShapeType.STRUCTURE,
    "list": ir.ShapeType.LIST,
    "map": ir.ShapeType.MAP,
    "string": ir.ShapeType.STRING,
    "character": ir.ShapeType.STRING,
    "integer": ir.ShapeType.INTEGER,
    "long": ir.ShapeType.LONG,
    "short": ir.ShapeType.SHORT,
    "byte": ir.ShapeType.BYTE,
    "float": ir.ShapeType.FLOAT,
    "double": ir.ShapeType.DOUBLE,
    "bigdecimal": ir.ShapeType.BIG_DECIMAL,
    "biginteger": ir.ShapeType.BIG_INTEGER,
    "boolean": ir.ShapeType.BOOLEAN,
    "timestamp": ir.ShapeType.TIMESTAMP,
    "blob": ir.ShapeType.BLOB,
}
_TIMESTAMP_FORMATS = {
    "iso8601": ir.TimestampFormat.DATE_TIME,
    "rfc822": ir.TimestampFormat.HTTP_DATE,
    "unixtimestamp": ir.TimestampFormat.EPOCH_SECONDS,
}
_LOCATIONS = {
    "uri": ir.Location.LABEL,
    "querystring": ir.Location.QUERY,
    "header": ir.Location.HEADER,
    "headers": ir.Location.PREFIX_HEADERS,
    "statusCode": ir.Location.STATUS,
}
_XML_PROTOCOLS = {"query": "awsQuery", "ec2": "ec2Query", "rest-xml": "restXml"}
_GREEDY = re.compile(r"\{([^}]+)\+\}")
_LENGTH_TYPES = {ir.ShapeType.STRING, ir.ShapeType.LIST, ir.ShapeType.MAP, ir.ShapeType.BLOB}
_NUMBER_TYPES = {
    ir.ShapeType.INTEGER,
    ir.ShapeType.LONG,
    ir.ShapeType.SHORT,
    ir.ShapeType.BYTE,
    ir.ShapeType.FLOAT,
    ir.ShapeType.DOUBLE,
    ir.ShapeType.BIG_DECIMAL,
    ir.ShapeType.BIG_INTEGER,
}


def load_botocore(path: Path) -> ir.Service:
    """Read a botocore ``service-2.json`` file."""
    file = display_path(path)
    try:
        model = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SpecError(
            [SpecIssue(file=file, line=None, path="", message=f"cannot read: {exc}")]
        ) from exc
    return botocore_service(model, file)


def botocore_service(model: Mapping[str, Any], source: str) -> ir.Service:
    """The IR of a botocore model already loaded as a dict; ``source`` names the package."""
    converter = _Converter(model, source)
    service = converter.service()
    if converter.issues:
        raise SpecError(
            SpecIssue(file=source, line=None, path=p, message=m) for p, m in converter.issues
        )
    return service


def _protocol(metadata: Mapping[str, Any]) -> str | None:
    protocols = metadata.get("protocols")
    choices = [metadata.get("protocol"), *(protocols if isinstance(protocols, list) else ())]
    for protocol in choices:
        if protocol == "rest-json":
            return "restJson1"
        if protocol == "json":
            version = str(metadata.get("jsonVersion", "1.0"))
            return "awsJson1_1" if version == "1.1" else "awsJson1_0"
        if protocol == "smithy-rpc-v2-cbor":
            return "rpcv2Cbor"
        if protocol in _XML_PROTOCOLS:
            return _XML_PROTOCOLS[protocol]
    return None


def _namespace(raw: Mapping[str, Any]) -> ir.XmlNamespace | None:
    found = raw.get("xmlNamespace")
    if isinstance(found, Mapping) and found.get("uri"):
        return ir.XmlNamespace(uri=str(found["uri"]), prefix=found.get("prefix") or None)
    if isinstance(found, str) and found:
        return ir.XmlNamespace(uri=found)
    return None


class _Converter:
    def __init__(self, model: Mapping[str, Any], source: str) -> None:
        self.model = model
        self.source = source
        self.metadata: Mapping[str, Any] = model.get("metadata", {})
        self.raw_shapes: Mapping[str, Any] = model.get("shapes", {})
        self.raw_operations: Mapping[str, Any] = model.get("operations", {})
        prefix = (
            self.metadata.get("endpointPrefix") or self.metadata.get("targetPrefix") or "service"
        )
        self.ns = f"com.amazonaws.{naming.package(str(prefix)).replace('_', '')}"
        self.issues: list[tuple[str, str]] = []
        self.uses_document = False
        self.greedy: dict[str, set[str]] = {}
        # An operation's input reference may name the XML root element and its namespace.
        self.roots: dict[str, Mapping[str, Any]] = {}
        for op in self.raw_operations.values():
            ref = op.get("input") or {}
            if ref.get("shape") and ("locationName" in ref or "xmlNamespace" in ref):
                self.roots[ref["shape"]] = ref
            uri = (op.get("http") or {}).get("requestUri", "")
            shape = (op.get("input") or {}).get("shape")
            if shape:
                self.greedy.setdefault(shape, set()).update(_GREEDY.findall(uri))

    def shape_id(self, name: str) -> str:
        return f"{self.ns}#{name}"

    def service(self) -> ir.Service:
        meta = self.metadata
        protocol = _protocol(meta)
        if protocol is None:
            self.issues.append(
                ("metadata.protocol", f"unsupported botocore protocol {meta.get('protocol')!r}")
            )
            protocol = "restJson1"
        shapes = {}
        for name, raw in self.raw_shapes.items():
            shape = self.shape(name, raw)
            if shape is not None:
                shapes[shape.id] = shape
        if self.uses_document:
            shapes[DOCUMENT_ID] = ir.Shape(
                id=DOCUMENT_ID, name="Document", type=ir.ShapeType.DOCUMENT
            )
        operations = tuple(self.operation(n, raw) for n, raw in self.raw_operations.items())
        name = str(meta.get("serviceId") or meta.get("targetPrefix") or "Service").replace(" ", "")
        namespace = _namespace(meta)
        service = ir.Service(
            id=f"{self.ns}#{name}",
            name=name,
            namespace=self.ns,
            version=str(meta.get("apiVersion", "")),
            title=str(meta.get("serviceFullName") or name),
            protocol=ir.Protocol(protocol),
            source=self.source,
            documentation=str(self.model.get("documentation", "")),
            endpoint_prefix=meta.get("endpointPrefix"),
            sigv4_name=meta.get("signingName") or meta.get("endpointPrefix"),
            target_prefix=(
                meta.get("targetPrefix")
                if protocol.startswith("awsJson") or protocol == "rpcv2Cbor"
                else None
            ),
            query_compatible="awsQueryCompatible" in meta,
            xml_namespace=namespace.uri if namespace else None,
            auth=(ir.AuthScheme(name="sigv4", kind="sigv4"),),
            operations=operations,
            shapes=dict(sorted(shapes.items())),
        )
        return resolve(service)

    def constraints(self, raw: Mapping[str, Any], kind: ir.ShapeType) -> ir.Constraints:
        low, high = raw.get("min"), raw.get("max")
        length = (
            ir.Length(min=low, max=high)
            if kind in _LENGTH_TYPES and (low is not None or high is not None)
            else None
        )
        rng = (
            ir.Range(min=low, max=high)
            if kind in _NUMBER_TYPES and (low is not None or high is not None)
            else None
        )
        pattern = raw.get("pattern") if kind is ir.ShapeType.STRING else None
        return ir.Constraints(length=length, range=rng, pattern=pattern)

    def shape_type(self, raw: Mapping[str, Any]) -> ir.ShapeType | None:
        kind = raw.get("type")
        if kind == "structure":
            if raw.get("document"):
                return ir.ShapeType.DOCUMENT
            return ir.ShapeType.UNION if raw.get("union") else ir.ShapeType.STRUCTURE
        if kind == "string" and raw.get("enum"):
            return ir.ShapeType.ENUM
        return _TYPES.get(str(kind))

    def member(
        self, container: str, name: str, raw: Mapping[str, Any], required: bool, payload: bool
    ) -> ir.Member:
        target_name = raw.get("shape", "")
        target = self.raw_shapes.get(target_name)
        if target is None:
            self.issues.append(
                (f"shapes.{container}.members.{name}", f"unknown shape {target_name!r}")
            )
            target = {"type": "string"}
        target_type = self.shape_type(target) or ir.ShapeType.STRING
        location = raw.get("location")
        wire = raw.get("locationName")
        binding: ir.HttpBinding | None = None
        if location in _LOCATIONS:
            kind = _LOCATIONS[location]
            if kind is ir.Location.QUERY and target_type is ir.ShapeType.MAP:
                binding = ir.HttpBinding(location=ir.Location.QUERY_PARAMS)
            elif kind is ir.Location.LABEL:
                label = wire or name
                binding = ir.HttpBinding(
                    location=kind, name=label, greedy=label in self.greedy.get(container, ())
                )
            elif kind is ir.Location.PREFIX_HEADERS:
                binding = ir.HttpBinding(location=kind, name=wire or "")
            elif kind is ir.Location.STATUS:
                binding = ir.HttpBinding(location=kind)
            else:
                binding = ir.HttpBinding(location=kind, name=wire or name)
        elif payload:
            binding = ir.HttpBinding(location=ir.Location.PAYLOAD)
        target_id = self.shape_id(target_name)
        if raw.get("jsonvalue"):
            self.uses_document = True
            target_id = DOCUMENT_ID
        fmt = raw.get("timestampFormat")
        return ir.Member(
            id=f"{self.ns}#{container}${name}",
            name=name,
            target=target_id,
            documentation=str(raw.get("documentation", "")),
            required=required,
            constraints=self.constraints(target, target_type),
            sensitive=bool(target.get("sensitive", False)),
            idempotency_token=bool(raw.get("idempotencyToken", False)),
            http=binding,
            json_name=wire if binding is None and wire and wire != name else None,
            timestamp_format=_TIMESTAMP_FORMATS.get(str(fmt).lower()) if fmt else None,
            deprecated=bool(raw.get("deprecated", False)),
            xml_name=wire if binding is None or payload else None,
            xml_attribute=bool(raw.get("xmlAttribute", False)),
            xml_flattened=bool(raw.get("flattened", False)),
            xml_namespace=_namespace(raw),
            query_name=raw.get("queryName"),
        )

    def shape(self, name: str, raw: Mapping[str, Any]) -> ir.Shape | None:
        kind = self.shape_type(raw)
        if kind is None:
            self.issues.append(
                (f"shapes.{name}.type", f"unsupported shape type {raw.get('type')!r}")
            )
            return None
        members: tuple[ir.Member, ...] = ()
        if kind in (ir.ShapeType.STRUCTURE, ir.ShapeType.UNION):
            required = set(raw.get("required", ()))
            payload = raw.get("payload")
            members = tuple(
                self.member(
                    name, m, r, m in required and kind is ir.ShapeType.STRUCTURE, m == payload
                )
                for m, r in raw.get("members", {}).items()
            )
        elif kind is ir.ShapeType.LIST:
            members = (self.member(name, "member", raw.get("member", {}), False, False),)
        elif kind is ir.ShapeType.MAP:
            members = (
                self.member(name, "key", raw.get("key", {}), False, False),
                self.member(name, "value", raw.get("value", {}), False, False),
            )
        values = (
            tuple(ir.EnumValue(name=str(v), value=str(v)) for v in raw.get("enum", ()))
            if kind is ir.ShapeType.ENUM
            else ()
        )
        error = raw.get("error") or {}
        is_error = bool(raw.get("exception") or raw.get("error"))
        code = error.get("code")
        retryable = raw.get("retryable")
        fmt = raw.get("timestampFormat")
        return ir.Shape(
            id=self.shape_id(name),
            name=name,
            type=kind,
            documentation=str(raw.get("documentation", "")),
            members=members,
            enum_values=values,
            constraints=self.constraints(raw, kind),
            sensitive=bool(raw.get("sensitive", False)),
            timestamp_format=_TIMESTAMP_FORMATS.get(str(fmt).lower()) if fmt else None,
            error=(
                ("server" if raw.get("fault") or error.get("senderFault") is False else "client")
                if is_error
                else None
            ),
            http_error=error.get("httpStatusCode"),
            error_code=code if code and code != name else None,
            retryable=retryable is not None,
            throttling=isinstance(retryable, Mapping) and bool(retryable.get("throttling")),
            deprecated=bool(raw.get("deprecated", False)),
            xml_name=self.roots.get(name, {}).get("locationName") or raw.get("locationName"),
            xml_flattened=bool(raw.get("flattened", False)),
            xml_namespace=_namespace(self.roots.get(name, {})) or _namespace(raw),
        )

    def operation(self, name: str, raw: Mapping[str, Any]) -> ir.Operation:
        http = raw.get("http") or {}
        protocol = _protocol(self.metadata)
        input_name = (raw.get("input") or {}).get("shape")
        output_name = (raw.get("output") or {}).get("shape")
        return ir.Operation(
            id=f"{self.ns}#{name}",
            name=name,
            documentation=str(raw.get("documentation", "")),
            input=self.shape_id(input_name) if input_name else None,
            output=self.shape_id(output_name) if output_name else None,
            errors=tuple(self.shape_id(e["shape"]) for e in raw.get("errors", ()) if "shape" in e),
            http=(
                ir.HttpTrait(
                    method=str(http.get("method", "POST")),
                    uri=str(http.get("requestUri", "/")),
                    code=int(http.get("responseCode", 200)),
                )
                if protocol in ("restJson1", "restXml")
                else None
            ),
            readonly=str(http.get("method", "POST")).upper() in ("GET", "HEAD"),
            idempotent=bool(raw.get("idempotent", False)),
            deprecated=bool(raw.get("deprecated", False)),
            request_compression=tuple(
                str(e) for e in (raw.get("requestcompression") or {}).get("encodings", ())
            ),
        )
