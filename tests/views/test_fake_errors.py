"""Which modelled error the fake answers for a missing resource (``views/fake_errors.py``), on
a small botocore model written here and imported as ``apigen import`` imports one: a read
that declares no not-found error of its own answers the one its siblings declare most, as
Cloud Directory's GetDirectory must (the service also has a ``FacetNotFoundException``,
first by name, that no directory operation declares)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from imported_models import metadata, operation, spec_from_model

from apigen import ir
from apigen.views.fake_errors import conflict_error, not_found_error

ERROR = {"type": "structure", "members": {"message": {"shape": "S"}}, "exception": True}


def _op(name: str, *errors: str) -> dict[str, Any]:
    """An operation on a box (``BoxRef`` in, ``Box`` out) declaring ``errors``."""
    return operation(name, errors=errors, request="BoxRef", response="Box")


MODEL = {
    "version": "2.0",
    "metadata": metadata("boxes"),
    "operations": {
        "GetBox": _op("GetBox", "ValidationException"),
        "DeleteBox": _op("DeleteBox", "ResourceNotFoundException"),
        "UpdateBox": _op("UpdateBox", "ResourceNotFoundException"),
        "GetLabel": _op("GetLabel", "AFacetNotFoundException"),
        "CreateBox": _op("CreateBox", "ValidationException"),
        "StartBox": _op("StartBox", "ConflictException"),
        "CreateCrate": _op("CreateCrate", "ValidationException"),
        "StartCrate": _op("StartCrate", "CrateInUseException"),
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
        "ConflictException": ERROR,  # a 400
        "CrateInUseException": {**ERROR, "error": {"httpStatusCode": 409}},
    },
}


def _without_crates() -> dict[str, Any]:
    """``MODEL`` without its one 409 (crates)."""
    return {
        **MODEL,
        "operations": {k: v for k, v in MODEL["operations"].items() if "Crate" not in k},
        "shapes": {k: v for k, v in MODEL["shapes"].items() if "Crate" not in k},
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


def test_a_create_declaring_no_conflict_borrows_only_a_409(tmp_path: Path) -> None:
    """StartBox's ConflictException is a 400 (a run in progress, say), not a create's
    conflict: CreateBox answers its own ValidationException; once StartCrate's 409 is in
    the service, CreateBox borrows that."""
    service, _ = spec_from_model(tmp_path / "without", "boxes", _without_crates())
    assert conflict_error(service, _op_named(service, "CreateBox"))[0] == "ValidationException"
    service, _ = spec_from_model(tmp_path / "with", "boxes", MODEL)
    assert conflict_error(service, _op_named(service, "CreateBox"))[0] == "CrateInUseException"


def test_a_conflict_a_create_declares_is_borrowed_by_its_siblings(tmp_path: Path) -> None:
    """The create's AlreadyExists (a 400) is what an update renaming onto a taken name
    answers, though the update declares none."""
    base = _without_crates()
    model = {
        **base,
        "operations": {
            **base["operations"],
            "CreateTin": _op("CreateTin", "TinAlreadyExistsException"),
            "UpdateTin": _op("UpdateTin", "ValidationException"),
            "GetTin": _op("GetTin", "ResourceNotFoundException"),
            "DeleteTin": _op("DeleteTin", "ResourceNotFoundException"),
        },
        "shapes": {**base["shapes"], "TinAlreadyExistsException": ERROR},
    }
    service, _ = spec_from_model(tmp_path, "boxes", model)
    tin = next(r for r in service.resources if r.create == "CreateTin")
    assert tin.update == "UpdateTin", tin
    assert (
        conflict_error(service, _op_named(service, "UpdateTin"))[0] == "TinAlreadyExistsException"
    )


def test_a_create_borrows_no_400_conflict_another_resources_create_declares(
    tmp_path: Path,
) -> None:
    """CreateTin's TinAlreadyExistsException (a 400) is a tin's conflict, one CreateBox does
    not declare: a client of CreateBox expects no such error, so a box made twice answers
    CreateBox's own ValidationException (IoT Device Advisor: StartSuiteRun's 400
    ConflictException is not CreateSuiteDefinition's)."""
    base = _without_crates()
    model = {
        **base,
        "operations": {
            **base["operations"],
            "CreateTin": _op("CreateTin", "TinAlreadyExistsException"),
            "GetTin": _op("GetTin", "ResourceNotFoundException"),
            "DeleteTin": _op("DeleteTin", "ResourceNotFoundException"),
        },
        "shapes": {**base["shapes"], "TinAlreadyExistsException": ERROR},
    }
    service, _ = spec_from_model(tmp_path, "boxes", model)
    creates = {r.create for r in service.resources}
    assert {"CreateTin", "CreateBox"} <= creates, creates
    assert conflict_error(service, _op_named(service, "CreateBox"))[0] == "ValidationException"


@pytest.mark.parametrize("error", ["UnknownResourceException", "EntityDoesNotExistException"])
def test_an_error_naming_an_unknown_resource_is_the_not_found(tmp_path: Path, error: str) -> None:
    """RAM's ``GetPermission`` declares ``UnknownResourceException`` (a 400), WorkDocs'
    reads ``EntityDoesNotExistException``: each is the operation's not-found, before the
    ``...NotFound`` another operation declares."""
    model = copy.deepcopy(MODEL)
    model["operations"]["GetBox"] = _op("GetBox", "ValidationException", error)
    model["shapes"][error] = ERROR
    service, _ = spec_from_model(tmp_path, "boxes", model)
    code, _ = not_found_error(service, _op_named(service, "GetBox"))
    assert code == error
