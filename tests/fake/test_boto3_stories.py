"""The four AWS seed services' stories with boto3 (the client users reach for), against
``apigen serve --fake`` as ``fake_server`` runs it: a live uvicorn on loopback. boto3 signs
with SigV4; the fake takes the region from the signature's scope. A service the pinned
botocore no longer has (OpsWorks CM) is read from botocore 1.35.0's wheel, fetched from the
package index (``tests/botocore_wheels.py``; skipped without it, failed under CI).

boto3 names parameters as botocore's model does; the spec may name a label member by its
label (``virtualClusterId`` where botocore says ``id``), so parameters are matched to
botocore's members by name or by wire name, from botocore's own model.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import boto3
import botocore.session
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError
from botocore.loaders import Loader
from botocore.response import StreamingBody
from botocore_wheels import extract_models, fetch_wheel
from story import Failed, Story
from test_stories import in_order, load

from apigen import ir, naming

ROOT = Path(__file__).resolve().parents[2]
LAST_RELEASE_WITH_RETIRED_MODELS = "1.35.0"
AWS_SEEDS = sorted(p for p in (ROOT / "specs").glob("*.yaml") if "openapi" not in p.name)


def to_spec_names(service: ir.Service, shape_id: str, value: Any) -> Any:
    shape = service.shapes[shape_id]
    if shape.type in (ir.ShapeType.STRUCTURE, ir.ShapeType.UNION) and isinstance(value, dict):
        return {
            m.name: to_spec_names(service, m.target, value[naming.snake(m.name)])
            for m in shape.members
            if naming.snake(m.name) in value
        }
    if shape.type is ir.ShapeType.LIST and isinstance(value, list):
        return [to_spec_names(service, shape.member.target, v) for v in value]
    if shape.type is ir.ShapeType.MAP and isinstance(value, dict):
        return {k: to_spec_names(service, shape.value.target, v) for k, v in value.items()}
    return value


def to_python_names(service: ir.Service, shape_id: str, value: Any) -> Any:
    shape = service.shapes[shape_id]
    if shape.type in (ir.ShapeType.STRUCTURE, ir.ShapeType.UNION) and isinstance(value, dict):
        return {
            naming.snake(m.name): to_python_names(service, m.target, value[m.name])
            for m in shape.members
            if m.name in value
        }
    if shape.type is ir.ShapeType.LIST and isinstance(value, list):
        return [to_python_names(service, shape.member.target, v) for v in value]
    if shape.type is ir.ShapeType.MAP and isinstance(value, dict):
        return {k: to_python_names(service, shape.value.target, v) for k, v in value.items()}
    return value


class Boto3Caller:
    def __init__(self, service: ir.Service, client: Any) -> None:
        self.service, self.client = service, client
        self.model = client.meta.service_model

    def names(self, ours: ir.Shape, theirs: Any) -> dict[str, str]:
        """Our member name -> botocore's."""
        out = {}
        for member in ours.members:
            for name, shape in theirs.members.items():
                if name == member.name or shape.serialization.get("name") == member.name:
                    out[member.name] = name
                    break
        return out

    def __call__(self, op: ir.Operation, params: dict[str, Any]) -> dict[str, Any]:
        model = self.model.operation_model(op.name)
        sent: dict[str, Any] = {}
        if op.input is not None:
            spec = to_spec_names(self.service, op.input, params)
            rename = self.names(self.service.shape(op.input), model.input_shape)
            sent = {rename.get(k, k): v for k, v in spec.items()}
        method = getattr(
            self.client,
            self.client.meta.method_to_api_mapping
            and next(
                m for m, api in self.client.meta.method_to_api_mapping.items() if api == op.name
            ),
        )
        try:
            answer = method(**sent)
        except ClientError as exc:
            error = exc.response["Error"]
            raise Failed(
                error["Code"], exc.response["ResponseMetadata"]["HTTPStatusCode"]
            ) from None
        answer.pop("ResponseMetadata", None)
        # a streamed payload is read, as its caller reads it (DataZone's lineage ``event``)
        answer = {k: v.read() if isinstance(v, StreamingBody) else v for k, v in answer.items()}
        if op.output is None:
            return {}
        rename = {
            v: k for k, v in self.names(self.service.shape(op.output), model.output_shape).items()
        }
        spec_named = {rename.get(k, k): v for k, v in answer.items()}
        return dict(to_python_names(self.service, op.output, spec_named))


@pytest.mark.parametrize("path", AWS_SEEDS, ids=[p.stem for p in AWS_SEEDS])
def test_every_resource_story_with_boto3(path: Path, tmp_path: Path) -> None:
    from apigen_generated._runtime.fake import fake_server

    service = load(path)
    assert service.endpoint_prefix
    session = boto3.session.Session()
    # botocore's name for the service: its endpoint prefix, else its SDK id as botocore
    # folds it (OpsWorksCM -> opsworkscm).
    names = [service.endpoint_prefix, (service.service_id or "").lower().replace(" ", "-")]
    name = next((n for n in names if n in session.get_available_services()), names[-1])
    if name not in session.get_available_services():
        # AWS dropped the model from botocore after 1.35.0 (OpsWorks CM): boto3 reads it
        # from that release's wheel, as a user of an older boto3 would.
        folder = tmp_path / "models"
        wheel = fetch_wheel(LAST_RELEASE_WITH_RETIRED_MODELS, tmp_path / "wheel")
        extract_models(wheel, name, folder)
        core = botocore.session.get_session()
        core.register_component("data_loader", Loader(extra_search_paths=[str(folder)]))
        session = boto3.session.Session(botocore_session=core)
        assert name in session.get_available_services(), (name, "not in the old wheel either")
    with fake_server(path.stem, delay=0) as url:
        client = session.client(
            name,
            endpoint_url=url,
            region_name="ap-south-1",
            aws_access_key_id="AKIDEXAMPLE",
            aws_secret_access_key="secret",
            config=Config(retries={"max_attempts": 1}),
        )
        call = Boto3Caller(service, client)
        live: dict[str, dict[str, Any]] = {}
        regions = []
        for resource, parent in in_order(service):
            if resource.create is None:
                continue
            story = Story(service, resource, call)
            live[resource.name] = story.run(live[parent.name] if parent else {})
            if resource.arn:
                regions.append(story.read(live[resource.name]))
    # ARNs the server made carry the region of the request's SigV4 scope
    arns = [
        v
        for record in regions
        for k, v in record.items()
        if isinstance(v, str) and v.startswith(f"arn:aws:{service.endpoint_prefix}:")
    ]
    assert all(":ap-south-1:" in arn for arn in arns), arns
