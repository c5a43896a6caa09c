"""Which modelled error the fake answers for a missing resource (``views/fake_errors.py``), on
a small botocore model written here and imported as ``apigen import`` imports one: a read
that declares no not-found error of its own answers the one its siblings declare most, as
Cloud Directory's GetDirectory must (the service also has a ``FacetNotFoundException``,
first by name, that no directory operation declares)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from imported_models import spec_from_model

from apigen import ir
from apigen.views.fake_errors import not_found_error

METADATA = {
    "apiVersion": "2026-01-01",
    "endpointPrefix": "boxes",
    "protocol": "json",
    "jsonVersion": "1.1",
    "targetPrefix": "Boxes",
    "serviceFullName": "Boxes",
    "serviceId": "Boxes",
    "signatureVersion": "v4",
    "signingName": "boxes",
    "uid": "boxes-2026-01-01",
}
ERROR = {"type": "structure", "members": {"message": {"shape": "S"}}, "exception": True}


def _op(name: str, *errors: str) -> dict[str, Any]:
    return {
        "name": name,
        "http": {"method": "POST", "requestUri": "/"},
        "input": {"shape": "BoxRef"},
        "output": {"shape": "Box"},
        "errors": [{"shape": e} for e in errors],
    }


MODEL = {
    "version": "2.0",
    "metadata": METADATA,
    "operations": {
        "GetBox": _op("GetBox", "ValidationException"),
        "DeleteBox": _op("DeleteBox", "ResourceNotFoundException"),
        "UpdateBox": _op("UpdateBox", "ResourceNotFoundException"),
        "GetLabel": _op("GetLabel", "AFacetNotFoundException"),
    },
    "shapes": {
        "S": {"type": "string"},
        "BoxRef": {
            "type": "structure",
            "required": ["BoxId"],
            "members": {"BoxId": {"shape": "S"}},
        },
        "Box": {"type": "structure", "members": {"BoxId": {"shape": "S"}}},
        "ValidationException": ERROR,
        "ResourceNotFoundException": {**ERROR, "error": {"httpStatusCode": 404}},
        "AFacetNotFoundException": ERROR,
    },
}


def _op_named(service: ir.Service, name: str) -> ir.Operation:
    return next(o for o in service.operations if o.name == name)


def test_a_read_declaring_no_not_found_answers_the_one_its_siblings_declare_most(
    tmp_path: Path,
) -> None:
    service, _ = spec_from_model(tmp_path, "boxes", MODEL)
    declared = {e for o in service.operations for e in o.errors}
    assert not any("NotFound" in e for e in _op_named(service, "GetBox").errors)
    code, status = not_found_error(service, _op_named(service, "GetBox"))
    assert code == "ResourceNotFoundException" and status == 0
    assert {
        s.name for s in service.shapes.values() if s.id in declared and "NotFound" in s.name
    } == {
        "ResourceNotFoundException",
        "AFacetNotFoundException",
    }


def test_an_operation_declaring_its_own_not_found_answers_it(tmp_path: Path) -> None:
    service, _ = spec_from_model(tmp_path, "boxes", MODEL)
    code, _ = not_found_error(service, _op_named(service, "GetLabel"))
    assert code == "AFacetNotFoundException"
