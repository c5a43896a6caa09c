"""Member records of the operations module: ``MemberSpec``, ``PartSpec``, ``EventSpec``.

Every member of an operation's input and output, of a response's headers and of an event,
as the constructor call the runtime reads: its Python and wire names for its location, its
kind (and item kind outside a JSON body), its timestamp format as the front end resolved it
for the protocol, OpenAPI's parameter style, the properties of an object parameter or a
form body one by one, multipart part encodings, and stream events.
"""

from __future__ import annotations

from dataclasses import replace

from apigen import ir, naming
from apigen.views.errors import error_code
from apigen.views.literals import literal
from apigen.views.types import timestamp_format

# Where an object parameter's properties travel one by one (``MemberSpec.fields``).
_PARAMETER_LOCATIONS = (
    ir.Location.LABEL,
    ir.Location.QUERY,
    ir.Location.HEADER,
    ir.Location.COOKIE,
)
# A payload in this media type travels as its properties, one by one, like a query.
_FORM = "application/x-www-form-urlencoded"
_FIELD_BODIES = (_FORM, "multipart/form-data")


def call(name: str, args: list[str]) -> str:
    """A constructor call, as printed: ``Name(a, b=c)``."""
    return f"{name}({', '.join(args)})"


def tuple_of(items: list[str]) -> str:
    """A tuple literal of printed items (``()``, ``(a,)``)."""
    if not items:
        return "()"
    return "(" + ", ".join(items) + ",)"


def member_named(shape: ir.Shape, name: str) -> ir.Member | None:
    """The member a path segment names: by its name, else its JSON key (a member renamed
    where Python names collide keeps its key as ``json_name``)."""
    return shape.get_member(name) or next((m for m in shape.members if m.wire_name == name), None)


class MemberSpecs:
    """Prints member records; notes which schema classes and ``Empty`` the module uses."""

    def __init__(self, service: ir.Service) -> None:
        self.service = service
        self.schema_names: set[str] = {"ServiceSpec"}
        self.uses_empty = False
        self.uses_shapes = False

    def shape(self, shape_id: str) -> ir.Shape:
        return self.service.shapes[shape_id]

    def wire_name(self, member: ir.Member, location: ir.Location) -> str:
        http = member.http
        if location is ir.Location.BODY:
            return member.wire_name
        if location is ir.Location.LABEL:
            return (http.name if http else None) or member.name
        if location in (
            ir.Location.QUERY,
            ir.Location.HEADER,
            ir.Location.PREFIX_HEADERS,
            ir.Location.COOKIE,
        ):
            return (http.name if http else None) or ""
        if location is ir.Location.PAYLOAD:
            return member.name
        return ""

    def item_format(self, outer: ir.Member, element: ir.Member, location: ir.Location) -> str:
        fmt = (
            element.timestamp_format
            or self.shape(element.target).timestamp_format
            or outer.timestamp_format
        )
        assert fmt is not None, f"{outer.id}: unresolved timestamp format"
        return fmt.value

    def member_spec(self, member: ir.Member, *, as_field: bool = False) -> str:
        """``as_field``: a form field, which travels as text (its item kind is needed)."""
        self.schema_names.add("MemberSpec")
        target = self.shape(member.target)
        http = member.http
        location = http.location if http else ir.Location.BODY
        args = [literal(naming.snake(member.name)), literal(self.wire_name(member, location))]
        if location is not ir.Location.BODY:
            args.append(f"location={literal(location.value)}")
        kind = target.type
        if kind is not ir.ShapeType.STRING:
            args.append(f"kind={literal(kind.value)}")
        element: ir.Member | None = None
        if kind is ir.ShapeType.LIST:
            element = target.member
        elif kind is ir.ShapeType.MAP:
            element = target.value
        if element is not None and (location is not ir.Location.BODY or as_field):
            args.append(f"item_kind={literal(self.shape(element.target).type.value)}")
        if kind is ir.ShapeType.TIMESTAMP:
            args.append(f"timestamp_format={literal(timestamp_format(self.service, member).value)}")
        elif element is not None and self.shape(element.target).type is ir.ShapeType.TIMESTAMP:
            args.append(f"timestamp_format={literal(self.item_format(member, element, location))}")
        if http is not None and http.greedy:
            args.append("greedy=True")
        if member.required:
            args.append("required=True")
        if member.idempotency_token:
            args.append("idempotency_token=True")
        if member.read_only:
            args.append("read_only=True")
        if member.write_only:
            args.append("write_only=True")
        if http is not None and http.style is not None:
            args.append(f"style={literal(http.style)}")
        if http is not None and http.explode is not None:
            args.append(f"explode={literal(http.explode)}")
        form = http is not None and http.media_type in _FIELD_BODIES
        if kind is ir.ShapeType.STRUCTURE and (
            location in _PARAMETER_LOCATIONS or form or as_field
        ):
            fields = [self.member_spec(m, as_field=form) for m in target.members]
            args.append(f"fields={tuple_of(fields)}")
        if http is not None and http.media_type is not None:
            args.append(f"media_type={literal(http.media_type)}")
        if http is not None and http.allow_reserved:
            args.append("allow_reserved=True")
        if http is not None and http.parts:
            self.schema_names.add("PartSpec")
            parts = [self.part_spec(p) for p in http.parts]
            args.append(f"parts={tuple_of(parts)}")
        if target.streaming:
            args.append("streaming=True")
            if target.requires_length:
                args.append("requires_length=True")
            if kind is ir.ShapeType.UNION:
                events = [self.event_spec(m) for m in target.members]
                args.append(f"events={tuple_of(events)}")
                args.append(f"event_union={self.model(target.id)}")
        return call("MemberSpec", args)

    def part_spec(self, part: ir.PartEncoding) -> str:
        args = [literal(part.name)]
        for field, value in (
            ("content_type", part.content_type),
            ("style", part.style),
            ("explode", part.explode),
        ):
            if value is not None:
                args.append(f"{field}={literal(value)}")
        if part.headers:
            args.append(f"headers={literal(part.headers)}")
        if part.allow_reserved:
            args.append("allow_reserved=True")
        return call("PartSpec", args)

    def event_spec(self, member: ir.Member) -> str:
        """One event of a stream: its structure's members bound to headers or the payload."""
        self.schema_names.add("EventSpec")
        shape = self.shape(member.target)
        members = []
        for m in shape.members:
            if m.event_header:
                m = replace(m, http=ir.HttpBinding(location=ir.Location.HEADER, name=m.name))
            elif m.event_payload:
                m = replace(m, http=ir.HttpBinding(location=ir.Location.PAYLOAD))
            members.append(self.member_spec(m))
        args = [
            literal(member.name),
            literal(naming.snake(member.name)),
            self.model(shape.id),
            f"members={tuple_of(members)}",
        ]
        if shape.error:
            args.append(f"error={literal(error_code(shape))}")
        return call("EventSpec", args)

    def members(self, shape_id: str | None) -> str:
        if shape_id is None:
            return "()"
        return tuple_of([self.member_spec(m) for m in self.shape(shape_id).members])

    def model(self, shape_id: str | None) -> str:
        if shape_id is None:
            self.uses_empty = True
            return "Empty"
        self.uses_shapes = True
        return f"shapes.{naming.pascal(self.shape(shape_id).name)}"
