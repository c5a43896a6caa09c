"""A record's name the create cannot set (Resilience Hub's ``Test``: its ``name`` comes from
the template, the create takes none) is no conflict: every record would hold the skeleton's
empty name, and the second create would be refused. A name the create sets still conflicts.
A small JSON botocore model written here, imported as ``apigen import`` imports one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from imported_models import fake_client, metadata, operation, spec_from_model, structure


def _model(named_create: bool) -> dict[str, Any]:
    create = structure("TemplateArn", TemplateArn="S")
    if named_create:
        create["members"]["Name"] = {"shape": "S"}
    error = {"type": "structure", "members": {"message": {"shape": "S"}}, "exception": True}
    return {
        "version": "2.0",
        "metadata": metadata("widgets"),
        "operations": {
            n: operation(n, errors=("ConflictException", "ResourceNotFoundException"))
            for n in ("CreateWidget", "GetWidget", "DeleteWidget", "ListWidgets")
        },
        "shapes": {
            "S": {"type": "string"},
            "Widget": structure("WidgetId", "Name", WidgetId="S", Name="S", TemplateArn="S"),
            "Widgets": {"type": "list", "member": {"shape": "Widget"}},
            "CreateWidgetRequest": create,
            "CreateWidgetResponse": structure("WidgetId", WidgetId="S"),
            "GetWidgetRequest": structure("WidgetId", WidgetId="S"),
            "GetWidgetResponse": structure(Widget="Widget"),
            "DeleteWidgetRequest": structure("WidgetId", WidgetId="S"),
            "DeleteWidgetResponse": structure(),
            "ListWidgetsRequest": structure(),
            "ListWidgetsResponse": structure(Widgets="Widgets"),
            "ConflictException": {**error, "error": {"httpStatusCode": 409}},
            "ResourceNotFoundException": {**error, "error": {"httpStatusCode": 404}},
        },
    }


@pytest.mark.parametrize("named_create", [False, True])
def test_a_name_only_the_record_holds_is_no_conflict(
    named_create: bool, tmp_path: Path, scratch_service: Any
) -> None:
    service, text = spec_from_model(tmp_path, "widgets", _model(named_create))
    create = next(r for r in service.resources if r.name == "Widget").create
    assert create == "CreateWidget"
    given = {"name": "w"} if named_create else {}
    with fake_client(scratch_service, text, "widgets") as (client, error):
        first = client.create_widget(template_arn="t", **given)
        if named_create:  # the same name again: the declared conflict
            with pytest.raises(error) as refused:
                client.create_widget(template_arn="t", **given)
            assert refused.value.code == "ConflictException"
            return
        second = client.create_widget(template_arn="t")
        assert first.widget_id != second.widget_id
        listed = client.list_widgets().widgets or []
        assert sorted(w.widget_id for w in listed) == sorted([first.widget_id, second.widget_id])
