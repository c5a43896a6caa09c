"""Wire equality with botocore's own rpcv2Cbor serializer and parser, every operation.

For each operation of a botocore CBOR model, with samples of every member five levels deep
(``samples.Samples``): our request is the one botocore's ``RpcV2CBORSerializer`` writes
(path, protocol headers, body as decoded CBOR), and botocore's ``RpcV2CBORParser`` reads our
response as we wrote it. The default run covers CloudWatch (query-compatible);
``APIGEN_CBOR_SWEEP=1`` (the ``cbor_sweep`` nox session) covers every model in botocore whose
protocol is ``smithy-rpc-v2-cbor``.
"""

from __future__ import annotations

import enum
import importlib
import math
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from peers import need

need("botocore", "cbor2")

import botocore.loaders  # noqa: E402
import cbor2  # noqa: E402
from botocore.model import ServiceModel  # noqa: E402
from botocore.parsers import RpcV2CBORParser  # noqa: E402
from botocore.serialize import RpcV2CBORSerializer  # noqa: E402
from echo import DEEP  # noqa: E402
from samples import Samples  # noqa: E402

from apigen import ir  # noqa: E402
from apigen.frontends.botocore import botocore_service  # noqa: E402
from apigen.output.formatting import Unformatted  # noqa: E402
from apigen.pipeline import generate  # noqa: E402

PACKAGE = "apigen_cbor_wire"
_LOADER = botocore.loaders.Loader()


def _services() -> list[str]:
    if not os.environ.get("APIGEN_CBOR_SWEEP"):
        return ["cloudwatch"]
    return [
        name
        for name in _LOADER.list_available_services("service-2")
        if _LOADER.load_service_model(name, "service-2")["metadata"].get("protocol")
        == "smithy-rpc-v2-cbor"
    ]


def _cases() -> list[Any]:
    return [
        pytest.param(name, op, id=f"{name}:{op}")
        for name in _services()
        for op in sorted(_LOADER.load_service_model(name, "service-2")["operations"])
    ]


class Generated:
    """One service: its IR, generated ``SERVICE`` and codec, and botocore's CBOR-only model."""

    def __init__(self, root: Path, name: str, first: bool) -> None:
        model = _LOADER.load_service_model(name, "service-2")
        self.service = botocore_service(model, f"{name}.json")
        package = f"s_{name.replace('-', '_')}"
        for path, text in generate([self.service], Unformatted()).items():
            if not path.startswith("apigen_generated/"):
                continue
            relative = path.split("/", 1)[1]
            if relative.startswith("_runtime/") or relative in ("__init__.py", "py.typed"):
                if not first:
                    continue
            else:
                relative = f"{package}/{relative.split('/', 1)[1]}"
            target = root / PACKAGE / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text("" if relative == "__init__.py" else text, encoding="utf-8")
        importlib.invalidate_caches()
        self.spec = importlib.import_module(f"{PACKAGE}.{package}.operations").SERVICE
        registry = importlib.import_module(f"{PACKAGE}._runtime.protocols.registry")
        self.codec = registry.codec_for(self.spec)
        cbor_only = {
            **model,
            "metadata": {**model["metadata"], "protocols": ["smithy-rpc-v2-cbor"]},
        }
        self.boto = ServiceModel(cbor_only, service_name=name)
        self.samples = Samples(self.service)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Generated]]:
    root = tmp_path_factory.mktemp("cbor-wire")
    sys.path.insert(0, str(root))
    made: dict[str, Generated] = {}

    def get(name: str) -> Generated:
        if name not in made:
            made[name] = Generated(root, name, first=not made)
        return made[name]

    try:
        yield get
    finally:
        sys.path.remove(str(root))
        for module in [m for m in sys.modules if m.split(".")[0] == PACKAGE]:
            del sys.modules[module]


def _plain(value: Any) -> Any:
    """Model data as botocore takes and gives it: enums as their values, NaN comparable."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, float) and math.isnan(value):
        return "NaN"
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _sample(samples: Samples, service: ir.Service, model: Any, shape_id: str | None) -> Any:
    """Every member five levels deep; where the samples break a constraint there (a map
    that needs two keys) or have no string for a pattern, the required members only; the
    case is skipped, saying why, when even those cannot be sampled (sweep models only:
    CloudWatch's all can)."""
    if shape_id is None:
        return model()
    shape = service.shapes[shape_id]
    try:
        return model.model_validate(samples.structure(shape, DEEP))
    except (ValueError, AssertionError):
        pass
    try:
        return model.model_validate(samples.structure(shape, 3))
    except (ValueError, AssertionError) as exc:
        pytest.skip(f"no valid sample of {shape.name}: {str(exc).splitlines()[0]}")


def _decoded(body: bytes) -> Any:
    return _plain(cbor2.loads(body)) if body else None


@pytest.mark.parametrize(("name", "operation"), _cases())
def test_wire_equals_botocores(
    generated: Callable[[str], Generated], name: str, operation: str
) -> None:
    """Our request is botocore's request, and botocore reads our response as we wrote it."""
    peer = generated(name)
    ir_op = next(o for o in peer.service.operations if o.name == operation)
    op = peer.spec.operations[operation]
    boto_op = peer.boto.operation_model(operation)
    params = _sample(peer.samples, peer.service, op.input, ir_op.input)
    ours = peer.codec.serialize_request(op, params)
    theirs = RpcV2CBORSerializer().serialize_to_request(
        _plain(params.model_dump(by_alias=True)), boto_op
    )
    assert ours.path == theirs["url_path"]
    assert _decoded(ours.body) == _decoded(theirs["body"])
    for header in ("smithy-protocol", "Accept", "Content-Type", "x-amzn-query-mode"):
        assert ours.header(header) == theirs["headers"].get(header), header
    if ir_op.output is None:
        return
    output = _sample(peer.samples, peer.service, op.output, ir_op.output)
    response = peer.codec.serialize_response(op, output)
    parsed = RpcV2CBORParser().parse(
        {"status_code": 200, "headers": dict(response.headers), "body": response.body},
        boto_op.output_shape,
    )
    parsed.pop("ResponseMetadata", None)
    assert _plain(parsed) == _plain(output.model_dump(by_alias=True))
