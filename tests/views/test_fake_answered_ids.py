"""Where a create answers the own identifier, on small botocore models written here and
imported as ``apigen import`` imports one:

- a bare own identifier (``id``, ``identifier``) no member of the record carries is the
  record's ``<Resource>Id`` (DataZone's connections: ``GetConnection`` takes ``identifier``,
  the record and the create's answer hold ``connectionId``): the fake makes it there, the
  create answers it and the instance operations find the record by it;
- a create output whose one structure carrying the own identifier is of another shape than
  the record's (Cloud Control's ``ProgressEvent``) answers it there.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from imported_models import fake_client, metadata, operation, spec_from_model, structure

from apigen import naming
from apigen.regex_translate import to_python

NOT_FOUND = {"type": "structure", "members": {"message": {"shape": "S"}}, "exception": True}


_op = partial(operation, errors=("ResourceNotFoundException",))


WIDGET_ID = {"type": "string", "pattern": "^[a-zA-Z0-9_-]{1,36}$"}
RECORD = {"WidgetId": "WidgetId", "Name": "S", "Description": "S"}
WIDGETS = {
    "version": "2.0",
    "metadata": metadata("things"),
    "operations": {
        name: _op(name) for name in ("CreateWidget", "GetWidget", "ListWidgets", "DeleteWidget")
    },
    "shapes": {
        "S": {"type": "string"},
        "ResourceNotFoundException": NOT_FOUND,
        "WidgetId": WIDGET_ID,
        "CreateWidgetRequest": structure("Name", Name="S", Description="S"),
        "CreateWidgetResponse": structure(**RECORD),
        "GetWidgetRequest": structure("Identifier", Identifier="WidgetId"),
        "GetWidgetResponse": structure(**RECORD),
        "WidgetSummary": structure(**RECORD),
        "Widgets": {"type": "list", "member": {"shape": "WidgetSummary"}},
        "ListWidgetsRequest": structure(),
        "ListWidgetsResponse": structure(Items="Widgets"),
        "DeleteWidgetRequest": structure("Identifier", Identifier="WidgetId"),
        "DeleteWidgetResponse": structure(),
    },
}


def test_a_bare_identifier_is_the_records_resource_id(tmp_path: Path, scratch_service: Any) -> None:
    service, text = spec_from_model(tmp_path, "things", WIDGETS)
    (resource,) = service.resources
    own, _ = resource.identifiers[-1]
    read = next(o for o in service.operations if o.name == resource.read)
    record = service.shape(read.output or "")
    assert own.lower() == "identifier" and record.get_member(own) is None, resource
    spelled = naming.snake(f"{resource.name}Id")  # the record's member spelling it
    assert record.get_member(f"{resource.name}Id") is not None, record
    with fake_client(scratch_service, text, "things") as (client, service_error):
        made = [client.create_widget(name=f"w{n}") for n in range(2)]
        ids = [getattr(m, spelled) for m in made]
        assert all(ids) and len(set(ids)) == 2, made
        got = client.get_widget(identifier=ids[1])
        assert getattr(got, spelled) == ids[1] and got.name == "w1", got
        listed = client.list_widgets().items or []
        assert sorted(getattr(w, spelled) for w in listed) == sorted(ids), listed
        client.delete_widget(identifier=ids[0])
        with pytest.raises(service_error) as gone:
            client.get_widget(identifier=ids[0])
        assert gone.value.status == 404, gone.value


PROGRESS = structure(TypeName="S", Identifier="S", RequestToken="S", Status="S")
REQUESTS = {
    **WIDGETS,
    "operations": {
        name: _op(name) for name in ("CreateRequest", "GetRequest", "ListRequests", "DeleteRequest")
    },
    "shapes": {
        "S": {"type": "string"},
        "ResourceNotFoundException": NOT_FOUND,
        "ProgressEvent": PROGRESS,
        "Description": structure(Identifier="S", Properties="S"),
        "CreateRequestRequest": structure("TypeName", TypeName="S", Properties="S"),
        "CreateRequestResponse": structure(ProgressEvent="ProgressEvent"),
        "GetRequestRequest": structure("TypeName", "Identifier", TypeName="S", Identifier="S"),
        "GetRequestResponse": structure(TypeName="S", Description="Description"),
        "Descriptions": {"type": "list", "member": {"shape": "Description"}},
        "ListRequestsRequest": structure("TypeName", TypeName="S"),
        "ListRequestsResponse": structure(TypeName="S", Descriptions="Descriptions"),
        "DeleteRequestRequest": structure("TypeName", "Identifier", TypeName="S", Identifier="S"),
        "DeleteRequestResponse": structure(ProgressEvent="ProgressEvent"),
    },
}


def test_a_create_answers_the_identifier_in_the_one_structure_carrying_it(
    tmp_path: Path, scratch_service: Any
) -> None:
    """Cloud Control's ``CreateResource`` answers a ``ProgressEvent`` (not the record's
    shape) holding the ``Identifier`` the instance operations take: the fake fills it."""
    service, text = spec_from_model(tmp_path, "things", REQUESTS)
    (resource,) = service.resources
    own, _ = resource.identifiers[-1]
    create = next(o for o in service.operations if o.name == resource.create)
    output = service.shape(create.output or "")
    assert output.get_member(own) is None, output  # the output does not carry it itself
    (holder,) = [  # the one structure that does
        m for m in output.members if service.shape(m.target).get_member(own) is not None
    ]
    field, attr = naming.snake(holder.name), naming.snake(own)
    with fake_client(scratch_service, text, "things") as (client, service_error):
        made = [client.create_request(type_name="t", properties=f"p{n}") for n in range(2)]
        ids = [getattr(getattr(m, field), attr) for m in made]
        assert all(ids) and len(set(ids)) == 2, made
        got = client.get_request(type_name="t", identifier=ids[1])
        assert got.description.properties == "p1", got
        client.delete_request(type_name="t", identifier=ids[0])
        with pytest.raises(service_error) as gone:
            client.get_request(type_name="t", identifier=ids[0])
        assert gone.value.status == 404, gone.value


DETAILS = structure(
    "WidgetArn",
    "WidgetName",
    "WidgetStatus",
    WidgetArn="WidgetArn",
    WidgetName="S",
    WidgetStatus="Status",
)
BACKUPS = {
    **WIDGETS,
    "operations": {
        name: _op(name)
        for name in ("CreateWidget", "DescribeWidget", "ListWidgets", "DeleteWidget")
    },
    "shapes": {
        "S": {"type": "string"},
        "ResourceNotFoundException": NOT_FOUND,
        "WidgetArn": {"type": "string", "min": 37, "max": 1024},
        "Status": {"type": "string", "enum": ["CREATING", "AVAILABLE"]},
        "WidgetDetails": DETAILS,
        "SourceDetails": structure("SourceName", SourceName="S", SourceId="S"),
        "WidgetDescription": structure(
            WidgetDetails="WidgetDetails", SourceDetails="SourceDetails"
        ),
        "CreateWidgetRequest": structure(
            "SourceName", "WidgetName", SourceName="S", WidgetName="S"
        ),
        "CreateWidgetResponse": structure(WidgetDetails="WidgetDetails"),
        "DescribeWidgetRequest": structure("WidgetArn", WidgetArn="WidgetArn"),
        "DescribeWidgetResponse": structure(WidgetDescription="WidgetDescription"),
        "Widgets": {"type": "list", "member": {"shape": "WidgetDetails"}},
        "ListWidgetsRequest": structure(),
        "ListWidgetsResponse": structure(Widgets="Widgets"),
        "DeleteWidgetRequest": structure("WidgetArn", WidgetArn="WidgetArn"),
        "DeleteWidgetResponse": structure(WidgetDescription="WidgetDescription"),
    },
}


def test_an_identifier_an_optional_structure_holds_by_its_name_is_made_there(
    tmp_path: Path, scratch_service: Any
) -> None:
    """DynamoDB's backups: ``DescribeBackup``'s record holds the ``BackupArn`` only in its
    optional ``BackupDetails``, whose required members the create's answer must carry too."""
    service, text = spec_from_model(tmp_path, "things", BACKUPS)
    (resource,) = service.resources
    own, target = resource.identifiers[-1]
    create = next(o for o in service.operations if o.name == resource.create)
    (holder,) = service.shape(create.output or "").members
    details = service.shape(holder.target)
    assert details.get_member(own) is not None and not holder.required, details
    length = service.shape(target).constraints.length
    minimum = length.min if length and length.min else 0
    with fake_client(scratch_service, text, "things") as (client, service_error):
        made = [
            client.create_widget(source_name="s", widget_name=f"w{n}").widget_details
            for n in range(2)
        ]
        assert all(made), made  # answered, its required members with it
        ids = [getattr(m, naming.snake(own)) for m in made]
        assert len(set(ids)) == 2 and all(len(i) >= minimum for i in ids), ids
        got = client.describe_widget(widget_arn=ids[1]).widget_description
        assert got.widget_details.widget_name == "w1", got
        assert {d.widget_arn for d in client.list_widgets().widgets or []} == set(ids)
        client.delete_widget(widget_arn=ids[0])
        with pytest.raises(service_error) as gone:
            client.describe_widget(widget_arn=ids[0])
        assert gone.value.status == 404, gone.value


