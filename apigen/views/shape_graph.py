"""The graph of a service's model classes: what each names, their order, their directions.

- ``model_order``: structures and unions, dependencies first (depth-first, ties broken by
  class name), a narrowing structure right after its base: the order the shapes modules
  define them in, stable whatever order the spec lists shapes in.
- ``needs_postponed_annotations``: whether any class names one defined after it (a cycle).
- ``directions``: whether a shape may travel in a request, a response, or both (OpenAPI's
  readOnly and writeOnly make a required member optional in one direction).
"""

from __future__ import annotations

from apigen import ir, naming
from apigen.views.types import is_inline_union

_MODEL_TYPES = (ir.ShapeType.STRUCTURE, ir.ShapeType.UNION)
REQUEST, RESPONSE = "request", "response"


def members_of(shape: ir.Shape) -> tuple[ir.Member, ...]:
    """A shape's members and, for a structure with other keys, its ``additional`` one and
    those of its ``patterns``."""
    extra = (shape.additional,) if shape.additional else ()
    return (*shape.members, *extra, *(member for _, member in shape.patterns))


def model_references(service: ir.Service, shape: ir.Shape) -> list[str]:
    """The model classes ``shape``'s members name, through lists, maps and inline unions."""
    found: list[str] = []
    stack = [m.target for m in members_of(shape)]
    visited: set[str] = set()
    while stack:
        target = stack.pop()
        if target in visited:
            continue
        visited.add(target)
        t = service.shapes[target]
        if t.type in _MODEL_TYPES and not is_inline_union(t):
            found.append(target)
        elif t.type in (ir.ShapeType.LIST, ir.ShapeType.MAP) or is_inline_union(t):
            stack.extend(m.target for m in t.members)
    return sorted(found, key=lambda sid: naming.pascal(service.shapes[sid].name))


def needs_postponed_annotations(service: ir.Service, ordered: list[ir.Shape]) -> bool:
    """Whether a model names a class defined after it (a cycle): only then are annotations
    postponed (``from __future__ import annotations``). Otherwise every annotation is a real
    object when its class is created, so pydantic has no string to compile and evaluate
    (~0.3 s of importing ec2's 3,116 shapes).
    """
    defined: set[str] = set()
    for shape in ordered:
        if any(sid not in defined for sid in model_references(service, shape)):
            return True
        defined.add(shape.id)
    return False


def model_order(service: ir.Service) -> list[ir.Shape]:
    """Structures and unions, dependencies first (depth-first, sorted by class name).

    Discriminated (OpenAPI) unions are left out: they are inline type expressions.
    """
    models = {
        s.id: s
        for s in service.shapes.values()
        if s.type in _MODEL_TYPES and not is_inline_union(s)
    }
    ordered: list[ir.Shape] = []
    seen: set[str] = set()

    done: set[str] = set()
    waiting: dict[str, list[str]] = {}  # base being visited → structures narrowing it

    def visit(sid: str) -> None:
        if sid in seen:
            return
        base = models[sid].narrows
        if base is not None and base not in done:
            if base in seen:  # reached from its own base: a subclass comes right after it
                waiting.setdefault(base, []).append(sid)
                return
            visit(base)
            if sid in seen:
                return
        seen.add(sid)
        for dep in model_references(service, models[sid]):
            visit(dep)
        ordered.append(models[sid])
        done.add(sid)
        for narrowing in waiting.pop(sid, ()):
            visit(narrowing)

    for sid in sorted(models, key=lambda s: naming.pascal(models[s].name)):
        visit(sid)
    return ordered


def directions(service: ir.Service) -> dict[str, frozenset[str]]:
    """Where each shape may travel: in a request (an input), a response (an output, an error).

    Every member is followed, a request's readOnly ones too: our client leaves them out, but
    a server validates whatever another client sends. A narrowing structure's directions
    are its base's too. A shape no operation reaches travels both ways.
    """
    found: dict[str, set[str]] = {}
    roots: list[tuple[str, str]] = [(sid, RESPONSE) for sid in service.errors]
    for op in service.operations:
        if op.input:
            roots.append((op.input, REQUEST))
        outputs = (op.output, *op.errors, *(r.shape for r in op.responses))
        roots.extend((sid, RESPONSE) for sid in outputs if sid)
    for root, way in roots:
        stack = [root]
        while stack:
            sid = stack.pop()
            ways = found.setdefault(sid, set())
            if way in ways:
                continue
            ways.add(way)
            shape = service.shapes[sid]
            if shape.narrows:
                stack.append(shape.narrows)
            stack.extend(m.target for m in members_of(shape))
    return {sid: frozenset(ways) for sid, ways in found.items()}
