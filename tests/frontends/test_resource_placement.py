"""Where the names reading places a resource whose instance operations share more than one
required string (``frontends/resource_placement.py``), on small botocore models imported as
``apigen import`` imports one:

- Cognito's ``UserPoolClientSecret`` (``UserPoolId``, ``ClientId``, ``ClientSecretId``) sits
  under the ``UserPoolClient`` (``UserPoolId``, ``ClientId``), the resource naming it with the
  most of those identifiers, not under the ``UserPool`` with the client's ``ClientId`` for
  its own (each client's secrets were one record, listed by the client's identifier);
- Application Insights' ``Component`` (``ResourceGroupName``, ``ComponentName``) is known by
  both: ``ResourceGroupName`` is an ``Application``'s only identifier and names no
  component, so it scopes the component, whose own is ``ComponentName``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from imported_models import metadata, operation, spec_from_model


def _model(
    ops: dict[str, tuple[str, ...]], targets: dict[str, str] | None = None
) -> dict[str, Any]:
    """Every member a string ``S``, or the string shape ``targets`` names for it."""
    targets = targets or {}
    shapes: dict[str, Any] = {
        "S": {"type": "string"},
        **{t: {"type": "string"} for t in targets.values()},
        "Out": {"type": "structure", "members": {"Id": {"shape": "S"}, "Name": {"shape": "S"}}},
    }
    for name, required in ops.items():
        shapes[f"{name}Request"] = {
            "type": "structure",
            "required": list(required),
            "members": {m: {"shape": targets.get(m, "S")} for m in required},
        }
    return {
        "version": "2.0",
        "metadata": metadata("pools"),
        "operations": {name: operation(name, response="Out") for name in ops},
        "shapes": shapes,
    }


def _identifiers(
    tmp_path: Path, ops: dict[str, tuple[str, ...]], targets: dict[str, str] | None = None
) -> dict[str, list[str]]:
    service, _ = spec_from_model(tmp_path, "pools", _model(ops, targets))
    return {r.name: [name for name, _ in r.identifiers] for r in service.resources}


def test_a_child_sits_under_the_resource_naming_it_with_the_most_identifiers(
    tmp_path: Path,
) -> None:
    pool, client = ("UserPoolId",), ("UserPoolId", "ClientId")
    found = _identifiers(
        tmp_path,
        {
            "CreateUserPool": (),
            "DescribeUserPool": pool,
            "DeleteUserPool": pool,
            "CreateUserPoolClient": pool,
            "DescribeUserPoolClient": client,
            "DeleteUserPoolClient": client,
            "AddUserPoolClientSecret": client,
            "ListUserPoolClientSecrets": client,
            "DeleteUserPoolClientSecret": (*client, "ClientSecretId"),
        },
    )
    assert found["UserPoolClient"] == ["UserPoolId", "ClientId"], found
    assert found["UserPoolClientSecret"] == ["UserPoolId", "ClientId", "ClientSecretId"], found


def test_another_resources_only_identifier_scopes_a_resource_it_does_not_name(
    tmp_path: Path,
) -> None:
    group, component = ("ResourceGroupName",), ("ResourceGroupName", "ComponentName")
    found = _identifiers(
        tmp_path,
        {
            "CreateApplication": group,
            "DescribeApplication": group,
            "DeleteApplication": group,
            "CreateComponent": component,
            "DescribeComponent": component,
            "DeleteComponent": component,
        },
    )
    assert found["Application"] == ["ResourceGroupName"], found
    assert found["Component"] == ["ResourceGroupName", "ComponentName"], found


def test_the_identifier_naming_the_resource_is_its_own_scoped_by_the_others(
    tmp_path: Path,
) -> None:
    group = ("DirectoryId", "SAMAccountName")
    found = _identifiers(
        tmp_path,
        {"CreateGroup": group, "DescribeGroup": group, "DeleteGroup": group},
        {"SAMAccountName": "GroupName"},
    )
    assert found["Group"] == ["DirectoryId", "SAMAccountName"], found


def test_a_list_requiring_the_only_identifier_is_not_the_resources(tmp_path: Path) -> None:
    """RAM's permission versions: every operation of them takes the one ``permissionArn``,
    and ``ListPermissionVersions`` requires it, listing many versions of one key: that is
    no list of a resource keyed by it (the versions' own key, a number, is no string)."""
    arn = ("permissionArn",)
    service, _ = spec_from_model(
        tmp_path,
        "pools",
        _model(
            {
                "CreatePermission": (),
                "GetPermission": arn,
                "ListPermissions": (),
                "CreatePermissionVersion": arn,
                "DeletePermissionVersion": arn,
                "ListPermissionVersions": arn,
            }
        ),
    )
    found = {r.name: r for r in service.resources}
    assert found["Permission"].list == "ListPermissions", found
    assert "PermissionVersion" not in found or found["PermissionVersion"].list is None, found


def test_every_string_a_childs_operations_share_is_its_identifier(tmp_path: Path) -> None:
    """SageMaker's ``App`` under a ``Domain``: its read, update and delete take the domain's
    ``DomainId``, an ``AppType`` and an ``AppName``; the create takes all three. The own is
    the key naming the resource (``AppName``, not the first, ``AppType``), and ``AppType``
    scopes it: left out, two apps of one name and two types were one record."""
    app = ("DomainId", "AppType", "AppName")
    found = _identifiers(
        tmp_path,
        {
            "CreateDomain": (),
            "DescribeDomain": ("DomainId",),
            "DeleteDomain": ("DomainId",),
            "CreateApp": app,
            "DescribeApp": app,
            "DeleteApp": app,
        },
    )
    assert found["App"] == ["DomainId", "AppType", "AppName"], found


def test_a_childs_list_needs_only_its_parents_identifiers(tmp_path: Path) -> None:
    """IAM Identity Center's application assignments: each is known by its application's
    ``ApplicationArn``, a ``PrincipalId`` and a ``PrincipalType``, both of which the create
    takes. ``ListApplicationAssignments`` takes only the application's: it lists within the
    parent, so it is still the assignments' list (a scope the create names is no parent
    it must take)."""
    assignment = ("ApplicationArn", "PrincipalId", "PrincipalType")
    service, _ = spec_from_model(
        tmp_path,
        "pools",
        _model(
            {
                "CreateApplication": (),
                "DescribeApplication": ("ApplicationArn",),
                "DeleteApplication": ("ApplicationArn",),
                "CreateApplicationAssignment": assignment,
                "DescribeApplicationAssignment": assignment,
                "DeleteApplicationAssignment": assignment,
                "ListApplicationAssignments": ("ApplicationArn",),
            }
        ),
    )
    found = {r.name: r for r in service.resources}["ApplicationAssignment"]
    assert {n for n, _ in found.identifiers} == set(assignment), found.identifiers
    assert found.identifiers[0][0] == "ApplicationArn", found.identifiers
    assert found.list == "ListApplicationAssignments", found