OWNED_ARN = (
    "arn:aws:things:[a-z]{2}-[a-z]+-[0-9]:[0-9]{12}:owner/(o-[a-z0-9]+|[0-9]{12})"
    "/widget/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
)
OWNED_RECORD = {"WidgetArn": "WidgetArn", "OwnerId": "OwnerId", "WidgetName": "S"}
OWNED = {
    **WIDGETS,
    "operations": {
        name: _op(name) for name in ("CreateWidget", "GetWidget", "ListWidgets", "DeleteWidget")
    },
    "shapes": {
        "S": {"type": "string"},
        "ResourceNotFoundException": NOT_FOUND,
        "WidgetArn": {"type": "string", "pattern": OWNED_ARN},
        "OwnerId": {"type": "string", "pattern": "^\\d{12}|o-[a-z0-9]{10,32}$"},
        "CreateWidgetRequest": structure("WidgetName", WidgetName="S"),
        "CreateWidgetResponse": structure(WidgetArn="WidgetArn"),
        "GetWidgetRequest": structure("WidgetArn", WidgetArn="WidgetArn"),
        "GetWidgetResponse": structure(**OWNED_RECORD),
        "WidgetSummary": structure(**OWNED_RECORD),
        "Widgets": {"type": "list", "member": {"shape": "WidgetSummary"}},
        "ListWidgetsRequest": structure(),
        "ListWidgetsResponse": structure(Widgets="Widgets"),
        "DeleteWidgetRequest": structure("WidgetArn", WidgetArn="WidgetArn"),
        "DeleteWidgetResponse": structure(),
    },
}


