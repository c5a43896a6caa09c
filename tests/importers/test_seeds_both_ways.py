"""The seeds both ways: a seed AWS service generated from its hand-transcribed spec and from
AWS's official model (imported) puts the same bytes on the wire for the same inputs.

Which seeds: every spec in ``specs/`` of an AWS protocol. Its official model is the pinned
botocore's model of the same name or, for a service botocore no longer ships (opsworkscm
left after 1.35.0), AWS's Smithy JSON AST of it in ``../shared/upstream/smithy-models``.
The inputs are drawn from the hand spec's IR (``Samples``: every member near the top); both
clients send them through a mock transport and the two requests are compared byte for byte:
method, path, query, headers and body.

Where they differ, the hand spec is the document's truth: ``seed_differences.yaml`` lists
each difference (service, operation, part) with its reason. A difference not listed fails,
and so does a listed one that no longer happens, so the list stays what the wire shows.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml
from botocore_models import service_folders

from apigen import ir, naming
from apigen.importers import Imported, import_botocore_path, import_smithy_path, yaml_writer
from apigen.pipeline import load_services

PROJECT = Path(__file__).resolve().parents[2]
if str(PROJECT / "tests" / "generated") not in sys.path:  # Samples: values from the IR
    sys.path.insert(0, str(PROJECT / "tests" / "generated"))
from samples import Samples  # noqa: E402

SPECS = PROJECT / "specs"
DIFFERENCES = Path(__file__).with_name("seed_differences.yaml")
# What the signer, the transport and the user agent add: not the protocol's, and different
# per call (dates, ids) or per package (the user agent names the service's version).
_PER_CALL = {"authorization", "x-amz-date", "user-agent", "amz-sdk-invocation-id"}
_PARTS = ("method", "path", "query", "headers", "body")


def _aws_seeds() -> list[Path]:
    seeds = []
    for path in sorted(SPECS.glob("*.yaml")):
        (service,) = load_services([path])
        if service.protocol is not ir.Protocol.OPENAPI:
            seeds.append(path)
    return seeds


def _official(stem: str, shared: Callable[[], Path]) -> Imported:
    """The service's official model, imported: botocore's when the pin has it, else the
    Smithy AST beside the project."""
    folder = service_folders().get(stem)
    if folder is not None:
        return import_botocore_path(folder)
    models = shared() / "upstream" / "smithy-models"
    for path in sorted(models.glob(f"{stem}-*.json")):
        shapes = json.loads(path.read_text(encoding="utf-8"))["shapes"]
        (service_id,) = (k for k, v in shapes.items() if v.get("type") == "service")
        return import_smithy_path(path, service_id)
    raise AssertionError(f"no official model of {stem} in botocore or {models}")


def _listed() -> dict[tuple[str, str, str], str]:
    entries = yaml.safe_load(DIFFERENCES.read_text(encoding="utf-8")) or []
    listed = {}
    for entry in entries:
        key = (entry["service"], entry["operation"], entry["part"])
        assert entry.get("reason"), f"{DIFFERENCES.name}: {key} needs its reason"
        assert key not in listed, f"{DIFFERENCES.name}: {key} is listed twice"
        listed[key] = entry["reason"]
    return listed


def _client_class(package: ModuleType) -> type[Any]:
    return next(
        getattr(package, n)
        for n in package.__all__
        if n.endswith("Client") and not n.startswith("Async")
    )


def _wire(request: httpx.Request) -> dict[str, Any]:
    path, _, query = request.url.raw_path.decode().partition("?")
    headers = sorted(
        (k.lower(), v) for k, v in request.headers.items() if k.lower() not in _PER_CALL
    )
    return {
        "method": request.method,
        "path": path,
        "query": query,
        "headers": headers,
        "body": request.content,
    }


def _sent(client_class: type[Any], operation: str, params: dict[str, Any]) -> dict[str, Any]:
    sent: list[httpx.Request] = []

    def respond(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    with client_class(
        region="us-east-1",
        aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key="secret",
        validate=False,
        transport=httpx.MockTransport(respond),
    ) as client:
        try:
            client._call(operation, params)
        except Exception as exc:  # noqa: BLE001 - the response is a stub; the request counts
            if not sent:
                return {"error": f"{type(exc).__name__}: {exc}"}
    return _wire(sent[0])


def _wire_name(member: ir.Member) -> tuple[str, str]:
    """Where a member goes on the wire: its HTTP binding and name, else its JSON name."""
    if member.http is not None and member.http.location is not ir.Location.LABEL:
        return (str(member.http.location), (member.http.name or member.name).lower())
    return ("body", member.json_name or member.name)


def _labels(operation: ir.Operation) -> list[str]:
    """The URI labels of an operation, in the order its path template names them."""
    uri = operation.http.uri if operation.http else ""
    return [part.strip("{}+") for part in uri.split("/") if part.startswith("{")]


class Pairing:
    """The hand spec's members as the official model's, by what they put on the wire: the
    same wire name (header, query key, JSON key) or, for URI labels, the same place in the
    path. A hand member the official model has no partner for is a difference to list."""

    def __init__(self, hand: ir.Service, official: ir.Service) -> None:
        self.hand, self.official = hand, official
        self.missing: set[str] = set()

    def operation(self, name: str, params: dict[str, Any]) -> dict[str, Any]:
        ours = next(o for o in self.hand.operations if o.name == name)
        theirs = next((o for o in self.official.operations if o.name == name), None)
        if theirs is None:
            self.missing.add(ours.id)
            return params
        if not ours.input or not theirs.input:
            return params
        labels = dict(zip(_labels(ours), _labels(theirs), strict=False))
        return self.structure(ours.input, theirs.input, params, labels)

    def structure(
        self,
        hand_id: str,
        official_id: str,
        value: dict[str, Any],
        labels: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        hand, official = self.hand.shapes[hand_id], self.official.shapes[official_id]
        partners = {_wire_name(m): m for m in official.members}
        by_name = {m.name: m for m in official.members}
        out = {}
        for member in hand.members:
            key = naming.snake(member.name)
            if key not in value:
                continue
            if member.http is not None and member.http.location is ir.Location.LABEL:
                partner = by_name.get((labels or {}).get(member.http.name or member.name, ""))
            else:
                partner = partners.get(_wire_name(member))
            if partner is None:
                self.missing.add(member.id)
                continue
            out[naming.snake(partner.name)] = self.value(member.target, partner.target, value[key])
        return out

    def value(self, hand_id: str, official_id: str, value: Any) -> Any:
        hand, official = self.hand.shapes.get(hand_id), self.official.shapes.get(official_id)
        if hand is None or official is None:
            return value
        if hand.type is ir.ShapeType.LIST and official.type is ir.ShapeType.LIST:
            return [self.value(hand.member.target, official.member.target, v) for v in value]
        if hand.type is ir.ShapeType.MAP and official.type is ir.ShapeType.MAP:
            return {
                k: self.value(hand.value.target, official.value.target, v) for k, v in value.items()
            }
        if isinstance(value, dict) and hand.members and official.members:
            return self.structure(hand_id, official_id, value)
        return value


def _same_data(part: str, ours: Any, theirs: Any) -> bool:
    """Whether two differing parts carry the same data in another order (JSON members,
    query parameters, headers)."""
    if part == "body":
        try:
            return bool(json.loads(ours or b"null") == json.loads(theirs or b"null"))
        except ValueError:
            return False
    if part == "query":
        return sorted(ours.split("&")) == sorted(theirs.split("&"))
    if part == "headers":
        return sorted(ours) == sorted(theirs)
    return False


@pytest.mark.parametrize("spec", _aws_seeds(), ids=lambda p: p.stem)
def test_hand_spec_and_official_model_send_the_same_bytes(
    spec: Path,
    scratch_service: Callable[..., ModuleType],
    request: pytest.FixtureRequest,
    tmp_path: Path,
) -> None:
    (service,) = load_services([spec])
    imported = _official(spec.stem, lambda: request.getfixturevalue("shared_dir"))
    text = yaml_writer.dump(imported.spec, imported.header)
    official_spec = tmp_path / f"{spec.stem}.yaml"
    official_spec.write_text(text, encoding="utf-8")
    (official_ir,) = load_services([official_spec])
    official = scratch_service(text, f"{spec.stem}_official")
    hand = importlib.import_module(f"apigen_generated.{naming.package(spec.stem)}")
    samples, pairing = Samples(service), Pairing(service, official_ir)
    listed = {k: v for k, v in _listed().items() if k[0] == spec.stem}
    found: dict[tuple[str, str, str], str] = {}
    for operation in service.operations:
        shape = samples.shape(operation.input)
        params = samples.structure(shape) if shape is not None else {}
        ours = _sent(_client_class(hand), operation.name, params)
        theirs = _sent(
            _client_class(official), operation.name, pairing.operation(operation.name, params)
        )
        assert "error" not in ours, f"{operation.name}: the hand client sent nothing: {ours}"
        for part in _PARTS:
            if ours.get(part) == theirs.get(part):
                continue
            if "error" not in theirs and _same_data(part, ours[part], theirs[part]):
                order = found.setdefault((spec.stem, "*", "member order"), "same data, order in:")
                found[(spec.stem, "*", "member order")] = f"{order} {operation.name}.{part}"
                continue
            shown = f"hand {ours.get(part, ours)!r} != official {theirs.get(part, theirs)!r}"
            found[(spec.stem, operation.name, part)] = shown[:600]
    for member in sorted(pairing.missing):
        found[(spec.stem, member, "missing")] = "no member of the official model goes there"
    unlisted = sorted(set(found) - set(listed))
    gone = sorted(set(listed) - set(found))
    assert not unlisted, f"differences not in {DIFFERENCES.name} (add each with its reason):\n" + (
        "\n".join(f"{' '.join(k)}: {found[k]}" for k in unlisted)
    )
    assert not gone, f"listed in {DIFFERENCES.name} but no longer different: " + ", ".join(
        " ".join(k) for k in gone
    )
