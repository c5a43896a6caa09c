"""A bare ``identifier`` (DataZone's) is the record's ``id`` where the read answers one,
though a structure of the record holds an ``identifier`` of its own: a metadata generation
run's ``target.identifier`` names the asset the run is of, not the run. Before, the fake
took the ``target`` for the record, and the run for the asset it names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import botocore.session
from imported_models import fake_client
from imported_sample import imported_spec

from apigen import naming
from apigen.views.fake_plan import fake_plan


def test_a_bare_identifier_is_the_records_id(tmp_path: Path, scratch_service: Any) -> None:
    model = botocore.session.get_session().get_service_model("datazone")
    read = model.operation_model("GetMetadataGenerationRun")
    given = read.input_shape.members["identifier"]
    out = read.output_shape.members
    assert out["id"].name == given.name  # the read answers the run's id, of its shape
    assert "identifier" in out["target"].members  # beside the target's own identifier
    text, service = imported_spec("datazone", tmp_path)
    run = fake_plan(service).resources["MetadataGenerationRun"]
    assert [i.field for i in run.identifiers] == ["id_"]
    assert set(run.fields) == {naming.snake(n) for n in out} - {"type"} | {"type_"}
    with fake_client(scratch_service, text, "datazone") as (client, _):
        target = {"type": "ASSET", "identifier": "asset1", "revision": "1"}
        made = client.start_metadata_generation_run(
            domain_identifier="dzd-a", target=target, owning_project_identifier="p1"
        )
        got = client.get_metadata_generation_run(domain_identifier="dzd-a", identifier=made.id_)
        assert got.id_ == made.id_ != "asset1"
        assert got.target is not None and got.target.identifier == "asset1"
