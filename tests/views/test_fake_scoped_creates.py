"""Partner Central's resource snapshots, on a small botocore model written here and
imported as ``apigen import`` imports one: the instance operations share the required
``Catalog``, ``EngagementIdentifier`` and ``SnapshotTemplateIdentifier``, the last naming the
resource (its own), the others scoping it; the record calls the engagement ``EngagementId``.
A create keeps the scopes the request gave (not fresh values, which no read could name),
so each snapshot is read back by the identifiers it was made with."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from imported_models import structure
from test_fake_identifiers import _client, _model, _service

SHARED = ("Catalog", "EngagementIdentifier", "SnapshotTemplateIdentifier")
KEYS = {"Catalog": "S", "EngagementIdentifier": "S", "SnapshotTemplateIdentifier": "S"}
SNAPSHOTS = _model(
    ["CreateSnapshot", "GetSnapshot", "DeleteSnapshot"],
    {
        "CreateSnapshotRequest": structure(*SHARED, **KEYS, Payload="S"),
        "CreateSnapshotResponse": structure(Arn="S", Revision="S"),
        "GetSnapshotRequest": structure(*SHARED, **KEYS),
        "GetSnapshotResponse": structure(
            Catalog="S", EngagementId="S", SnapshotTemplateName="S", Payload="S", Arn="S"
        ),
        "DeleteSnapshotRequest": structure(*SHARED, **KEYS),
        "DeleteSnapshotResponse": structure(),
    },
)


def test_a_create_keeps_the_scopes_it_was_given(tmp_path: Path, scratch_service: Any) -> None:
    service, text = _service(tmp_path, SNAPSHOTS)
    (resource,) = service.resources
    assert [n for n, _ in resource.identifiers] == list(SHARED), resource.identifiers
    with _client(scratch_service, text) as (client, _):
        for engagement in ("eng-1", "eng-2"):
            client.create_snapshot(
                catalog="AWS",
                engagement_identifier=engagement,
                snapshot_template_identifier="t1",
                payload=engagement,
            )
        for engagement in ("eng-1", "eng-2"):
            got = client.get_snapshot(
                catalog="AWS", engagement_identifier=engagement, snapshot_template_identifier="t1"
            )
            assert got.payload == engagement and got.engagement_id == engagement, got
