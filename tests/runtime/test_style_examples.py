"""Every defined cell of the OpenAPI 3.1.1 "Style Examples" table, written and read back.

The table is ``fixtures/openapi-3.1.1-style-examples.md``, verbatim (Apache-2.0). Each cell
that is not *n/a* is what ``styles.Styled`` must write for the parameter ``color`` and the
column's value, in the path for matrix/label/simple and in the query for the query styles,
and what it must read back into that value. The ``undefined`` column is read as the empty
string (3.0's "empty" column: an absent value writes nothing at all), so the simple row's
*empty* is "". Cookies take the form rows (the only style 3.1 gives them), each ``&`` pair one cookie.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from apigen.runtime.core.schema import COOKIE, LABEL, QUERY, MemberSpec
from apigen.runtime.protocols.styles import Styled, cookie_pairs
from apigen.runtime.protocols.wire_text import parse_query_pairs

TABLE = Path(__file__).parent / "fixtures" / "openapi-3.1.1-style-examples.md"
PATH_STYLES = ("matrix", "label", "simple")
RGB = (
    MemberSpec("R", "R", kind="integer"),
    MemberSpec("G", "G", kind="integer"),
    MemberSpec("B", "B", kind="integer"),
)


class Rgb:
    def __init__(self, **values: int) -> None:
        self.__dict__.update(values)


VALUES: dict[str, tuple[Any, Any, dict[str, Any]]] = {
    # column: (value written, its JSON form read back, MemberSpec arguments)
    "undefined": ("", "", {}),
    "string": ("blue", "blue", {}),
    "array": (
        ["blue", "black", "brown"],
        ["blue", "black", "brown"],
        {"kind": "list", "item_kind": "string"},
    ),
    "object": (
        Rgb(R=100, G=200, B=150),
        {"R": 100, "G": 200, "B": 150},
        {"kind": "structure", "fields": RGB},
    ),
}


def cells() -> list[tuple[str, bool, str, str]]:
    rows = [
        line for line in TABLE.read_text(encoding="utf-8").splitlines() if line.startswith("| ")
    ]
    header = [cell.strip().strip("`") for cell in rows[0].strip("|").split("|")]
    found = []
    for row in rows[1:]:
        values = [cell.strip() for cell in row.strip("|").split("|")]
        style, explode = values[0], values[1] == "true"
        for column, text in zip(header[2:], values[2:], strict=True):
            if text != "*n/a*":
                found.append((style, explode, column, "" if text == "*empty*" else text))
    return found


CELLS = cells()


def test_the_table_is_all_there() -> None:
    assert len(CELLS) == 4 * 8 + 2 * 2 + 1  # 8 full rows, 2 array/object rows, deepObject


@pytest.mark.parametrize(("style", "explode", "column", "wire"), CELLS)
def test_a_cell_is_written_and_read_back(style: str, explode: bool, column: str, wire: str) -> None:
    value, back, options = VALUES[column]
    location = LABEL if style in PATH_STYLES else QUERY
    styled = Styled(
        MemberSpec("color", "color", location=location, style=style, explode=explode, **options)
    )
    if location == LABEL:
        assert styled.path_text(value) == wire
        if wire:
            assert styled.path_value(wire) == back
        return
    assert "&".join(styled.query_parts(value)) == wire
    assert styled.query_value(parse_query_pairs(wire), {"color"}) == back


@pytest.mark.parametrize(
    ("explode", "column", "wire"), [(e, c, w) for s, e, c, w in CELLS if s == "form"]
)
def test_a_cookie_takes_the_form_rows(explode: bool, column: str, wire: str) -> None:
    """Each ``&``-separated pair of a form row is one cookie pair (``; ``-separated)."""
    value, back, options = VALUES[column]
    styled = Styled(MemberSpec("color", "color", location=COOKIE, explode=explode, **options))
    cookie = wire.replace("&", "; ")
    assert styled.cookie_text(value) == cookie
    assert styled.query_value(cookie_pairs(cookie), {"color"}) == back
