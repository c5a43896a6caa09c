"""Which pieces of a rendered module black would leave as they are: those skip black.

The templates and views emit black's own layout (``views/layout.py``, ``views/literals.py``;
tests/views/test_black_stable.py), so black leaves most of a module as rendered. What black
still rewrites comes mostly from the spec's text, which the templates only pass on: a line
over the limit (a long type, name or literal, which black splits), whitespace in a docstring
that black strips or re-indents, blank lines in a run black would shorten.

``settled`` is a cheap test for those, per piece of a module (``formatting.split_top_level``:
a definition, a method, a run of operation-table entries): a piece it passes is taken as
black's output without running black; a piece it fails goes to black. Of ec2's 11,266
pieces (365,000 lines) 11,036 pass; 28,000 lines go to black. It refuses whatever black
changes by the measures below (and counts each non-ASCII character as two columns, black's
widest), and trusts the templates for the rest (spacing, quotes, brackets, trailing
commas): that trust is what tests/output/test_black_skip.py checks, over botocore models
chosen by the data, every module as written against black's output for the whole module
(it found ``layout.assignment`` choosing another split than black's for long annotations).
Only text from the templates is judged here (``Formatter(templated=True)``).
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
    return all(_width(line) <= LINE_LENGTH for line in _outside_strings(lines))


def _outside_strings(lines: list[str]) -> list[str]:
    """``lines`` less those wholly inside a triple-quoted string (a docstring's text): black
    never splits a string, and a line holding a multi-line string is too long for it
    whatever its width, so their widths decide nothing. A line with triple quotes is kept
    (black moves closing quotes that would pass the limit to a line of their own)."""
    kept = []
    quote: str | None = None
    for line in lines:
        if quote is None or "'''" in line or '"""' in line:
            kept.append(line)
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
