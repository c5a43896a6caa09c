"""Strings a Python pattern matches, built from its parse tree (``re._parser``), deterministic.

For a pattern no hand-picked sample fits (``samples.py`` tries those first): each node gives
a readable character it accepts (``a``, ``A``, ``0`` before anything else), a repeat its
minimum count, a branch its first alternative that matches; ``fill`` extra repeats go to the
open-ended repeats, to reach a minimum length. Lookarounds add nothing: the caller checks
every string it gets with the compiled pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

sre: Any = re._constants  # type: ignore[attr-defined]
parser: Any = re._parser  # type: ignore[attr-defined]

_PREFERRED = [ord(c) for c in "aA0b1-_.:/ @"]
_CATEGORIES: dict[Any, Callable[[int], bool]] = {
    sre.CATEGORY_DIGIT: lambda c: chr(c).isdigit(),
    sre.CATEGORY_NOT_DIGIT: lambda c: not chr(c).isdigit(),
    sre.CATEGORY_WORD: lambda c: chr(c).isalnum() or c == ord("_"),
    sre.CATEGORY_NOT_WORD: lambda c: not (chr(c).isalnum() or c == ord("_")),
    sre.CATEGORY_SPACE: lambda c: chr(c).isspace(),
    sre.CATEGORY_NOT_SPACE: lambda c: not chr(c).isspace(),
}


def _never(code: int) -> bool:
    return False


def _in_set(items: list[tuple[Any, Any]], code: int) -> bool:
    hit = False
    for op, arg in items:
        if op is sre.NEGATE:
            continue
        if op is sre.LITERAL and arg == code:
            hit = True
        elif op is sre.RANGE and arg[0] <= code <= arg[1]:
            hit = True
        elif op is sre.CATEGORY and _CATEGORIES.get(arg, _never)(code):
            hit = True
    negated = bool(items) and items[0][0] is sre.NEGATE
    return hit != negated


def _char(items: list[tuple[Any, Any]]) -> str:
    for code in _PREFERRED:
        if _in_set(items, code):
            return chr(code)
    starts = [
        arg if op is sre.LITERAL else arg[0] for op, arg in items if op in (sre.LITERAL, sre.RANGE)
    ]
    for code in [*starts, *range(0x21, 0x3000)]:
        if _in_set(items, code):
            return chr(code)
    raise ValueError("empty character set")


class _Builder:
    def __init__(self, fill: int) -> None:
        self.fill = fill
        self.groups: dict[int, str] = {}

    def seq(self, nodes: Any) -> str:
        return "".join(self.node(op, arg) for op, arg in nodes)

    def node(self, op: Any, arg: Any) -> str:
        if op is sre.LITERAL:
            return chr(arg)
        if op is sre.NOT_LITERAL:
            return _char([(sre.NEGATE, None), (sre.LITERAL, arg)])
        if op is sre.ANY:
            return "a"
        if op is sre.IN:
            return _char(list(arg))
        if op is sre.BRANCH:
            return self.seq(arg[1][0])
        if op is sre.SUBPATTERN:
            text = self.seq(arg[-1])
            if arg[0] is not None:
                self.groups[arg[0]] = text
            return text
        if op is getattr(sre, "ATOMIC_GROUP", None):
            return self.seq(arg)
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
            low, high, body = arg
            count = low
            if high is sre.MAXREPEAT or high > low:
                room = (10_000 if high is sre.MAXREPEAT else high) - low
                extra = min(self.fill, room)
                self.fill -= extra
                count += extra
            return "".join(self.seq(body) for _ in range(count))
        if op is sre.GROUPREF:
            return self.groups.get(arg, "")
        return ""  # AT, ASSERT, ASSERT_NOT: zero width


def _alternatives(nodes: Any) -> Iterator[Any]:
    """The pattern's tree, then once per top-level branch alternative taken first (also of a
    top-level group of alternatives: Partner Central's ``(arn:.*|engi-[0-9a-z]{13})``)."""
    yield nodes
    for index, (op, arg) in enumerate(nodes):
        if op is sre.SUBPATTERN and len(arg[-1]) == 1 and arg[-1][0][0] is sre.BRANCH:
            op, arg = arg[-1][0]
        if op is sre.BRANCH:
            for alternative in arg[1][1:]:
                changed = list(nodes)
                changed[index] = (sre.SUBPATTERN, (None, 0, 0, alternative))
                yield changed


def strings(pattern: str, fills: tuple[int, ...] = (0, 1, 4, 16, 64)) -> Iterator[str]:
    """Strings ``re.search(pattern, ...)`` accepts (unchecked candidates are not yielded)."""
    compiled = re.compile(pattern)
    tree = parser.parse(pattern)
    seen: set[str] = set()
    for nodes in _alternatives(list(tree)):
        for fill in fills:
            try:
                text = _Builder(fill).seq(nodes)
            except ValueError:
                continue
            if text not in seen and compiled.search(text):
                seen.add(text)
                yield text


def literal_head(pattern: str) -> str:
    """The characters every match of ``pattern`` starts with (``csc-`` of Lambda's
    ``csc-[a-zA-Z0-9-_\\.]{17}``): its leading literals (a group of only literals too: SSM's
    ``^(oi)-``), after a ``^``; "" for a branch."""
    head = []
    for op, arg in parser.parse(pattern):
        if op is sre.AT and arg is sre.AT_BEGINNING:
            continue
        if op is sre.SUBPATTERN and all(o is sre.LITERAL for o, _ in arg[-1]):
            head += [chr(a) for _, a in arg[-1]]  # a group of literals: SSM's ``(oi)-``
            continue
        if op is not sre.LITERAL:
            break
        head.append(chr(arg))
    return "".join(head)


def anchored_after_text(pattern: str) -> bool:
    """Whether ``pattern`` demands characters before a start anchor (``^``, ``\\A``) outside
    any branch: no string matches it. Connect writes ``Password``'s pattern as an ECMAScript
    literal, ``/^...$/``, and Java reads the slashes as characters too."""
    tree = parser.parse(pattern)
    if tree.state.flags & re.MULTILINE:
        return False
    before = 0
    for node in tree:
        op, arg = node
        if op is sre.AT and arg in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING) and before:
            return True
        before += parser.SubPattern(tree.state, [node]).getwidth()[0]
    return False
