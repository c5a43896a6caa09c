"""A create's list the record holds as structures of another shape (MediaPackage's
``HlsManifests``: ``CreateHlsManifestConfiguration`` in, ``GetHlsManifestConfiguration``
requiring ``Url`` out; Q Apps' ``categories``: identifiers in, ``Category`` items requiring a
``title`` out): the record's items take values for the required members the input's lack
(``FakeOperation.fill``), so the read answers every item sent instead of leaving out each
one its output refuses. The expectations come from botocore's own model."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import botocore.session
from imported_models import fake_client
from imported_sample import imported_spec

from apigen import naming
from apigen.views.fake_plan import fake_plan


def _lacking(service: str, create: str, read: str) -> dict[str, set[str]]:
    """Per list member of ``create``'s input the ``read``'s output holds by name as
    structures: the item's required members the input's item does not have."""
    model = botocore.session.get_session().get_service_model(service)
    given = model.operation_model(create).input_shape
    answered = model.operation_model(read).output_shape
    out = {}
    for name, sent in given.members.items():
        kept = answered.members.get(name)
        if sent.type_name != "list" or kept is None or kept.type_name != "list":
            continue
        item, value = kept.member, sent.member
        if item.type_name != "structure" or item.name == value.name:
            continue
        has = set(value.members) if value.type_name == "structure" else set()
        lacking = {m for m in item.required_members if m not in has}
        if value.type_name != "structure":  # each value goes into the one member of its kind
            lacking -= {m for m, s in item.members.items() if s.name == value.name}
        if lacking:
            out[naming.snake(name)] = {naming.snake(m) for m in lacking}
    return out


def test_plan_fills_what_the_inputs_items_lack(tmp_path: Path) -> None:
    for service, create, read in (
        ("mediapackagev2", "CreateOriginEndpoint", "GetOriginEndpoint"),
        ("qapps", "CreateLibraryItem", "GetLibraryItem"),
    ):
        _, loaded = imported_spec(service, tmp_path)
        fill = dict(fake_plan(loaded).operations[create].fill)
        expected = _lacking(service, create, read)
        assert expected, (service, create)  # the model has such lists
        assert {k: set(v) for k, v in fill.items() if k in expected} == expected, service


def test_read_answers_every_wrapped_item(tmp_path: Path, scratch_service: Any) -> None:
    text, _ = imported_spec("qapps", tmp_path)
    app, categories = str(uuid.uuid4()), [str(uuid.uuid4()), str(uuid.uuid4())]
    with fake_client(scratch_service, text, "qapps") as (client, _):
        made = client.create_library_item(
            instance_id="i", app_id=app, app_version=1, categories=categories
        )
        got = client.get_library_item(instance_id="i", library_item_id=made.library_item_id)
    assert [c.id_ for c in got.categories] == categories
