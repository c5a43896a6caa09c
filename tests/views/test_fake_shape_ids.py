"""A bare own ``Identifier`` no member spells is the record's one member of its shape, when
that shape is an id's (IoT Managed Integrations' OTA task configurations: the read takes an
``Identifier``, the record and the create answer a ``TaskConfigurationId``, both
``OtaTaskConfigurationId``): the fake makes it there and answers it, and the read, the list
and the delete find the record by it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from imported_models import fake_client, spec_from_model, structure
from test_fake_identifiers import _model

CONFIG_ID = {"type": "string", "min": 1, "max": 64, "pattern": "[A-Za-z0-9]+"}
CONFIGS = _model(
    ["CreateTaskConfig", "GetTaskConfig", "ListTaskConfigs", "DeleteTaskConfig"],
    {
        "TaskConfigId": CONFIG_ID,
        "CreateTaskConfigRequest": structure(Name="S", Description="S"),
        "CreateTaskConfigResponse": structure(ConfigId="TaskConfigId"),
        "GetTaskConfigRequest": structure("Identifier", Identifier="TaskConfigId"),
        "GetTaskConfigResponse": structure(ConfigId="TaskConfigId", Name="S", Description="S"),
        "Configs": {"type": "list", "member": {"shape": "GetTaskConfigResponse"}},
        "ListTaskConfigsRequest": structure(),
        "ListTaskConfigsResponse": structure(Items="Configs"),
        "DeleteTaskConfigRequest": structure("Identifier", Identifier="TaskConfigId"),
        "DeleteTaskConfigResponse": structure(),
    },
)


def test_a_bare_identifier_is_the_records_member_of_its_shape(
    tmp_path: Path, scratch_service: Any
) -> None:
    service, text = spec_from_model(tmp_path, "things", CONFIGS)
    (resource,) = service.resources
    assert [name for name, _ in resource.identifiers] == ["Identifier"]
    with fake_client(scratch_service, text, "things") as (client, service_error):
        ids = [client.create_task_config(name=f"c{n}").config_id for n in range(2)]
        assert all(ids) and len(set(ids)) == 2, ids
        got = client.get_task_config(identifier=ids[1])
        assert got.config_id == ids[1] and got.name == "c1", got
        listed = client.list_task_configs().items or []
        assert sorted(c.config_id for c in listed) == sorted(ids), listed
        client.delete_task_config(identifier=ids[0])
        with pytest.raises(service_error) as gone:
            client.get_task_config(identifier=ids[0])
        assert gone.value.status == 404, gone.value
