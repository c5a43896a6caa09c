"""Documentation strings as Python docstrings: plain text, wrapped, safe to embed.

Spec documentation is HTML remnants (AWS) or Markdown (OpenAPI); docstrings are plain text
that reads well in an editor, so the text is split into blocks and each is printed as such:
- prose paragraphs are reflowed to the line width (line breaks inside one are spaces);
- headings (``## Quotas``, or a line underlined with ``===``/``---``) become a line of
  their own;
- list items (``-``, ``*``, ``+``, ``1.``) stay one per line, each wrapped under its marker;
- tables (lines starting with ``|``) become aligned rows, the header underlined with
  dashes, never reflowed;
- fenced code is kept verbatim, indented four spaces, without its fences;
- thematic breaks (``---`` alone) and HTML tags are dropped.
Inline, ``[text](url)`` becomes ``text (url)`` (just ``url`` when the text is the URL;
only targets that look like URLs or paths, so a regex like ``[a-z](x)`` is left alone),
``<https://...>`` the URL, and code spans, ``**strong**`` and ``*emphasis*`` lose their
markers. Underscores and asterisks inside words (``max_keys``, ``m4.*``) are not markers.
"""

from __future__ import annotations

import functools
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass

_WIDTH = 88
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"[ \t]+")
_FENCE = re.compile(r"^\s*(```+|~~~+)")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_UNDERLINE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_BREAK = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_ITEM = re.compile(r"^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$")
_TABLE_RULE = re.compile(r"^:?-+:?$")

_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_TARGET = r"((?:https?://|mailto:|/|#|\.\.?/)[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)"
_IMAGE = re.compile(r"!\[([^\[\]]*)\]\(" + _TARGET + r'(?:\s+"[^"]*")?\)')
_LINK = re.compile(r"\[([^\[\]]+)\]\(" + _TARGET + r'(?:\s+"[^"]*")?\)')
_STRONG = (
    re.compile(r"(?<![\w*])\*\*(?=\S)(.+?)(?<=\S)\*\*(?![\w*])"),
    re.compile(r"(?<![\w_])__(?=\S)(.+?)(?<=\S)__(?![\w_])"),
)
_EMPHASIS = (
    re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"),
    re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"),
)
_PLACEHOLDER = re.compile("\0(\\d+)\0")


@dataclass(frozen=True, slots=True)
class Block:
    """One block of a text: ``prose`` and ``heading`` are one line of text to wrap; ``list``
    lines are items (marker included) to wrap under their markers; ``table`` and ``code``
    lines are printed as they are."""

    kind: str
    lines: tuple[str, ...]


