"""Documentation → docstrings: Markdown read as plain text, HTML remnants dropped, wrapping."""

from __future__ import annotations

import textwrap

import pytest

from apigen.views.docs import Block, blocks, docstring, inline, plain, wrap


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("See [the guide](https://x.io/guide).", "See the guide (https://x.io/guide)."),
        ("[https://x.io](https://x.io)", "https://x.io"),
        ('[docs](/docs/a_b "Title")', "docs (/docs/a_b)"),
        ("Mail <mailto:a@b.c> or <https://x.io/a>.", "Mail mailto:a@b.c or https://x.io/a."),
        ("![a diagram](https://x.io/d.png)", "a diagram (https://x.io/d.png)"),
        ("**Important:** read __this__.", "Important: read this."),
        ("An *emphasised* and _underlined_ word.", "An emphasised and underlined word."),
        ("`Key` objects and ``a `b` c``", "Key objects and a `b` c"),
        ("`*not* _emphasis_` stays", "*not* _emphasis_ stays"),
        ("<p>HTML <b>tags</b> go</p>", "HTML tags go"),
        # Not Markdown markers: left as they are.
        ("byok.max_keys.per_org and snake_case_name", "byok.max_keys.per_org and snake_case_name"),
        ("m4.*, or c4.xlarge; 2 * 3 * 4", "m4.*, or c4.xlarge; 2 * 3 * 4"),
        ("matches [a-z](-?[0-9]) only", "matches [a-z](-?[0-9]) only"),
        ("a [note] (aside)", "a [note] (aside)"),
    ],
)
def test_inline(text: str, expected: str) -> None:
    assert inline(text) == expected


def test_headings_become_lines_of_their_own() -> None:
    text = "Intro.\n\n## Quotas and Limits ##\nThis resource has quotas.\n\nSetext\n======\nBody."
    assert blocks(text) == [
        Block("prose", ("Intro.",)),
        Block("heading", ("Quotas and Limits",)),
        Block("prose", ("This resource has quotas.",)),
        Block("heading", ("Setext",)),
        Block("prose", ("Body.",)),
    ]


def test_lists_stay_lists_and_wrap_under_their_markers() -> None:
    text = textwrap.dedent("""\
        These parameters:
        - HOST - The host, a very long description that goes on and on past the width.
        - PORT - The port,
          continued on an indented line.
          * nested **item**
        1. first
        2) second
        """)
    assert wrap(text, 40) == [
        "These parameters:",
        "",
        "- HOST - The host, a very long",
        "  description that goes on and on past",
        "  the width.",
        "- PORT - The port, continued on an",
        "  indented line.",
        "  * nested item",
        "1. first",
        "2) second",
    ]


def test_a_number_inside_a_paragraph_starts_no_list() -> None:
    assert plain("Released in\n2019. Then came\n1. the list") == (
        "Released in 2019. Then came\n\n1. the list"
    )


def test_tables_are_aligned_rows_never_reflowed() -> None:
    text = textwrap.dedent("""\
        Quotas:

        | Quota | Description |
        | :--- | ---: |
        | `byok.max_keys.per_org` | BYOK keys in one [organisation](https://x.io/org). |
        | a \\| b | short |
        """)
    cell = "BYOK keys in one organisation (https://x.io/org)."
    assert wrap(text, 30) == [
        "Quotas:",
        "",
        "Quota                  Description",
        "---------------------  " + "-" * len(cell),
        "byok.max_keys.per_org  " + cell,
        "a | b                  short",
    ]


def test_fenced_code_is_verbatim() -> None:
    text = "Run:\n\n```sh\ncurl -u key:secret \\\n  https://x.io/*_a_*\n\nexit\n```\nDone."
    assert plain(text) == (
        "Run:\n\n    curl -u key:secret \\\n      https://x.io/*_a_*\n\n    exit\n\nDone."
    )


def test_thematic_breaks_are_dropped() -> None:
    assert plain("One.\n\n---\n\nTwo.\n***\nThree.") == "One.\n\nTwo.\n\nThree."


def test_plain_prose_reflows_as_before() -> None:
    """AWS documentation (HTML remnants, no Markdown) reads exactly as it always did."""
    text = "Creates a connection.\nConnections  need\tthe role.\n\n<p>Second <i>one</i>.</p>"
    assert plain(text) == "Creates a connection. Connections need the role.\n\nSecond one."


def test_docstring_escapes_and_wraps() -> None:
    assert docstring("Short.", indent=4) == '"""Short."""'
    assert docstring('Ends with a "quote"', indent=4) == '"""Ends with a "quote" """'
    assert docstring('A \\d+ and """ inside.', indent=0) == '"""A \\\\d+ and \\"\\"\\" inside."""'
    assert docstring("", indent=4, fallback="The X structure.") == '"""The X structure."""'
    assert docstring("", indent=4) == ""
    long = docstring("## Title\n" + "word " * 30, indent=4)
    assert long.splitlines()[:3] == ['"""', "    Title", ""]
    assert all(len(line) <= 88 for line in long.splitlines())
