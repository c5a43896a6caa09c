"""Where a fake answers its records, on a small JSON model written here in ECS's manner
(imported as ``apigen import`` imports one; resources inferred, nothing declared):

- a list output holding several lists (``gadgets`` of records, then ``failures``: ECS's
  ``DescribeCapacityProviders``) lists the records in the list of them, not in the last;
- an output member named as the own identifier that is the record's structure (ECS's
  ``taskSet`` answered by ``CreateTaskSet``, whose record has ``taskSetArn`` and ``id``)
  holds the record: it is not a bare identifier beside one.

Both are checked on the plan and through the story (the generated client against the fake).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from imported_models import fake_client, metadata, operation, spec_from_model
from imported_models import structure as _struct
from story import Story
from test_stories import GeneratedCaller

from apigen.views.fake_plan import fake_plan


def _error(name: str) -> dict[str, Any]:
    return {**_struct(message="String"), "exception": True, "error": {"code": name}}


MODEL: dict[str, Any] = {
    "version": "2.0",
    "metadata": metadata("gadgets", targetPrefix="Gadgets_20260101"),
    "operations": {
        name: operation(name, errors=("NotFoundException", "InvalidParameterException"))
        for name in (
            "CreateGadget",
            "DescribeGadgets",
            "DeleteGadget",
            "CreateWidget",
            "DescribeWidgets",
            "DeleteWidget",
        )
    },
    "shapes": {
        "String": {"type": "string"},
        "StringList": {"type": "list", "member": {"shape": "String"}},
        "NotFoundException": _error("NotFoundException"),
        "InvalidParameterException": _error("InvalidParameterException"),
        "Failure": _struct(arn="String", reason="String"),
        "Failures": {"type": "list", "member": {"shape": "Failure"}},
        "Gadget": _struct(gadgetArn="String", name="String", status="String", colour="String"),
        "Gadgets": {"type": "list", "member": {"shape": "Gadget"}},
        "CreateGadgetRequest": _struct("name", name="String", colour="String"),
        "CreateGadgetResponse": _struct(gadget="Gadget"),
        "DescribeGadgetsRequest": _struct(gadgets="StringList", nextToken="String"),
        "DescribeGadgetsResponse": _struct(
            gadgets="Gadgets", failures="Failures", nextToken="String"
        ),
        "DeleteGadgetRequest": _struct("gadget", gadget="String"),
        "DeleteGadgetResponse": _struct(gadget="Gadget"),
        "Widget": _struct(id="String", widgetArn="String", status="String", size="String"),
        "Widgets": {"type": "list", "member": {"shape": "Widget"}},
        "CreateWidgetRequest": _struct("size", size="String"),
        "CreateWidgetResponse": _struct(widget="Widget"),
        "DescribeWidgetsRequest": _struct(widgets="StringList"),
        "DescribeWidgetsResponse": _struct(widgets="Widgets", failures="Failures"),
        "DeleteWidgetRequest": _struct("widget", widget="String"),
        "DeleteWidgetResponse": _struct(widget="Widget"),
    },
}


def test_a_list_of_several_lists_answers_the_records_in_theirs(tmp_path: Path) -> None:
    service, _ = spec_from_model(tmp_path, "gadgets", MODEL)
    plan = fake_plan(service)
    listed = {r.name: r.list for r in service.resources}
    assert listed.get("Gadget") == "DescribeGadgets", listed
    assert plan.operations["DescribeGadgets"].items == "gadgets"


def test_an_output_member_named_as_the_own_identifier_holds_the_record(tmp_path: Path) -> None:
    service, _ = spec_from_model(tmp_path, "gadgets", MODEL)
    widget = next(r for r in service.resources if r.name == "Widget")
    assert widget.identifiers[-1][0] == "widget", widget.identifiers
    assert fake_plan(service).operations["CreateWidget"].record == "widget"


def test_the_stories_run(tmp_path: Path, scratch_service: Any) -> None:
    service, text = spec_from_model(tmp_path, "gadgets", MODEL)
    with fake_client(scratch_service, text, "gadgets") as (client, error):
        for name in ("Gadget", "Widget"):
            resource = next(r for r in service.resources if r.name == name)
            story = Story(service, resource, GeneratedCaller(service, client, error))
            story.run({})
            assert any("delete" in line for line in story.log), story.log
