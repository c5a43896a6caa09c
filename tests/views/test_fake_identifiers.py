"""Where a fake finds a resource's identifiers, on small botocore models written here and
imported as ``apigen import`` imports one (resources inferred, nothing declared):

- an own identifier that is an ARN the record does not hold (SSM's ``OpsMetadataArn``: its
  read returns ``ResourceId`` and ``Metadata`` only) is still made, in the form the pattern
  of the member the instance operations take it in asks for, and the create answers it;
- an own identifier only a structure of the record carries (Service Catalog's
  ``ServiceActionSummary.Id``, Audit Manager's ``metadata.id``) is made in that structure,
  the one holding what the create input names, with the name and timestamps there;
- an own ARN identifier the create input names is the client's (Chime SDK Messaging's
  ``MemberArn`` of a ban), carried by the record's structure spelling it (``Member.Arn``);
- the one member the create answers that every instance operation takes is the own
  identifier, after the required members they share that the create takes too (Social
  Messaging's flows: ``flowId`` within the WhatsApp account's ``id``);
- a record naming the resource by the last words of its name (Security Agent's target
  domains: ``domainName``, which the create input calls ``targetDomainName``) holds the
  name the create gives, and a second create of that name is the conflict;
- a bare ``Name`` the record calls otherwise is the record's one ``...Name`` of the create's
  ``Name`` shape (GameLift's matchmaking rule sets: ``RuleSetName``), which a list without
  a read finds them by;
- a create taking the record itself (SES's ``ConfigurationSet``, whose ``Name`` is the
  ``ConfigurationSetName`` every other operation takes) names the resource: the fake keeps
  that name, never a made-up one;
- an identifier spelling the resource (API Gateway's ``documentationVersion`` of a
  ``DocumentationVersion``) is the record's member of its last word (``version``), else its
  ``name`` (ECS's ``capacityProvider``, a short name or an ARN), which the create gives;
- a record structure sharing a member with the create input but requiring others it does
  not give (IAM's MFA device's ``User``, sharing ``Path``, requiring ``UserName`` and
  ``Arn``) is not where the resource's members go: the fake
  stamped its ``CreateDate`` there, leaving a ``User`` without its required members, and
  every create answered 500.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from imported_models import fake_client, metadata, operation, spec_from_model, structure

from apigen import ir, naming
from apigen.regex_translate import to_python

NOT_FOUND = {
    "type": "structure",
    "members": {"message": {"shape": "S"}},
    "exception": True,
}


_op = partial(operation, errors=("ResourceNotFoundException",))


def _model(operations: list[str], shapes: dict[str, Any]) -> dict[str, Any]:
    return {
        "version": "2.0",
        "metadata": metadata("things"),
        "operations": {name: _op(name) for name in operations},
        "shapes": {"S": {"type": "string"}, "ResourceNotFoundException": NOT_FOUND, **shapes},
    }


def _service(tmp_path: Path, model: dict[str, Any]) -> tuple[ir.Service, str]:
    return spec_from_model(tmp_path, "things", model)


def _client(scratch_service: Any, text: str) -> Any:
    """The generated client against the service's fake, in-process, and its error root."""
    return fake_client(scratch_service, text, "things")


ARN_PATTERN = "arn:aws:things:[a-z0-9-]+:[0-9]{12}:gadget\\/[a-zA-Z0-9-]+"
GADGETS = _model(
    ["CreateGadget", "GetGadget", "ListGadgets", "DeleteGadget"],
    {
        "GadgetArn": {"type": "string", "min": 1, "max": 200, "pattern": ARN_PATTERN},
        "CreateGadgetRequest": structure("ResourceId", ResourceId="S"),
        "CreateGadgetResponse": structure(GadgetArn="GadgetArn"),
        "GetGadgetRequest": structure("GadgetArn", GadgetArn="GadgetArn"),
        "GetGadgetResponse": structure(ResourceId="S"),
        "Gadget": structure(GadgetArn="GadgetArn", ResourceId="S"),
        "Gadgets": {"type": "list", "member": {"shape": "Gadget"}},
        "ListGadgetsRequest": structure(),
        "ListGadgetsResponse": structure(Gadgets="Gadgets"),
        "DeleteGadgetRequest": structure("GadgetArn", GadgetArn="GadgetArn"),
        "DeleteGadgetResponse": structure(),
    },
)


