"""Host prefixes (``endpoint.hostPrefix``) as botocore applies them, through the whole pipeline.

Cases are drawn from the pinned botocore: operations with a ``hostPrefix`` whose required
input members are all strings, one per (service, prefix) pair, labelled prefixes
(``{graphIdentifier}.``) first, then a deterministic sample of the plain ones. Each
operation's model (trimmed to it, with the service's rule set beside it) goes through
``apigen import botocore`` → spec → generated package; our generated client and a botocore
client call it with the same input, and the host each sends to must be the same, with host
prefix injection on (the default) and off (``inject_host_prefix=False``; botocore's
``Config(inject_host_prefix=False)``). Neither request leaves the process: ours goes to a
recording transport, botocore's is stopped in ``before-send``.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import pytest
from peers import need

need("boto3")

import botocore.loaders  # noqa: E402
import botocore.session  # noqa: E402
from botocore.config import Config  # noqa: E402
from imported import trimmed  # noqa: E402

from apigen import naming  # noqa: E402
from apigen.errors import SpecError  # noqa: E402
from apigen.frontends.smithy_yaml import load_smithy_yaml  # noqa: E402
from apigen.importers import import_botocore_path, yaml_writer  # noqa: E402
from apigen.output.formatting import Unformatted  # noqa: E402
from apigen.pipeline import generate  # noqa: E402
from apigen.runtime.client import config as client_config  # noqa: E402
from apigen.runtime.core.http import HttpResponse  # noqa: E402

LOADER = botocore.loaders.Loader()
PLAIN_SAMPLE = 4
LABEL = re.compile(r"\{([^{}]+)\}")
VALUE = "label-1"


def _cases() -> list[tuple[str, str]]:
    pairs: dict[tuple[str, str], str] = {}
    rules = set(LOADER.list_available_services("endpoint-rule-set-1"))
    for service in sorted(LOADER.list_available_services("service-2")):
        if service not in rules:
            continue
        model = LOADER.load_service_model(service, "service-2")
        for name, operation in sorted(model["operations"].items()):
            prefix = operation.get("endpoint", {}).get("hostPrefix")
            if not prefix or (service, prefix) in pairs or not _strings_only(model, operation):
                continue
            pairs[(service, prefix)] = name
    labelled = [(s, o) for (s, p), o in pairs.items() if LABEL.search(p)]
    plain = sorted(
        ((s, o) for (s, p), o in pairs.items() if not LABEL.search(p)),
        key=lambda c: hashlib.sha256("/".join(c).encode()).hexdigest(),
    )
    return sorted(labelled) + sorted(plain[:PLAIN_SAMPLE])


def _strings_only(model: dict[str, Any], operation: dict[str, Any]) -> bool:
    if "input" not in operation:
        return False
    shape = model["shapes"][operation["input"]["shape"]]
    members = shape.get("members", {})
    required = shape.get("required", [])
    return all(model["shapes"][members[r]["shape"]]["type"] == "string" for r in required)


CASES = _cases()


@pytest.fixture
def clean_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in [n for n in os.environ if n.startswith("AWS_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path))
    client_config.clear_cache()
    yield
    client_config.clear_cache()


def _import(service: str, operation: str, root: Path) -> ModuleType:
    """``apigen import botocore`` of the trimmed model, generated and imported."""
    folder = root / "model" / service
    folder.mkdir(parents=True)
    model = trimmed(LOADER.load_service_model(service, "service-2"), [operation])
    (folder / "service-2.json").write_text(json.dumps(model), encoding="utf-8")
    rules = LOADER.load_service_model(service, "endpoint-rule-set-1")
    (folder / "endpoint-rule-set-1.json").write_text(json.dumps(rules), encoding="utf-8")
    imported = import_botocore_path(folder)
    spec_path = root / f"{imported.stem}.yaml"
    spec_path.write_text(yaml_writer.dump(imported.spec, imported.header), encoding="utf-8")
    package = f"apigen_host_prefix_{naming.snake(service)}"
    name = ""
    try:
        files = generate([load_smithy_yaml(spec_path)], Unformatted())
    except SpecError as exc:  # a protocol apigen does not generate yet: it says which
        pytest.skip(str(exc))
    for path, text in files.items():
        if path.startswith("apigen_generated/"):
            rest = path.split("/", 1)[1]
            name = rest.split("/", 1)[0] if rest.endswith("/client.py") else name
            target = root / package / rest
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    sys.path.insert(0, str(root))
    importlib.invalidate_caches()
    return importlib.import_module(f"{package}.{name}")


class Recording:
    """A transport that records where requests go and answers an empty 200."""

    def __init__(self) -> None:
        self.hosts: list[str] = []

    def send(self, request: Any, *, url_base: str, timeout: Any) -> HttpResponse:
        self.hosts.append(urlsplit(url_base).hostname or "")
        return HttpResponse(200, [], b"")

    def close(self) -> None:
        pass


class Stop(Exception):
    pass


def _botocore_host(service: str, operation: str, params: dict[str, str], inject: bool) -> str:
    client = botocore.session.Session().create_client(
        service,
        region_name="us-west-2",
        aws_access_key_id="AKID",
        aws_secret_access_key="secret",
        config=Config(parameter_validation=False, inject_host_prefix=inject),
    )
    seen: list[str] = []

    def stop(request: Any, **_: Any) -> None:
        seen.append(urlsplit(request.url).hostname or "")
        raise Stop

    client.meta.events.register("before-send", stop)
    method = client.meta.method_to_api_mapping
    python_name = next(k for k, v in method.items() if v == operation)
    try:
        with pytest.raises(Stop):
            getattr(client, python_name)(**params)
    finally:
        client.close()
    return seen[0]


@pytest.mark.parametrize(("service", "operation"), CASES, ids=["/".join(c) for c in CASES])
@pytest.mark.parametrize("inject", [True, False], ids=["injected", "disabled"])
def test_the_host_is_botocores(
    service: str, operation: str, inject: bool, tmp_path: Path, clean_environment: None
) -> None:
    package = _import(service, operation, tmp_path)
    try:
        model = LOADER.load_service_model(service, "service-2")
        shape = model["shapes"][model["operations"][operation]["input"]["shape"]]
        params = {member: VALUE for member in shape.get("required", [])}
        expected = _botocore_host(service, operation, params, inject)
        transport = Recording()
        clients = importlib.import_module(f"{package.__name__}.client")
        client_class = next(
            v
            for k, v in vars(clients).items()
            if k.endswith("Client") and getattr(v, "__module__", "") == clients.__name__
        )
        client = client_class(
            region="us-west-2",
            aws_access_key_id="AKID",
            aws_secret_access_key="secret",
            transport=transport,
            validate=False,
            inject_host_prefix=inject,
        )
        spec = importlib.import_module(f"{package.__name__}.operations").SERVICE
        ours = spec.operations[operation]
        # Values that fill host labels, not the members' patterns: built without validation.
        by_wire = {f.serialization_alias or k: k for k, f in ours.input.model_fields.items()}
        request = ours.input.model_construct(**{by_wire[k]: v for k, v in params.items()})
        root_errors = importlib.import_module(
            f"{package.__name__.split('.')[0]}._runtime.core.errors"
        )
        with contextlib.suppress(root_errors.ApigenError):  # the empty answer may not parse
            client._send(ours, request)
        assert transport.hosts, "our client sent nothing"
        assert transport.hosts[0] == expected
        prefix = model["operations"][operation]["endpoint"]["hostPrefix"]
        filled = LABEL.sub(VALUE, prefix)
        if inject:  # off, botocore's host (equal to ours above) may still carry it: S3 Control's
            assert expected.startswith(filled)  # rule set places {AccountId}. itself
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m.startswith("apigen_host_prefix_")]:
            del sys.modules[name]
