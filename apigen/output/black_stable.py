"""Which pieces of a rendered module black would leave as they are: those skip black.

The templates and views emit black's own layout (``views/layout.py``, ``views/literals.py``;
tests/views/test_black_stable.py), so black leaves most of a module as rendered. What black
still rewrites comes mostly from the spec's text, which the templates only pass on: a line
over the limit (a long type or signature, which black splits; not a lone string or name in
exploded brackets, which it cannot), whitespace in a docstring that black strips or
re-indents, blank lines in a run black would shorten.

``settled`` is a cheap test for those, per piece of a module (``formatting.split_top_level``:
a definition, a method, a run of operation-table entries): a piece it passes is taken as
black's output without running black; a piece it fails goes to black. Of ec2's 11,266
pieces (365,000 lines) 11,131 pass; 10,000 lines go to black (sagemaker: 2,600 of 192,000).
It refuses whatever black changes by the measures below (and counts each non-ASCII
character as two columns, black's widest), and trusts the templates for the rest (spacing,
quotes, brackets, trailing commas): that trust is what tests/output/test_black_skip.py
checks, over botocore models chosen by the data, every module as written against black's
output for the whole module (it found ``layout.assignment`` choosing another split than
black's for long annotations). Only text from the templates is judged here
(``Formatter(templated=True)``).
"""

from __future__ import annotations

import re

LINE_LENGTH = 100  # formatting.LINE_LENGTH (black's line length); kept here to avoid a cycle

# What black rewrites wherever it is (tests/output/test_black_skip.py asks black for each):
# whitespace ending a line (stripped, in docstrings too: ``str.rstrip`` takes any Unicode
# space), a carriage return, whitespace other than spaces in a line's indentation (a
# docstring's tabs expanded and lines re-indented), a backslash ending a line (a continuation
# black may join), three or more blank lines in a row (black keeps two at most), two before
# an indented line (one in a block).
_REWRITTEN = re.compile(r"[^\S\n]\n|\r|^ *[^\S \n]|\\\n|\n\n\n\n|\n\n\n ", re.MULTILINE)


def settled(text: str, blank_lines_after: int) -> bool:
    """Whether black would keep ``text`` (whole lines, ending with a newline) as it is, as a
    piece followed by ``blank_lines_after`` blank lines (what black puts before the next
    piece; 0 for a module's last). Conservative: ``False`` says only "ask black"."""
    if not text.endswith("\n") or text.startswith("\n"):
        return False
    body = text.rstrip("\n")
    if len(text) - len(body) - 1 != blank_lines_after:
        return False
    if _REWRITTEN.search(body + "\n"):
        return False
    lines = body.split("\n")
    if body.isascii() and max(map(len, lines)) <= LINE_LENGTH:
        return True
    return all(
        _width(lines[index]) <= LINE_LENGTH or _unsplittable_item(lines, index)
        for index in _outside_strings(lines)
    )


# One item of an exploded call or dict display: an optional ``name=`` or ``"key": ``, then
# one string literal or name, then the trailing comma. black splits a line at brackets and
# delimiters and has neither here, and the bracket stays exploded (the magic trailing comma),
# so it keeps the line whatever its length (a regular expression pattern, a long name).
_ITEM = re.compile(
    r' +(?:[A-Za-z_]\w*=|"(?:[^"\\\n]|\\.)*": )?'
    r'(?:[rb]{0,2}"(?:[^"\\\n]|\\.)*"|[A-Za-z_][\w.]*),'
)


def _unsplittable_item(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` is an item black cannot split, in the brackets of a call or
    a dict (after ``(``, ``{`` or another item; not after ``[``: a one-item subscript's
    trailing comma is not magic to black, so such a line is left to black to judge)."""
    previous = lines[index - 1] if index else ""
    return previous.endswith(("(", "{", ",")) and _ITEM.fullmatch(lines[index]) is not None


def _outside_strings(lines: list[str]) -> list[int]:
    """The indexes of ``lines`` less those wholly inside a triple-quoted string (a
    docstring's text): black never splits a string, and a line holding a multi-line string
    is too long for it whatever its width, so their widths decide nothing. A line with
    triple quotes is kept (black moves closing quotes that would pass the limit to a line of
    their own)."""
    kept = []
    quote: str | None = None
    for index, line in enumerate(lines):
        if quote is None or "'''" in line or '"""' in line:
            kept.append(index)
            quote = open_quote(line, quote)
    return kept


_TRIPLE = re.compile("\"\"\"|'''")


def open_quote(line: str, quote: str | None) -> str | None:
    """The triple quote open after ``line``, given the one open before it (``None``: none).
    Inside a string only its own kind of triple quote closes it (the views escape triple
    double quotes in a docstring)."""
    if "'''" not in line and '"""' not in line:
        return quote
    for match in _TRIPLE.finditer(line):
        if quote is None:
            quote = match.group()
        elif match.group() == quote:
            quote = None
    return quote


def _width(line: str) -> int:
    """Columns of ``line`` as black counts them at most (a wide character is two)."""
    if line.isascii():
        return len(line)
    return len(line) + sum(1 for char in line if not char.isascii())