def test_an_arn_identifier_the_record_lacks_is_made_and_answered(
    tmp_path: Path, scratch_service: Any
) -> None:
    service, text = _service(tmp_path, GADGETS)
    (resource,) = service.resources
    own, target = resource.identifiers[-1]
    read = next(o for o in service.operations if o.name == resource.read)
    record = service.shape(read.output or "")
    assert own.endswith("Arn") and record.get_member(own) is None, record  # the record lacks it
    pattern = re.compile(to_python(service.shape(target).constraints.pattern or ""))
    with _client(scratch_service, text) as (client, _):
        made = [client.create_gadget(resource_id=f"r{n}").gadget_arn for n in range(2)]
        assert all(arn and pattern.fullmatch(arn) for arn in made), made
        assert len(set(made)) == 2, made
        assert client.get_gadget(gadget_arn=made[1]).resource_id == "r1"
        listed = client.list_gadgets().gadgets or []
        assert sorted(g.gadget_arn for g in listed) == sorted(made), listed
        client.delete_gadget(gadget_arn=made[0])
        left = [getattr(g, naming.snake(own)) for g in client.list_gadgets().gadgets or []]
        assert left == [made[1]]


ACTION_ID = {"type": "string", "min": 1, "max": 100, "pattern": "^[a-zA-Z0-9_\\-]*"}
ACTIONS = _model(
    ["CreateAction", "DescribeAction", "ListActions", "DeleteAction"],
    {
        "Id": ACTION_ID,
        "Owner": structure(Id="S", Name="S"),
        "ActionSummary": structure(Id="Id", Name="S", Description="S", CreatedTime="Time"),
        "Time": {"type": "timestamp"},
        "ActionDetail": structure(ActionSummary="ActionSummary", Owner="Owner", Definition="S"),
        "CreateActionRequest": structure("Name", Name="S", Description="S", Definition="S"),
        "CreateActionResponse": structure(ActionDetail="ActionDetail"),
        "DescribeActionRequest": structure("Id", Id="Id"),
        "DescribeActionResponse": structure(ActionDetail="ActionDetail"),
        "ActionSummaries": {"type": "list", "member": {"shape": "ActionSummary"}},
        "ListActionsRequest": structure(),
        "ListActionsResponse": structure(ActionSummaries="ActionSummaries"),
        "DeleteActionRequest": structure("Id", Id="Id"),
        "DeleteActionResponse": structure(),
    },
)


def test_an_identifier_only_a_structure_of_the_record_carries_is_made_there(
    tmp_path: Path, scratch_service: Any
) -> None:
    """Service Catalog's ``ServiceActionDetail`` holds the action's ``Id``, ``Name`` and
    ``Description`` in its ``ServiceActionSummary`` (Audit Manager's assessments in their
    ``metadata``), beside an ``Owner`` of its own ``Id`` and ``Name``: the summary is the one
    holding what the create names, so the fresh ``Id``, the name the create gives (unique)
    and the creation time are there."""
    service, text = _service(tmp_path, ACTIONS)
    (resource,) = service.resources
    own, target = resource.identifiers[-1]
    read = next(o for o in service.operations if o.name == resource.read)
    (wrapper,) = service.shape(read.output or "").members
    record = service.shape(wrapper.target)
    assert record.get_member(own) is None, record  # only its structures carry an Id
    pattern = re.compile(to_python(service.shape(target).constraints.pattern or ""))
    with _client(scratch_service, text) as (client, service_error):
        made = [
            client.create_action(name=f"a{n}", description=f"d{n}", definition="x").action_detail
            for n in range(2)
        ]
        ids = [detail.action_summary.id_ for detail in made]
        assert all(i and pattern.search(i) for i in ids) and len(set(ids)) == 2, made
        assert all(detail.owner is None or detail.owner.id_ not in ids for detail in made)
        got = client.describe_action(id_=ids[1]).action_detail
        assert got.action_summary.name == "a1" and got.action_summary.description == "d1", got
        assert got.action_summary.created_time is not None and got.definition == "x", got
        listed = client.list_actions().action_summaries or []
        assert sorted(s.id_ for s in listed) == sorted(ids), listed
        with pytest.raises(service_error) as refused:  # the name is the summary's: unique
            client.create_action(name="a0", definition="y")
        assert refused.value.status == 409, refused.value
        client.delete_action(id_=ids[0])
        with pytest.raises(service_error) as gone:
            client.describe_action(id_=ids[0])
        assert gone.value.status == 404, gone.value


