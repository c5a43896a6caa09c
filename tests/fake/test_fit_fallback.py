"""``fit``: a required output member whose record value the output refuses takes the
operation's skeleton value (Bedrock's create answers ``Version`` as ``DRAFT`` only, the
record holds the read's wider version); without one the answer stays invalid. A generated
shape names its wire name by ``validation_alias=AliasChoices(wire, name)`` (no ``alias``):
what pydantic's error says is that name (S3 Files' ``accessPointArn``, whose ARN the fake
makes of another form than the model's pattern)."""

from __future__ import annotations

import pydantic
import pytest
from pydantic import AliasChoices, BaseModel, ConfigDict, Field

from apigen.runtime.fake.records import fit


class _Created(BaseModel):
    model_config = ConfigDict(validate_by_name=True, validate_by_alias=True)
    version: str = Field(alias="Version", pattern="^DRAFT$")
    note: str | None = Field(default=None, alias="Note", max_length=3)


class _Generated(BaseModel):  # as apigen.views.shapes writes a member whose wire name differs
    model_config = ConfigDict(validate_by_name=True, validate_by_alias=True)
    point_arn: str = Field(
        validation_alias=AliasChoices("pointArn", "point_arn"),
        serialization_alias="pointArn",
        pattern="^arn:x:point/",
    )


def test_required_member_refused_takes_the_skeleton_value() -> None:
    made = fit(_Created, {"version": "12", "note": "too long"}, {"version": "DRAFT"})
    assert (made.version, made.note) == ("DRAFT", None)


def test_without_a_skeleton_value_the_answer_stays_invalid() -> None:
    with pytest.raises(pydantic.ValidationError):
        fit(_Created, {"version": "12"})


def test_a_member_named_by_alias_choices_takes_the_skeleton_value() -> None:
    made = fit(_Generated, {"point_arn": "arn:x:other/1"}, {"point_arn": "arn:x:point/1"})
    assert made.point_arn == "arn:x:point/1"
