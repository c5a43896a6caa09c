"""Settings (``frontends/resource_settings.py``), on a small JSON botocore model written here
and imported as ``apigen import`` imports one, as ECR has them: a repository's lifecycle
policy (``Put``/``Get``/``DeleteLifecyclePolicy`` by ``repositoryName``, under the
``Repository`` a create makes), the registry's one policy (``Put``/``Get``/``Delete
RegistryPolicy``: no key at all) and account settings written by an update
(``UpdateAccountSettings``/``GetAccountSettings``).

The fake reads back what was put, a second put replaces it, a read before any put or after
the delete answers the not-found error naming the setting (the parent's when the repository
is missing), and the update of an unwritten setting writes it; a setting's read that
declares no not-found error (the account's) answers nothing set before any write."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from imported_models import fake_client, metadata, operation, spec_from_model, structure

from apigen import ir

REPO = ("repositoryName",)
OPS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # errors, required input
    "CreateRepository": (("RepositoryAlreadyExistsException",), REPO),
    "DescribeRepository": (("RepositoryNotFoundException",), REPO),
    "DeleteRepository": (("RepositoryNotFoundException",), REPO),
    "ListRepositories": ((), ()),
    "PutLifecyclePolicy": (("RepositoryNotFoundException",), (*REPO, "lifecyclePolicyText")),
    "GetLifecyclePolicy": (
        ("RepositoryNotFoundException", "LifecyclePolicyNotFoundException"),
        REPO,
    ),
    "DeleteLifecyclePolicy": (
        ("RepositoryNotFoundException", "LifecyclePolicyNotFoundException"),
        REPO,
    ),
    "PutRegistryPolicy": ((), ("policyText",)),
    "GetRegistryPolicy": (("RegistryPolicyNotFoundException",), ()),
    "DeleteRegistryPolicy": (("RegistryPolicyNotFoundException",), ()),
    "UpdateAccountSettings": ((), ()),
    "GetAccountSettings": ((), ()),
}
ERRORS = (
    "RepositoryAlreadyExistsException",
    "RepositoryNotFoundException",
    "LifecyclePolicyNotFoundException",
    "RegistryPolicyNotFoundException",
)


def _model() -> dict[str, Any]:
    shapes: dict[str, Any] = {
        "S": {"type": "string"},
        "N": {"type": "integer"},
        "Repository": structure(repositoryName="S", repositoryArn="S"),
        "Repositories": {"type": "list", "member": {"shape": "Repository"}},
    }
    outputs = {
        "CreateRepository": structure(repository="Repository"),
        "DescribeRepository": structure(repository="Repository"),
        "DeleteRepository": structure(repository="Repository"),
        "ListRepositories": structure(repositories="Repositories"),
        "PutLifecyclePolicy": structure(repositoryName="S", lifecyclePolicyText="S"),
        "GetLifecyclePolicy": structure(repositoryName="S", lifecyclePolicyText="S"),
        "DeleteLifecyclePolicy": structure(repositoryName="S", lifecyclePolicyText="S"),
        "PutRegistryPolicy": structure(policyText="S"),
        "GetRegistryPolicy": structure(policyText="S"),
        "DeleteRegistryPolicy": structure(policyText="S"),
        "UpdateAccountSettings": structure(maxImages="N", scanning="S"),
        "GetAccountSettings": structure(maxImages="N", scanning="S"),
    }
    extra = {"UpdateAccountSettings": {"maxImages": "N", "scanning": "S"}}
    for name, (_, required) in OPS.items():
        members = {m: "S" for m in required} | extra.get(name, {})
        shapes[f"{name}Request"] = structure(*required, **members)
        shapes[f"{name}Response"] = outputs[name]
    for error in ERRORS:
        status = 400 if "Exists" in error else 404
        shapes[error] = {
            **structure(message="S"),
            "error": {"httpStatusCode": status},
            "exception": True,
        }
    operations = {name: operation(name, errors=errors) for name, (errors, _) in OPS.items()}
    return {
        "version": "2.0",
        "metadata": metadata("registry", targetPrefix="Registry_20260101"),
        "operations": operations,
        "shapes": shapes,
    }


def _by_name(service: ir.Service) -> dict[str, ir.Resource]:
    return {r.name: r for r in service.resources}


def test_settings_are_inferred_under_their_parent_or_the_account(tmp_path: Path) -> None:
    found = _by_name(spec_from_model(tmp_path, "registry", _model())[0])
    policy, registry, account = (
        found["LifecyclePolicy"],
        found["RegistryPolicy"],
        found["AccountSettings"],
    )
    assert [n for n, _ in policy.identifiers] == ["repositoryName"]
    assert "LifecyclePolicy" in found["Repository"].resources
    assert (policy.put, policy.read, policy.delete, policy.create) == (
        "PutLifecyclePolicy",
        "GetLifecyclePolicy",
        "DeleteLifecyclePolicy",
        None,
    )
    assert registry.identifiers == () and registry.put == "PutRegistryPolicy"
    assert (account.put, account.read, account.update) == (
        "UpdateAccountSettings",
        "GetAccountSettings",
        None,
    )


def test_the_fake_keeps_each_setting(tmp_path: Path, scratch_service: Any) -> None:
    _, text = spec_from_model(tmp_path, "registry", _model())
    with fake_client(scratch_service, text, "registry") as (client, error):

        def refused(call: Any, **params: Any) -> str:
            with pytest.raises(error) as failed:
                call(**params)
            return type(failed.value).__name__

        client.create_repository(repository_name="one")
        get_policy = client.get_lifecycle_policy
        assert refused(get_policy, repository_name="one") == "LifecyclePolicyNotFoundException"
        client.put_lifecycle_policy(repository_name="one", lifecycle_policy_text="v1")
        client.put_lifecycle_policy(repository_name="one", lifecycle_policy_text="v2")
        read = client.get_lifecycle_policy(repository_name="one")
        assert (read.repository_name, read.lifecycle_policy_text) == ("one", "v2")
        assert (
            refused(client.put_lifecycle_policy, repository_name="two", lifecycle_policy_text="x")
            == "RepositoryNotFoundException"
        )
        client.delete_lifecycle_policy(repository_name="one")
        assert refused(get_policy, repository_name="one") == "LifecyclePolicyNotFoundException"

        assert refused(client.get_registry_policy) == "RegistryPolicyNotFoundException"
        client.put_registry_policy(policy_text="p1")
        assert client.get_registry_policy().policy_text == "p1"
        assert client.delete_registry_policy().policy_text == "p1"
        assert refused(client.get_registry_policy) == "RegistryPolicyNotFoundException"

        unset = client.get_account_settings()  # it declares no not-found: nothing set yet
        assert (unset.max_images, unset.scanning) == (None, None)
        client.update_account_settings(max_images=5)
        client.update_account_settings(scanning="BASIC")  # an update keeps the rest
        settings = client.get_account_settings()
        assert (settings.max_images, settings.scanning) == (5, "BASIC")
