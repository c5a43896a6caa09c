"""The botocore protocol suite as data, and the generated packages its cases run against.

Each case group (one ``description`` of a suite file) is a small botocore model; it is read
by the botocore front end and generated (views and templates, no black) once per distinct
model, under one throwaway root package that shares a single ``_runtime``. Values move
between botocore's form (member names, epoch numbers, text blobs) and the generated models'
form (Python names, datetimes, bytes) by walking the IR, so neither side's conventions leak
into the comparison.
"""

from __future__ import annotations

import base64
import enum
import importlib
import itertools
import json
import math
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl
from xml.etree import ElementTree

import cbor2
import yaml

from apigen import ir, naming
from apigen.frontends.botocore import botocore_service
from apigen.output.formatting import Unformatted
from apigen.pipeline import generate
from apigen.runtime.core.scalars import parse_timestamp

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SUITE_DIR = SHARED / "conformance" / "botocore-protocols"
SUITES = (
    "json",
    "json_1_0",
    "json_1_0-query-compatible",
    "rest-json",
    "smithy-rpc-v2-cbor",
    "smithy-rpc-v2-cbor-query-compatible",
    "smithy-rpc-v2-cbor-non-query-compatible",
    "query",
    "ec2",
    "rest-xml",
)
# Suites whose bodies are CBOR, written in the suite files as base64.
CBOR_SUITES = frozenset(s for s in SUITES if s.startswith("smithy-rpc-v2-cbor"))
# Suites whose bodies are XML (responses, and restXml requests) or query forms (requests).
XML_SUITES = frozenset({"query", "ec2", "rest-xml"})
FORM_SUITES = frozenset({"query", "ec2"})
# Elements that carry request metadata, not members: compared by neither side.
_XML_METADATA = frozenset({"ResponseMetadata", "RequestId", "requestId", "RequestID"})
DIRECTIONS = ("input", "output")
SKIPS_FILE = Path(__file__).resolve().parent / "skips.yaml"


@dataclass(frozen=True)
class Case:
    suite: str
    direction: str
    group: int
    data: dict[str, Any]
    model_key: str

    @property
    def id(self) -> str:
        return str(self.data["id"])

    @property
    def operation(self) -> str:
        return str(self.data["given"]["name"])


def load_cases() -> tuple[list[Case], dict[str, dict[str, Any]]]:
    """Every case of every suite file, and the distinct models they need (by key)."""
    cases: list[Case] = []
    models: dict[str, dict[str, Any]] = {}
    if not SUITE_DIR.is_dir():
        return cases, models
    for direction, suite in itertools.product(DIRECTIONS, SUITES):
        groups = json.loads((SUITE_DIR / direction / f"{suite}.json").read_text(encoding="utf-8"))
        for index, group in enumerate(groups):
            operations: dict[str, Any] = {}
            for case in group["cases"]:
                operations.setdefault(case["given"]["name"], case["given"])
            model = {
                "metadata": group["metadata"],
                "shapes": group["shapes"],
                "operations": operations,
            }
            key = json.dumps(model, sort_keys=True)
            models.setdefault(key, model)
            cases.extend(Case(suite, direction, index, case, key) for case in group["cases"])
    return cases, models


def load_skips() -> dict[tuple[str, str, str, str], str]:
    """(suite, direction, side, case id) → reason, from ``skips.yaml``."""
    entries = yaml.safe_load(SKIPS_FILE.read_text(encoding="utf-8")) or []
    return {(e["suite"], e["direction"], e["side"], e["case"]): e["reason"] for e in entries}


@dataclass
class Generated:
    """One generated service: its IR, ``SERVICE`` table, codec and vendored runtime."""

    service: ir.Service
    spec: Any
    shapes: ModuleType
    codec: Any
    runtime: ModuleType  # the package's ``_runtime`` (its errors and http modules are attributes)


