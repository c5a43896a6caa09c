"""A create whose output has no member and whose input names no identifier (GameLift's
``CreateVpcPeeringConnection``, Glue's ``CreateCatalog``): the story finds the new resource
as the one item its list did not hold before (``story_created``), and runs to the delete.
A small JSON botocore model written here, imported as ``apigen import`` imports one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from imported_models import fake_client, metadata, operation, spec_from_model, structure
from story import Story
from test_stories import GeneratedCaller

MODEL: dict[str, Any] = {
    "version": "2.0",
    "metadata": metadata("widgets"),
    "operations": {
        n: operation(n, errors=("ResourceNotFoundException",))
        for n in ("CreateWidget", "GetWidget", "DeleteWidget", "ListWidgets")
    },
    "shapes": {
        "S": {"type": "string"},
        "Widget": structure("WidgetId", WidgetId="S", Color="S"),
        "Widgets": {"type": "list", "member": {"shape": "Widget"}},
        "CreateWidgetRequest": structure("Color", Color="S"),
        "CreateWidgetResponse": structure(),
        "GetWidgetRequest": structure("WidgetId", WidgetId="S"),
        "GetWidgetResponse": structure(Widget="Widget"),
        "DeleteWidgetRequest": structure("WidgetId", WidgetId="S"),
        "DeleteWidgetResponse": structure(),
        "ListWidgetsRequest": structure(),
        "ListWidgetsResponse": structure(Widgets="Widgets"),
        "ResourceNotFoundException": {
            "type": "structure",
            "members": {"message": {"shape": "S"}},
            "exception": True,
            "error": {"httpStatusCode": 404},
        },
    },
}


def test_a_create_answering_nothing_is_found_by_its_list(
    tmp_path: Path, scratch_service: Any
) -> None:
    service, text = spec_from_model(tmp_path, "widgets", MODEL)
    widget = next(r for r in service.resources if r.name == "Widget")
    create = next(o for o in service.operations if o.name == widget.create)
    assert not service.shape(create.output or "").members  # the model's: it answers nothing
    with fake_client(scratch_service, text, "widgets") as (client, error):
        story = Story(service, widget, GeneratedCaller(service, client, error))
        ids, _ = story.create({}, 0)
        listed = [w.widget_id for w in client.list_widgets().widgets or []]
        assert listed == [ids["WidgetId"]]  # the one widget, found by the list
        assert client.get_widget(widget_id=ids["WidgetId"]).widget.color is not None
        ids, _ = story.create({}, 1)  # the second: the item new to the list
        assert ids["WidgetId"] in [w.widget_id for w in client.list_widgets().widgets or []]
        assert ids["WidgetId"] != listed[0]
        story.run({})
        assert "delete" in " ".join(story.log)
