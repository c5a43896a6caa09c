"""A required map with a least size (botocore's ``min``, OpenAPI's ``minProperties``) gets
that many entries in the skeleton, each key and value valid as the map's: HealthLake's
``GetDataTransformationProfile`` requires a ``ProfileMapping`` of at least one entry, which
the record of a create (whose input has no mapping) lacks; an empty map answered 500. The
expectations come from botocore's model."""

from __future__ import annotations

import re
from pathlib import Path

import botocore.session
from imported_sample import imported_spec

from apigen import naming
from apigen.views.fake_plan import fake_plan


def test_a_required_map_gets_its_fewest_entries(tmp_path: Path) -> None:
    service, read = "healthlake", "GetDataTransformationProfile"
    output = botocore.session.get_session().get_service_model(service)
    output_shape = output.operation_model(read).output_shape
    maps = {
        naming.snake(m): output_shape.members[m]
        for m in output_shape.required_members
        if output_shape.members[m].type_name == "map"
        and output_shape.members[m].metadata.get("min")
    }
    assert maps, "the model has a required map with a least size"
    _, loaded = imported_spec(service, tmp_path)
    skeleton = fake_plan(loaded).operations[read].skeleton
    for name, shape in maps.items():
        given = skeleton[name]
        assert isinstance(given, dict) and len(given) >= shape.metadata["min"], (name, given)
        key_pattern = shape.key.metadata.get("pattern")
        for key, value in given.items():
            assert not key_pattern or re.search(key_pattern, key), (name, key, key_pattern)
            low = shape.key.metadata.get("min", 0)
            assert len(key) >= low, (name, key)
            if shape.value.type_name == "string":
                assert isinstance(value, str), (name, value)
                assert len(value) >= shape.value.metadata.get("min", 0), (name, value)