class Workspace:
    """Generates each model on first use into ``root`` and imports it from there."""

    def __init__(self, root: Path, models: dict[str, dict[str, Any]]) -> None:
        self.root = root
        self.package = f"apigen_conformance_{id(self):x}"
        self.models = models
        self.numbers = {key: n for n, key in enumerate(models)}
        self.cache: dict[str, Generated | Exception] = {}
        self.runtime_written = False

    def get(self, key: str) -> Generated:
        found = self.cache.get(key)
        if found is None:
            try:
                found = self._generate(key)
            except Exception as exc:  # noqa: BLE001 - a failed generation fails only its cases
                found = exc
            self.cache[key] = found
        if isinstance(found, Exception):
            raise found
        return found

    def _generate(self, key: str) -> Generated:
        name = f"case{self.numbers[key]}"
        service = botocore_service(self.models[key], f"{name}.json")
        files = generate([service], Unformatted())
        for path, text in files.items():
            if not path.startswith("apigen_generated/"):
                continue
            relative = path.split("/", 1)[1]
            shared = relative.startswith("_runtime/") or relative in ("__init__.py", "py.typed")
            if shared and self.runtime_written:
                continue
            target = self.root / self.package / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text("" if relative == "__init__.py" else text, encoding="utf-8")
        self.runtime_written = True
        if str(self.root) not in sys.path:
            sys.path.insert(0, str(self.root))
        importlib.invalidate_caches()
        operations = importlib.import_module(f"{self.package}.{name}.operations")
        shapes = importlib.import_module(f"{self.package}.{name}.shapes")
        runtime = importlib.import_module(f"{self.package}._runtime")
        for module in (
            "protocols.registry",
            "core.errors",
            "core.http",
            "core.params",
            "protocols.faults",
            "client.compression",
        ):
            importlib.import_module(f"{self.package}._runtime.{module}")
        codec = runtime.protocols.registry.codec_for(operations.SERVICE)
        return Generated(
            service=service, spec=operations.SERVICE, shapes=shapes, codec=codec, runtime=runtime
        )

    def close(self) -> None:
        for module in [m for m in sys.modules if m.split(".")[0] == self.package]:
            del sys.modules[module]
        if str(self.root) in sys.path:
            sys.path.remove(str(self.root))


# -- values: botocore form ↔ model form ------------------------------------------------------


def to_model_input(service: ir.Service, shape_id: str, value: Any) -> Any:
    """botocore params (member names) → data the generated model validates (Python names)."""
    if value is None:
        return None
    shape = service.shapes[shape_id]
    kind = shape.type
    if kind in (ir.ShapeType.STRUCTURE, ir.ShapeType.UNION):
        return {
            naming.snake(m.name): to_model_input(service, m.target, value[m.name])
            for m in shape.members
            if m.name in value
        }
    if kind is ir.ShapeType.LIST:
        return [to_model_input(service, shape.member.target, v) for v in value]
    if kind is ir.ShapeType.MAP:
        return {k: to_model_input(service, shape.value.target, v) for k, v in value.items()}
    if kind is ir.ShapeType.BLOB and isinstance(value, str):
        return value.encode("utf-8")
    return value


