"""Docstrings of generated methods: Google style (summary, ``Args:``, ``Returns:``,
``Raises:``), wrapped to the generated code's 88 columns at the method's indent.

Shared by the client and server views. Decisions: entries wrap with a hanging indent of
four, long words and hyphenated words are never broken, and the literal is escaped so a
backslash or triple quote in spec text cannot end it early.
"""

from __future__ import annotations

import functools
import textwrap

from apigen.views.docs import plain, wrap

_WIDTH = 88


def _wrap(text: str, indent: int, hanging: int = 0) -> list[str]:
    width = max(_WIDTH - indent, 40)
    return textwrap.wrap(
        text,
        width=width,
        subsequent_indent=" " * hanging,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [""]


def method_doc(
    summary: str,
    args: list[tuple[str, str]],
    returns: str | None,
    raises: list[str],
    indent: int = 8,
) -> str:
    """A Google-style docstring literal: summary paragraphs, Args, Returns, Raises.

    Remembered for the run: the sync and async clients and the server print each
    operation's docstring alike (ec2: 873 of its 2,933 docstrings were wrapped twice)."""
    return _method_doc(summary, tuple(args), returns, tuple(raises), indent)


@functools.lru_cache(maxsize=1 << 15)  # bounded for long-lived callers; ec2 fills ~13k
def _method_doc(
    summary: str,
    args: tuple[tuple[str, str], ...],
    returns: str | None,
    raises: tuple[str, ...],
    indent: int,
) -> str:
    lines = wrap(summary, max(_WIDTH - indent, 40))
    sections: list[tuple[str, list[str]]] = []
    if args:
        body: list[str] = []
        for name, text in args:
            entry = f"{name}: {' '.join(plain(text).split())}" if text.strip() else f"{name}:"
            body.extend("    " + line for line in _wrap(entry, indent + 4, hanging=4))
        sections.append(("Args:", body))
    if returns:
        sections.append(("Returns:", ["    " + line for line in _wrap(returns, indent + 4)]))
    if raises:
        sections.append(
            ("Raises:", ["    " + line for line in _wrap(", ".join(raises), indent + 4, 4)])
        )
    for title, body in sections:
        if lines:
            lines.append("")
        lines.append(title)
        lines.extend(body)
    text = "\n".join(lines).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if text.endswith('"'):
        text += " "
    pad = " " * indent
    inner = "\n".join(f"{pad}{line}" if line else "" for line in text.split("\n"))
    return f'"""\n{inner}\n{pad}"""'
