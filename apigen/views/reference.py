"""Views of a service's reference docs: Markdown pages under ``docs/<package>/``.

Pages: ``index.md`` (the service, its operations and classes), ``operations/<Name>.md`` per
operation (the call, input and output tables, errors, an example, paginator and waiters) and
``shapes/<Class>.md`` per generated class (enums, structures, unions: members or values,
error traits, the operations using it). Every type that is a class links to its page; every
page links back to the index. Links are relative, so the pages read the same on disk, in a
repository browser or on a static site.

Tables show each member's Python name (and wire name when it differs), its type as the
generated Python sees it (lists and maps inlined, classes linked), whether it is required,
its constraints and its documentation as one line of plain text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from apigen import ir, naming
from apigen.views.client import client_class_name
from apigen.views.client_methods import operation_method_name
from apigen.views.docs import plain
from apigen.views.example_scalars import example_number, example_text
from apigen.views.package import PACKAGE, package_name

_CLASSES = (ir.ShapeType.STRUCTURE, ir.ShapeType.UNION, ir.ShapeType.ENUM, ir.ShapeType.INT_ENUM)
_PYTHON = {
    ir.ShapeType.STRING: "str",
    ir.ShapeType.INTEGER: "int",
    ir.ShapeType.LONG: "int",
    ir.ShapeType.SHORT: "int",
    ir.ShapeType.BYTE: "int",
    ir.ShapeType.BIG_INTEGER: "int",
    ir.ShapeType.FLOAT: "float",
    ir.ShapeType.DOUBLE: "float",
    ir.ShapeType.BIG_DECIMAL: "Decimal",
    ir.ShapeType.BOOLEAN: "bool",
    ir.ShapeType.TIMESTAMP: "datetime",
    ir.ShapeType.BLOB: "bytes",
    ir.ShapeType.DOCUMENT: "Any",
}
_EXAMPLES = {"bool": "True", "bytes": 'b"..."'}


@dataclass(frozen=True, kw_only=True, slots=True)
class Row:
    member: str
    type: str
    required: str
    constraints: str
    doc: str


@dataclass(frozen=True, kw_only=True, slots=True)
class Link:
    name: str
    href: str
    note: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class OperationPage:
    title: str
    index: str
    doc: str
    http: str
    input: Link | None
    input_rows: tuple[Row, ...]
    output: Link | None
    output_rows: tuple[Row, ...]
    errors: tuple[Link, ...]
    example: str
    paginator: str
    waiters: tuple[Link, ...]


@dataclass(frozen=True, kw_only=True, slots=True)
class ShapePage:
    title: str
    index: str
    kind: str
    doc: str
    rows: tuple[Row, ...]
    values: tuple[Row, ...]
    error: str
    used_by: tuple[Link, ...]


@dataclass(frozen=True, kw_only=True, slots=True)
class IndexPage:
    title: str
    doc: str
    package: str
    client: str
    operations: tuple[Link, ...]
    shapes: tuple[Link, ...]


def cell(text: str) -> str:
    """Text as one Markdown table cell: one line, pipes escaped."""
    return " ".join(plain(text).split()).replace("|", "\\|")


def _shape(service: ir.Service, shape_id: str) -> ir.Shape | None:
    shape = service.shapes.get(shape_id)
    name = shape_id.rpartition("#")[2]
    if shape is None and name in ir.PRELUDE:
        shape = ir.Shape(id=shape_id, name=name, type=ir.PRELUDE[name])
    return shape


def class_shapes(service: ir.Service) -> list[ir.Shape]:
    """The shapes that are generated classes, by class name."""
    return sorted(
        (s for s in service.shapes.values() if s.type in _CLASSES),
        key=lambda s: naming.pascal(s.name),
    )


def shape_page_name(shape: ir.Shape) -> str:
    return f"shapes/{naming.pascal(shape.name)}.md"


def operation_page_name(op: ir.Operation) -> str:
    return f"operations/{op.name}.md"


def type_text(service: ir.Service, shape_id: str, up: str) -> str:
    """A member type as Markdown; classes link to their page (``up``: the path to the index)."""
    shape = _shape(service, shape_id)
    if shape is None:
        return shape_id.rpartition("#")[2]
    if shape.type is ir.ShapeType.LIST and shape.prefix:  # prefixItems: a tuple
        parts = [type_text(service, m.target, up) for m in shape.prefix]
        if not shape.closed:
            parts.append(f"Unpack[tuple[{type_text(service, shape.member.target, up)}, ...]]")
        return f"tuple[{', '.join(parts)}]"
    if shape.type is ir.ShapeType.LIST:
        return f"list[{type_text(service, shape.member.target, up)}]"
    if shape.type is ir.ShapeType.MAP:
        key, value = (type_text(service, m.target, up) for m in (shape.key, shape.value))
        return f"dict[{key}, {value}]"
    if shape.type in _CLASSES:
        return f"[{naming.pascal(shape.name)}]({up}{shape_page_name(shape)})"
    return _PYTHON.get(shape.type, shape.type.value)


def _bounds(low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return f"{low}..{high}"
    return f"≥ {low}" if low is not None else f"≤ {high}"


def constraints_text(member: ir.Member) -> str:
    parts = []
    found = member.constraints
    if found.length is not None:
        parts.append(f"length {_bounds(found.length.min, found.length.max)}")
    if found.range is not None:
        parts.append(f"range {_bounds(found.range.min, found.range.max)}")
    if found.pattern is not None:
        parts.append(f"pattern `{found.pattern}`".replace("|", "\\|"))
    if found.unique_items:
        parts.append("unique items")
    if found.excluded is not None:
        parts.append(f"not {_excluded_text(found.excluded)}".replace("|", "\\|"))
    if member.has_default:
        parts.append(f"default `{member.default!r}`")
    if member.idempotency_token:
        parts.append("idempotency token (filled in when omitted)")
    if member.sensitive:
        parts.append("sensitive")
    return ", ".join(parts)


def _excluded_text(excluded: ir.Excluded) -> str:
    """What an OpenAPI ``not`` refuses, as the conditions it holds together."""
    parts = []
    if excluded.types:
        parts.append("of type " + " or ".join(excluded.types))
    if excluded.values:
        parts.append("one of " + ", ".join(f"`{v!r}`" for v in excluded.values))
    if excluded.required:
        parts.append("with keys " + ", ".join(f"`{k}`" for k in excluded.required))
    if excluded.shape is not None:
        parts.append(f"valid as `{excluded.shape.rsplit('#', 1)[-1]}`")
    for key, inner in excluded.properties:
        parts.append(f"whose `{key}` is {_excluded_text(inner)}")
    return "(" + " and ".join(parts) + ")"


def rows(service: ir.Service, shape: ir.Shape | None, up: str) -> tuple[Row, ...]:
    if shape is None:
        return ()
    out = []
    for member in shape.members:
        python = naming.snake(member.name)
        wire = member.http.name if member.http and member.http.name else member.wire_name
        name = f"`{python}`" + (f" (`{wire}`)" if wire != python else "")
        out.append(
            Row(
                member=name,
                type=type_text(service, member.target, up),
                required="yes" if member.required else "",
                constraints=constraints_text(member),
                doc=cell(member.documentation) + (" Deprecated." if member.deprecated else ""),
            )
        )
    return tuple(out)


def example_value(service: ir.Service, member: ir.Member) -> str:
    """A member's value in an example call, as Python: an enum's first value, a tuple
    (``prefixItems``) with a value at each position (its prefix only), a placeholder of the
    member's type otherwise (``[...]`` for a list, ``...`` for a class), for strings and
    numbers one their constraints allow (``example_scalars``)."""
    shape = _shape(service, member.target)
    enums = (ir.ShapeType.ENUM, ir.ShapeType.INT_ENUM)
    if shape is not None and shape.type in enums and shape.enum_values:
        return repr(shape.enum_values[0].value)
    if shape is not None and shape.type is ir.ShapeType.LIST and shape.prefix:
        items = [example_value(service, item) for item in shape.prefix]
        return f"({', '.join(items)}{',' if len(items) == 1 else ''})"
    if shape is not None and shape.type is ir.ShapeType.LIST:
        return "[...]"
    text = _PYTHON.get(shape.type, "") if shape is not None else ""
    if text == "str":
        return example_text(service, member)
    if text in ("int", "float"):
        return example_number(service, member, integer=text == "int")
    return _EXAMPLES.get(text, "...")


def example(service: ir.Service, op: ir.Operation) -> str:
    """A call with every required argument (placeholders by type)."""
    client = client_class_name(service)
    shape = service.shapes.get(op.input) if op.input else None
    args = [
        f"        {naming.snake(m.name)}={example_value(service, m)},"
        for m in (shape.members if shape else ())
        if m.required and not m.idempotency_token and not m.read_only
    ]
    call = f"client.{operation_method_name(op)}("
    region = 'region="us-east-1"' if service.sigv4_name else ""
    lines = [
        f"from {PACKAGE}.{package_name(service)} import {client}",
        "",
        f"with {client}({region}) as client:",
        f"    response = {call}" + ("" if args else ")"),
        *args,
        *(["    )"] if args else []),
    ]
    return "\n".join(lines)


def _link(shape_id: str | None, service: ir.Service, up: str) -> Link | None:
    shape = service.shapes.get(shape_id) if shape_id else None
    if shape is None:
        return None
    return Link(name=naming.pascal(shape.name), href=f"{up}{shape_page_name(shape)}")


def operation_page(service: ir.Service, op: ir.Operation) -> OperationPage:
    up = "../"
    method = operation_method_name(op)
    http = f"`{op.http.method} {op.http.uri}` (HTTP {op.http.code})" if op.http else ""
    if op.http is None and service.rpc_call:  # an RPC protocol
        http = service.rpc_call.replace("{operation}", op.name)
    errors = []
    for error_id in (*op.errors, *(e for e in service.errors if e not in op.errors)):
        error = service.shapes.get(error_id)
        if error is not None:
            status = f"HTTP {error.http_error}" if error.http_error else error.error or ""
            errors.append(
                Link(
                    name=naming.pascal(error.name),
                    href=f"{up}{shape_page_name(error)}",
                    note=status + ("" if error_id in op.errors else " (any operation)"),
                )
            )
    paginator = ""
    if op.paginated is not None:
        paginator = (
            f"`client.paginate_{method}(...)` pages through every result "
            f"(`{op.paginated.input_token}` → `{op.paginated.output_token}`)"
            + (f"; `.items()` yields each of `{op.paginated.items}`" if op.paginated.items else "")
        )
    waiters = tuple(
        Link(
            name=f"client.wait_until_{naming.function_name(w.name)}(...)",
            href="",
            note=cell(w.documentation) or f"polls {op.name} until it succeeds",
        )
        for w in op.waiters
    )
    return OperationPage(
        title=f"{op.name}: `{method}`",
        index=f"{up}index.md",
        doc=plain(op.documentation) + ("\n\nDeprecated." if op.deprecated else ""),
        http=http,
        input=_link(op.input, service, up),
        input_rows=rows(service, service.shapes.get(op.input) if op.input else None, up),
        output=_link(op.output, service, up),
        output_rows=rows(service, service.shapes.get(op.output) if op.output else None, up),
        errors=tuple(errors),
        example=example(service, op),
        paginator=paginator,
        waiters=waiters,
    )


def used_by_index(service: ir.Service) -> dict[str, list[Link]]:
    """Shape id -> what uses it: operations (input, output, error, in spec order), then the
    classes holding a member of it (by class name). Built once per service: a page per
    shape scanning every operation and class is quadratic (minutes for ec2's 3,000 shapes).
    """
    up = "../"
    index: dict[str, list[Link]] = {}
    for op in service.operations:
        for role, ids in (("input", (op.input,)), ("output", (op.output,)), ("error", op.errors)):
            href = f"{up}{operation_page_name(op)}"
            for shape_id in dict.fromkeys(i for i in ids if i is not None):
                index.setdefault(shape_id, []).append(Link(name=op.name, href=href, note=role))
    for owner in class_shapes(service):
        link = Link(name=naming.pascal(owner.name), href=f"{up}{shape_page_name(owner)}")
        for target in dict.fromkeys(m.target for m in owner.members):
            index.setdefault(target, []).append(link)
    return index


def shape_page(
    service: ir.Service, shape: ir.Shape, used_by: Mapping[str, list[Link]] | None = None
) -> ShapePage:
    up = "../"
    uses = (used_by if used_by is not None else used_by_index(service)).get(shape.id, [])
    error = ""
    if shape.error:
        code = shape.error_code or shape.name
        status = f", HTTP {shape.http_error}" if shape.http_error else ""
        error = f"An error ({shape.error} fault{status}), code `{code}`."
    values = tuple(
        Row(
            member=f"`{naming.constant(v.name)}`",
            type=f"`{v.value!r}`",
            required="",
            constraints="",
            doc=cell(v.documentation),
        )
        for v in shape.enum_values
    )
    return ShapePage(
        title=naming.pascal(shape.name),
        index=f"{up}index.md",
        kind=shape.type.value,
        doc=plain(shape.documentation),
        rows=rows(service, shape, up) if shape.type not in (ir.ShapeType.ENUM,) else (),
        values=values,
        error=error,
        used_by=tuple(uses),
    )


def index_page(service: ir.Service) -> IndexPage:
    return IndexPage(
        title=service.title,
        doc=plain(service.documentation),
        package=f"{PACKAGE}.{package_name(service)}",
        client=client_class_name(service),
        operations=tuple(
            Link(
                name=op.name,
                href=operation_page_name(op),
                note=f"`{operation_method_name(op)}`",
            )
            for op in sorted(service.operations, key=lambda o: o.name)
        ),
        shapes=tuple(
            Link(name=naming.pascal(s.name), href=shape_page_name(s), note=s.type.value)
            for s in class_shapes(service)
        ),
    )


def reference_pages(service: ir.Service) -> list[tuple[str, str, object]]:
    """Every page of a service as (path under ``docs/<package>/``, template, view)."""
    folder = "docs/{service}"
    pages: list[tuple[str, str, object]] = [
        ("index.md", f"{folder}/index.md.jinja", index_page(service))
    ]
    for op in service.operations:
        template = f"{folder}/operations/{{operation}}.md.jinja"
        pages.append((operation_page_name(op), template, operation_page(service, op)))
    used_by = used_by_index(service)
    for shape in class_shapes(service):
        template = f"{folder}/shapes/{{shape}}.md.jinja"
        pages.append((shape_page_name(shape), template, shape_page(service, shape, used_by)))
    return pages


@dataclass(frozen=True, kw_only=True, slots=True)
class ReadmeView:
    distribution: str
    package: str
    services: tuple[Link, ...]


def readme_view(distribution: str, packages: list[str]) -> ReadmeView:
    """The distribution's README: what it is and a link to each service's reference docs."""
    return ReadmeView(
        distribution=distribution,
        package=PACKAGE,
        services=tuple(
            Link(name=p, href=f"docs/{p}/index.md", note=f"`{PACKAGE}.{p}`")
            for p in sorted(packages)
        ),
    )
