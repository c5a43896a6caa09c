"""Statements laid out as black lays them out, so black's first pass leaves them be.

black formats every generated module (``output.formatting``) and is the judge of the bytes
written; when its first pass changes anything it runs a second, so text that is already
black's own costs half. A line that fits in ``LINE_LENGTH`` stays whole; a longer one is
split the way black's right-hand split does: after the opening bracket of the last
bracketed part, the contents on one line of their own when they fit there, else one item a
line with a trailing comma (a single bracketed item goes on into its own split; a union one
``|`` operand a line). Expressions are parsed from their text (``parse``: brackets, string
literals, top-level ``, `` and `` | ``). What these rules do not cover (an expression they do
not parse, a layout black chooses otherwise) is left for black: it only costs the second
pass, and a test checks the seed specs' modules come out black-stable.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

LINE_LENGTH = 100  # output.formatting.LINE_LENGTH: black's line length for generated code
_INDENT = "    "
_CLOSERS = {"(": ")", "[": "]", "{": "}"}


@dataclass(frozen=True, slots=True)
class Bracket:
    """``head`` + the comma-separated ``items`` + ``tail``: ``head`` ends with the opening
    bracket, ``tail`` starts with the closing one."""

    head: str
    items: Sequence[Expr]
    tail: str
    one_tuple: bool = False  # ``(item,)``
    magic: bool = False  # a trailing comma after the items: black always splits it

    def flat(self) -> str:
        comma = "," if self.one_tuple or self.magic else ""
        return f"{self.head}{', '.join(flat(i) for i in self.items)}{comma}{self.tail}"

    @property
    def display(self) -> bool:
        """A tuple, list, dict or set display (not a call's or a subscript's brackets):
        black puts its items one a line whenever it splits it."""
        before = self.head[:-1].rstrip()
        return not before or not (before[-1].isalnum() or before[-1] in "_)]")


@dataclass(frozen=True, slots=True)
class Union:
    """Operands joined by `` | ``."""

    operands: Sequence[Expr]


Expr = str | Bracket | Union  # a str: text laid out as it is


def flat(expr: Expr) -> str:
    if isinstance(expr, str):
        return expr
    if isinstance(expr, Bracket):
        return expr.flat()
    return " | ".join(flat(o) for o in expr.operands)


def prefixed(prefix: str, expr: Expr) -> Expr:
    """``prefix`` + ``expr`` (``name=``, ``key: ``) as one expression."""
    if isinstance(expr, Bracket):
        return dataclasses.replace(expr, head=f"{prefix}{expr.head}")
    if isinstance(expr, Union):
        return f"{prefix}{flat(expr)}"  # not a form the views print
    return f"{prefix}{expr}"


def forced(expr: Expr) -> bool:
    """Whether ``expr`` holds a magic trailing comma: black splits it whatever its length."""
    if isinstance(expr, Bracket):
        return expr.magic or any(forced(i) for i in expr.items)
    if isinstance(expr, Union):
        return any(forced(o) for o in expr.operands)
    return False


def layout(expr: Expr, indent: int, after: int = 0) -> str:
    """``expr`` at ``indent`` levels followed by ``after`` more characters on its last line
    (a trailing comma); the first line carries no indentation (the caller's)."""
    pad = _INDENT * indent
    line = flat(expr)
    if isinstance(expr, str) or (len(pad) + len(line) + after <= LINE_LENGTH and not forced(expr)):
        return line
    if isinstance(expr, Union):
        parts = [layout(expr.operands[0], indent, after if len(expr.operands) == 1 else 0)]
        for index, operand in enumerate(expr.operands[1:], 2):
            tail = after if index == len(expr.operands) else 0
            parts.append(f"{pad}| {layout(operand, indent, tail + 2)}")
        return "\n".join(parts)
    return split(expr.head, expr.items, expr.tail, indent, expr.display, expr.one_tuple, expr.magic)


def split(
    head: str,
    items: Sequence[Expr],
    tail: str,
    indent: int,
    display: bool = False,
    one_tuple: bool = False,
    magic: bool = False,
) -> str:
    """``head``, the items, ``tail`` (already laid out) split after the opening bracket:
    the items on one line when they fit there (a display's only when it has one), else a
    single item laid out on its own, else one a line with a trailing comma."""
    pad, inner = _INDENT * indent, _INDENT * (indent + 1)
    if not items:
        return f"{head}{tail}"
    comma = "," if one_tuple else ""
    body = ", ".join(flat(i) for i in items) + comma
    if (
        len(inner) + len(body) <= LINE_LENGTH
        and not (display and len(items) > 1)
        and not magic
        and not any(forced(i) for i in items)
    ):
        return f"{head}\n{inner}{body}\n{pad}{tail}"
    if len(items) == 1 and not magic:
        item = layout(items[0], indent + 1, len(comma))
        return f"{head}\n{inner}{item}{comma}\n{pad}{tail}"
    lines = "".join(f"{inner}{layout(i, indent + 1, 1)},\n" for i in items)
    return f"{head}\n{lines}{pad}{tail}"


def bracketed(head: str, items: Sequence[Expr], tail: str, indent: int) -> str:
    """``head`` + items + ``tail`` as one statement at ``indent`` levels."""
    return layout(Bracket(head, items, tail), indent)


def assignment(target: str, annotation: str, head: str, items: Sequence[Expr], indent: int) -> str:
    """``target: annotation = head(items)`` (``head`` ends with its opening bracket) as black
    lays it out: split in the call's brackets when the line up to them fits; else in the
    annotation: a union goes in brackets of its own, a subscript splits in its brackets."""
    pad = _INDENT * indent
    call = Bracket(head, items, ")")
    start = f"{target}: {annotation} = "
    if not items and len(pad) + len(start) + 1 <= LINE_LENGTH:  # nothing to split in ``()``
        flat_line = f"{start}{flat(call)}"
        if len(pad) + len(flat_line) <= LINE_LENGTH:
            return flat_line
        return f"{start}(\n{pad}{_INDENT}{flat(call)}\n{pad})"
    if len(pad) + len(start) + len(head) <= LINE_LENGTH:
        return layout(Bracket(f"{start}{head}", items, ")"), indent)
    parsed = parse(annotation)
    if isinstance(parsed, Union):
        tail = layout(Bracket(f") = {head}", items, ")"), indent)
        return f"{target}: (\n{pad}{_INDENT}{layout(parsed, indent + 1)}\n{pad}{tail}"
    if isinstance(parsed, Bracket):
        tail = layout(Bracket(f"{parsed.tail} = {head}", items, ")"), indent)
        return split(f"{target}: {parsed.head}", parsed.items, tail, indent, parsed.display)
    return f"{start}{flat(call)}"  # black's to lay out


def parameter(name: str, annotation: str, default: str | None, indent: int) -> str:
    """``name: annotation = default`` as a line of an exploded signature (black adds the
    comma after it, counted in the line's length) at ``indent`` levels: a union too long
    for the line goes in brackets, on a line of its own or one operand a line."""
    pad = _INDENT * indent
    tail = f" = {default}" if default is not None else ""
    line = f"{name}: {annotation}{tail}"
    if len(pad) + len(line) + 1 <= LINE_LENGTH:
        return line
    parsed = parse(annotation)
    if not isinstance(parsed, Union):
        return line  # black's to lay out
    return f"{name}: (\n{pad}{_INDENT}{layout(parsed, indent + 1)}\n{pad}){tail}"


def from_import(module: str, names: Sequence[str], indent: int = 0) -> str:
    """``from module import names`` as black writes it: one line when it fits, else one
    name a line in brackets with a trailing comma."""
    pad = _INDENT * indent
    line = f"from {module} import {', '.join(names)}"
    if len(pad) + len(line) <= LINE_LENGTH:
        return line
    lines = "".join(f"{pad}{_INDENT}{name},\n" for name in names)
    return f"from {module} import (\n{lines}{pad})"


def parse(text: str) -> Expr:
    """``text`` (one expression, as the views print it) as an ``Expr``: split at top-level
    `` | `` and, inside brackets, at ``, ``; a part that is not ``prefix[...]`` with no
    other bracket at its level stays text."""
    operands = _split_top(text, " | ")
    if len(operands) > 1:
        return Union([_operand(o) for o in operands])
    return _operand(text)


def _operand(text: str) -> Expr:
    opener = _first_opener(text)
    if opener < 0 or text[-1] != _CLOSERS.get(text[opener], "") or _end(text, opener) != len(text):
        return text
    inner = text[opener + 1 : -1]
    trailing = inner.endswith(",")  # a one-tuple's comma, or a magic one
    inner = inner.removesuffix(",")
    items = [parse(i) for i in _split_top(inner, ", ")] if inner else []
    one_tuple = trailing and len(items) == 1 and text[opener] == "(" and _is_display(text, opener)
    return Bracket(
        text[: opener + 1], items, text[-1], one_tuple=one_tuple, magic=trailing and not one_tuple
    )


def _is_display(text: str, opener: int) -> bool:
    return Bracket(text[: opener + 1], (), "").display


def _first_opener(text: str) -> int:
    for index, char in _scan(text):
        if char in _CLOSERS:
            return index
    return -1


def _end(text: str, opener: int) -> int:
    """The index after the bracket that closes the one at ``opener``."""
    depth = 0
    for index, char in _scan(text, opener):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth == 0:
                return index + 1
    return -1


def _split_top(text: str, separator: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for index, char in _scan(text):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif depth == 0 and text.startswith(separator, index):
            parts.append(text[start:index])
            start = index + len(separator)
    parts.append(text[start:])
    return parts


def _scan(text: str, start: int = 0) -> list[tuple[int, str]]:
    """(index, char) of ``text`` from ``start`` outside string literals (a literal's
    characters are left out)."""
    out: list[tuple[int, str]] = []
    index, quote = start, ""
    while index < len(text):
        char = text[index]
        if quote:
            if char == "\\":
                index += 2
                continue
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        else:
            out.append((index, char))
        index += 1
    return out
