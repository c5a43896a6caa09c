"""AWS model documentation (a small HTML dialect) as Markdown, for imported specs.

botocore and Smithy models document shapes with ``<p>``, ``<code>``, ``<a href>``,
``<ul>/<ol>/<li>``, ``<b>/<i>``, ``<note>``/``<important>``, ``<dl>/<dt>/<dd>`` and ``<pre>``.
The converter (stdlib ``html.parser``) keeps what a reader needs and nothing else:

- paragraphs become blank-line separated blocks; whitespace inside them is collapsed;
- ``<code>`` → ``code``, ``<b>``/``<strong>`` → ``**b**``, ``<i>``/``<em>`` → ``*i*``,
  ``<a href=u>t</a>`` → ``[t](u)`` (just ``t`` without an ``href``);
- list items become ``- item`` (``1. item`` in ``<ol>``), nested lists indented;
- ``<note>`` / ``<important>`` become a paragraph starting ``**Note:**`` / ``**Important:**``;
- ``<dt>`` is a bold paragraph, ``<dd>`` a paragraph; ``<pre>`` a fenced block, verbatim;
- an unknown tag is text: models write placeholders such as ``arn:<region>`` that way.

Plain text comes through unchanged (stripped), so converting twice changes nothing.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SPACE = re.compile(r"[ \t\r\n\f\v]+")
_INLINE = {"code": "`", "b": "**", "strong": "**", "i": "*", "em": "*"}
_BLOCKS = {"p", "div", "dt", "dd", "note", "important", "li", "ul", "ol", "dl", "pre", "br"}
_IGNORED = {"fullname", "zonbook", "xhtml", "span", "u", "replaceable", "title"}


def html_to_markdown(text: str) -> str:
    """The Markdown form of a model's documentation string."""
    if "<" not in text and "&" not in text:
        return "\n\n".join(
            _SPACE.sub(" ", part).strip() for part in re.split(r"\n\s*\n", text) if part.strip()
        )
    parser = _Converter()
    parser.feed(text)
    parser.close()
    return parser.result()


class _Converter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.line: list[str] = []
        self.lists: list[list[int]] = []  # per open list: [counter] (-1 for bullets)
        self.prefix = ""
        self.links: list[str | None] = []
        self.pre = 0

    # -- blocks ---------------------------------------------------------------------------------

    def flush(self) -> None:
        text = "".join(self.line)
        self.line = []
        if self.pre:
            if text.strip("\n"):
                self.blocks.append("```\n" + text.strip("\n") + "\n```")
            return
        text = _SPACE.sub(" ", text).strip()
        if not text or text == "**":
            return  # an empty block: a pending list marker or note waits for the text
        item = self.prefix.startswith("- ") or self.prefix[:1].isdigit()
        indent = "  " * max(len(self.lists) - 1, 0) if item else ""
        self.blocks.append(indent + self.prefix + text)
        self.prefix = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _INLINE:
            self.line.append(_INLINE[tag])
        elif tag == "a":
            self.links.append(dict(attrs).get("href"))
            self.line.append("[" if self.links[-1] else "")
        elif tag in _BLOCKS:
            self.flush()
            if tag in ("ul", "ol"):
                self.lists.append([0 if tag == "ol" else -1])
            elif tag == "li":
                counter = self.lists[-1] if self.lists else [-1]
                if counter[0] >= 0:
                    counter[0] += 1
                    self.prefix = f"{counter[0]}. "
                else:
                    self.prefix = "- "
            elif tag == "note":
                self.prefix = "**Note:** "
            elif tag == "important":
                self.prefix = "**Important:** "
            elif tag == "dt":
                self.line.append("**")
            elif tag == "pre":
                self.pre += 1
        elif tag not in _IGNORED:
            self.line.append(self.get_starttag_text() or f"<{tag}>")

    def handle_endtag(self, tag: str) -> None:
        if tag in _INLINE:
            self.line.append(_INLINE[tag])
        elif tag == "a":
            href = self.links.pop() if self.links else None
            self.line.append(f"]({href})" if href else "")
        elif tag in _BLOCKS:
            if tag == "dt":
                self.line.append("**")
            self.flush()
            if tag in ("ul", "ol") and self.lists:
                self.lists.pop()
            elif tag == "pre" and self.pre:
                self.pre -= 1
        elif tag not in _IGNORED:
            self.line.append(f"</{tag}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.flush()
        elif tag not in _IGNORED and tag not in _BLOCKS and tag not in _INLINE:
            self.line.append(self.get_starttag_text() or f"<{tag}/>")

    def handle_data(self, data: str) -> None:
        self.line.append(data)

    def result(self) -> str:
        self.flush()
        out: list[str] = []
        for block in self.blocks:
            # Consecutive list items stay together; other blocks are separated by a blank line.
            item = block.lstrip().startswith(("- ", "1. ")) or re.match(r"\s*\d+\. ", block)
            if out and item and _is_item(out[-1]):
                out.append("\n" + block)
            else:
                out.append(("\n\n" if out else "") + block)
        return "".join(out).strip()


def _is_item(block: str) -> bool:
    last = block.rsplit("\n", 1)[-1].lstrip()
    return last.startswith("- ") or bool(re.match(r"\d+\. ", last))