MEMBER_ARN = {"type": "string", "min": 5, "max": 1600, "pattern": "arn:[a-z0-9-\\.]{1,63}:.*"}
BANS = _model(
    ["CreateBan", "DescribeBan", "ListBans", "DeleteBan"],
    {
        "MemberArn": MEMBER_ARN,
        "Identity": structure(Arn="MemberArn", Name="S"),
        "Ban": structure(Member="Identity", CreatedBy="Identity", CreatedTimestamp="Time"),
        "Time": {"type": "timestamp"},
        "CreateBanRequest": structure("MemberArn", MemberArn="MemberArn"),
        "CreateBanResponse": structure(Member="Identity"),
        "DescribeBanRequest": structure("MemberArn", MemberArn="MemberArn"),
        "DescribeBanResponse": structure(Ban="Ban"),
        "BanSummary": structure(Member="Identity"),
        "Bans": {"type": "list", "member": {"shape": "BanSummary"}},
        "ListBansRequest": structure(),
        "ListBansResponse": structure(Bans="Bans"),
        "DeleteBanRequest": structure("MemberArn", MemberArn="MemberArn"),
        "DeleteBanResponse": structure(),
    },
)


def test_an_arn_identifier_the_create_names_is_the_clients(
    tmp_path: Path, scratch_service: Any
) -> None:
    """Chime SDK Messaging's channel bans are named by the ``MemberArn`` of whom they ban:
    the create's, not an ARN the server makes; the record carries it as ``Member.Arn``."""
    service, text = _service(tmp_path, BANS)
    (resource,) = service.resources
    own, _ = resource.identifiers[-1]
    create = next(o for o in service.operations if o.name == resource.create)
    assert own.endswith("Arn") and service.shape(create.input or "").get_member(own) is not None
    members = [f"arn:aws:iam::123456789012:user/u{n}" for n in range(2)]
    with _client(scratch_service, text) as (client, service_error):
        for arn in members:
            client.create_ban(member_arn=arn)
        got = client.describe_ban(member_arn=members[1]).ban
        assert got.member.arn == members[1] and got.created_timestamp is not None, got
        listed = client.list_bans().bans or []
        assert sorted(b.member.arn for b in listed) == members, listed
        with pytest.raises(service_error) as refused:  # the same member banned again
            client.create_ban(member_arn=members[0])
        assert refused.value.status == 409, refused.value
        client.delete_ban(member_arn=members[0])
        assert [b.member.arn for b in client.list_bans().bans or []] == members[1:]


ACCOUNT_ID = {"type": "string", "min": 1, "max": 115, "pattern": ".*(^waba-.*$)"}
FLOWS = _model(
    ["CreateFlow", "GetFlow", "ListFlows", "UpdateFlow", "DeleteFlow"],
    {
        "AccountId": ACCOUNT_ID,
        "FlowId": {"type": "string", "min": 1, "max": 100, "pattern": "[0-9]+"},
        "CreateFlowRequest": structure("id", "flowName", id="AccountId", flowName="S"),
        "CreateFlowResponse": structure(flowId="FlowId"),
        "GetFlowRequest": structure("id", "flowId", id="AccountId", flowId="FlowId"),
        "GetFlowResponse": structure(flowId="FlowId", flowName="S"),
        "FlowSummary": structure(flowId="FlowId", flowName="S"),
        "Flows": {"type": "list", "member": {"shape": "FlowSummary"}},
        "ListFlowsRequest": structure("id", id="AccountId"),
        "ListFlowsResponse": structure(flows="Flows"),
        "UpdateFlowRequest": structure(
            "id", "flowId", id="AccountId", flowId="FlowId", flowName="S"
        ),
        "UpdateFlowResponse": structure(),
        "DeleteFlowRequest": structure("id", "flowId", id="AccountId", flowId="FlowId"),
        "DeleteFlowResponse": structure(),
    },
)


