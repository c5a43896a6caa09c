"""The record's inner structure holding the resource's own members, when it requires the
own identifier: the fake makes that identifier, so the structure is still the record's own
(Route 53's ``GetHostedZone`` answers a ``HostedZone`` requiring its ``Id`` and ``Name``,
beside a ``DelegationSet`` of its own ``Id``): the fresh ``Id`` is made there, the name the
create gives goes there too, and the read, the list and the delete find the record by it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from imported_models import fake_client, spec_from_model, structure
from test_fake_identifiers import _model

ZONES = _model(
    ["CreateZone", "GetZone", "ListZones", "DeleteZone"],
    {
        "Zone": structure("Id", "Name", Id="S", Name="S", CallerReference="S"),
        "Delegation": structure(Id="S", CallerReference="S", NameServers="Servers"),
        "Servers": {"type": "list", "member": {"shape": "S"}},
        "CreateZoneRequest": structure("Name", "CallerReference", Name="S", CallerReference="S"),
        "CreateZoneResponse": structure(Zone="Zone", Delegation="Delegation"),
        "GetZoneRequest": structure("Id", Id="S"),
        "GetZoneResponse": structure(Zone="Zone", Delegation="Delegation"),
        "Zones": {"type": "list", "member": {"shape": "Zone"}},
        "ListZonesRequest": structure(),
        "ListZonesResponse": structure(Zones="Zones"),
        "DeleteZoneRequest": structure("Id", Id="S"),
        "DeleteZoneResponse": structure(),
    },
)


def test_an_inner_structure_requiring_the_own_identifier_holds_it(
    tmp_path: Path, scratch_service: Any
) -> None:
    service, text = spec_from_model(tmp_path, "things", ZONES)
    (resource,) = service.resources
    assert [name for name, _ in resource.identifiers] == ["Id"]
    read = next(o for o in service.operations if o.name == resource.read)
    assert service.shape(read.output or "").get_member("Id") is None  # only its structures
    with fake_client(scratch_service, text, "things") as (client, service_error):
        made = [client.create_zone(name=f"z{n}.", caller_reference=f"c{n}") for n in range(2)]
        ids = [m.zone.id_ for m in made]
        assert all(ids) and len(set(ids)) == 2, made
        assert [m.zone.name for m in made] == ["z0.", "z1."], made
        got = client.get_zone(id_=ids[1]).zone
        assert got.id_ == ids[1] and got.name == "z1." and got.caller_reference == "c1", got
        listed = client.list_zones().zones or []
        assert sorted(z.id_ for z in listed) == sorted(ids), listed
        client.delete_zone(id_=ids[0])
        with pytest.raises(service_error) as gone:
            client.get_zone(id_=ids[0])
        assert gone.value.status == 404, gone.value
