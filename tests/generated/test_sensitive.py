"""Sensitive values never show in ``repr``/``str``, at any depth: a canary walk of every shape.

For every structure of every service, an instance is built (without validation, so every
member can be filled) where every value reached through a sensitive member or shape holds a
canary and every other value a plain marker. ``repr``, ``str`` and ``redacted_dump`` of it,
and of every structure holding it, must show no canary; the plain markers must show, so the
walk is not vacuous. Which values are sensitive comes from the spec's IR.
"""

from __future__ import annotations

import importlib
from datetime import UTC, datetime
from types import ModuleType
from typing import Any

from apigen import ir, naming
from apigen.views.package import package_name

CANARY = "CANARY-7f3e"
PLAIN = "plain-2b9d"
_STRUCTURES = (ir.ShapeType.STRUCTURE, ir.ShapeType.UNION)


class Builder:
    def __init__(self, service: ir.Service, shapes: ModuleType) -> None:
        self.service = service
        self.shapes = shapes

    def value(self, shape: ir.Shape, secret: bool, depth: int) -> Any:
        secret = secret or shape.sensitive
        kind = shape.type
        if kind in (ir.ShapeType.STRING, ir.ShapeType.ENUM):
            return CANARY if secret else PLAIN
        if kind is ir.ShapeType.BLOB:
            return (CANARY if secret else PLAIN).encode()
        if kind is ir.ShapeType.BOOLEAN:
            return True
        if kind is ir.ShapeType.TIMESTAMP:
            return datetime(2024, 1, 2, tzinfo=UTC)
        if kind is ir.ShapeType.DOCUMENT:
            return {"doc": CANARY if secret else PLAIN}
        if kind is ir.ShapeType.LIST and shape.member is not None:
            return [self.member(shape.member, secret, depth)]
        if kind is ir.ShapeType.MAP and shape.key is not None and shape.value is not None:
            return {self.member(shape.key, secret, depth): self.member(shape.value, secret, depth)}
        if kind in _STRUCTURES:
            return self.structure(shape, secret, depth + 1)
        return 7  # numbers: a canary cannot be told from any other digit

    def member(self, member: ir.Member, secret: bool, depth: int) -> Any:
        return self.value(self.service.shapes[member.target], secret or member.sensitive, depth)

    def structure(self, shape: ir.Shape, secret: bool, depth: int) -> Any:
        if shape.discriminator:  # an OpenAPI oneOf: an alias of its variants' classes
            return self.member(shape.members[0], secret, depth)
        cls = getattr(self.shapes, naming.pascal(shape.name))
        members = shape.members[:1] if shape.type is ir.ShapeType.UNION else shape.members
        if depth > 4:  # recursive shapes: stop filling
            members = ()
        values = {
            naming.snake(m.name): self.member(m, secret, depth)
            for m in members
            if naming.snake(m.name) in cls.model_fields
        }
        return cls.model_construct(**values)


def _structures(service: ir.Service) -> list[ir.Shape]:
    return [
        s
        for s in service.shapes.values()
        if s.type in _STRUCTURES
        and not s.id.startswith("smithy.api#")
        and not s.sensitive
        and not s.discriminator
    ]


def test_no_sensitive_value_in_any_repr(
    generated: ModuleType, services: dict[str, ir.Service]
) -> None:
    redact = importlib.import_module(f"{generated.__name__}._runtime.core.redact")
    checked = plain_seen = 0
    secrets = 0
    for package, service in services.items():
        shapes = importlib.import_module(f"{generated.__name__}.{package_name(service)}.shapes")
        builder = Builder(service, shapes)
        for shape in _structures(service):
            instance = builder.structure(shape, False, 0)
            dumped = repr(redact.redacted_dump(instance)) + repr(
                redact.redacted_dump(instance, by_alias=False)
            )
            for text in (repr(instance), str(instance), dumped):
                assert CANARY not in text, f"{shape.id}: {text}"
            secrets += CANARY in repr(instance.model_dump(mode="json", warnings=False))
            plain_seen += PLAIN in repr(instance) and PLAIN in dumped
            checked += 1
        assert package
    assert checked and plain_seen and secrets  # the walk reached plain and sensitive values


def test_a_secret_inside_a_list_is_hidden(generated: ModuleType) -> None:
    """The issue's own case: emr-containers' entry point arguments, alone and enclosed."""
    shapes = importlib.import_module(f"{generated.__name__}.emr_containers.shapes")
    driver = shapes.SparkSubmitJobDriver(entry_point="e", entry_point_arguments=["secret"])
    enclosing = shapes.JobDriver(spark_submit_job_driver=driver)
    for text in (repr(driver), str(driver), repr(enclosing), str(enclosing)):
        assert "secret" not in text
    redact = importlib.import_module(f"{generated.__name__}._runtime.core.redact")
    assert redact.redacted_dump(enclosing) == {
        "sparkSubmitJobDriver": {"entryPoint": "<redacted>", "entryPointArguments": "<redacted>"}
    }
