"""A deprecated input member bound outside the body (DataZone's
``retainPermissionsOnRevokeFailure``, a query parameter of ``DeleteDataSource``) is sent
without the warning reading it by attribute gives: the warning is for the caller who sets
it, not for the client serialising what was set."""

from __future__ import annotations

import warnings
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from imported_models import fake_client, metadata, operation, spec_from_model, structure

NOT_FOUND = {
    "type": "structure",
    "members": {"message": {"shape": "S"}},
    "exception": True,
    "error": {"httpStatusCode": 404},
}


_op = partial(operation, errors=("ResourceNotFoundException",))


def _in_path(name: str) -> dict[str, Any]:
    return {"shape": "S", "location": "uri", "locationName": name}


DELETE = structure("WidgetId", WidgetId="S")
DELETE["members"] = {
    "WidgetId": _in_path("WidgetId"),
    "Retain": {
        "shape": "B",
        "location": "querystring",
        "locationName": "retain",
        "deprecated": True,
    },
}
MODEL = {
    "version": "2.0",
    "metadata": metadata("things", "rest-json"),
    "operations": {
        "CreateWidget": _op("CreateWidget", "POST", "/widgets"),
        "GetWidget": _op("GetWidget", "GET", "/widgets/{WidgetId}"),
        "DeleteWidget": _op("DeleteWidget", "DELETE", "/widgets/{WidgetId}"),
    },
    "shapes": {
        "S": {"type": "string"},
        "B": {"type": "boolean"},
        "ResourceNotFoundException": NOT_FOUND,
        "CreateWidgetRequest": structure("Name", Name="S"),
        "CreateWidgetResponse": structure(WidgetId="S", Name="S"),
        "GetWidgetRequest": {
            **structure("WidgetId"),
            "members": {"WidgetId": _in_path("WidgetId")},
        },
        "GetWidgetResponse": structure(WidgetId="S", Name="S"),
        "DeleteWidgetRequest": DELETE,
        "DeleteWidgetResponse": structure(),
    },
}


def test_a_deprecated_query_member_is_sent_without_a_warning(
    tmp_path: Path, scratch_service: Any
) -> None:
    service, text = spec_from_model(tmp_path, "things", MODEL)
    delete = service.shape(next(o.input for o in service.operations if o.name == "DeleteWidget"))
    assert any(m.deprecated and m.http is not None for m in delete.members), delete
    with fake_client(scratch_service, text, "things") as (client, service_error):
        made = client.create_widget(name="w").widget_id
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # setting it may warn: the caller's business
            request = {"widget_id": made, "retain": True}
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            client.delete_widget(**request)
        with pytest.raises(service_error) as gone:  # sent, and the fake deleted it
            client.get_widget(widget_id=made)
        assert gone.value.status == 404, gone.value
