"""What a write's input structures lack of the record's (``FakeOperation.fill``).

A write's input member (a structure, or a list of them) the record holds by the same name
as structures of another shape: the record's shape may require members the input's does
not have (MediaPackage's ``HlsManifests``: each ``CreateHlsManifestConfiguration`` in, a
``GetHlsManifestConfiguration`` requiring ``Url`` out; Q Apps' ``categories``: identifiers
in, each wrapped (``fake_records.wrapped``) in a ``Category`` requiring ``title``). Without
them the answer's pydantic refuses the item and the fake leaves it out; ``filled`` gives
each of those members a skeleton value (``fake_skeleton``) for the record to hold.
"""

from __future__ import annotations

from apigen import ir, naming
from apigen.views.fake_skeleton import Skeleton


def filled(
    service: ir.Service,
    given: ir.Shape | None,
    record: ir.Shape,
    wrap: tuple[tuple[str, str], ...] = (),
    structures: bool = True,
) -> list[tuple[str, dict[str, object]]]:
    """(attribute path, values) for each structure the input holds (a list: each item; a
    path goes through a list's items) whose record counterpart, by the same names, is of
    another shape requiring members the input's lacks, at any depth (Q Apps' ``cards``'
    ``textInput`` its ``dependencies``); ``wrap``: the input list's values go into that
    member of the item. Only paths through a list without ``structures`` (an update's: a
    structure merges into the record's, whose values a fill would replace)."""
    if given is None:
        return []
    out: list[tuple[str, dict[str, object]]] = []
    _Walk(service, out, structures).members(given, record, "", dict(wrap), False, 0)
    return out


_DEPTH = 6
_HOLDERS = (ir.ShapeType.STRUCTURE, ir.ShapeType.UNION)


class _Walk:
    def __init__(
        self, service: ir.Service, out: list[tuple[str, dict[str, object]]], structures: bool
    ) -> None:
        self.service, self.out, self.structures = service, out, structures

    def members(
        self,
        sent: ir.Shape,
        kept: ir.Shape,
        path: str,
        into: dict[str, str],
        listed: bool,
        depth: int,
    ) -> None:
        held = {naming.snake(m.name): self.service.shape(m.target) for m in kept.members}
        for member in sent.members:
            name, outer = naming.snake(member.name), self.service.shape(member.target)
            if name not in held or held[name].type is not outer.type:  # a list for a list
                continue
            is_list = outer.type is ir.ShapeType.LIST
            self.item(
                _item(self.service, outer),
                _item(self.service, held[name]),
                f"{path}.{name}" if path else name,
                into.get(name) if is_list else None,
                listed or is_list,
                depth,
            )

    def item(
        self,
        sent: ir.Shape,
        kept: ir.Shape,
        path: str,
        wrapped_into: str | None,
        listed: bool,
        depth: int,
    ) -> None:
        if kept.type not in _HOLDERS or kept.id == sent.id or depth > _DEPTH:
            return
        if wrapped_into is not None:
            has = {wrapped_into}
        elif sent.type in _HOLDERS:
            has = {naming.snake(m.name) for m in sent.members}
        else:
            return
        lacking = {m.name for m in kept.members if m.required and naming.snake(m.name) not in has}
        values = Skeleton(self.service).values(kept, lacking) if lacking else {}
        if values and (listed or self.structures):
            self.out.append((path, values))
        if sent.type in _HOLDERS:  # a union's variants, each as a member
            self.members(sent, kept, path, {}, listed, depth + 1)


def _item(service: ir.Service, shape: ir.Shape) -> ir.Shape:
    """A list's item shape; any other shape itself."""
    return service.shape(shape.member.target) if shape.type is ir.ShapeType.LIST else shape
