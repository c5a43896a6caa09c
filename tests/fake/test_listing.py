"""The fake's list pages and filters (runtime/fake/listing.py), on their own."""

from __future__ import annotations

import datetime

import pytest

from apigen.runtime.fake.listing import decode_token, encode_token, matches
from apigen.runtime.fake.plan import FakeToken

FORMS = [
    FakeToken(),
    FakeToken(made="digits", width=8, tail="##a"),
    FakeToken(made="hex", width=16),
    FakeToken(made="alnum", width=12, head="t-"),
    FakeToken(made="uuid"),
]


@pytest.mark.parametrize("seq", [0, 1, 7, 10**12])
def test_a_token_gives_back_its_creation_number_and_is_url_safe(seq: int) -> None:
    token = encode_token(seq)
    assert decode_token(token) == seq
    assert str(seq) not in token  # opaque: a client cannot read or build one from a number
    assert all(c.isalnum() or c in "-_=" for c in token)


@pytest.mark.parametrize("junk", ["", "not a token", "%%%", encode_token(3)[:-2] + "!!"])
def test_a_token_the_fake_did_not_make_is_a_value_error(junk: str) -> None:
    with pytest.raises(ValueError):
        decode_token(junk)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("seq", [1, 35, 36, 10**9])
def test_a_spelled_token_gives_back_its_creation_number(form: FakeToken, seq: int) -> None:
    token = encode_token(seq, form)
    assert token.startswith(form.head) and token.endswith(form.tail)
    assert len(token) >= len(form.head) + form.width + len(form.tail)
    assert decode_token(token, form) == seq


@pytest.mark.parametrize("form", FORMS[1:])
def test_a_token_of_another_spelling_is_a_value_error(form: FakeToken) -> None:
    with pytest.raises(ValueError):
        decode_token("x" + encode_token(5, form) + "!", form)


EARLY = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
LATE = datetime.datetime(2026, 6, 1, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    ("how", "wanted", "value", "expected"),
    [
        ("equals", None, "x", True),  # an empty filter matches everything
        ("in", [], "x", True),
        ("prefix", "", None, True),
        ("equals", "x", None, False),  # a field the record lacks fails a filter that asks
        ("equals", "ACTIVE", "ACTIVE", True),
        ("equals", "ACTIVE", "DELETED", False),
        ("equals", 3, "3", True),  # query strings arrive as text
        ("in", ["ACTIVE", "CREATING"], "CREATING", True),
        ("in", ["ACTIVE"], "FAILED", False),
        ("in", ["b"], ["a", "b"], True),  # a list field shares one wanted value
        ("in", ["c"], ["a", "b"], False),
        ("prefix", "my-", "my-connector", True),
        ("prefix", "my-", "your-connector", False),
        ("after", EARLY, LATE, True),
        ("after", LATE, EARLY, False),
        ("after", EARLY, EARLY, True),  # bounds are inclusive
        ("before", LATE, EARLY, True),
        ("before", EARLY, LATE, False),
    ],
)
def test_filters(how: str, wanted: object, value: object, expected: bool) -> None:
    assert matches(how, wanted, value) is expected