def test_an_identifier_the_create_answers_follows_the_ones_it_takes(
    tmp_path: Path, scratch_service: Any
) -> None:
    """Social Messaging's flows: every instance operation requires the WhatsApp account's
    ``id`` and the flow's ``flowId``; the create takes the ``id`` and answers the
    ``flowId``, so the flow is ``flowId`` within an account's ``id`` (not ``id`` alone: every
    second create of an account would conflict)."""
    service, text = _service(tmp_path, FLOWS)
    (resource,) = service.resources
    assert [name for name, _ in resource.identifiers] == ["id", "flowId"], resource
    with _client(scratch_service, text) as (client, service_error):
        made = [client.create_flow(id_="waba-1", flow_name=f"f{n}").flow_id for n in range(2)]
        assert all(made) and len(set(made)) == 2, made
        other = client.create_flow(id_="waba-2", flow_name="g").flow_id
        assert client.get_flow(id_="waba-1", flow_id=made[1]).flow_name == "f1"
        client.update_flow(id_="waba-1", flow_id=made[1], flow_name="renamed")
        assert client.get_flow(id_="waba-1", flow_id=made[1]).flow_name == "renamed"
        with pytest.raises(service_error) as elsewhere:  # the flow is the other account's
            client.get_flow(id_="waba-1", flow_id=other)
        assert elsewhere.value.status == 404, elsewhere.value
        client.delete_flow(id_="waba-1", flow_id=made[0])
        with pytest.raises(service_error) as gone:
            client.get_flow(id_="waba-1", flow_id=made[0])
        assert gone.value.status == 404, gone.value
        assert client.get_flow(id_="waba-2", flow_id=other).flow_name == "g"


WIDGET_ID = {"type": "string", "min": 4, "max": 67, "pattern": "wi-[a-zA-Z0-9]{1,64}"}
WIDGETS = _model(
    ["CreateWidget", "GetWidget", "ListWidgets", "DeleteWidget"],
    {
        "WidgetId": WIDGET_ID,
        "CreateWidgetRequest": structure("Label", Label="S"),
        "CreateWidgetResponse": structure(WidgetId="WidgetId"),
        "GetWidgetRequest": structure("WidgetId", WidgetId="WidgetId"),
        "GetWidgetResponse": structure(WidgetId="WidgetId", Label="S"),
        "Widget": structure(WidgetId="WidgetId", Label="S"),
        "Widgets": {"type": "list", "member": {"shape": "Widget"}},
        "ListWidgetsRequest": structure(),
        "ListWidgetsResponse": structure(Widgets="Widgets"),
        "DeleteWidgetRequest": structure("WidgetId", WidgetId="WidgetId"),
        "DeleteWidgetResponse": structure(),
    },
)
CREATES = 40  # more than the 36 values of one fresh character after the head: must collide


def test_fresh_identifiers_do_not_collide_when_the_pattern_allows_one_character(
    tmp_path: Path, scratch_service: Any
) -> None:
    """An identifier whose pattern is a literal head then ``{1,64}`` characters (Mail
    Manager's ``ai-[a-zA-Z0-9]{1,64}``): fresh values are as long as the fake's sample where
    the pattern allows, not the one character of its shortest match, whose few values made a
    later create answer the conflict as for an existing resource (random, so intermittent)."""
    service, text = _service(tmp_path, WIDGETS)
    (resource,) = service.resources
    _, target = resource.identifiers[-1]
    pattern = re.compile(to_python(service.shape(target).constraints.pattern or ""))
    length = service.shape(target).constraints.length
    assert length is not None and length.min is not None and length.max is not None
    with _client(scratch_service, text) as (client, _):
        made = [client.create_widget(label=f"w{n}").widget_id for n in range(CREATES)]
        assert all(i and pattern.fullmatch(i) for i in made), made
        assert all(length.min <= len(i or "") <= length.max for i in made), made
        assert len(set(made)) == CREATES, made
        assert client.get_widget(widget_id=made[-1]).label == f"w{CREATES - 1}"


DOMAINS = _model(
    ["CreateTargetDomain", "GetTargetDomain", "ListTargetDomains", "DeleteTargetDomain"],
    {
        "CreateTargetDomainRequest": structure("targetDomainName", targetDomainName="S"),
        "CreateTargetDomainResponse": structure(targetDomainId="S", domainName="S"),
        "GetTargetDomainRequest": structure("targetDomainId", targetDomainId="S"),
        "GetTargetDomainResponse": structure(targetDomainId="S", domainName="S"),
        "TargetDomain": structure(targetDomainId="S", domainName="S"),
        "TargetDomains": {"type": "list", "member": {"shape": "TargetDomain"}},
        "ListTargetDomainsRequest": structure(),
        "ListTargetDomainsResponse": structure(targetDomains="TargetDomains"),
        "DeleteTargetDomainRequest": structure("targetDomainId", targetDomainId="S"),
        "DeleteTargetDomainResponse": structure(),
    },
)


