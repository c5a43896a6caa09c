"""Kinesis' streams, as ``apigen import`` imports the pinned botocore model: every instance
operation takes a ``StreamName`` or a ``StreamARN``, neither required, and the create requires
the name. The stream is a resource named by it (none was inferred while the instance
operations shared no required member), and found by its ARN alone too (``FakeOperation
.by_arn``); ``ListStreams`` answers the names beside the summaries (its output requires
``StreamNames``: it answered an empty list beside the stream's summary)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import botocore.session
import pytest
from imported_models import fake_client
from imported_sample import imported_spec

SERVICE = "kinesis"


def test_a_stream_is_named_by_the_name_its_create_requires(tmp_path: Path) -> None:
    _, service = imported_spec(SERVICE, tmp_path)
    stream = next(r for r in service.resources if r.name == "Stream")
    model = botocore.session.get_session().get_service_model(SERVICE)
    create = model.operation_model(stream.create or "").input_shape
    assert [name for name, _ in stream.identifiers] == ["StreamName"]
    assert "StreamName" in create.required_members
    for role in (stream.read, stream.delete):
        taken = model.operation_model(role or "").input_shape
        assert {"StreamName", "StreamARN"} <= set(taken.members)
        assert not {"StreamName", "StreamARN"} & set(taken.required_members)


def test_a_stream_is_found_by_its_name_or_its_arn(tmp_path: Path, scratch_service: Any) -> None:
    text, _ = imported_spec(SERVICE, tmp_path)
    with fake_client(scratch_service, text, SERVICE) as (client, error):
        client.create_stream(stream_name="orders", shard_count=1)
        client.create_stream(stream_name="refunds", shard_count=1)
        named = client.describe_stream(stream_name="orders").stream_description
        arn = named.stream_arn
        assert arn.startswith("arn:aws:kinesis:") and arn.endswith(":stream/orders")
        by_arn = client.describe_stream(stream_arn=arn).stream_description
        assert (by_arn.stream_name, by_arn.stream_arn) == ("orders", arn)
        listed = client.list_streams()
        assert listed.stream_names == ["orders", "refunds"]
        assert [s.stream_name for s in listed.stream_summaries] == listed.stream_names
        client.delete_stream(stream_arn=arn)
        with pytest.raises(error):
            client.describe_stream(stream_name="orders")
        assert client.list_streams().stream_names == ["refunds"]
