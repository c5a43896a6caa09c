"""boto3 against generated servers of botocore models the data chooses: one per wire flavour.

Each model of the pinned botocore has a flavour: the protocol boto3 speaks to it (botocore's
``resolved_protocol``), and for JSON whether it is ``awsQueryCompatible``. For every flavour,
the model whose name hashes lowest under the pinned botocore's version is taken (another pin,
another sample; the same pin, the same sample), cut down to ``OPERATIONS`` of its operations
(chosen by the same hash; operations with a streaming body or an event stream are left to
tests/streams), imported with ``apigen import``'s importer, generated and served with the echo
handler under uvicorn. boto3 calls each kept operation with a sample of every input member of
our spec, and the check is round_trip.py's, as for the seeds: the server received what boto3 sent, boto3 parsed
what the handler returned, the status is the operation's.

The named peers beside this file (SNS, EC2, Route 53, S3, Kinesis...) show one protocol's
features in depth; this sample is the one nobody picked.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import sys
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from peers import UNPAIRED, need

need("boto3", "uvicorn", "defusedxml", "cbor2")

import boto3  # noqa: E402
import botocore  # noqa: E402
import botocore.model  # noqa: E402
from boto_wire import Pairing  # noqa: E402
from botocore.config import Config  # noqa: E402
from echo import Echo, field_alias  # noqa: E402
from live import serve  # noqa: E402
from round_trip import Peer, check_round_trip  # noqa: E402

from apigen import naming  # noqa: E402
from apigen.frontends import load_service  # noqa: E402
from apigen.importers import import_botocore_path, yaml_writer  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "importers"))
from botocore_models import load, service_folders  # noqa: E402
from imported import generated_package, trimmed  # noqa: E402

OPERATIONS = 4


def _rank(*names: str) -> str:
    return hashlib.sha256("/".join((botocore.__version__, *names)).encode()).hexdigest()


def _flavour(model: dict[str, Any], name: str) -> str:
    protocol = str(botocore.model.ServiceModel(model, name).resolved_protocol)
    if protocol == "json" and model["metadata"].get("awsQueryCompatible") is not None:
        return "json, query-compatible"
    return protocol


def _streaming(model: dict[str, Any], operation: dict[str, Any]) -> bool:
    """Whether an operation's input or output has a streaming member or an event stream."""
    for key in ("input", "output"):
        if key not in operation:
            continue
        shape = model["shapes"][operation[key]["shape"]]
        for member in shape.get("members", {}).values():
            target = model["shapes"][member["shape"]]
            if target.get("streaming") or target.get("eventstream"):
                return True
    return False


@cache
def sample() -> dict[str, str]:
    """Flavour → the chosen model's name."""
    chosen: dict[str, str] = {}
    for name in sorted(service_folders(), key=_rank):
        model = load(service_folders()[name], "service-2")
        chosen.setdefault(_flavour(model, name), name)
    return dict(sorted(chosen.items()))


def _kept(model: dict[str, Any], name: str) -> list[str]:
    candidates = [o for o, op in model["operations"].items() if not _streaming(model, op)]
    return sorted(sorted(candidates, key=lambda o: _rank(name, o))[:OPERATIONS])


@pytest.fixture(scope="module")
def served(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Callable[[str], Peer]]:
    with contextlib.ExitStack() as stack:
        started: dict[str, Peer] = {}

        def get(flavour: str) -> Peer:
            if flavour in started:
                return started[flavour]
            name = sample()[flavour]
            model = load(service_folders()[name], "service-2")
            folder = tmp_path_factory.mktemp(name)
            cut = trimmed(model, _kept(model, name))
            (folder / "service-2.json").write_text(json.dumps(cut), encoding="utf-8")
            for rules in service_folders()[name].glob("endpoint-rule-set-1.json*"):
                shutil.copy(rules, folder / rules.name)  # the context parameters need them
            imported = import_botocore_path(folder)
            text = yaml_writer.dump(imported.spec, imported.header)
            spec = folder / f"{imported.stem}.yaml"
            spec.write_text(text, encoding="utf-8")
            service = load_service(spec)
            root, stem = tmp_path_factory.mktemp("packages"), naming.package(imported.stem)
            package = stack.enter_context(
                generated_package(cut, root, f"apigen_sample_{stem}", service)
            )
            echo = Echo.of(service, package.__name__)
            live = stack.enter_context(serve(echo.app()))
            client = boto3.session.Session().client(
                name,
                endpoint_url=live.url,
                region_name="us-east-1",
                aws_access_key_id="AKID",
                aws_secret_access_key="secret",
                config=Config(retries={"total_max_attempts": 1}, inject_host_prefix=False),
            )
            stack.callback(client.close)
            assert _flavour(model, name) == flavour
            pairing = Pairing(service, lambda m: field_alias(service, m))
            stack.callback(lambda: UNPAIRED.update(f"{name}: {line}" for line in pairing.unpaired))
            model_of = client.meta.service_model
            started[flavour] = Peer(name, service, echo, live, client, model_of, pairing)
            return started[flavour]

        yield get


def _cases() -> list[tuple[str, str]]:
    cases = []
    for flavour, name in sample().items():
        model = load(service_folders()[name], "service-2")
        cases += [(flavour, operation) for operation in _kept(model, name)]
    return cases


def test_every_flavour_is_sampled() -> None:
    """The sample has a model of every protocol boto3 speaks to botocore's models."""
    flavours = {_flavour(load(f, "service-2"), n) for n, f in service_folders().items()}
    assert set(sample()) == flavours


@pytest.mark.parametrize(("flavour", "op_name"), _cases())
def test_boto3_round_trip(served: Callable[[str], Peer], flavour: str, op_name: str) -> None:
    check_round_trip(served(flavour), op_name)
