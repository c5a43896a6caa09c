"""A resource with only a create and a list (``resource_identifiers.listed_identifier``), on
pinned botocore models imported as ``apigen import`` imports them: it is known by the string
the create answers that each listed item holds too, and the fake makes and lists it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import botocore
import botocore.session
from imported_models import fake_client, spec_from_folder
from story import Story
from test_stories import GeneratedCaller

from apigen import ir

DATA = Path(botocore.__file__).parent / "data"


def _imported(name: str, tmp_path: Path) -> tuple[ir.Service, str]:
    folder = sorted(p for p in (DATA / name).iterdir() if p.is_dir())[-1]
    return spec_from_folder(tmp_path, name, folder)


def _only_create_and_list(service: str, noun: str) -> tuple[str, str]:
    """The model's create and list of ``noun``, checked to be its only lifecycle names."""
    names = set(botocore.session.get_session().get_service_model(service).operation_names)
    create = next(n for n in names if n in (f"Create{noun}", f"Start{noun}"))
    listing = next(n for n in names if n in (f"Describe{noun}s", f"List{noun}s"))
    assert not {f"{v}{noun}" for v in ("Get", "Describe", "Delete", "Update")} & names
    return create, listing


def test_an_export_task_is_known_by_the_id_its_create_answers(
    tmp_path: Path, scratch_service: Any
) -> None:
    create, listing = _only_create_and_list("logs", "ExportTask")
    service, text = _imported("logs", tmp_path)
    task = next(r for r in service.resources if r.name == "ExportTask")
    assert (task.create, task.list, task.read) == (create, listing, None)
    answered = service.shape(next(o for o in service.operations if o.name == create).output or "")
    assert [name for name, _ in task.identifiers] == [m.name for m in answered.members]
    with fake_client(scratch_service, text, "logs") as (client, error):
        Story(service, task, GeneratedCaller(service, client, error)).run({})


def test_what_the_create_takes_is_the_own_only_when_it_names_the_resource(
    tmp_path: Path,
) -> None:
    """RDS' ``StartExportTask`` takes and answers a ``KmsKeyId`` (a key's) and the
    ``ExportTaskIdentifier``: the latter names the task."""
    create, _ = _only_create_and_list("rds", "ExportTask")
    service, _ = _imported("rds", tmp_path)
    task = next(r for r in service.resources if r.name == "ExportTask")
    given = service.shape(next(o for o in service.operations if o.name == create).input or "")
    assert {"KmsKeyId", "ExportTaskIdentifier"} <= {m.name for m in given.members}
    assert [name for name, _ in task.identifiers] == ["ExportTaskIdentifier"]
