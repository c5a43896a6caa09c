"""A create whose output's record member is of another shape than the record (IAM's
``CreateAccessKey`` answers an ``AccessKey`` requiring ``SecretAccessKey`` and ``Status``,
its records are the listed ``AccessKeyMetadata``, holding neither surely; Grafana's token
create answers a ``ServiceAccountTokenSummaryWithKey`` requiring the ``key``): the plan gives
values for the record member's required members and the answer takes those the record lacks
(it answered 500: the output refused the record). The expectations come from botocore."""

from __future__ import annotations

from pathlib import Path

import botocore.session
from imported_sample import imported_spec
from pydantic import BaseModel, ConfigDict, Field

from apigen import naming
from apigen.runtime.fake.records import fit, with_lacked
from apigen.views.fake_plan import fake_plan


def test_plan_gives_the_record_members_required_members(tmp_path: Path) -> None:
    for service, create in (
        ("iam", "CreateAccessKey"),
        ("grafana", "CreateWorkspaceServiceAccountToken"),
    ):
        output = botocore.session.get_session().get_service_model(service)
        output_shape = output.operation_model(create).output_shape
        _, loaded = imported_spec(service, tmp_path)
        planned = fake_plan(loaded).operations[create]
        assert planned.record, (service, create)
        member = next(m for m in output_shape.members if naming.snake(m) == planned.record)
        required = {naming.snake(m) for m in output_shape.members[member].required_members}
        given = planned.skeleton.get(planned.record)
        assert isinstance(given, dict) and required <= set(given), (service, given, required)


class _Key(BaseModel):
    model_config = ConfigDict(validate_by_name=True, validate_by_alias=True)
    key_id: str = Field(alias="KeyId")
    status: str = Field(alias="Status")
    secret: str = Field(alias="Secret")


class _Created(BaseModel):
    model_config = ConfigDict(validate_by_name=True, validate_by_alias=True)
    key: _Key = Field(alias="Key")


def test_the_answer_takes_what_the_record_lacks_and_keeps_its_own() -> None:
    skeleton = {"key": {"key_id": "", "status": "Active", "secret": "s"}}
    payload = {"key": {"key_id": "k1", "status": "Inactive"}}
    made = fit(_Created, with_lacked(payload, skeleton, "key"), skeleton)
    assert (made.key.key_id, made.key.status, made.key.secret) == ("k1", "Inactive", "s")
    assert payload == {"key": {"key_id": "k1", "status": "Inactive"}}  # the record unchanged
