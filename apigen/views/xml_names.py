"""View of a service's XML and query names: the ``ServiceSpec.xml`` table (``xml_names.py``
in the runtime), one ``XmlStructure`` per structure or union, keyed by class name.

Printed only where the front end resolved ``Service.xml_names`` (XML bodies, query-string
inputs). A member's node carries the names the spec gives and leaves defaults to the codec
(they differ by protocol: a list element is ``member`` in XML, unwrapped in EC2 queries);
a member's own namespace and flattening win over its target's. Members bound to HTTP
(labels, query, headers, status) are left out: only the body reads names. The payload
member stays, as the codec serialises it as the document root.
"""

from __future__ import annotations

from apigen import ir, naming
from apigen.views.literals import literal
from apigen.views.records import RecordView

_MODEL_TYPES = (ir.ShapeType.STRUCTURE, ir.ShapeType.UNION)
_BODY = (None, ir.Location.PAYLOAD)


def call(name: str, args: list[str]) -> str:
    return f"{name}({', '.join(args)})"


def _namespace_args(namespace: ir.XmlNamespace | None) -> list[str]:
    if namespace is None:
        return []
    args = [f"namespace={literal(namespace.uri)}"]
    if namespace.prefix:
        args.append(f"prefix={literal(namespace.prefix)}")
    return args


class _Nodes:
    def __init__(self, service: ir.Service) -> None:
        self.service = service

    def node(self, member: ir.Member) -> str:
        target = self.service.shapes[member.target]
        args: list[str] = []
        if target.type is not ir.ShapeType.STRING:
            args.append(f"kind={literal(target.type.value)}")
        if member.xml_name:
            args.append(f"xml_name={literal(member.xml_name)}")
        if member.query_name:
            args.append(f"query_name={literal(member.query_name)}")
        if member.xml_flattened or target.xml_flattened:
            args.append("flattened=True")
        if member.xml_attribute:
            args.append("attribute=True")
        args += _namespace_args(member.xml_namespace or target.xml_namespace)
        if target.type is ir.ShapeType.LIST:
            args.append(f"item={self.node(target.member)}")
        elif target.type is ir.ShapeType.MAP:
            args.append(f"key={self.node(target.key)}")
            args.append(f"item={self.node(target.value)}")
        elif target.type in _MODEL_TYPES:
            args.append(f"shape={literal(naming.pascal(target.name))}")
        return call("XmlNode", args)

    def structure(self, shape: ir.Shape) -> RecordView:
        members = [
            f"({literal(m.wire_name)}, {self.node(m)})"
            for m in shape.members
            if (m.http.location if m.http else None) in _BODY
        ]
        args = [literal(shape.xml_name or shape.name)]
        if members:
            args.append("members=(" + ", ".join(members) + ",)")
        args += _namespace_args(shape.xml_namespace)
        return RecordView(
            key=literal(naming.pascal(shape.name)), call="XmlStructure", args=tuple(args)
        )


def xml_records(service: ir.Service) -> dict[str, RecordView]:
    """The ``xml`` table's records by class name, sorted; none unless ``xml_names``."""
    if not service.xml_names:
        return {}
    nodes = _Nodes(service)
    shapes = sorted(
        (s for s in service.shapes.values() if s.type in _MODEL_TYPES),
        key=lambda s: naming.pascal(s.name),
    )
    return {naming.pascal(s.name): nodes.structure(s) for s in shapes}
