"""A Smithy 2.0 JSON AST service (what ``smithy-build`` emits and AWS publishes) as a spec
document. Smithy's traits are the spec format's traits without their namespace, so most of
this is a table; what is not in the table is listed as a problem, or ignored by name below.

Decisions:
- The spec holds the shapes the service reaches (operations bound to it or to its
  resources, their inputs, outputs and errors, and everything those target), named without
  namespace; two reached shapes with one name in different namespaces are a problem.
  ``smithy.api#Unit`` as input or output means none; prelude targets keep their names.
- Protocol: the service's protocol trait (``aws.protocols#restJson1`` ...,
  ``smithy.protocols#rpcv2Cbor``); awsJson's ``targetPrefix`` is the service shape's name.
  ``aws.api#service`` gives ``serviceId`` (``sdkId``), ``endpointPrefix`` and the spec
  file's stem; ``aws.auth#sigv4`` the signing name.
- Enums: members with ``enumValue`` → ``values`` (the list form when every name is its
  value); Smithy 1.0's ``enum`` trait on a string → the same. ``awsQueryError`` →
  ``errorCode`` (and ``httpError`` when the shape has none), as botocore reads it.
- A service-level ``paginated`` is merged into each operation's (Smithy's rule).
- Resources are carried as ``resources`` (Smithy's properties, names without namespace).
- Ignored, because no client or server reads them: documentation examples and
  ``externalDocumentation`` links, smoke and
  protocol tests (``smithy.test#*``), ``endpointTests``, ``input``/``output`` markers,
  ``cors``, ``addedDefault``, ``references``, IAM/CloudFormation/ARN metadata
  (``aws.iam#*``, ``aws.cloudformation#*``, ``aws.api#arn*``), ``aws.api#dataPlane``/
  ``controlPlane``, ``unstable``/``internal``/``recommended``/``since``/``title`` of shapes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from apigen.importers.html_markdown import html_to_markdown
from apigen.importers.issues import Issues

PRELUDE_NS = "smithy.api"
PROTOCOLS = {
    "aws.protocols#restJson1": "restJson1",
    "aws.protocols#awsJson1_0": "awsJson1_0",
    "aws.protocols#awsJson1_1": "awsJson1_1",
    "aws.protocols#restXml": "restXml",
    "aws.protocols#awsQuery": "awsQuery",
    "aws.protocols#ec2Query": "ec2Query",
    "smithy.protocols#rpcv2Cbor": "rpcv2Cbor",
}
AUTH = {
    "aws.auth#sigv4": "sigv4",
    "aws.auth#sigv4a": "sigv4a",
    "smithy.api#httpBearerAuth": "httpBearerAuth",
    "smithy.api#noAuth": "noAuth",
}
# Traits whose value is the spec trait's value as it is.
_SAME = {
    *(
        [
            "required",
            "default",
            "clientOptional",
            "length",
            "range",
            "pattern",
            "sensitive",
            "uniqueItems",
        ]
    ),
    *(
        [
            "idempotencyToken",
            "httpLabel",
            "httpQuery",
            "httpQueryParams",
            "httpHeader",
            "httpPrefixHeaders",
        ]
    ),
    *(
        [
            "httpPayload",
            "httpResponseCode",
            "jsonName",
            "timestampFormat",
            "error",
            "httpError",
            "tags",
        ]
    ),
    *(["xmlName", "xmlNamespace", "xmlFlattened", "xmlAttribute", "streaming", "requiresLength"]),
    *(["mediaType", "hostLabel", "eventPayload", "eventHeader", "sparse"]),
}
_OTHER = {
    "aws.protocols#ec2QueryName": "ec2QueryName",
    "smithy.api#requestCompression": "requestCompression",
    "aws.auth#unsignedPayload": "unsignedPayload",
    "aws.protocols#httpChecksum": "httpChecksum",
    "smithy.api#httpChecksumRequired": "httpChecksumRequired",
    "smithy.rules#staticContextParams": "staticContextParams",
    "smithy.rules#operationContextParams": "operationContextParams",
}
_IGNORED_NAMESPACES = ("aws.iam#", "aws.cloudformation#", "smithy.test#")
_IGNORED = {
    *(
        f"smithy.api#{t}"
        for t in ["examples", "input", "output", "cors", "addedDefault", "references"]
    ),
    *(f"smithy.api#{t}" for t in ["unstable", "internal", "recommended", "since", "title"]),
    *(f"smithy.api#{t}" for t in ["resourceIdentifier", "private", "documentation"]),
    *(["smithy.rules#endpointTests", "aws.api#arn", "aws.api#arnReference"]),
    *(["aws.api#dataPlane", "aws.api#controlPlane", "aws.api#tagEnabled", "aws.api#taggable"]),
}
_SUPPRESSIBLE = {"HttpUriConflict", "HttpMethodSemantics", "PaginatedTrait", "PatternTrait"}
_TYPES = {
    *(
        [
            "structure",
            "union",
            "enum",
            "intEnum",
            "list",
            "map",
            "string",
            "integer",
            "long",
            "short",
            "byte",
            "float",
        ]
    ),
    *(["double", "boolean", "timestamp", "blob", "document", "bigInteger", "bigDecimal"]),
}


def local(shape_id: str) -> str:
    return shape_id.split("#", 1)[-1].split("$", 1)[0]


class SmithyImporter:
    def __init__(self, model: Mapping[str, Any], service_id: str, issues: Issues) -> None:
        self.shapes: Mapping[str, Any] = model.get("shapes") or {}
        self.service_id = service_id
        self.issues = issues
        self.reached: dict[str, str] = {}  # local name -> shape id
        self.operations: dict[str, str] = {}
        self.resources: dict[str, str] = {}

    def run(self) -> dict[str, Any]:
        service = self.shapes.get(self.service_id)
        if not isinstance(service, Mapping) or service.get("type") != "service":
            names = sorted(k for k, v in self.shapes.items() if v.get("type") == "service")
            self.issues.add(("shapes", self.service_id), f"no such service; the model has {names}")
            return {}
        self.bind(service)
        for op_id in list(self.operations.values()):
            op = self.shapes[op_id]
            for part in ("input", "output"):
                self.reach(op.get(part, {}).get("target"))
            for ref in op.get("errors") or ():
                self.reach(ref.get("target"))
        for ref in service.get("errors") or ():
            self.reach(ref.get("target"))
        spec: dict[str, Any] = {"smithy": "2.0", "service": self.service(service)}
        pag_default = (service.get("traits") or {}).get("smithy.api#paginated", {})
        spec["operations"] = {
            name: self.operation(op_id, pag_default)
            for name, op_id in sorted(self.operations.items())
        }
        spec["shapes"] = {
            name: self.shape(sid) for name, sid in sorted(self.reached.items()) if sid
        }
        if self.resources:
            spec["resources"] = {
                name: self.resource(rid) for name, rid in sorted(self.resources.items())
            }
        rules = (service.get("traits") or {}).get("smithy.rules#endpointRuleSet")
        if rules is not None:
            spec["endpointRules"] = rules
        return spec

    # -- the closure of shapes ------------------------------------------------------------

    def bind(self, container: Mapping[str, Any]) -> None:
        for ref in container.get("operations") or ():
            self.name_of(ref.get("target"), self.operations)
        for ref in container.get("collectionOperations") or ():
            self.name_of(ref.get("target"), self.operations)
        for key in ("create", "put", "read", "update", "delete", "list"):
            if key in container:
                self.name_of(container[key].get("target"), self.operations)
        for ref in container.get("resources") or ():
            rid = ref.get("target")
            if self.name_of(rid, self.resources) and isinstance(self.shapes.get(rid), Mapping):
                self.bind(self.shapes[rid])

    def name_of(self, shape_id: Any, table: dict[str, str]) -> bool:
        if not isinstance(shape_id, str) or shape_id not in self.shapes:
            self.issues.add(("shapes", self.service_id), f"unknown shape {shape_id!r}")
            return False
        name = local(shape_id)
        if table.setdefault(name, shape_id) != shape_id:
            self.issues.add(("shapes", shape_id), f"{name!r} is also {table[name]!r}")
            return False
        return True

    def reach(self, shape_id: Any) -> None:
        if not isinstance(shape_id, str) or shape_id.startswith(f"{PRELUDE_NS}#"):
            return
        name = local(shape_id)
        if name in self.reached:
            if self.reached[name] != shape_id:
                self.issues.add(("shapes", shape_id), f"{name!r} is also {self.reached[name]!r}")
            return
        shape = self.shapes.get(shape_id)
        if not isinstance(shape, Mapping):
            self.issues.add(("shapes", shape_id), "unknown shape")
            return
        self.reached[name] = shape_id
        for member in (shape.get("members") or {}).values():
            self.reach(member.get("target"))
        for part in ("member", "key", "value"):
            if part in shape:
                self.reach(shape[part].get("target"))

    def target(self, shape_id: Any) -> str:
        return local(shape_id) if isinstance(shape_id, str) else "String"

    # -- traits ----------------------------------------------------------------------------

    def traits(self, where: tuple[str, ...], traits: Mapping[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for trait, value in traits.items():
            short = trait.removeprefix("smithy.api#")
            if short in _SAME:
                out[short] = True if value == {} else value  # an annotation trait
            elif trait in _OTHER:
                out[_OTHER[trait]] = True if value == {} else value
            elif trait == "smithy.api#deprecated":
                out["deprecated"] = {
                    k: v for k, v in value.items() if k in ("message", "since")
                } or True
            elif trait == "smithy.api#retryable":
                out["retryable"] = {"throttling": True} if value.get("throttling") else True
            elif trait == "smithy.rules#contextParam":
                out["contextParam"] = value["name"]
            elif trait == "aws.protocols#awsQueryError":
                out["errorCode"] = value["code"]
                out.setdefault("httpError", value.get("httpResponseCode"))
            elif trait == "smithy.api#suppress":
                kept = [v for v in value if v in _SUPPRESSIBLE]
                if kept:
                    out["suppress"] = kept
            elif trait in _IGNORED or trait.startswith(_IGNORED_NAMESPACES):
                continue
            elif trait not in ("smithy.api#enumValue", "smithy.api#enum"):
                self.issues.add((*where, "traits", trait), f"the spec format cannot carry {trait}")
        if out.get("httpError") is None:
            out.pop("httpError", None)
        doc = traits.get("smithy.api#documentation")
        if isinstance(doc, str) and html_to_markdown(doc):
            out["documentation"] = html_to_markdown(doc)
        return out

    def member(self, where: tuple[str, ...], raw: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "target": self.target(raw.get("target")),
            **self.traits(where, raw.get("traits") or {}),
        }

    def shape(self, shape_id: str) -> dict[str, Any]:
        raw = self.shapes[shape_id]
        where = ("shapes", shape_id)
        kind = raw.get("type")
        traits = raw.get("traits") or {}
        if kind == "set":
            kind = "list"
        if kind == "string" and "smithy.api#enum" in traits:
            return self.legacy_enum(where, traits)
        if kind not in _TYPES:
            self.issues.add((*where, "type"), f"shape type {kind!r} is not a data shape")
            return {"type": "string"}
        out: dict[str, Any] = {"type": kind}
        members = raw.get("members") or {}
        if kind in ("enum", "intEnum"):
            out["values"] = self.enum_values(where, members)
        elif kind in ("structure", "union"):
            out["members"] = {
                name: self.member((*where, "members", name), m) for name, m in members.items()
            }
        for part in ("member", "key", "value"):
            if part in raw:
                out[part] = self.member((*where, part), raw[part])
        out.update(self.traits(where, traits))
        return out

    def enum_values(self, where: tuple[str, ...], members: Mapping[str, Any]) -> Any:
        values: dict[str, Any] = {}
        for name, member in members.items():
            traits = member.get("traits") or {}
            value = traits.get("smithy.api#enumValue", name)
            doc = traits.get("smithy.api#documentation")
            values[name] = (
                {"value": value, "documentation": html_to_markdown(doc)} if doc else value
            )
            self.traits((*where, "members", name), traits)
        if all(v == k for k, v in values.items()):
            return list(values)
        return values

    def legacy_enum(self, where: tuple[str, ...], traits: Mapping[str, Any]) -> dict[str, Any]:
        entries = traits["smithy.api#enum"]
        named = all("name" in e for e in entries)
        values: Any = (
            {e["name"]: e["value"] for e in entries} if named else [e["value"] for e in entries]
        )
        rest = {k: v for k, v in traits.items() if k != "smithy.api#enum"}
        return {"type": "enum", "values": values, **self.traits(where, rest)}

    # -- service, operations, resources -----------------------------------------------------

    def service(self, raw: Mapping[str, Any]) -> dict[str, Any]:
        traits = raw.get("traits") or {}
        aws = traits.get("aws.api#service") or {}
        protocols = [PROTOCOLS[t] for t in traits if t in PROTOCOLS]
        if not protocols:
            self.issues.add(("shapes", self.service_id, "traits"), "the service has no protocol")
            protocols = ["restJson1"]
        sdk_id = str(aws.get("sdkId") or local(self.service_id))
        prefix = str(aws.get("endpointPrefix") or sdk_id.lower())
        out: dict[str, Any] = {
            "name": "".join(w[:1].upper() + w[1:] for w in sdk_id.replace("-", " ").split()),
            "namespace": self.service_id.split("#")[0],
            "version": str(raw.get("version", "")),
            "title": str(traits.get("smithy.api#title") or sdk_id),
            "protocol": protocols[0],
        }
        if len(protocols) > 1:
            out["protocols"] = protocols
        out["endpointPrefix"] = prefix
        sigv4 = traits.get("aws.auth#sigv4")
        if isinstance(sigv4, Mapping) and "name" in sigv4:
            out["sigv4"] = sigv4["name"]
        if protocols[0].startswith("awsJson"):
            out["targetPrefix"] = local(self.service_id)
        out["serviceId"] = sdk_id
        auth = traits.get("smithy.api#auth") or [t for t in traits if t in AUTH]
        out["auth"] = [AUTH.get(a, a) for a in auth]
        if "smithy.api#xmlNamespace" in traits:
            out["xmlNamespace"] = traits["smithy.api#xmlNamespace"]
        if "aws.protocols#awsQueryCompatible" in traits:
            out["awsQueryCompatible"] = True
        params = traits.get("smithy.rules#clientContextParams")
        if isinstance(params, Mapping):
            out["clientContextParams"] = {
                n: {
                    "type": p["type"],
                    **({"documentation": p["documentation"]} if "documentation" in p else {}),
                }
                for n, p in sorted(params.items())
            }
        errors = [self.target(e.get("target")) for e in raw.get("errors") or ()]
        if errors:
            out["errors"] = errors
        known = {*PROTOCOLS, *AUTH, "aws.api#service", "smithy.api#auth", "smithy.api#title"}
        known |= {"smithy.rules#endpointRuleSet", "smithy.rules#clientContextParams"}
        known |= {"smithy.api#xmlNamespace", "aws.protocols#awsQueryCompatible"}
        known |= {"smithy.api#paginated"}
        out.update(
            self.traits(
                ("shapes", self.service_id), {k: v for k, v in traits.items() if k not in known}
            )
        )
        return out

    def operation(self, op_id: str, pag_default: Mapping[str, Any]) -> dict[str, Any]:
        raw = self.shapes[op_id]
        where = ("shapes", op_id)
        traits = dict(raw.get("traits") or {})
        out: dict[str, Any] = {}
        http = traits.pop("smithy.api#http", None)
        if http is not None:
            out["http"] = {k: http[k] for k in ("method", "uri", "code") if k in http}
        for part in ("input", "output"):
            target = (raw.get(part) or {}).get("target")
            if isinstance(target, str) and target != f"{PRELUDE_NS}#Unit":
                out[part] = self.target(target)
        errors = [self.target(e.get("target")) for e in raw.get("errors") or ()]
        if errors:
            out["errors"] = errors
        for flag in ("readonly", "idempotent"):
            if f"smithy.api#{flag}" in traits:
                out[flag] = True
                traits.pop(f"smithy.api#{flag}")
        if "smithy.api#readonly" in (raw.get("traits") or {}):
            out.pop("idempotent", None)
        pag = traits.pop("smithy.api#paginated", None)
        if pag is not None:
            out["paginated"] = {**pag_default, **pag}
        endpoint = traits.pop("smithy.api#endpoint", None)
        if endpoint is not None:
            out["hostPrefix"] = endpoint["hostPrefix"]
        auth = traits.pop("smithy.api#auth", None)
        if auth is not None:
            out["auth"] = [AUTH.get(a, a) for a in auth] or ["noAuth"]
        if traits.pop("smithy.api#optionalAuth", None) is not None:
            out.setdefault("auth", []).append("noAuth")
        waiters = traits.pop("smithy.waiters#waitable", None)
        if waiters is not None:
            out["waiters"] = {name: self.waiter(w) for name, w in sorted(waiters.items())}
        out.update(self.traits(where, traits))
        return out

    def waiter(self, raw: Mapping[str, Any]) -> dict[str, Any]:
        out = {k: raw[k] for k in ("minDelay", "maxDelay") if k in raw}
        if raw.get("documentation"):
            out = {"documentation": html_to_markdown(raw["documentation"]), **out}
        acceptors = []
        for acceptor in raw.get("acceptors") or ():
            matcher = dict(acceptor["matcher"])
            if "errorType" in matcher:
                matcher["errorType"] = local(matcher["errorType"])
            acceptors.append({"state": acceptor["state"], "matcher": matcher})
        out["acceptors"] = acceptors
        return out

    def resource(self, rid: str) -> dict[str, Any]:
        raw = self.shapes[rid]
        out: dict[str, Any] = {}
        for key in ("identifiers", "properties"):
            if key in raw:
                out[key] = {n: self.target(r.get("target")) for n, r in raw[key].items()}
        for key in ("create", "put", "read", "update", "delete", "list"):
            if key in raw:
                out[key] = self.target(raw[key].get("target"))
        for key in ("operations", "collectionOperations", "resources"):
            if raw.get(key):
                out[key] = [self.target(r.get("target")) for r in raw[key]]
        return out