def test_an_arn_segment_a_record_member_fills_that_no_create_gives_still_fits(
    tmp_path: Path, scratch_service: Any
) -> None:
    """Inspector's CIS scan configurations: the ARN is ``owner/<ownerId>/...``, the record's
    ``ownerId``, which the create input does not give: the ARN still fits its pattern."""
    service, text = spec_from_model(tmp_path, "things", OWNED)
    (resource,) = service.resources
    own, target = resource.identifiers[-1]
    create = next(o for o in service.operations if o.name == resource.create)
    assert service.shape(create.input or "").get_member("OwnerId") is None
    pattern = re.compile(to_python(service.shape(target).constraints.pattern or ""))
    with fake_client(scratch_service, text, "things") as (client, _):
        made = [
            getattr(client.create_widget(widget_name=f"w{n}"), naming.snake(own)) for n in (0, 1)
        ]
        assert all(a and pattern.fullmatch(a) for a in made) and len(set(made)) == 2, made
        got = client.get_widget(widget_arn=made[1])
        assert got.widget_name == "w1" and got.owner_id and got.owner_id in made[1], got


REGISTRY_ID = {
    "type": "string",
    "min": 1,
    "max": 2048,
    "pattern": "(arn:aws(-[^:]+)?:things:[a-z0-9-]+:[0-9]{12}:widget/)?[a-zA-Z0-9]{12,16}",
}
REGISTRY_ARN = {
    "type": "string",
    "pattern": "arn:aws(-[^:]+)?:things:[a-z0-9-]+:[0-9]{12}:widget/[a-zA-Z0-9]{12,16}",
}
NAMED_RECORD = {"WidgetId": "RecordId", "WidgetArn": "WidgetArn", "Name": "S"}
BY_ARN = {
    **WIDGETS,
    "operations": {name: _op(name) for name in ("CreateWidget", "GetWidget", "DeleteWidget")},
    "shapes": {
        "S": {"type": "string"},
        "ResourceNotFoundException": NOT_FOUND,
        "WidgetId": REGISTRY_ID,
        "RecordId": {"type": "string", "min": 12, "max": 16, "pattern": "^[a-zA-Z0-9]{12,16}$"},
        "WidgetArn": REGISTRY_ARN,
        "CreateWidgetRequest": structure("Name", Name="S"),
        "CreateWidgetResponse": structure(WidgetArn="WidgetArn"),
        "GetWidgetRequest": structure("WidgetId", WidgetId="WidgetId"),
        "GetWidgetResponse": structure(**NAMED_RECORD),
        "DeleteWidgetRequest": structure("WidgetId", WidgetId="WidgetId"),
        "DeleteWidgetResponse": structure(),
    },
}


