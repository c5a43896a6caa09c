"""botocore ``shapes`` as spec shapes (``docs/spec-format.md``), trait for trait.

Decisions (botocore key → spec trait):
- ``structure`` + ``union`` → ``union``; + ``document`` → ``document``; + ``eventstream`` →
  ``union`` with ``streaming: true`` (Smithy's event stream); ``string`` + ``enum`` →
  ``enum`` (list form); ``character`` → ``string``; ``bigdecimal``/``biginteger`` →
  ``bigDecimal``/``bigInteger``.
- ``min``/``max`` → ``length`` (strings, blobs, lists, maps) or ``range`` (numbers);
  ``exception`` + ``error{code, httpStatusCode, senderFault}`` + ``fault`` → ``error``,
  ``errorCode``, ``httpError``; ``retryable`` → ``retryable``; ``flattened`` →
  ``xmlFlattened``; a shape's ``locationName`` → ``xmlName``; ``payload`` names the
  member that gets ``httpPayload`` (restJson1/restXml).
- Member ``location``/``locationName`` → the HTTP binding traits (rest protocols), else
  ``locationName`` is the member's wire name: ``jsonName`` in JSON protocols, ``xmlName``
  in XML and query protocols; ``queryName`` → ``ec2QueryName``; ``eventpayload``/
  ``eventheader`` → ``eventPayload``/``eventHeader``; ``jsonvalue`` → ``mediaType:
  application/json``; ``contextParam{name}`` → ``contextParam: name``.
- A member-level ``enum`` (a botocore oddity) becomes an enum shape of its own,
  ``<Structure><Member>`` (suffixed ``Enum`` when that name is taken).
- Carried nowhere because they mean nothing in a Smithy 2.0 spec: ``box`` (every member
  without a default is optional), ``synthetic`` and ``wrapper`` (botocore build markers no
  client or server reads), ``event`` (a member of an event stream is an event).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from apigen.importers.html_markdown import html_to_markdown
from apigen.importers.issues import Issues

_TYPES = {
    "structure": "structure",
    "list": "list",
    "map": "map",
    "string": "string",
    "character": "string",
    "integer": "integer",
    "long": "long",
    "short": "short",
    "byte": "byte",
    "float": "float",
    "double": "double",
    "bigdecimal": "bigDecimal",
    "biginteger": "bigInteger",
    "boolean": "boolean",
    "timestamp": "timestamp",
    "blob": "blob",
}
TIMESTAMP_FORMATS = {
    "iso8601": "date-time",
    "rfc822": "http-date",
    "unixtimestamp": "epoch-seconds",
}
_LENGTH = {"string", "blob", "list", "map", "enum"}
_NUMBER = {"integer", "long", "short", "byte", "float", "double", "bigDecimal", "bigInteger"}
_IGNORED = {"box", "synthetic", "wrapper", "event"}
_SHAPE_KEYS = {
    *_IGNORED,
    *(
        [
            "type",
            "documentation",
            "members",
            "required",
            "member",
            "key",
            "value",
            "enum",
            "min",
            "max",
            "pattern",
        ]
    ),
    *(
        [
            "sensitive",
            "error",
            "exception",
            "fault",
            "retryable",
            "document",
            "union",
            "timestampFormat",
        ]
    ),
    *(
        [
            "deprecated",
            "deprecatedMessage",
            "deprecatedSince",
            "payload",
            "eventstream",
            "streaming",
        ]
    ),
    *(["xmlOrder", "sparse", "locationName", "requiresLength", "flattened", "xmlNamespace"]),
}
_MEMBER_KEYS = {
    "box",
    *(["shape", "documentation", "location", "locationName", "idempotencyToken", "deprecated"]),
    *(
        [
            "deprecatedMessage",
            "deprecatedSince",
            "enum",
            "jsonvalue",
            "xmlNamespace",
            "contextParam",
        ]
    ),
    *(["eventpayload", "eventheader", "queryName", "hostLabel", "flattened", "streaming"]),
    *(["xmlAttribute", "timestampFormat"]),
}
_HTTP_LOCATIONS = {"uri", "querystring", "header", "headers", "statusCode"}


def docs(raw: Mapping[str, Any]) -> dict[str, Any]:
    text = raw.get("documentation")
    markdown = html_to_markdown(text) if isinstance(text, str) else ""
    return {"documentation": markdown} if markdown else {}


def deprecation(raw: Mapping[str, Any]) -> dict[str, Any]:
    """botocore ``deprecated`` + ``deprecatedMessage`` + ``deprecatedSince`` → ``deprecated``."""
    if not raw.get("deprecated"):
        return {}
    detail = {
        key: str(raw[source])
        for key, source in (("message", "deprecatedMessage"), ("since", "deprecatedSince"))
        if raw.get(source)
    }
    return {"deprecated": detail or True}


def xml_namespace(raw: Any) -> dict[str, Any]:
    if isinstance(raw, str):
        return {"uri": raw}
    return {k: raw[k] for k in ("uri", "prefix") if k in raw} if isinstance(raw, Mapping) else {}


class ShapeConverter:
    """Converts the shapes of one botocore model; problems go to ``issues``."""

    def __init__(self, model: Mapping[str, Any], protocol: str, issues: Issues) -> None:
        self.raw: Mapping[str, Any] = model.get("shapes") or {}
        self.protocol = protocol
        self.rest = protocol in ("restJson1", "restXml")
        self.xml = protocol in ("restXml", "awsQuery", "ec2Query")
        self.issues = issues
        self.extra: dict[str, dict[str, Any]] = {}  # shapes made from member-level enums
        self.labels: dict[str, dict[str, str]] = {}  # input shape -> {label: member name}

    def kind(self, name: str) -> str | None:
        raw = self.raw.get(name)
        if not isinstance(raw, Mapping):
            return None
        return self.spec_type(raw)

    def spec_type(self, raw: Mapping[str, Any]) -> str | None:
        kind = raw.get("type")
        if kind == "structure":
            if raw.get("document"):
                return "document"
            return "union" if raw.get("union") or raw.get("eventstream") else "structure"
        if kind == "string" and raw.get("enum"):
            return "enum"
        return _TYPES.get(str(kind))

    def shapes(self) -> dict[str, dict[str, Any]]:
        out = {}
        for name in sorted(self.raw):
            raw = self.raw[name]
            if not isinstance(raw, Mapping):
                self.issues.add(("shapes", name), "a shape is a JSON object")
                continue
            shape = self.shape(name, raw)
            if shape is not None:
                out[name] = shape
        for name, shape in self.extra.items():
            out[name] = shape
        return dict(sorted(out.items()))

    def shape(self, name: str, raw: Mapping[str, Any]) -> dict[str, Any] | None:
        where = ("shapes", name)
        self.issues.unknown_keys(where, raw, _SHAPE_KEYS)
        kind = self.spec_type(raw)
        if kind is None:
            self.issues.add((*where, "type"), f"unknown shape type {raw.get('type')!r}")
            return None
        out: dict[str, Any] = {"type": kind}
        if kind == "enum":
            out["values"] = [str(v) for v in raw["enum"]]
        if kind in ("structure", "union"):
            out["members"] = self.members(name, raw, kind)
        elif kind == "list":
            out["member"] = self.member((*where, "member"), name, "member", raw.get("member"))
        elif kind == "map":
            out["key"] = self.member((*where, "key"), name, "key", raw.get("key"))
            out["value"] = self.member((*where, "value"), name, "value", raw.get("value"))
        out.update(self.constraints(raw, kind))
        out.update(self.traits(where, raw, kind))
        out.update(docs(raw))
        return out

    def constraints(self, raw: Mapping[str, Any], kind: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        bounds = {k: raw[k] for k in ("min", "max") if k in raw}
        if bounds and kind in _LENGTH:
            out["length"] = {k: int(v) for k, v in bounds.items()}
        elif bounds and kind in _NUMBER:
            out["range"] = {k: int(v) if float(v).is_integer() else v for k, v in bounds.items()}
        if "pattern" in raw and kind in ("string", "enum"):
            out["pattern"] = raw["pattern"]
        return out

    def traits(self, where: tuple[str, ...], raw: Mapping[str, Any], kind: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for flag in ("sensitive", "streaming", "requiresLength", "sparse"):
            if raw.get(flag):
                out[flag] = True
        if raw.get("eventstream"):
            out["streaming"] = True
        if "timestampFormat" in raw:
            out.update(self.timestamp_format((*where, "timestampFormat"), raw["timestampFormat"]))
        error = raw.get("error")
        if raw.get("exception") or isinstance(error, Mapping):
            error = error if isinstance(error, Mapping) else {}
            # botocore drops ``fault`` for some server errors (EMR on EKS's 500s; the Smithy
            # model says server): a 5xx status without ``senderFault`` is a server error.
            status = error.get("httpStatusCode")
            server = (
                raw.get("fault")
                or error.get("senderFault") is False
                or (isinstance(status, int) and status >= 500 and not error.get("senderFault"))
            )
            out["error"] = "server" if server else "client"
            if "httpStatusCode" in error:
                out["httpError"] = int(error["httpStatusCode"])
            code = error.get("code")
            if code and code != where[-1]:
                out["errorCode"] = str(code)
        retryable = raw.get("retryable")
        if isinstance(retryable, Mapping):
            out["retryable"] = {"throttling": True} if retryable.get("throttling") else True
        if "locationName" in raw:
            out["xmlName"] = str(raw["locationName"])
        if raw.get("flattened"):
            out["xmlFlattened"] = True
        if "xmlNamespace" in raw:
            out["xmlNamespace"] = xml_namespace(raw["xmlNamespace"])
        if "xmlOrder" in raw:
            out["xmlOrder"] = [str(m) for m in raw["xmlOrder"]]
        out.update(deprecation(raw))
        return out

    def timestamp_format(self, where: tuple[str, ...], value: Any) -> dict[str, Any]:
        fmt = TIMESTAMP_FORMATS.get(str(value).lower())
        if fmt is None:
            self.issues.add(where, f"unknown timestampFormat {value!r}")
            return {}
        return {"timestampFormat": fmt}

    def members(self, name: str, raw: Mapping[str, Any], kind: str) -> dict[str, Any]:
        members = raw.get("members") or {}
        required = set(raw.get("required") or ())
        payload = raw.get("payload")
        for missing in sorted(required - set(members)):
            self.issues.add(("shapes", name, "required"), f"{missing!r} is not a member")
        if payload is not None and payload not in members:
            self.issues.add(("shapes", name, "payload"), f"{payload!r} is not a member")
        out = {}
        for member_name, member_raw in members.items():
            member = self.member(
                ("shapes", name, "members", member_name), name, member_name, member_raw
            )
            if member_name in required and kind == "structure":
                member = {"target": member.pop("target"), "required": True, **member}
            if member_name == payload and self.rest:
                member["httpPayload"] = True
            out[member_name] = member
        return out

    def member(self, where: tuple[str, ...], owner: str, name: str, raw: Any) -> dict[str, Any]:
        if not isinstance(raw, Mapping) or not isinstance(raw.get("shape"), str):
            self.issues.add(where, "a member is a JSON object with a `shape`")
            return {"target": "String"}
        self.issues.unknown_keys(where, raw, _MEMBER_KEYS)
        target = raw["shape"]
        if target not in self.raw:
            self.issues.add((*where, "shape"), f"unknown shape {target!r}")
        if "enum" in raw:
            target = self.member_enum(owner, name, raw)
        out: dict[str, Any] = {"target": target}
        out.update(self.binding(where, name, raw))
        for flag, trait in (
            ("idempotencyToken", "idempotencyToken"),
            ("hostLabel", "hostLabel"),
            ("eventpayload", "eventPayload"),
            ("eventheader", "eventHeader"),
            ("xmlAttribute", "xmlAttribute"),
            ("flattened", "xmlFlattened"),
            ("streaming", "streaming"),
        ):
            if raw.get(flag):
                out[trait] = True
        if raw.get("jsonvalue"):
            out["mediaType"] = "application/json"
        if "queryName" in raw:
            out["ec2QueryName"] = str(raw["queryName"])
        if "xmlNamespace" in raw:
            out["xmlNamespace"] = xml_namespace(raw["xmlNamespace"])
        context = raw.get("contextParam")
        if isinstance(context, Mapping) and "name" in context:
            out["contextParam"] = str(context["name"])
        if "timestampFormat" in raw:
            out.update(self.timestamp_format((*where, "timestampFormat"), raw["timestampFormat"]))
        out.update(deprecation(raw))
        out.update(docs(raw))
        return out

    def binding(self, where: tuple[str, ...], name: str, raw: Mapping[str, Any]) -> dict[str, Any]:
        """HTTP binding traits (rest protocols) or the member's wire name."""
        location = raw.get("location")
        wire = raw.get("locationName")
        if location is None:
            if wire is None or wire == name:
                return {}
            part = where[2] in ("member", "key", "value")
            return {"xmlName": str(wire)} if self.xml or part else {"jsonName": str(wire)}
        if location not in _HTTP_LOCATIONS or not self.rest:
            self.issues.add((*where, "location"), f"location {location!r} in {self.protocol}")
            return {}
        if location == "uri":
            self.labels.setdefault(where[1], {})[str(wire or name)] = name
            return {"httpLabel": True}
        if location == "querystring":
            if self.kind(raw["shape"]) == "map":
                return {"httpQueryParams": True}
            return {"httpQuery": str(wire or name)}
        if location == "header":
            return {"httpHeader": str(wire or name)}
        if location == "headers":
            return {"httpPrefixHeaders": str(wire or "")}
        return {"httpResponseCode": True}

    def member_enum(self, owner: str, name: str, raw: Mapping[str, Any]) -> str:
        shape_name = f"{owner}{name[:1].upper()}{name[1:]}"
        if shape_name in self.raw:
            shape_name += "Enum"
        base = self.raw.get(raw["shape"]) or {}
        shape: dict[str, Any] = {"type": "enum", "values": [str(v) for v in raw["enum"]]}
        shape.update(self.constraints(base, "enum"))
        self.extra[shape_name] = shape
        return shape_name
