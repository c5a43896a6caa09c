"""Services imported from botocore get a fake too: ``apigen import`` infers their resources
(nothing written by hand), and the story runs against them with the generated client and
with boto3 against the fake served as ``apigen serve --fake`` serves it (uvicorn, loopback).

The services are a deterministic sample of those the pinned botocore data lets a fake derive
(``imported_sample.py``), run when ``APIGEN_FAKE_SAMPLE`` is set; always, the first services
of that order that together give every story feature an import can, one moto also fakes and
one it does not (``regression``). Each story runs on every resource with a create and records
to read (a record-shaped read, or a list of structures) whose parents run too (or have no
create: made in another service, the create input's sample names one), and ends in its
delete where it has one. A resource whose lifecycle operation the plan itself leaves unbound
(``FakePlan.unbound``: the 501 and the reason ``--list`` prints) is told as not derivable,
with that reason, never skipped by name; each service runs at least one story.
"""

from __future__ import annotations

import contextlib
import importlib
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock
from urllib.parse import urlsplit

import boto3
import botocore.session
import pytest
from botocore import UNSIGNED
from botocore.config import Config
from imported_models import fake_client
from imported_sample import (
    FEATURES,
    SAMPLED,
    features,
    has_records,
    imported_spec,
    moto_fakes,
    regression,
    sample,
)
from story import Story
from test_boto3_stories import Boto3Caller
from test_stories import GeneratedCaller, in_order

from apigen import ir
from apigen.views.fake_plan import fake_plan


def _run(service: ir.Service, call: Any) -> list[tuple[str, list[str]]]:
    live: dict[str, dict[str, Any]] = {}
    told = []
    chosen = {r.name for r in service.resources if r.create and has_records(service, r)}
    unbound = fake_plan(service).unbound
    for resource, parent in in_order(service):
        called = (resource.create, resource.read, resource.list, resource.update, resource.delete)
        lifecycle = [op for op in called if op in unbound]  # what a story calls
        if resource.name in chosen and lifecycle:  # the plan says why it answers 501
            told.append((resource.name, [f"not derivable: {unbound[lifecycle[0]]}"]))
            continue
        made_elsewhere = parent is not None and not (parent.create or parent.put)
        if resource.name not in chosen or (
            parent is not None and parent.name not in live and not made_elsewhere
        ):
            continue
        story = Story(service, resource, call)  # under a parent made elsewhere: the samples'
        live[resource.name] = story.run(live.get(parent.name, {}) if parent else {})
        told.append((resource.name, story.log))
    return told


def test_default_services_give_the_proof(tmp_path: Path) -> None:
    """The issue's proof: stories for at least three imported services, one moto also fakes
    and one it does not, together through every story feature an import can give."""
    chosen = regression()
    assert len(chosen) >= 3, chosen
    assert any(moto_fakes(n) for n in chosen) and not all(moto_fakes(n) for n in chosen)
    given = set().union(*(features(imported_spec(n, tmp_path)[1]) for n in chosen))
    assert given == set(FEATURES), (chosen, given)


@pytest.mark.parametrize("name", regression())
def test_imported_service_story(name: str, tmp_path: Path, scratch_service: Any) -> None:
    _story(name, tmp_path, scratch_service)


@pytest.mark.skipif(not SAMPLED, reason="set APIGEN_FAKE_SAMPLE=N (or all) to run the sample")
@pytest.mark.parametrize("name", sample() if SAMPLED else ())
def test_sampled_service_story(name: str, tmp_path: Path, scratch_service: Any) -> None:
    _story(name, tmp_path, scratch_service)


@contextlib.contextmanager
def _loopback_subdomains(host: str) -> Iterator[None]:
    """Names under the fake's loopback address resolve to it, as a wildcard DNS name for
    loopback (``*.localtest.me``) would: endpoint rules put a label before the endpoint's
    host (S3 Control's ``{AccountId}.``), which no resolver answers under ``127.0.0.1``."""
    real = socket.getaddrinfo

    def resolve(name: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(name, str) and name.endswith(f".{host}"):
            name = host
        return real(name, *args, **kwargs)

    with mock.patch.object(socket, "getaddrinfo", resolve):
        yield


def _story(name: str, tmp_path: Path, scratch_service: Any) -> None:
    text, service = imported_spec(name, tmp_path)
    assert service.resources, f"{name}: import inferred no resource"
    with fake_client(scratch_service, text, name) as (client, error):
        told = _run(service, GeneratedCaller(service, client, error))
    deletes = {r.name for r in service.resources if r.delete}
    stories = [(r, log) for r, log in told if not log[0:1] or "not derivable" not in log[0]]
    assert stories and all("delete" in " ".join(log) for r, log in stories if r in deletes), told
    root = scratch_service(text, name).__name__.split(".")[0]
    run = importlib.import_module(f"{root}._runtime.fake.run")
    with run.fake_server(name, delay=0) as url:
        config = Config(retries={"max_attempts": 1}, inject_host_prefix=False)
        model = botocore.session.get_session().get_service_model(name)
        if model.signature_version == "bearer":  # botocore sends a bearer token
            # (CodeCatalyst's) only over HTTPS; the fake, served over loopback HTTP, checks
            # no signature: the request goes unsigned
            config = config.merge(Config(signature_version=UNSIGNED))
        peer = boto3.client(
            name,
            endpoint_url=url,
            region_name="us-east-1",
            aws_access_key_id="AKID",
            aws_secret_access_key="secret",
            config=config,
        )
        with _loopback_subdomains(urlsplit(url).hostname or ""):
            assert _run(service, Boto3Caller(service, peer))
