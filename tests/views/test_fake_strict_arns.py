"""An own ARN identifier whose create output and read take a stricter ARN than the record's
``arn`` (Image Builder's ``componentBuildVersionArn``, ``component/<name>/<version>/<build>``,
where the record's ``arn`` also takes ``component/<id>``): the fake makes ARNs every one of
them takes, and answers no other ``...Id`` with it (Image Builder's ``requestId``). A fresh
tail of few values (one digit) still makes an ARN no record holds."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from imported_models import fake_client, spec_from_model, structure
from test_fake_identifiers import _model

from apigen.regex_translate import to_python

HEAD = "arn:aws:things:[a-z0-9-]+:[0-9]{12}:"
LOOSE = HEAD + "widget/[a-z0-9-_]+(?:/[0-9]+\\.[0-9]+\\.[0-9]+(?:/[0-9]+)?)?"
STRICT = HEAD + "widget/[a-z0-9-_]+/[0-9]+\\.[0-9]+\\.[0-9]+/[0-9]+"
WIDGETS = _model(
    ["CreateWidget", "GetWidget", "ListWidgets", "DeleteWidget"],
    {
        "Loose": {"type": "string", "pattern": LOOSE},
        "Strict": {"type": "string", "pattern": STRICT},
        "Name": {"type": "string", "pattern": "[a-z0-9-_]+"},
        "Widget": structure(arn="Loose", name="Name", description="S"),
        "Widgets": {"type": "list", "member": {"shape": "Widget"}},
        "CreateWidgetRequest": structure("name", name="Name", description="S"),
        "CreateWidgetResponse": structure(requestId="S", widgetBuildVersionArn="Strict"),
        "GetWidgetRequest": structure("widgetBuildVersionArn", widgetBuildVersionArn="Strict"),
        "GetWidgetResponse": structure(requestId="S", widget="Widget"),
        "ListWidgetsRequest": structure(),
        "ListWidgetsResponse": structure(widgets="Widgets"),
        "DeleteWidgetRequest": structure("widgetBuildVersionArn", widgetBuildVersionArn="Strict"),
        "DeleteWidgetResponse": structure(),
    },
)
GIZMOS = _model(
    ["CreateGizmo", "GetGizmo", "DeleteGizmo"],
    {
        "GizmoArn": {"type": "string", "pattern": "^" + HEAD + "gizmo/[0-9]$"},
        "CreateGizmoRequest": structure(description="S"),
        "CreateGizmoResponse": structure(gizmoArn="GizmoArn"),
        "GetGizmoRequest": structure("gizmoArn", gizmoArn="GizmoArn"),
        "GetGizmoResponse": structure(gizmoArn="GizmoArn", description="S"),
        "DeleteGizmoRequest": structure("gizmoArn", gizmoArn="GizmoArn"),
        "DeleteGizmoResponse": structure(),
    },
)


def test_the_own_arn_fits_the_stricter_members_taking_it(
    tmp_path: Path, scratch_service: Any
) -> None:
    service, text = spec_from_model(tmp_path, "things", WIDGETS)
    (resource,) = service.resources
    assert [name for name, _ in resource.identifiers] == ["widgetBuildVersionArn"]
    strict, loose = (re.compile(to_python(p)) for p in (STRICT, LOOSE))
    with fake_client(scratch_service, text, "things") as (client, service_error):
        made = [client.create_widget(name=f"w{n}", description=f"d{n}") for n in range(3)]
        arns = [m.widget_build_version_arn for m in made]
        assert all(a and strict.fullmatch(a) and loose.fullmatch(a) for a in arns), arns
        assert len(set(arns)) == 3 and all(m.request_id not in arns for m in made), made
        got = client.get_widget(widget_build_version_arn=arns[1]).widget
        assert got.arn == arns[1] and got.description == "d1", got
        listed = client.list_widgets().widgets or []
        assert sorted(w.arn for w in listed) == sorted(arns), listed
        client.delete_widget(widget_build_version_arn=arns[0])
        with pytest.raises(service_error) as gone:
            client.get_widget(widget_build_version_arn=arns[0])
        assert gone.value.status == 404, gone.value


def test_a_made_arn_of_few_fresh_values_is_one_no_record_holds(
    tmp_path: Path, scratch_service: Any
) -> None:
    service, text = spec_from_model(tmp_path, "things", GIZMOS)
    (resource,) = service.resources
    assert [name for name, _ in resource.identifiers] == ["gizmoArn"]
    with fake_client(scratch_service, text, "things") as (client, _):
        arns = [client.create_gizmo(description=f"g{n}").gizmo_arn for n in range(10)]
        assert all(arns) and len(set(arns)) == 10, arns  # every digit, each once
        assert {client.get_gizmo(gizmo_arn=a).description for a in arns} == {
            f"g{n}" for n in range(10)
        }