def normalise(service: ir.Service, shape_id: str, value: Any, python_names: bool) -> Any:
    """Either form → one comparable form: member names, epoch floats, bytes, NaN as text."""
    if value is None:
        return None
    shape = service.shapes[shape_id]
    kind = shape.type
    if kind in (ir.ShapeType.STRUCTURE, ir.ShapeType.UNION):
        out = {}
        for m in shape.members:
            key = naming.snake(m.name) if python_names else m.name
            if key in value and value[key] is not None:
                out[m.name] = normalise(service, m.target, value[key], python_names)
        return out
    if kind is ir.ShapeType.LIST:
        return [normalise(service, shape.member.target, v, python_names) for v in value]
    if kind is ir.ShapeType.MAP:
        return {
            k: normalise(service, shape.value.target, v, python_names)
            for k, v in value.items()
            if v is not None
        }
    if kind is ir.ShapeType.TIMESTAMP:
        moment = parse_timestamp(value)
        if isinstance(moment, datetime):
            return round(moment.astimezone(UTC).timestamp(), 3)
        return value
    if kind is ir.ShapeType.BLOB:
        return value.encode("utf-8") if isinstance(value, str) else bytes(value)
    if kind in (ir.ShapeType.FLOAT, ir.ShapeType.DOUBLE):
        number = float(value)
        if math.isnan(number):
            return "NaN"
        if math.isinf(number):
            return "Infinity" if number > 0 else "-Infinity"
        return number
    if isinstance(value, enum.Enum):
        return value.value
    return value


def model_form(service: ir.Service, shape_id: str, model: Any) -> Any:
    """A generated model instance in the comparable form."""
    return normalise(service, shape_id, model.model_dump(mode="python"), python_names=True)


def json_or_text(body: bytes | str) -> Any:
    """A body as JSON data when it is JSON ("" counts as {}), else the raw bytes."""
    raw = body.encode("utf-8") if isinstance(body, str) else body
    if not raw.strip():
        return {}
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def wire_bytes(suite: str, body: str | None) -> bytes:
    """A body as the suite file gives it, as the bytes on the wire (CBOR suites: base64)."""
    text = body or ""
    return base64.b64decode(text) if suite in CBOR_SUITES else text.encode("utf-8")


def _cbor_comparable(value: Any) -> Any:
    """Decoded CBOR as comparable data: NaN as "NaN" (it never equals itself), tag-1
    timestamps as epoch seconds rounded to milliseconds."""
    if isinstance(value, float) and math.isnan(value):
        return "NaN"
    if isinstance(value, datetime):
        return round(value.astimezone(UTC).timestamp(), 3)
    if isinstance(value, dict):
        return {k: _cbor_comparable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_cbor_comparable(v) for v in value]
    return value


def _xml_comparable(element: ElementTree.Element) -> Any:
    """An element as comparable data: local tag, attributes (namespace declarations aside),
    text (leaves only), children in order; request metadata left out."""
    children = [c for c in element if c.tag.rsplit("}", 1)[-1] not in _XML_METADATA]
    attributes = sorted((k.rsplit("}", 1)[-1], v) for k, v in element.attrib.items())
    text = "" if children or not (element.text or "").strip() else (element.text or "")
    return (
        element.tag.rsplit("}", 1)[-1],
        attributes,
        text,
        [_xml_comparable(c) for c in children],
    )


def holds_no_values(tree: Any) -> bool:
    """Whether a comparable XML tree carries no value (no text, no attribute anywhere): what
    an empty output's document is, which the suite writes as an empty body."""
    _, attributes, text, children = tree
    return not attributes and not text and all(holds_no_values(c) for c in children)


def body_data(suite: str, body: bytes) -> Any:
    """A body as data: CBOR decoded (cbor2; "" counts as {}) for CBOR suites, XML as a tree
    and forms as sorted pairs for the XML and query suites, else JSON as ``json_or_text``
    reads it."""
    if suite in XML_SUITES:
        text = body.decode("utf-8")
        if not text.strip():
            return {}
        if text.lstrip().startswith("<"):
            return _xml_comparable(ElementTree.fromstring(text))
        if suite in FORM_SUITES:
            return sorted(parse_qsl(text, keep_blank_values=True))
        return body
    if suite not in CBOR_SUITES:
        return json_or_text(body)
    return _cbor_comparable(cbor2.loads(body)) if body else {}


def query_multiset(query: str) -> list[str]:
    return sorted(p for p in query.split("&") if p)


def iter_headers(headers: dict[str, str] | None) -> Iterator[tuple[str, str]]:
    return iter((headers or {}).items())
