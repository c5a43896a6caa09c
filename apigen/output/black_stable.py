"""Which pieces of a rendered module black would leave as they are: those skip black.

The templates and views emit black's own layout (``views/layout.py``, ``views/literals.py``;
tests/views/test_black_stable.py), so black leaves most of a module as rendered: ec2's
templates give 1,156 of its 1,196 modules exactly as black writes them. What black still
rewrites comes from the spec's text, where the templates cannot see it: a line over the
limit (a long type, name or literal, which black splits), trailing or odd whitespace in a
docstring (black strips and re-indents it), blank lines in a run black would shorten.

``settled`` is a cheap test for those, per piece of a module (``formatting.split_top_level``:
a definition, a method, a run of operation-table entries): a piece it passes is taken as
black's output without running black; a piece it fails goes to black. It is conservative by
construction (it refuses whatever black could change by the measures below, and counts each
non-ASCII character as two columns, black's widest) and by test: tests/output/
test_black_skip.py checks, over botocore models chosen by the data, that the text written for
every module equals black's output for the whole module, and what each rule refuses is a
text black changes. Layout the templates own (blank lines between definitions, trailing
commas, quotes) is tested by the black-stability test, not re-derived here.
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
    quotes = 0
    for line in lines:
        count = line.count('"""') + line.count("'''") if "''" in line or '""' in line else 0
        if count or quotes % 2 == 0:
            kept.append(line)
        quotes += count
    return kept


def _width(line: str) -> int:
    """Columns of ``line`` as black counts them at most (a wide character is two)."""
    if line.isascii():
        return len(line)
    return len(line) + sum(1 for char in line if not char.isascii())
