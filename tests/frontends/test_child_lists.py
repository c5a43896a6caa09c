"""A child resource's list lists within its parent (``resource_infer._list_in_parent``), on
small botocore models imported as ``apigen import`` imports one: CodeArtifact's
``Repository`` (``domain``, ``repository``) is listed by ``ListRepositoriesInDomain``, which
takes the domain, not by ``ListRepositories`` (every domain's, no domain in its input); with
no such list, the child has none (its records are read one by one)."""

from __future__ import annotations

from pathlib import Path

from imported_models import spec_from_model
from test_resource_placement import _model

from apigen.frontends.resource_infer import infer_resources

DOMAIN = ("domain",)
REPOSITORY = ("domain", "repository")
OPS = {
    "CreateDomain": DOMAIN,
    "DescribeDomain": DOMAIN,
    "DeleteDomain": DOMAIN,
    "ListDomains": (),
    "CreateRepository": REPOSITORY,
    "DescribeRepository": REPOSITORY,
    "DeleteRepository": REPOSITORY,
    "ListRepositories": (),
}


def _lists(tmp_path: Path, ops: dict[str, tuple[str, ...]]) -> dict[str, str | None]:
    service, _ = spec_from_model(tmp_path, "pools", _model(ops))
    declared = {r.name: r.list for r in service.resources}
    inferred = {r.name: r.list for r in infer_resources(service)}
    assert declared == inferred  # nothing the checks refuse was guessed
    return inferred


def test_a_child_is_listed_by_the_list_taking_its_parent(tmp_path: Path) -> None:
    found = _lists(tmp_path, {**OPS, "ListRepositoriesInDomain": DOMAIN})
    assert found == {"Domain": "ListDomains", "Repository": "ListRepositoriesInDomain"}


def test_a_child_whose_list_takes_no_parent_has_none(tmp_path: Path) -> None:
    assert _lists(tmp_path, OPS) == {"Domain": "ListDomains", "Repository": None}
