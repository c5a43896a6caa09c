"""The lifecycle verbs besides ``Create`` and ``Delete`` (``frontends/resource_verbs.py``), on
pinned botocore models imported as ``apigen import`` imports them: each case reads the
model's own operation names, so a model that changes them fails here, not silently."""

from __future__ import annotations

from pathlib import Path

import botocore
import pytest
from imported_models import spec_from_folder

from apigen import ir

DATA = Path(botocore.__file__).parent / "data"


def _imported(name: str, tmp_path: Path) -> tuple[ir.Service, set[str]]:
    folder = sorted(p for p in (DATA / name).iterdir() if p.is_dir())[-1]
    service, _ = spec_from_folder(tmp_path, name, folder)
    return service, {o.name for o in service.operations}


def _resource(service: ir.Service, name: str) -> ir.Resource | None:
    return next((r for r in service.resources if r.name == name), None)


@pytest.mark.parametrize(
    ("service", "noun", "create", "delete", "other"),
    [
        # Request before Import: both make a certificate, requesting is the usual way
        ("acm", "Certificate", "RequestCertificate", "DeleteCertificate", "ImportCertificate"),
        ("lightsail", "StaticIp", "AllocateStaticIp", "ReleaseStaticIp", None),
        ("ecs", "DaemonTaskDefinition", "RegisterDaemonTaskDefinition", None, None),
        ("servicediscovery", "Instance", "RegisterInstance", "DeregisterInstance", None),
    ],
)
def test_another_verb_makes_or_ends_a_resource(
    tmp_path: Path, service: str, noun: str, create: str, delete: str | None, other: str | None
) -> None:
    imported, names = _imported(service, tmp_path)
    assert {create, *(n for n in (delete, other) if n)} <= names
    assert f"Create{noun}" not in names  # the usual verb is not there to take
    found = _resource(imported, noun)
    assert found is not None, [r.name for r in imported.resources]
    assert found.create == create
    if delete is not None:
        assert found.delete == delete


def test_a_delete_wanting_another_string_is_none(tmp_path: Path) -> None:
    """GameLift's ``TerminateGameSession`` requires a ``TerminationMode`` beside the session's
    id: as the delete it made the mode an identifier (and dropped the update)."""
    imported, names = _imported("gamelift", tmp_path)
    assert {"CreateGameSession", "TerminateGameSession"} <= names
    session = _resource(imported, "GameSession")
    assert session is not None
    assert session.delete is None and [n for n, _ in session.identifiers] == ["GameSessionId"]


@pytest.mark.parametrize(
    ("service", "create", "why"),
    [
        ("codedeploy", "RegisterApplicationRevision", "the application's key"),
        ("glue", "RunStatement", "a session's key"),
        ("appflow", "RegisterConnector", "read by an enum, its connectorType"),
        ("ecs", "RegisterTaskDefinition", "the identifier names the answered record"),
        ("acm-pca", "ImportCertificateAuthorityCertificate", "no delete, no list"),
    ],
)
def test_what_another_verb_makes_may_be_no_resource(
    tmp_path: Path, service: str, create: str, why: str
) -> None:
    imported, names = _imported(service, tmp_path)
    assert create in names
    assert all(r.create != create for r in imported.resources), why