def test_an_identifier_taking_the_arn_the_create_answers_finds_the_record(
    tmp_path: Path, scratch_service: Any
) -> None:
    """Agent Registry's ``CreateRegistry`` answers only the ``registryArn``; the record holds
    a ``registryId`` too, and the instance operations take either (the identifier's pattern
    takes the ARN): the ARN the create answers finds the record."""
    service, text = spec_from_model(tmp_path, "things", BY_ARN)
    (resource,) = service.resources
    own, target = resource.identifiers[-1]
    takes = re.compile(to_python(service.shape(target).constraints.pattern or ""))
    with fake_client(scratch_service, text, "things") as (client, service_error):
        arns = [client.create_widget(name=f"w{n}").widget_arn for n in (0, 1)]
        assert all(a and takes.fullmatch(a) for a in arns) and len(set(arns)) == 2, arns
        got = client.get_widget(widget_id=arns[1])
        assert got.name == "w1" and got.widget_arn == arns[1], got
        assert client.get_widget(widget_id=getattr(got, naming.snake(own))).name == "w1"
        client.delete_widget(widget_id=arns[0])
        with pytest.raises(service_error) as gone:
            client.get_widget(widget_id=arns[0])
        assert gone.value.status == 404, gone.value


RUN_RECORD = {"id": "S", "arn": "S", "name": "S", "status": "S", "configuration": "Details"}
RUNS = {
    **WIDGETS,
    "operations": {name: _op(name) for name in ("StartRun", "GetRun", "DeleteRun")},
    "shapes": {
        "S": {"type": "string"},
        "ResourceNotFoundException": NOT_FOUND,
        "Details": structure(name="S", arn="S"),
        "StartRunRequest": structure("name", name="S"),
        "StartRunResponse": structure(id="S", arn="S", status="S", configuration="Details"),
        "GetRunRequest": structure("id", id="S"),
        "GetRunResponse": structure(**RUN_RECORD),
        "DeleteRunRequest": structure("id", id="S"),
        "DeleteRunResponse": structure(),
    },
}


def test_a_create_answering_the_identifier_itself_is_not_answered_in_a_structure(
    tmp_path: Path, scratch_service: Any
) -> None:
    """Omics' ``StartRun`` answers the run's ``id`` beside a ``configuration`` holding only
    members the record has too (``name``, ``arn``): the record is the output itself."""
    service, text = spec_from_model(tmp_path, "things", RUNS)
    (resource,) = service.resources
    own, _ = resource.identifiers[-1]
    start = next(o for o in service.operations if o.name == resource.create)
    output = service.shape(start.output or "")
    assert output.get_member(own) is not None, output  # the output carries it itself
    with fake_client(scratch_service, text, "things") as (client, service_error):
        ids = [getattr(client.start_run(name=f"r{n}"), naming.snake(own)) for n in (0, 1)]
        assert all(ids) and len(set(ids)) == 2, ids
        assert client.get_run(id_=ids[1]).name == "r1"
        client.delete_run(id_=ids[0])
        with pytest.raises(service_error) as gone:
            client.get_run(id_=ids[0])
        assert gone.value.status == 404, gone.value
