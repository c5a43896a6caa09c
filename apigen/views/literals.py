"""Python literals and line layouts as black writes them, so black's one pass leaves them be.

black formats every generated module (``output.formatting``) and is the judge of the bytes
written; when its first pass changes anything it runs a second pass, so text that is
already black's own costs it half. ``literal`` is ``repr`` with black's string quotes
(double unless that needs more escapes); ``bracketed`` lays out ``head(items)tail`` the way
black's right-hand split does: on one line when it fits, else the items on one line of
their own, else one item a line with a trailing comma. Anything these do not match exactly
(a head too long to split after, an item too long for its line) is left for black to lay
out, as before: it only costs the second pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

LINE_LENGTH = 100  # output.formatting.LINE_LENGTH: black's line length for generated code
_INDENT = "    "


def string(text: str) -> str:
    """A ``str`` literal with black's quotes: ``repr``'s escapes, double quotes unless the
    text holds more double than single quotes (black keeps the fewer escapes)."""
    quoted = repr(text)
    if quoted.startswith('"') or ('"' in text and text.count('"') > text.count("'")):
        return quoted  # repr chose double quotes, or single quotes need fewer escapes
    if '"' not in text:
        return f'"{quoted[1:-1]}"'
    body = quoted[1:-1].replace("\\'", "'").replace('"', '\\"')
    return f'"{body}"'


def raw_string(text: str) -> str:
    """A raw ``str`` literal of ``text`` (the caller knows it is exact raw) in black's quotes."""
    return f'r"{text}"' if '"' not in text else f"r'{text}'"


def literal(value: object) -> str:
    """``repr(value)`` for literals (str, numbers, None, bools, tuples, lists, dicts,
    frozensets of those) with every string in black's quotes."""
    if isinstance(value, str):
        return string(value)
    if isinstance(value, tuple):
        inner = ", ".join(literal(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(k)}: {literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, frozenset) and value:
        return "frozenset({" + ", ".join(literal(v) for v in value) + "})"
    return repr(value)


@dataclass(frozen=True, slots=True)
class Bracket:
    """``head`` + the comma-separated ``items`` + ``tail``: ``head`` ends with the opening
    bracket, ``tail`` starts with the closing one; an item is a single-line text or a
    ``Bracket`` of its own."""

    head: str
    items: Sequence[str | Bracket]
    tail: str

    def flat(self) -> str:
        return f"{self.head}{', '.join(_flat(i) for i in self.items)}{self.tail}"


def _flat(item: str | Bracket) -> str:
    return item if isinstance(item, str) else item.flat()


def bracketed(head: str, items: Sequence[str | Bracket], tail: str, indent: int) -> str:
    """``Bracket(head, items, tail)`` at ``indent`` levels as black's right-hand split lays
    it out; the first line carries no indentation (the template's), later ones do."""
    return layout(Bracket(head, items, tail), indent)


def layout(item: str | Bracket, indent: int) -> str:
    """``item`` on one line when it fits; else split after its opening bracket: a single
    bracketed item goes on into its own split, the items on one line of their own when
    they fit there, else one a line with a trailing comma."""
    pad = _INDENT * indent
    line = _flat(item)
    if isinstance(item, str) or len(pad) + len(line) <= LINE_LENGTH or not item.items:
        return line
    inner = pad + _INDENT
    body = ", ".join(_flat(i) for i in item.items)
    if len(inner) + len(body) <= LINE_LENGTH:
        return f"{item.head}\n{inner}{body}\n{pad}{item.tail}"
    if len(item.items) == 1 and isinstance(item.items[0], Bracket):
        return f"{item.head}\n{inner}{layout(item.items[0], indent + 1)}\n{pad}{item.tail}"
    lines = "".join(f"{inner}{layout(i, indent + 1)},\n" for i in item.items)
    return f"{item.head}\n{lines}{pad}{item.tail}"


def from_import(module: str, names: Sequence[str], indent: int = 0) -> str:
    """``from module import names`` as black writes it: one line when it fits, else one
    name a line in brackets with a trailing comma."""
    pad = _INDENT * indent
    line = f"from {module} import {', '.join(names)}"
    if len(pad) + len(line) <= LINE_LENGTH:
        return line
    lines = "".join(f"{pad}{_INDENT}{name},\n" for name in names)
    return f"from {module} import (\n{lines}{pad})"


def parameter(name: str, annotation: str, default: str | None, indent: int) -> str:
    """``name: annotation = default`` as a line of an exploded signature (black adds the
    comma after it, counted in the line's length) at ``indent`` levels: an annotation too
    long for the line goes in brackets, on a line of its own or one ``|`` operand a line.
    An annotation with brackets of its own that does not fit is left on one line (for
    black to lay out)."""
    pad = _INDENT * indent
    tail = f" = {default}" if default is not None else ""
    line = f"{name}: {annotation}{tail}"
    if len(pad) + len(line) + 1 <= LINE_LENGTH or any(c in annotation for c in "([{'\""):
        return line
    inner = pad + _INDENT
    if len(inner) + len(annotation) <= LINE_LENGTH:
        return f"{name}: (\n{inner}{annotation}\n{pad}){tail}"
    first, *rest = annotation.split(" | ")
    lines = "".join(f"{inner}| {operand}\n" for operand in rest)
    return f"{name}: (\n{inner}{first}\n{lines}{pad}){tail}"
