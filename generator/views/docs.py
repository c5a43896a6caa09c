"""Documentation strings as Python docstrings: plain text, wrapped, safe to embed."""

from __future__ import annotations

import re
import textwrap

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"[ \t]+")
_WIDTH = 88


def plain(text: str) -> str:
    """Strip markup remnants and collapse runs of spaces; keep paragraph breaks."""
    text = _TAG.sub("", text).replace("\r\n", "\n")
    paragraphs = [_SPACE.sub(" ", p.replace("\n", " ")).strip() for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)


def docstring(text: str, indent: int, fallback: str = "") -> str:
    """A triple-quoted docstring literal indented for a body at ``indent`` spaces, or ""."""
    body = plain(text) or fallback
    if not body:
        return ""
    body = body.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    width = max(_WIDTH - indent, 40)
    pad = " " * indent
    lines: list[str] = []
    for i, paragraph in enumerate(body.split("\n\n")):
        if i:
            lines.append("")
        lines.extend(
            textwrap.wrap(paragraph, width=width, break_long_words=False, break_on_hyphens=False)
        )
    if body.endswith('"'):
        lines[-1] += " "
    if len(lines) == 1 and len(lines[0]) + indent + 6 <= _WIDTH:
        return f'"""{lines[0]}"""'
    inner = "\n".join(f"{pad}{line}" if line else "" for line in lines)
    return f'"""\n{inner}\n{pad}"""'
