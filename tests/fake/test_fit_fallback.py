"""``fit``: a required output member whose record value the output refuses takes the
operation's skeleton value (Bedrock's create answers ``Version`` as ``DRAFT`` only, the
record holds the read's wider version); without one the answer stays invalid."""

from __future__ import annotations

import pydantic
import pytest
from pydantic import BaseModel, ConfigDict, Field

from apigen.runtime.fake.records import fit


class _Created(BaseModel):
    model_config = ConfigDict(validate_by_name=True, validate_by_alias=True)
    version: str = Field(alias="Version", pattern="^DRAFT$")
    note: str | None = Field(default=None, alias="Note", max_length=3)


def test_required_member_refused_takes_the_skeleton_value() -> None:
    made = fit(_Created, {"version": "12", "note": "too long"}, {"version": "DRAFT"})
    assert (made.version, made.note) == ("DRAFT", None)


def test_without_a_skeleton_value_the_answer_stays_invalid() -> None:
    with pytest.raises(pydantic.ValidationError):
        fit(_Created, {"version": "12"})
