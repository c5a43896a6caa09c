"""AWS documentation HTML as Markdown."""

from __future__ import annotations

import pytest

from apigen.importers.html_markdown import html_to_markdown


@pytest.mark.parametrize(
    ("html", "markdown"),
    [
        ("<p>Creates a <code>Connector</code>.</p>", "Creates a `Connector`."),
        ("<p>One.</p> <p>Two.</p>", "One.\n\nTwo."),
        (
            '<p>See <a href="https://x.test/a">the guide</a>.</p>',
            "See [the guide](https://x.test/a).",
        ),
        ("<ul><li><p>a</p></li><li>b</li></ul>", "- a\n- b"),
        ("<ol><li>a</li><li>b</li></ol>", "1. a\n2. b"),
        ("<note><p>Careful.</p></note>", "**Note:** Careful."),
        ("<p><b>bold</b> and <i>it</i></p>", "**bold** and *it*"),
        ("<p>arn:aws:iam::<account>:role</p>", "arn:aws:iam::<account>:role"),
        ("<p>a &amp; b &lt; c</p>", "a & b < c"),
        ("plain   text\nwrapped", "plain text wrapped"),
    ],
)
def test_html_becomes_markdown(html: str, markdown: str) -> None:
    assert html_to_markdown(html) == markdown


def test_markdown_is_stable() -> None:
    text = html_to_markdown("<p>Creates a <code>Connector</code>.</p><ul><li>x</li></ul>")
    assert html_to_markdown(text) == text
