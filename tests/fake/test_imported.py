"""Services imported from botocore get a fake too: ``apigen import`` infers their resources
(nothing written by hand), and the story runs against them with the generated client and
with boto3. Secrets Manager is one moto also fakes; Recycle Bin
(rbin) is one moto does not."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType
from typing import Any

import boto3
import botocore
import pytest
from botocore.config import Config
from story import Story
from test_boto3_stories import Boto3Caller
from test_stories import GeneratedCaller, in_order

from apigen import ir, naming
from apigen.frontends.smithy_yaml import load_smithy_yaml
from apigen.importers import import_botocore_path, yaml_writer
from apigen.importers.resources import spec_resources

IMPORTED = ["secretsmanager", "rbin"]


def _spec(service: str, tmp_path: Path) -> tuple[str, ir.Service]:
    folder = next((Path(botocore.__file__).parent / "data" / service).iterdir())
    imported = import_botocore_path(folder)
    path = tmp_path / f"{service}.yaml"
    path.write_text(yaml_writer.dump(imported.spec, imported.header), encoding="utf-8")
    imported.spec["resources"] = spec_resources(load_smithy_yaml(path))  # as `apigen import`
    text = yaml_writer.dump(imported.spec, imported.header)
    path.write_text(text, encoding="utf-8")
    return text, load_smithy_yaml(path)


def _run(service: ir.Service, call: Any) -> list[tuple[str, list[str]]]:
    live: dict[str, dict[str, Any]] = {}
    told = []
    for resource, parent in in_order(service):
        if resource.create is None or resource.name not in _fakeable(service):
            continue
        story = Story(service, resource, call)
        live[resource.name] = story.run(live[parent.name] if parent else {})
        told.append((resource.name, story.log))
    return told


def _fakeable(service: ir.Service) -> set[str]:
    """Resources with a read or a list of structures (the fake's records need a shape)."""
    return {r.name for r in service.resources if r.read or r.list}


@pytest.mark.parametrize("name", IMPORTED)
def test_imported_service_story(name: str, tmp_path: Path, scratch_service: Any) -> None:
    text, service = _spec(name, tmp_path)
    assert service.resources, f"{name}: import inferred no resource"
    package: ModuleType = scratch_service(text, name)
    root = package.__name__.split(".")[0]
    fake = importlib.import_module(f"{package.__name__}.fake")
    errors = importlib.import_module(f"{root}._runtime.core.errors")
    asgi = importlib.import_module(f"{root}._runtime.transport.asgi")
    client_module = importlib.import_module(f"{package.__name__}.client")
    client_class = getattr(client_module, f"{naming.pascal(service.name)}Client")
    handler = getattr(fake, fake.__all__[0])(delay=0)
    with asgi.AsgiTransport(fake.create_fake_app(handler)) as transport:
        client = client_class(
            transport=transport,
            region="us-east-1",
            aws_access_key_id="AKID",
            aws_secret_access_key="secret",
        )
        told = _run(service, GeneratedCaller(service, client, errors))
    assert told and all("delete" in " ".join(log) for _, log in told), told
    run = importlib.import_module(f"{root}._runtime.fake.run")
    with run.fake_server(name, delay=0) as url:
        peer = boto3.client(
            name,
            endpoint_url=url,
            region_name="us-east-1",
            aws_access_key_id="AKID",
            aws_secret_access_key="secret",
            config=Config(retries={"max_attempts": 1}),
        )
        assert _run(service, Boto3Caller(service, peer))
