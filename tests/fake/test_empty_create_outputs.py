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


def _memberships() -> dict[str, Any]:
    """Security Agent's memberships: an ``AgentSpace``'s, each also of an application (an
    ``Application``'s only identifier, scoping it); the create names the membership and
    answers nothing; the list requires both the space and the application."""
    scoped = ("AgentSpaceId", "ApplicationId")
    member = (*scoped, "MembershipId")
    shapes: dict[str, Any] = {
        "S": {"type": "string"},
        "Membership": structure(*member, **dict.fromkeys(member, "S"), Role="S"),
        "Memberships": {"type": "list", "member": {"shape": "Membership"}},
        "ResourceNotFoundException": MODEL["shapes"]["ResourceNotFoundException"],
        "CreateAgentSpaceRequest": structure(),
        "CreateAgentSpaceResponse": structure(AgentSpaceId="S"),
        "GetAgentSpaceRequest": structure("AgentSpaceId", AgentSpaceId="S"),
        "GetAgentSpaceResponse": structure(AgentSpaceId="S"),
        "CreateApplicationRequest": structure(),
        "CreateApplicationResponse": structure(ApplicationId="S"),
        "GetApplicationRequest": structure("ApplicationId", ApplicationId="S"),
        "GetApplicationResponse": structure(ApplicationId="S"),
        "CreateMembershipRequest": structure(*member, **dict.fromkeys(member, "S"), Role="S"),
        "CreateMembershipResponse": structure(),
        "DeleteMembershipRequest": structure(*member, **dict.fromkeys(member, "S")),
        "DeleteMembershipResponse": structure(),
        "ListMembershipsRequest": structure(*scoped, **dict.fromkeys(scoped, "S")),
        "ListMembershipsResponse": structure(Memberships="Memberships"),
    }
    names = [n.removesuffix("Request") for n in shapes if n.endswith("Request")]
    return {
        "version": "2.0",
        "metadata": metadata("agents"),
        "operations": {n: operation(n, errors=("ResourceNotFoundException",)) for n in names},
        "shapes": shapes,
    }


def test_a_scope_without_items_lists_none_and_the_story_lists_within_it(
    tmp_path: Path, scratch_service: Any
) -> None:
    """Before the create the story lists within the scope the create names (the
    application its input takes); a list within a scope holding no item answers an empty
    list, not the not-found a list filtered by an unknown own identifier answers."""
    service, text = spec_from_model(tmp_path, "agents", _memberships())
    membership = next(r for r in service.resources if r.name == "Membership")
    assert [n for n, _ in membership.identifiers] == [
        "AgentSpaceId",
        "ApplicationId",
        "MembershipId",
    ]
    with fake_client(scratch_service, text, "agents") as (client, error):
        space = client.create_agent_space().agent_space_id
        empty = client.list_memberships(agent_space_id=space, application_id="app-without-any")
        assert not empty.memberships
        story = Story(service, membership, GeneratedCaller(service, client, error))
        story.run({"AgentSpaceId": space})
        assert "delete" in " ".join(story.log)