def inline(text: str) -> str:
    """Inline Markdown and HTML as plain text, spaces collapsed."""
    spans: list[str] = []

    def keep(match: re.Match[str]) -> str:
        spans.append(match.group(2).strip())
        return f"\0{len(spans) - 1}\0"

    text = _CODE_SPAN.sub(keep, text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _TAG.sub("", text)
    text = _IMAGE.sub(_link_text, text)
    text = _LINK.sub(_link_text, text)
    for pattern in (*_STRONG, *_EMPHASIS):
        text = pattern.sub(r"\1", text)
    text = _PLACEHOLDER.sub(lambda m: spans[int(m.group(1))], text)
    return _SPACE.sub(" ", text).strip()


def _link_text(match: re.Match[str]) -> str:
    label, target = match.group(1).strip(), match.group(2)
    return target if label in ("", target) else f"{label} ({target})"


def _cells(line: str) -> list[str]:
    row = line.strip().strip("|")
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", row)]


def _table(rows: list[str]) -> Block:
    cells = [_cells(row) for row in rows]
    ruled = len(cells) > 1 and all(_TABLE_RULE.match(c) for c in cells[1] if c)
    body = [
        [inline(c.replace("\\|", "|")) for c in row]
        for i, row in enumerate(cells)
        if not (ruled and i == 1)
    ]
    columns = max(len(row) for row in body)
    widths = [max(len(row[i]) if i < len(row) else 0 for row in body) for i in range(columns)]

    def line(row: list[str]) -> str:
        return "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip()

    lines = [line(row) for row in body]
    if ruled:
        lines.insert(1, "  ".join("-" * w for w in widths))
    return Block("table", tuple(lines))


def blocks(text: str) -> list[Block]:
    """A documentation string's blocks, in order (see the module docstring)."""
    return list(_blocks(text))


@functools.lru_cache(maxsize=1 << 15)  # bounded for long-lived callers; ec2 fills ~13k
def _blocks(text: str) -> tuple[Block, ...]:
    """``blocks``, once per text: a member's documentation is printed in its class, its
    client methods and its reference page (each text is read ~4 times per run)."""
    found: list[Block] = []
    prose: list[str] = []
    items: list[str] = []
    table: list[str] = []

    def flush() -> None:
        if prose:
            joined = inline(" ".join(prose))
            if joined:
                found.append(Block("prose", (joined,)))
            prose.clear()
        if items:
            found.append(Block("list", tuple(_inline_item(i) for i in items)))
            items.clear()
        if table:
            found.append(_table(table))
            table.clear()

    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        fence = _FENCE.match(line)
        if fence:
            flush()
            code: list[str] = []
            while index < len(lines) and not lines[index].strip().startswith(fence.group(1)):
                code.append(lines[index].rstrip())
                index += 1
            index += 1
            found.append(Block("code", tuple("    " + c if c.strip() else "" for c in code)))
            continue
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        if stripped.startswith("|"):
            if not table:
                flush()
            table.append(stripped)
            continue
        if table:
            flush()
        heading = _HEADING.match(line)
        underline = _UNDERLINE.match(line)
        if underline and prose and not items:
            title = prose.pop()
            flush()
            found.append(Block("heading", (inline(title),)))
            continue
        if heading or _BREAK.match(line):
            flush()
            if heading and inline(heading.group(2)):
                found.append(Block("heading", (inline(heading.group(2)),)))
            continue
        item = _ITEM.match(line)
        if item and prose and item.group(2)[-1] in ".)" and item.group(2)[:-1] != "1":
            item = None  # as in CommonMark, "2019. The" inside a paragraph starts no list
        if item:
            if prose:
                flush()
            items.append(line.rstrip())
        elif items:
            items[-1] += " " + stripped
        else:
            prose.append(stripped)
    flush()
    return tuple(found)


def _inline_item(item: str) -> str:
    """A list item (marker and indentation kept) with its text as plain text."""
    match = _ITEM.match(item)
    assert match is not None
    indent, marker, rest = match.groups()
    return f"{indent}{marker} {inline(rest)}"


def plain(text: str) -> str:
    """The text's blocks unwrapped: blank lines between blocks, one line per item or row."""
    return "\n\n".join("\n".join(block.lines) for block in _blocks(text))


def _same(line: str) -> str:
    return line


def wrap(text: str, width: int, transform: Callable[[str], str] = _same) -> list[str]:
    """The text's lines at ``width``, "" between blocks; ``transform`` (escaping) runs on
    each block's text before it is wrapped."""
    return list(_wrap(text, width, transform))


@functools.lru_cache(maxsize=1 << 15)  # bounded for long-lived callers; ec2 fills ~13k
def _wrap(text: str, width: int, transform: Callable[[str], str]) -> tuple[str, ...]:
    """``wrap``, once per text, width and transform (``textwrap`` is the costly part)."""
    out: list[str] = []
    for block in _blocks(text):
        if out:
            out.append("")
        for line in block.lines:
            line = transform(line)
            if block.kind in ("table", "code"):
                out.append(line)
                continue
            hanging = 0
            if block.kind == "list":
                match = _ITEM.match(line)
                hanging = len(match.group(1)) + len(match.group(2)) + 1 if match else 0
            out.extend(
                textwrap.wrap(
                    line,
                    width=width,
                    subsequent_indent=" " * hanging,
                    break_long_words=False,
                    break_on_hyphens=False,
                )
                or [""]
            )
    return tuple(out)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def docstring(text: str, indent: int, fallback: str = "") -> str:
    """A triple-quoted docstring literal indented for a body at ``indent`` spaces, or ""."""
    lines = wrap(text, max(_WIDTH - indent, 40), _escape) or wrap(
        fallback, max(_WIDTH - indent, 40), _escape
    )
    if not lines:
        return ""
    pad = " " * indent
    if lines[-1].endswith('"'):
        lines[-1] += " "
    if len(lines) == 1 and len(lines[0]) + indent + 6 <= _WIDTH:
        return f'"""{lines[0]}"""'
    inner = "\n".join(f"{pad}{line}" if line else "" for line in lines)
    return f'"""\n{inner}\n{pad}"""'
