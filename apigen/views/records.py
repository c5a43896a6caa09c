"""A keyed constructor call in a generated table, ``key: Call(arg, ...)``, laid out as black
does at the depth its template prints it (``operations.py.jinja``)."""

from __future__ import annotations

from dataclasses import dataclass

from apigen.views.layout import layout, parse


@dataclass(frozen=True, kw_only=True, slots=True)
class RecordView:
    """One keyed constructor call with one argument per line."""

    key: str
    call: str
    args: tuple[str, ...]
    depth: int = 3  # levels the arguments sit in: a module-level table's entry

    @property
    def lines(self) -> tuple[str, ...]:
        """The arguments laid out as black does, ``depth`` levels in."""
        return tuple(layout(parse(arg), self.depth, 1) for arg in self.args)
