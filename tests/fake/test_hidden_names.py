"""EKS Anywhere subscriptions, on a small REST botocore model written here and imported as
``apigen import`` imports one: the create takes a ``name`` (unique in the account and
region) that the record does not hold. The fake keeps the name beside the record: a second
create of one name is the modelled conflict, and the name is free again once the first is
deleted."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from imported_models import fake_client, spec_from_model
from test_tag_paths import MODEL
from test_wrapped_shapes import _op, _struct

ID = {"shape": "S", "location": "uri", "locationName": "id"}


def _model() -> dict[str, Any]:
    model = copy.deepcopy(MODEL)
    model["operations"] = {
        "CreateSubscription": _op("CreateSubscription", "POST", "/subscriptions"),
        "DescribeSubscription": _op("DescribeSubscription", "GET", "/subscriptions/{id}"),
        "DeleteSubscription": _op("DeleteSubscription", "DELETE", "/subscriptions/{id}"),
    }
    shapes = model["shapes"]
    shapes["Subscription"] = _struct(["id"], id="S", arn="S", term="S")
    shapes["CreateSubscriptionRequest"] = _struct(["name"], name="Name", term="S")
    shapes["CreateSubscriptionResponse"] = _struct(subscription="Subscription")
    shapes["DescribeSubscriptionRequest"] = _struct(["id"], id=ID)
    shapes["DescribeSubscriptionResponse"] = _struct(subscription="Subscription")
    shapes["DeleteSubscriptionRequest"] = _struct(["id"], id=ID)
    shapes["DeleteSubscriptionResponse"] = _struct()
    return model


def test_a_name_the_record_does_not_hold_still_conflicts(
    tmp_path: Path, scratch_service: Any
) -> None:
    service, text = spec_from_model(tmp_path, "queues", _model())
    (resource,) = [r for r in service.resources if r.create == "CreateSubscription"]
    record = next(s for s in service.shapes.values() if s.name == "Subscription")
    assert record.get_member("name") is None  # the rule is exercised
    with fake_client(scratch_service, text, "queues") as (client, error):
        first = client.create_subscription(name="one", term="year").subscription
        other = client.create_subscription(name="two").subscription
        assert first is not None and other is not None and first.id_ != other.id_
        with pytest.raises(error) as refused:
            client.create_subscription(name="one")
        assert type(refused.value).__name__ == "PolicyAlreadyExists", refused.value
        client.delete_subscription(id_=first.id_)
        again = client.create_subscription(name="one").subscription
        assert again is not None and again.id_ != first.id_
    assert resource.identifiers[-1][0] == "id"