def test_a_record_naming_the_resource_by_its_last_words_holds_the_created_name(
    tmp_path: Path, scratch_service: Any
) -> None:
    service, text = _service(tmp_path, DOMAINS)
    (resource,) = service.resources
    read = next(o for o in service.operations if o.name == resource.read)
    record = service.shape(read.output or "")
    assert record.get_member("targetDomainName") is None and record.get_member("domainName")
    with _client(scratch_service, text) as (client, service_error):
        made = [
            client.create_target_domain(target_domain_name=f"d{n}.example.com").target_domain_id
            for n in range(2)
        ]
        got = client.get_target_domain(target_domain_id=made[1])
        assert got.domain_name == "d1.example.com", got
        with pytest.raises(service_error) as refused:  # that name is taken
            client.create_target_domain(target_domain_name="d0.example.com")
        assert refused.value.status == 409, refused.value
        client.delete_target_domain(target_domain_id=made[0])
        again = client.create_target_domain(target_domain_name="d0.example.com")
        assert again.domain_name == "d0.example.com", again


RULE_SETS = _model(
    ["CreateRuleSet", "DescribeRuleSets", "DeleteRuleSet"],
    {
        "IdString": {"type": "string", "min": 1, "max": 128},
        "RuleSetNameOrArn": {"type": "string", "min": 1, "max": 256},
        "RuleSet": structure(RuleSetName="IdString", RuleSetArn="S", RuleSetBody="S"),
        "RuleSets": {"type": "list", "member": {"shape": "RuleSet"}},
        "CreateRuleSetRequest": structure("Name", "RuleSetBody", Name="IdString", RuleSetBody="S"),
        "CreateRuleSetResponse": structure(RuleSet="RuleSet"),
        "DescribeRuleSetsRequest": structure(),
        "DescribeRuleSetsResponse": structure(RuleSets="RuleSets"),
        "DeleteRuleSetRequest": structure("Name", Name="RuleSetNameOrArn"),
        "DeleteRuleSetResponse": structure(),
    },
)


def test_a_bare_name_is_the_records_name_of_its_shape(tmp_path: Path, scratch_service: Any) -> None:
    service, text = _service(tmp_path, RULE_SETS)
    (resource,) = service.resources
    assert [name for name, _ in resource.identifiers] == ["Name"]
    with _client(scratch_service, text) as (client, _):
        made = client.create_rule_set(name="rules1", rule_set_body="{}").rule_set
        assert made is not None and made.rule_set_name == "rules1", made
        listed = client.describe_rule_sets().rule_sets or []
        assert [r.rule_set_name for r in listed] == ["rules1"], listed
        client.delete_rule_set(name="rules1")
        assert not client.describe_rule_sets().rule_sets


CONFIGURATION_SETS = _model(
    ["CreateConfigurationSet", "DescribeConfigurationSet", "DeleteConfigurationSet"],
    {
        "ConfigurationSet": structure("Name", Name="S"),
        "CreateConfigurationSetRequest": structure(
            "ConfigurationSet", ConfigurationSet="ConfigurationSet"
        ),
        "CreateConfigurationSetResponse": structure(),
        "DescribeConfigurationSetRequest": structure(
            "ConfigurationSetName", ConfigurationSetName="S"
        ),
        "DescribeConfigurationSetResponse": structure(ConfigurationSet="ConfigurationSet"),
        "DeleteConfigurationSetRequest": structure(
            "ConfigurationSetName", ConfigurationSetName="S"
        ),
        "DeleteConfigurationSetResponse": structure(),
    },
)


def test_a_create_taking_the_record_names_the_resource_by_its_name(
    tmp_path: Path, scratch_service: Any
) -> None:
    service, text = _service(tmp_path, CONFIGURATION_SETS)
    (resource,) = service.resources
    assert [name for name, _ in resource.identifiers] == ["ConfigurationSetName"]
    with _client(scratch_service, text) as (client, _):
        client.create_configuration_set(configuration_set={"name": "set1"})
        got = client.describe_configuration_set(configuration_set_name="set1")
        assert got.configuration_set is not None and got.configuration_set.name == "set1", got


VERSIONS = _model(
    [
        "CreateDocumentationVersion",
        "GetDocumentationVersion",
        "GetDocumentationVersions",
        "DeleteDocumentationVersion",
    ],
    {
        "DocumentationVersion": structure(version="S", description="S"),
        "DocumentationVersionList": {"type": "list", "member": {"shape": "DocumentationVersion"}},
        "CreateDocumentationVersionRequest": structure(
            "documentationVersion", documentationVersion="S", description="S"
        ),
        "CreateDocumentationVersionResponse": structure(version="S", description="S"),
        "GetDocumentationVersionRequest": structure(
            "documentationVersion", documentationVersion="S"
        ),
        "GetDocumentationVersionResponse": structure(version="S", description="S"),
        "GetDocumentationVersionsRequest": structure(),
        "GetDocumentationVersionsResponse": structure(items="DocumentationVersionList"),
        "DeleteDocumentationVersionRequest": structure(
            "documentationVersion", documentationVersion="S"
        ),
        "DeleteDocumentationVersionResponse": structure(),
    },
)


