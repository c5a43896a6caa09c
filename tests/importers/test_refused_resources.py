"""``apigen import`` never fails for a guess: an inferred resource binding the spec's checks
refuse is left out, the rest kept (``importers.resources.write_spec``/``without_refused``).

The guesses are made here (``spec_resources`` replaced by one adding bindings the checks
refuse, of each kind they refuse) so the test does not hang on what inference guesses today:
whatever it guesses, what the import writes is a spec ``apigen validate`` accepts.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from imported_models import metadata, operation, spec_from_model, structure

from apigen.importers import resources as import_resources
from apigen.importers.resources import without_refused
from apigen.pipeline import load_services

OPS = ("CreateWidget", "GetWidget", "ListWidgets", "DeleteWidget", "CreatePart", "ListParts")
MODEL: dict[str, Any] = {
    "version": "2.0",
    "metadata": metadata("widgets", targetPrefix="Widgets_20260101"),
    "operations": {n: operation(n, errors=("NotFound",)) for n in OPS},
    "shapes": {
        "S": {"type": "string"},
        "Widget": structure("WidgetId", WidgetId="S", Name="S"),
        "Widgets": {"type": "list", "member": {"shape": "Widget"}},
        "CreateWidgetRequest": structure("Name", Name="S"),
        "CreateWidgetResponse": structure(WidgetId="S"),
        "GetWidgetRequest": structure("WidgetId", WidgetId="S"),
        "GetWidgetResponse": structure(Widget="Widget"),
        "ListWidgetsRequest": structure(NextToken="S"),
        "ListWidgetsResponse": structure(Widgets="Widgets", NextToken="S"),
        "DeleteWidgetRequest": structure("WidgetId", WidgetId="S"),
        "DeleteWidgetResponse": structure(),
        "CreatePartRequest": structure("WidgetId", WidgetId="S"),
        "CreatePartResponse": structure(PartId="S"),
        "ListPartsRequest": structure(NextToken="S"),  # lists every part: no WidgetId
        "ListPartsResponse": structure(NextToken="S"),
        "NotFound": {**structure(Message="S"), "error": {"httpStatusCode": 404}, "exception": True},
    },
}

WIDGET = {
    "identifiers": {"WidgetId": "S"},
    "create": "CreateWidget",
    "read": "GetWidget",
    "list": "ListWidgets",
    "delete": "DeleteWidget",
}
GUESSES: dict[str, Any] = {
    "Widget": {**WIDGET, "resources": ["Part", "Gadget"]},
    # a child whose list input lacks the parent's identifier: the list is unbound
    "Part": {
        "identifiers": {"WidgetId": "S", "PartId": "S"},
        "create": "CreatePart",
        "list": "ListParts",
    },
    # an operation another resource holds: unbound, and with nothing left, left out
    "Gadget": {"identifiers": {"WidgetId": "S", "GadgetId": "S"}, "delete": "DeleteWidget"},
    # an identifier of no shape: left out
    "Ghost": {"identifiers": {"GhostId": "NoSuchShape"}, "read": "GetWidget"},
}


def test_refused_guesses_are_left_out_and_the_rest_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_resources, "spec_resources", lambda _: copy.deepcopy(GUESSES))
    service, text = spec_from_model(tmp_path, "widgets", MODEL)
    (checked,) = load_services([tmp_path / "widgets.yaml"])  # as `apigen validate` loads it
    kept = {r.name: r for r in checked.resources}
    assert set(kept) == {"Widget", "Part"}
    assert dict(kept["Widget"].lifecycle_operations) == {
        k: v for k, v in WIDGET.items() if k != "identifiers"
    }
    assert kept["Widget"].resources == ("Part",)
    assert dict(kept["Part"].lifecycle_operations) == {"create": "CreatePart"}
    assert "Gadget" not in text and "Ghost" not in text
    assert {r.name for r in service.resources} == set(kept)


def test_a_refusal_outside_the_guesses_is_reported() -> None:
    assert without_refused(GUESSES, ["operations.GetWidget.input"]) is None
    assert without_refused(GUESSES, ["resources.Nobody.list"]) is None


def test_a_refused_instance_operation_is_unbound_and_its_resource_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # ListParts' input lacks the WidgetId an instance operation of Widget needs: refused at
    # ``resources.Widget.operations[0]``, it is unbound; Widget keeps the rest
    guesses = {"Widget": {**WIDGET, "operations": ["ListParts", "CreatePart"]}}
    monkeypatch.setattr(import_resources, "spec_resources", lambda _: copy.deepcopy(guesses))
    service, _ = spec_from_model(tmp_path, "widgets", MODEL)
    (widget,) = service.resources
    assert widget.operations == ("CreatePart",)
    assert dict(widget.lifecycle_operations) == {
        k: v for k, v in WIDGET.items() if k != "identifiers"
    }
