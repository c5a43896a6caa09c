"""A botocore service model (``service-2`` with its paginators, waiters and endpoint rules)
as a spec document: the ``smithy``/``service``/``operations``/``shapes`` mapping the
YAML writer prints.

Decisions (beyond ``botocore_shapes``):
- Protocol: ``rest-json`` → ``restJson1``, ``json`` → ``awsJson1_0``/``awsJson1_1`` (by
  ``jsonVersion``), ``query`` → ``awsQuery``, ``ec2`` → ``ec2Query``, ``rest-xml`` →
  ``restXml``, ``smithy-rpc-v2-cbor`` → ``rpcv2Cbor``; ``metadata.protocols``, when it
  lists more than that one, → ``service.protocols`` (in the model's order of preference),
  and ``protocol`` is then the one of them the AWS SDK for Python speaks (botocore's
  ``PRIORITY_ORDERED_SUPPORTED_PROTOCOLS``, JSON before CBOR): the generated server and fake
  answer boto3 in the protocol it sends.
- Names: the service is ``serviceId`` in PascalCase, the namespace ``com.amazonaws.`` +
  the endpoint prefix without punctuation (the convention of the hand-written specs).
- URIs: botocore writes labels by wire name (``{resourceArn}``), the spec by member name:
  each label is renamed to the member bound to it (the request is the same).
- Auth: ``aws.auth#sigv4`` → ``sigv4``, ``aws.auth#sigv4a`` → ``sigv4a``,
  ``smithy.api#httpBearerAuth`` → ``httpBearerAuth``, ``smithy.api#noAuth`` → ``noAuth``;
  ``authtype: none`` → ``auth: [noAuth]``, ``v4-unsigned-body`` → ``unsignedPayload``; a
  ``signatureVersion`` other than ``v4`` is kept as it is.
- A non-REST operation's ``http`` is kept only when it is not ``POST /``.
- ``readonly`` wins over ``idempotent`` (Smithy: a readonly operation is idempotent).
- An operation's ``input``/``output`` reference may carry ``locationName`` and
  ``xmlNamespace`` (Route 53, CloudFront): they become ``xmlName``/``xmlNamespace`` of
  that structure; ``resultWrapper`` → the operation's ``resultWrapper``; the reference's
  documentation → ``inputDocumentation``/``outputDocumentation``.
- An error reference's copy of its shape's ``exception``/``error``/``fault`` (old models)
  is the shape's, already carried there.
- Not carried: the model's ``examples`` (empty in botocore) and ``metadata.ripServiceName``
  (an AWS-internal name no client reads).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from apigen.importers.botocore_extras import (
    PAGINATORS_FILE,
    WAITERS_FILE,
    attach_paginators,
    attach_waiters,
)
from apigen.importers.botocore_shapes import ShapeConverter, deprecation, docs, xml_namespace
from apigen.importers.issues import Issues

PROTOCOLS = {
    "rest-json": "restJson1",
    "rest-xml": "restXml",
    "query": "awsQuery",
    "ec2": "ec2Query",
    "smithy-rpc-v2-cbor": "rpcv2Cbor",
}
AUTH = {
    "aws.auth#sigv4": "sigv4",
    "aws.auth#sigv4a": "sigv4a",
    "smithy.api#httpBearerAuth": "httpBearerAuth",
    "smithy.api#noAuth": "noAuth",
}
_AUTHTYPES: dict[str, dict[str, Any]] = {
    "none": {"auth": ["noAuth"]},
    "v4-unsigned-body": {"unsignedPayload": True},
}
_LABEL = re.compile(r"\{([^}]+?)(\+?)\}")
_METADATA_KEYS = {
    *(
        [
            "apiVersion",
            "auth",
            "endpointPrefix",
            "protocol",
            "protocols",
            "serviceFullName",
            "serviceId",
        ]
    ),
    *(
        [
            "signatureVersion",
            "signingName",
            "targetPrefix",
            "uid",
            "jsonVersion",
            "serviceAbbreviation",
        ]
    ),
    *(
        [
            "xmlNamespace",
            "protocolSettings",
            "globalEndpoint",
            "awsQueryCompatible",
            "checksumFormat",
        ]
    ),
    "ripServiceName",
}
_TOP_KEYS = {
    *(["version", "metadata", "operations", "shapes", "documentation", "clientContextParams"]),
    *(["deprecated", "deprecatedMessage", "examples"]),
}
_OPERATION_KEYS = {
    *(["name", "http", "input", "output", "errors", "documentation", "idempotent", "readonly"]),
    *(["staticContextParams", "deprecated", "deprecatedMessage", "deprecatedSince"]),
    *(["requestcompression", "authtype", "auth", "endpoint", "endpointdiscovery"]),
    *(["operationContextParams", "endpointoperation", "unsignedPayload", "httpChecksum"]),
    "httpChecksumRequired",
}
_REF_KEYS = {"shape", "documentation", "resultWrapper", "locationName", "xmlNamespace"}


# botocore's PRIORITY_ORDERED_SUPPORTED_PROTOCOLS: which of ``protocols`` the SDK speaks.
_SDK_PRIORITY = ("json", "rest-json", "rest-xml", "smithy-rpc-v2-cbor", "query", "ec2")


def protocol_of(metadata: Mapping[str, Any]) -> str | None:
    listed = metadata.get("protocols")
    chosen = [p for p in _SDK_PRIORITY if isinstance(listed, list) and p in listed]
    return _spec_protocol(metadata, chosen[0] if chosen else metadata.get("protocol"))


def _spec_protocol(metadata: Mapping[str, Any], protocol: Any) -> str | None:
    """A botocore protocol name as the spec's (``json`` by the model's ``jsonVersion``)."""
    if protocol == "json":
        return "awsJson1_1" if str(metadata.get("jsonVersion", "1.0")) == "1.1" else "awsJson1_0"
    return PROTOCOLS.get(str(protocol))


def service_name(service_id: str) -> str:
    """``EMR containers`` → ``EMRContainers`` (the hand-written specs' convention)."""
    words = re.split(r"[^A-Za-z0-9]+", service_id)
    name = "".join(w[:1].upper() + w[1:] for w in words if w)
    return name if name[:1].isalpha() else f"Service{name}"


def file_stem(service_id: str) -> str:
    """The spec's file name: botocore's folder name for the service (``emr-containers``)."""
    return re.sub(r"[^a-z0-9]+", "-", service_id.lower()).strip("-")


def import_botocore(
    model: Mapping[str, Any],
    issues: Issues,
    paginators: Mapping[str, Any] | None = None,
    waiters: Mapping[str, Any] | None = None,
    rules: Any = None,
    paginators_file: str = PAGINATORS_FILE,
    waiters_file: str = WAITERS_FILE,
) -> dict[str, Any]:
    """The spec document of a loaded botocore model; problems are added to ``issues``."""
    issues.unknown_keys((), model, _TOP_KEYS)
    metadata = model.get("metadata")
    if not isinstance(metadata, Mapping):
        issues.add(("metadata",), "a botocore model has a `metadata` object")
        return {}
    protocol = protocol_of(metadata)
    if protocol is None:
        issues.add(("metadata", "protocol"), f"unknown protocol {metadata.get('protocol')!r}")
        return {}
    shapes = ShapeConverter(model, protocol, issues)
    converted = shapes.shapes()
    operations = _Operations(model, protocol, shapes, converted, issues).all()
    attach_paginators(operations, paginators, issues, paginators_file)
    attach_waiters(operations, waiters, issues, waiters_file)
    spec: dict[str, Any] = {
        "smithy": "2.0",
        "service": _service(model, metadata, protocol, issues),
        "operations": operations,
        "shapes": converted,
    }
    if isinstance(rules, Mapping):
        spec["endpointRules"] = dict(rules)
    elif rules is not None:
        issues.add((), "an endpoint rule set is a JSON object", "endpoint-rule-set-1.json")
    return spec


def _service(
    model: Mapping[str, Any], meta: Mapping[str, Any], protocol: str, issues: Issues
) -> dict[str, Any]:
    issues.unknown_keys(("metadata",), meta, _METADATA_KEYS)
    service_id = str(meta.get("serviceId") or meta.get("endpointPrefix") or "Service")
    prefix = str(meta.get("endpointPrefix") or service_id)
    out: dict[str, Any] = {
        "name": service_name(service_id),
        "namespace": "com.amazonaws." + (re.sub(r"[^a-z0-9]", "", prefix.lower()) or "service"),
        "version": str(meta.get("apiVersion", "")),
        "title": str(meta.get("serviceFullName") or service_id),
        "protocol": protocol,
    }
    alternatives = [_spec_protocol(meta, p) or p for p in meta.get("protocols") or ()]
    if alternatives and alternatives != [protocol]:
        out["protocols"] = alternatives
    out["endpointPrefix"] = prefix
    out["sigv4"] = str(meta.get("signingName") or prefix)
    if "targetPrefix" in meta:
        out["targetPrefix"] = str(meta["targetPrefix"])
    out["serviceId"] = service_id
    for key, spec_key in (("serviceAbbreviation", "abbreviation"), ("uid", "uid")):
        if key in meta:
            out[spec_key] = str(meta[key])
    if "auth" in meta:
        out["auth"] = _auth(("metadata", "auth"), meta["auth"], issues)
    if meta.get("signatureVersion", "v4") != "v4":
        out["signatureVersion"] = str(meta["signatureVersion"])
    if "xmlNamespace" in meta:
        out["xmlNamespace"] = xml_namespace(meta["xmlNamespace"])
    if "awsQueryCompatible" in meta:
        out["awsQueryCompatible"] = True
    for key in ("globalEndpoint", "checksumFormat"):
        if key in meta:
            out[key] = str(meta[key])
    if "protocolSettings" in meta:
        out["protocolSettings"] = dict(meta["protocolSettings"])
    params = model.get("clientContextParams")
    if isinstance(params, Mapping):
        out["clientContextParams"] = {
            name: {"type": str(p.get("type")), **docs(p)} for name, p in sorted(params.items())
        }
    out.update(deprecation(model))
    out.update(docs(model))
    return out


def _auth(where: tuple[str | int, ...], values: Any, issues: Issues) -> list[str]:
    out = []
    for i, value in enumerate(values if isinstance(values, list) else ()):
        if value in AUTH:
            out.append(AUTH[value])
        else:
            issues.add((*where, i), f"unknown auth scheme {value!r}")
    return out


class _Operations:
    def __init__(
        self,
        model: Mapping[str, Any],
        protocol: str,
        shapes: ShapeConverter,
        converted: dict[str, dict[str, Any]],
        issues: Issues,
    ) -> None:
        self.raw: Mapping[str, Any] = model.get("operations") or {}
        self.protocol = protocol
        self.shapes = shapes
        self.converted = converted
        self.issues = issues
        self.ref_traits: dict[str, dict[str, Any]] = {}

    def all(self) -> dict[str, dict[str, Any]]:
        out = {}
        for name in sorted(self.raw):
            raw = self.raw[name]
            if isinstance(raw, Mapping):
                out[name] = self.operation(name, raw)
            else:
                self.issues.add(("operations", name), "an operation is a JSON object")
        return out

    def operation(self, name: str, raw: Mapping[str, Any]) -> dict[str, Any]:
        where = ("operations", name)
        self.issues.unknown_keys(where, raw, _OPERATION_KEYS)
        out: dict[str, Any] = {}
        if raw.get("name", name) != name:
            out["wireName"] = str(raw["name"])
        http = self.http(where, raw)
        if http:
            out["http"] = http
        for part in ("input", "output"):
            ref = raw.get(part)
            if ref is not None:
                out.update(self.reference((*where, part), part, ref))
        errors = []
        for i, ref in enumerate(raw.get("errors") or ()):
            if isinstance(ref, Mapping) and isinstance(ref.get("shape"), str):
                # Old models repeat the error shape's own traits on the reference.
                known = {"shape", "documentation", "exception", "error", "fault"}
                self.issues.unknown_keys((*where, "errors", i), ref, known)
                errors.append(ref["shape"])
            else:
                self.issues.add((*where, "errors", i), "an error reference has a `shape`")
        if errors:
            out["errors"] = errors
        if raw.get("readonly"):
            out["readonly"] = True
        elif raw.get("idempotent"):
            out["idempotent"] = True
        out.update(self.traits(where, raw))
        out.update(deprecation(raw))
        out.update(docs(raw))
        return out

    def http(self, where: tuple[str, ...], raw: Mapping[str, Any]) -> dict[str, Any]:
        http = raw.get("http")
        if not isinstance(http, Mapping):
            self.issues.add((*where, "http"), "an operation has an `http` object")
            return {}
        self.issues.unknown_keys((*where, "http"), http, {"method", "requestUri", "responseCode"})
        method = str(http.get("method", "POST"))
        uri = str(http.get("requestUri", "/"))
        if self.protocol not in ("restJson1", "restXml"):
            if method == "POST" and uri == "/" and "responseCode" not in http:
                return {}
            if self.protocol in ("awsQuery", "ec2Query"):
                # botocore's query serializer sends POST / whatever the model's http says
                # (ImportExport's requestUri "/?Operation=CancelJob"): no wire fact is lost.
                return {}
            if self.protocol.startswith("awsJson"):
                self.issues.add((*where, "http"), f"{self.protocol} is always POST /, not {http}")
                return {}
        input_name = (raw.get("input") or {}).get("shape")
        labels = self.shapes.labels.get(str(input_name), {})
        out: dict[str, Any] = {"method": method, "uri": self.rename_labels(where, uri, labels)}
        if "responseCode" in http:
            out["code"] = int(http["responseCode"])
        return out

    def rename_labels(self, where: tuple[str, ...], uri: str, labels: Mapping[str, str]) -> str:
        def member(match: re.Match[str]) -> str:
            label, greedy = match.group(1), match.group(2)
            if label not in labels:
                self.issues.add(
                    (*where, "http", "requestUri"), f"no member is bound to {{{label}}}"
                )
                return match.group(0)
            return "{" + labels[label] + greedy + "}"

        path, question, query = uri.partition("?")
        return _LABEL.sub(member, path) + question + query

    def reference(self, where: tuple[str, ...], part: str, ref: Any) -> dict[str, Any]:
        if not isinstance(ref, Mapping) or not isinstance(ref.get("shape"), str):
            self.issues.add(where, f"an operation's {part} names a `shape`")
            return {}
        self.issues.unknown_keys(where, ref, _REF_KEYS)
        shape = ref["shape"]
        out: dict[str, Any] = {part: shape}
        if "resultWrapper" in ref:
            out["resultWrapper"] = str(ref["resultWrapper"])
        if "documentation" in ref:
            out.update({f"{part}Documentation": d for d in docs(ref).values()})
        traits: dict[str, Any] = {}
        if "locationName" in ref:
            traits["xmlName"] = str(ref["locationName"])
        if "xmlNamespace" in ref:
            traits["xmlNamespace"] = xml_namespace(ref["xmlNamespace"])
        if traits and shape in self.converted:
            seen = self.ref_traits.setdefault(shape, traits)
            if seen != traits:
                self.issues.add(where, f"{shape!r} is given two XML names: {seen} and {traits}")
            self.converted[shape].update(traits)
        return out

    def traits(self, where: tuple[str, ...], raw: Mapping[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        endpoint = raw.get("endpoint")
        if isinstance(endpoint, Mapping) and "hostPrefix" in endpoint:
            self.issues.unknown_keys((*where, "endpoint"), endpoint, {"hostPrefix"})
            out["hostPrefix"] = str(endpoint["hostPrefix"])
        if "auth" in raw:
            out["auth"] = _auth((*where, "auth"), raw["auth"], self.issues)
        if "authtype" in raw:
            implied = _AUTHTYPES.get(str(raw["authtype"]))
            if implied is None:
                self.issues.add((*where, "authtype"), f"unknown authtype {raw['authtype']!r}")
            else:
                for key, value in implied.items():
                    out.setdefault(key, value)
        if raw.get("unsignedPayload"):
            out["unsignedPayload"] = True
        if "endpointdiscovery" in raw:
            discovery = raw["endpointdiscovery"] or {}
            out["endpointDiscovery"] = {"required": True} if discovery.get("required") else {}
        if raw.get("endpointoperation"):
            out["endpointOperation"] = True
        if isinstance(raw.get("httpChecksum"), Mapping):
            out["httpChecksum"] = dict(raw["httpChecksum"])
        if raw.get("httpChecksumRequired"):
            out["httpChecksumRequired"] = True
        compression = raw.get("requestcompression")
        if isinstance(compression, Mapping):
            out["requestCompression"] = {"encodings": list(compression.get("encodings") or ())}
        for key in ("staticContextParams", "operationContextParams"):
            if isinstance(raw.get(key), Mapping):
                out[key] = {n: dict(v) for n, v in sorted(raw[key].items())}
        return out
