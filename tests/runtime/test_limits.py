"""Nesting and size bounds (``runtime/core/limits.py``): what counts as depth, and which bodies."""

from __future__ import annotations

import pytest

from apigen.runtime.core.limits import DEFAULT_MAX_DEPTH, json_body, too_deep
from apigen.runtime.core.schema import PAYLOAD, MemberSpec


@pytest.mark.parametrize(
    ("body", "limit", "deep"),
    [
        (b"[" * 65 + b"]" * 65, 64, True),
        (b"[" * 64 + b"]" * 64, 64, False),
        (b'{"a": ' * 65 + b"1" + b"}" * 65, 64, True),
        (b"[]" * 10_000, 64, False),  # many brackets, never deep
        (b'["' + b"[" * 1000 + b'"]', 64, False),  # brackets inside a string are text
        (b'["\\"' + b"[" * 1000 + b'"]', 64, False),  # an escaped quote does not end it
        (b"{" * 100_000, DEFAULT_MAX_DEPTH, True),  # unbalanced: still refused
        (b"", 64, False),
    ],
)
def test_depth(body: bytes, limit: int, deep: bool) -> None:
    assert too_deep(body, limit) is deep


def test_raw_payloads_are_data_not_json() -> None:
    blob = MemberSpec("body", "body", location=PAYLOAD, kind="blob")
    text = MemberSpec("body", "body", location=PAYLOAD, kind="string")
    structure = MemberSpec("body", "body", location=PAYLOAD, kind="structure")
    member = MemberSpec("name", "Name", kind="string")
    assert not json_body((blob,)) and not json_body((text,))
    assert json_body((structure,)) and json_body((member,)) and json_body(())
