"""The fake as users run it: state in SQLite across restarts, 20 concurrent clients without
a lost write, a subclass overriding one operation, the async generated client in-process,
and httpx against the OpenAPI service (``--fake --list``: ``test_fake_listing.py``)."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest
from story import Story
from test_stories import ROOT, GeneratedCaller, client_for, load

EMR = ROOT / "specs" / "emr-containers.yaml"
BYOK = ROOT / "specs" / "confluent-byok-v1.openapi.yaml"


def _virtual_cluster(service: Any) -> Any:
    return next(r for r in service.resources if r.name == "VirtualCluster")


def test_sqlite_state_survives_a_restart(tmp_path: Path) -> None:
    from apigen_generated._runtime.core import errors
    from apigen_generated._runtime.fake.store import SqliteStore

    service = load(EMR)
    state = str(tmp_path / "state.db")
    first = SqliteStore(state)
    client, transport, _ = client_for(service, EMR.stem, store=first, delay=0)
    with transport:
        story = Story(
            service,
            _virtual_cluster(service),
            GeneratedCaller(service, client, errors.ServiceError),
        )
        ids, params = story.create({}, 1)
        before = story.read(ids)
    first.close()
    client, transport, _ = client_for(service, EMR.stem, store=SqliteStore(state), delay=0)
    with transport:
        story = Story(
            service,
            _virtual_cluster(service),
            GeneratedCaller(service, client, errors.ServiceError),
        )
        assert story.read(ids) == before
        assert before["name"] == params["name"]


def test_twenty_concurrent_clients_lose_no_write(tmp_path: Path) -> None:
    """Each client creates resources and adds its own tag to one shared ARN at once: every
    resource and every tag is there after (a lost update would drop one)."""
    from apigen_generated._runtime.fake import fake_server
    from apigen_generated.emr_containers.client import EMRContainersClient

    keys = {"aws_access_key_id": "AKID", "aws_secret_access_key": "secret", "region": "us-east-1"}
    with fake_server("emr-containers", delay=0, state=str(tmp_path / "s.db")) as url:
        with EMRContainersClient(endpoint_url=url, **keys) as client:
            shared = client.create_virtual_cluster(
                name="shared", container_provider={"type": "EKS", "id": "c"}
            ).arn
        assert shared
        failures: list[BaseException] = []

        def work(n: int) -> None:
            try:
                with EMRContainersClient(endpoint_url=url, **keys) as client:
                    for i in range(3):
                        client.create_virtual_cluster(
                            name=f"c{n}x{i}", container_provider={"type": "EKS", "id": "c"}
                        )
                    client.tag_resource(resource_arn=shared, tags={f"client{n}": str(n)})
            except Exception as exc:  # noqa: BLE001 - reported below, with the others
                failures.append(exc)

        threads = [threading.Thread(target=work, args=(n,)) for n in range(20)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not failures, failures
        with EMRContainersClient(endpoint_url=url, **keys) as client:
            names = {c.name for c in client.paginate_list_virtual_clusters(max_results=7).items()}
            tags = client.list_tags_for_resource(resource_arn=shared).tags or {}
    assert {f"c{n}x{i}" for n in range(20) for i in range(3)} <= names
    assert tags == {f"client{n}": str(n) for n in range(20)}


def test_a_subclass_overrides_one_operation() -> None:
    from apigen_generated._runtime.fake import fake_server
    from apigen_generated.emr_containers import errors, shapes
    from apigen_generated.emr_containers.client import EMRContainersClient
    from apigen_generated.emr_containers.fake import EMRContainersFake

    class Refusing(EMRContainersFake):
        async def delete_virtual_cluster(
            self, request: shapes.DeleteVirtualClusterRequest
        ) -> shapes.DeleteVirtualClusterResponse:
            raise errors.ValidationException("not today")

    keys = {"aws_access_key_id": "AKID", "aws_secret_access_key": "secret", "region": "us-east-1"}
    with (
        fake_server("emr-containers", handler=Refusing(delay=0)) as url,
        EMRContainersClient(endpoint_url=url, **keys) as client,
    ):
        made = client.create_virtual_cluster(
            name="v", container_provider={"type": "EKS", "id": "c"}
        )
        with pytest.raises(errors.ValidationException):
            client.delete_virtual_cluster(virtual_cluster_id=made.id_ or "")
        assert client.describe_virtual_cluster(virtual_cluster_id=made.id_ or "").virtual_cluster


def test_the_async_client_in_process() -> None:
    from apigen_generated._runtime.fake import fake_app
    from apigen_generated.kafkaconnect import errors
    from apigen_generated.kafkaconnect.async_client import AsyncKafkaConnectClient

    async def story() -> None:
        app = fake_app("kafkaconnect", delay=0)
        async with AsyncKafkaConnectClient(
            transport=httpx.ASGITransport(app=app),
            region="us-east-1",
            aws_access_key_id="AKID",
            aws_secret_access_key="secret",
        ) as client:
            made = await client.create_worker_configuration(
                name="w1", properties_file_content="a2V5PXZhbHVl"
            )
            arn = made.worker_configuration_arn or ""
            read = await client.describe_worker_configuration(worker_configuration_arn=arn)
            assert read.name == "w1" and read.worker_configuration_state == "ACTIVE"
            await client.delete_worker_configuration(worker_configuration_arn=arn)
            with pytest.raises(errors.NotFoundException):
                await client.describe_worker_configuration(worker_configuration_arn=arn)

    asyncio.run(story())


def test_httpx_against_the_openapi_fake() -> None:
    """The Confluent document's paths, methods and statuses, spoken by plain httpx."""
    from apigen_generated._runtime.fake import fake_server

    service = load(BYOK)
    ops = {o.name: o for o in service.operations}
    (keys,) = service.resources
    create, read, delete = (ops[keys.create or ""], ops[keys.read or ""], ops[keys.delete or ""])
    listing = ops[keys.list or ""]
    assert create.http and read.http and delete.http and listing.http
    body = {"key": {"kind": "AwsKey", "key_arn": "arn:aws:kms:us-east-1:123456789012:key/k1"}}
    auth = ("KEY", "SECRET")
    with (
        fake_server("confluent-byok-v1", delay=0) as url,
        httpx.Client(base_url=url, auth=auth) as http,
    ):
        made = [http.request(create.http.method, create.http.uri, json=body) for _ in range(3)]
        assert {r.status_code for r in made} == {create.http.code}
        ids = [r.json()["id"] for r in made]
        got = http.get(read.http.uri.replace("{id}", ids[0]))
        assert got.status_code == read.http.code
        assert got.json()["key"] == body["key"] and got.json()["id"] == ids[0]
        seen: list[str] = []
        page = http.get(listing.http.uri, params={"page_size": 1})
        token_key = (listing.paginated.input_token if listing.paginated else None) or "page_token"
        while True:
            data = page.json()
            seen += [item["id"] for item in data["data"]]
            token = data["metadata"].get("next")
            if not token:
                break
            page = http.get(listing.http.uri, params={"page_size": 1, token_key: token})
        assert sorted(seen) == sorted(ids)
        gone = http.request(delete.http.method, delete.http.uri.replace("{id}", ids[0]))
        assert gone.status_code == delete.http.code
        missing = http.get(read.http.uri.replace("{id}", ids[0]))
        assert missing.status_code == 404 and missing.json()["errors"]
