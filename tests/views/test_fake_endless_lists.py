"""A list whose output requires its paginator's token (IoT SiteWise's ``ListActions``: a
required ``nextToken``, which its documentation calls null on the last page) cannot end:
every page the fake could answer would ask a client for another (botocore's paginator and
the generated one stop only on an absent or empty token, and the token's shape takes no
empty one). The plan leaves it unbound, saying why; the same list with an optional token
is bound."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from imported_models import spec_from_folder, structure
from test_fake_identifiers import _model

from apigen.views.fake_plan import fake_plan

TOKEN = {"type": "string", "min": 1, "max": 4096, "pattern": "[A-Za-z0-9+/=]+"}


def _gadgets(required: bool) -> dict[str, Any]:
    listed = {"Gadgets": {"shape": "Gadgets"}, "NextToken": {"shape": "Token"}}
    return _model(
        ["CreateGadget", "GetGadget", "ListGadgets", "DeleteGadget"],
        {
            "Token": TOKEN,
            "Gadget": structure(GadgetId="S", Name="S"),
            "Gadgets": {"type": "list", "member": {"shape": "Gadget"}},
            "CreateGadgetRequest": structure(Name="S"),
            "CreateGadgetResponse": structure(GadgetId="S"),
            "GetGadgetRequest": structure("GadgetId", GadgetId="S"),
            "GetGadgetResponse": structure(GadgetId="S", Name="S"),
            "ListGadgetsRequest": structure(NextToken="Token", MaxResults="N"),
            "N": {"type": "integer", "min": 1, "max": 100},
            "ListGadgetsResponse": {
                "type": "structure",
                "required": ["Gadgets", "NextToken"] if required else ["Gadgets"],
                "members": listed,
            },
            "DeleteGadgetRequest": structure("GadgetId", GadgetId="S"),
            "DeleteGadgetResponse": structure(),
        },
    )


def _plan(tmp_path: Path, required: bool) -> Any:
    folder = tmp_path / "things" / "2026-01-01"
    folder.mkdir(parents=True)
    (folder / "service-2.json").write_text(json.dumps(_gadgets(required)), encoding="utf-8")
    pages = {
        "ListGadgets": {
            "input_token": "NextToken",
            "output_token": "NextToken",
            "limit_key": "MaxResults",
            "result_key": "Gadgets",
        }
    }
    text = json.dumps({"pagination": pages})
    (folder / "paginators-1.json").write_text(text, encoding="utf-8")
    service, _ = spec_from_folder(tmp_path, "things", folder)
    (resource,) = service.resources
    assert resource.list == "ListGadgets", resource
    listed = next(o for o in service.operations if o.name == "ListGadgets")
    assert listed.paginated is not None and listed.paginated.output_token == "NextToken"
    return fake_plan(service)


def test_a_list_requiring_its_page_token_is_unbound(tmp_path: Path) -> None:
    plan = _plan(tmp_path, required=True)
    assert "ListGadgets" not in plan.operations, plan.operations
    assert "NextToken" in plan.unbound.get("ListGadgets", ""), plan.unbound
    assert "CreateGadget" in plan.operations and "GetGadget" in plan.operations, plan.unbound


def test_a_list_with_an_optional_page_token_is_bound(tmp_path: Path) -> None:
    plan = _plan(tmp_path, required=False)
    assert plan.operations["ListGadgets"].role == "list", plan.unbound
