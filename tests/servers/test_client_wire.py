"""Our generated clients' requests beside botocore's, for the same parameters.

For kafkaconnect and emr-containers (restJson1) and glue (awsJson1_1), every operation is
called through our client with sample parameters (the members botocore's model shares with
ours, ``boto_wire.py``; members the spec gives a default are left unset, as a caller who
relies on the default would), and botocore's own serializer builds its request from the same
parameters. The two requests must carry the same path, query, member headers and JSON body.
botocore sends only what the caller set; so must we.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import json
from typing import Any
from urllib.parse import parse_qsl

import botocore.session
import httpx
import pytest
from boto_wire import Pairing
from botocore.serialize import create_serializer
from echo import DEEP, field_alias, wire
from peers import SPECS, TALLY
from samples import Samples

from apigen import ir, naming
from apigen.frontends import load_service
from apigen.views.client import client_class_name
from apigen_generated._runtime.core.errors import ApigenError

SERVICES = {
    "kafkaconnect": ("kafkaconnect.yaml", "kafkaconnect"),
    "emr_containers": ("emr-containers.yaml", "emr-containers"),
    "glue": ("glue.yaml", "glue"),
}
OPERATIONS = [
    (package, op.name)
    for package, (spec, _) in SERVICES.items()
    for op in load_service(SPECS / spec).operations
]
_SESSION = botocore.session.get_session()


def _strip_defaults(service: ir.Service, shape: ir.Shape, data: Any) -> Any:
    """Wire data (our keys) without the members the spec gives a default, at any depth."""
    if shape.type is ir.ShapeType.LIST and isinstance(data, list) and shape.member:
        inner = service.shapes[shape.member.target]
        return [_strip_defaults(service, inner, v) for v in data]
    if shape.type is ir.ShapeType.MAP and isinstance(data, dict) and shape.value:
        inner = service.shapes[shape.value.target]
        return {k: _strip_defaults(service, inner, v) for k, v in data.items()}
    if shape.type not in (ir.ShapeType.STRUCTURE, ir.ShapeType.UNION) or not isinstance(data, dict):
        return data
    out = dict(data)
    for member in shape.members:
        key = field_alias(service, member)
        if key not in out:
            continue
        if member.has_default and not member.required:
            del out[key]
        else:
            out[key] = _strip_defaults(service, service.shapes[member.target], out[key])
    return out


class Captured:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={})


@pytest.mark.parametrize(("package", "op_name"), OPERATIONS)
def test_our_request_is_botocores(package: str, op_name: str) -> None:
    spec_file, boto_name = SERVICES[package]
    service = load_service(SPECS / spec_file)
    op = next(o for o in service.operations if o.name == op_name)
    boto_model = _SESSION.get_service_model(boto_name)
    boto_op = boto_model.operation_model(op_name)
    pairing = Pairing(service, lambda m: field_alias(service, m))
    module = importlib.import_module(f"apigen_generated.{package}")
    spec = importlib.import_module(f"apigen_generated.{package}.operations").SERVICE
    operation = spec.operations[op_name]
    shape = service.shapes[op.input]
    sample = operation.input.model_validate(Samples(service).structure(shape, DEEP))
    boto_params = pairing.to_boto(
        op.input, boto_op.input_shape, _strip_defaults(service, shape, wire(sample))
    )
    ours_wire = pairing.from_boto(op.input, boto_op.input_shape, boto_params)
    model = operation.input.model_validate(ours_wire)

    captured = Captured()
    client = getattr(module, client_class_name(service))(
        transport=httpx.MockTransport(captured),
        region="us-east-1",
        aws_access_key_id="AKID",
        aws_secret_access_key="secret",
        retries=1,
    )
    method = getattr(client, naming.function_name(op.name))
    params = inspect.signature(method).parameters
    kwargs = {
        (name if name in params else name + "_"): getattr(model, name)
        for name in model.model_fields_set
    }
    # The canned {} may not fit the output; the request was sent all the same.
    with contextlib.suppress(ApigenError):
        method(**kwargs)
    [ours] = captured.requests
    theirs = create_serializer(boto_model.metadata["protocol"]).serialize_to_request(
        boto_params, boto_op
    )

    def body(raw: Any) -> Any:
        raw = raw.encode() if isinstance(raw, str) else raw
        return json.loads(raw) if raw.strip() else {}

    query = sorted(parse_qsl(ours.url.query.decode(), keep_blank_values=True))
    their_query = (
        sorted(
            (k, str(v))
            for k, vs in theirs["query_string"].items()
            for v in (vs if isinstance(vs, list) else [vs])
        )
        if isinstance(theirs["query_string"], dict)
        else sorted(parse_qsl(theirs["query_string"]))
    )
    bound = {
        (m.http.name or m.name).lower()
        for m in shape.members
        if m.http is not None and m.http.location is ir.Location.HEADER
    }
    headers = {k.lower(): v for k, v in ours.headers.items() if k.lower() in bound}
    their_headers = {k.lower(): v for k, v in theirs["headers"].items() if k.lower() in bound}
    assert (ours.url.raw_path.decode().split("?")[0], query, headers, body(ours.content)) == (
        theirs["url_path"],
        their_query,
        their_headers,
        body(theirs["body"]),
    )
    TALLY[f"own client ≡ botocore: {package} requests"] += 1
