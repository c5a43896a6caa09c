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

import bisect
import dataclasses
import functools
import itertools
import re
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
        return _display(self.head)


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
    lays it out: split in the call's brackets when the line up to them fits; else the call
    in brackets of its own when ``target: annotation = (`` fits; else in the annotation: a
    union goes in brackets of its own, a subscript splits in its brackets."""
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
    if len(pad) + len(start) + 1 <= LINE_LENGTH:  # the value in brackets of its own
        return f"{start}(\n{pad}{_INDENT}{layout(call, indent + 1)}\n{pad})"
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


# What ``parse`` looks at: string literals (skipped whole), brackets and separators.
_TOKENS = re.compile(r""""(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[(\[{)\]}]|, | \| """)


@functools.lru_cache(maxsize=4096)
def parse(text: str) -> Expr:
    """``text`` (one expression, as the views print it) as an ``Expr``: split at top-level
    `` | `` and, inside brackets, at ``, ``; a part that is not ``prefix[...]`` with no
    other bracket at its level stays text. One scan of the text (``_Scan``)."""
    scan = _Scan(text)
    if not scan.balanced:
        return text
    return scan.expr(0, len(text), -1)


class _Scan:
    """Where ``text``'s brackets open and close and its separators sit, by bracket (the
    index of its opening bracket; -1 for the top level), outside string literals."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.closes: dict[int, int] = {}
        self.children: dict[int, list[int]] = {-1: []}
        self.commas: dict[int, list[int]] = {-1: []}
        self.bars: dict[int, list[int]] = {-1: []}
        stack = [-1]
        self.balanced = False
        for match in _TOKENS.finditer(text):
            token, at = match.group(), match.start()
            if token[0] in "\"'":
                continue
            if token in "([{":
                self.children[stack[-1]].append(at)
                stack.append(at)
                self.children[at], self.commas[at], self.bars[at] = [], [], []
            elif token in ")]}":
                if len(stack) == 1 or _CLOSERS[text[stack[-1]]] != token:
                    return
                self.closes[stack.pop()] = at
            elif token == ", ":
                self.commas[stack[-1]].append(at)
            else:
                self.bars[stack[-1]].append(at)
        self.balanced = len(stack) == 1

    def expr(self, start: int, end: int, level: int) -> Expr:
        bars = _within(self.bars[level], start, end)
        if not bars:
            return self.operand(start, end, level)
        bounds = [start, *bars, end]
        return Union(
            tuple(
                self.operand(a + (3 if a in bars else 0), b, level)
                for a, b in itertools.pairwise(bounds)
            )
        )

    def operand(self, start: int, end: int, level: int) -> Expr:
        text = self.text
        kids = _within(self.children[level], start, end)
        if len(kids) != 1 or self.closes[kids[0]] != end - 1:
            return text[start:end]
        opener = kids[0]
        inner_end = end - 1
        trailing = inner_end > opener + 1 and text[inner_end - 1] == ","  # one-tuple or magic
        if trailing:
            inner_end -= 1
        items: tuple[Expr, ...] = ()
        if inner_end > opener + 1:
            bounds = [opener + 1, *(c + 2 for c in self.commas[opener]), inner_end + 2]
            items = tuple(self.expr(a, b - 2, opener) for a, b in itertools.pairwise(bounds))
        head = text[start : opener + 1]
        one_tuple = trailing and len(items) == 1 and head.endswith("(") and _display(head)
        return Bracket(
            head, items, text[end - 1], one_tuple=one_tuple, magic=trailing and not one_tuple
        )


def _within(indexes: list[int], start: int, end: int) -> list[int]:
    return indexes[bisect.bisect_left(indexes, start) : bisect.bisect_left(indexes, end)]


def _display(head: str) -> bool:
    before = head[:-1].rstrip()
    return not before or not (before[-1].isalnum() or before[-1] in "_)]")