def test_an_identifier_spelling_the_resource_is_its_last_word(
    tmp_path: Path, scratch_service: Any
) -> None:
    service, text = _service(tmp_path, VERSIONS)
    (resource,) = service.resources
    assert [name for name, _ in resource.identifiers] == ["documentationVersion"]
    with _client(scratch_service, text) as (client, _):
        made = client.create_documentation_version(documentation_version="v1", description="d")
        assert made.version == "v1", made
        got = client.get_documentation_version(documentation_version="v1")
        assert got.version == "v1" and got.description == "d", got
        listed = client.get_documentation_versions().items or []
        assert [v.version for v in listed] == ["v1"], listed


USER = structure("UserName", "Arn", UserName="S", Arn="S", Path="S", CreateDate="Time")
DEVICES = _model(
    ["CreateVirtualMFADevice", "ListVirtualMFADevices", "DeleteVirtualMFADevice"],
    {
        "Time": {"type": "timestamp"},
        "User": USER,  # requiring a name and an ARN the create does not give
        "VirtualMFADevice": structure(
            "SerialNumber", SerialNumber="S", User="User", EnableDate="Time"
        ),
        "Devices": {"type": "list", "member": {"shape": "VirtualMFADevice"}},
        "CreateVirtualMFADeviceRequest": structure(
            "VirtualMFADeviceName", VirtualMFADeviceName="S", Path="S"
        ),
        "CreateVirtualMFADeviceResponse": structure(
            "VirtualMFADevice", VirtualMFADevice="VirtualMFADevice"
        ),
        "ListVirtualMFADevicesRequest": structure(),
        "ListVirtualMFADevicesResponse": structure(VirtualMFADevices="Devices"),
        "DeleteVirtualMFADeviceRequest": structure("SerialNumber", SerialNumber="S"),
        "DeleteVirtualMFADeviceResponse": structure(),
    },
)


def test_a_structure_requiring_what_the_create_does_not_give_is_not_the_records_own(
    tmp_path: Path, scratch_service: Any
) -> None:
    service, text = _service(tmp_path, DEVICES)
    (resource,) = service.resources
    with _client(scratch_service, text) as (client, _):
        made = client.create_virtual_mfa_device(
            virtual_mfa_device_name="d1", path="/"
        ).virtual_mfa_device
        assert made is not None and made.serial_number, made
        listed = client.list_virtual_mfa_devices().virtual_mfa_devices or []
        assert [d.serial_number for d in listed] == [made.serial_number], listed
    assert resource.create == "CreateVirtualMFADevice"


PROVIDERS = _model(
    ["CreateCapacityProvider", "DescribeCapacityProviders", "DeleteCapacityProvider"],
    {
        "CapacityProvider": structure(name="S", capacityProviderArn="S", status="S"),
        "Providers": {"type": "list", "member": {"shape": "CapacityProvider"}},
        "CreateCapacityProviderRequest": structure("name", name="S"),
        "CreateCapacityProviderResponse": structure(capacityProvider="CapacityProvider"),
        "DescribeCapacityProvidersRequest": structure(),
        "DescribeCapacityProvidersResponse": structure(capacityProviders="Providers"),
        "DeleteCapacityProviderRequest": structure("capacityProvider", capacityProvider="S"),
        "DeleteCapacityProviderResponse": structure(capacityProvider="CapacityProvider"),
    },
)


def test_an_identifier_spelling_the_resource_is_else_its_given_name(
    tmp_path: Path, scratch_service: Any
) -> None:
    service, text = _service(tmp_path, PROVIDERS)
    (resource,) = service.resources
    assert [name for name, _ in resource.identifiers] == ["capacityProvider"]
    with _client(scratch_service, text) as (client, service_error):
        made = client.create_capacity_provider(name="cp1").capacity_provider
        assert made is not None and made.name == "cp1", made
        listed = client.describe_capacity_providers().capacity_providers or []
        assert [p.name for p in listed] == ["cp1"], listed
        client.delete_capacity_provider(capacity_provider="cp1")
        with pytest.raises(service_error):
            client.delete_capacity_provider(capacity_provider="cp1")
