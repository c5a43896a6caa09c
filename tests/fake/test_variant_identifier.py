"""An identifier held in whichever of several variant structures the create sends, on a
small JSON model written here in Glue's manner (``CreateClassifier`` takes a
``GrokClassifier`` or a ``JsonClassifier``, each with its ``Name``; ``GetClassifier`` takes
the ``Name`` and answers a ``Classifier`` holding the variant sent): the fake keys the
record by the name the variant holds (it made up another and the read by name answered
EntityNotFoundException), and the story finds the name in the variant it reads.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from imported_models import fake_client, spec_from_model
from story import Story
from test_stories import GeneratedCaller

from apigen.runtime.fake.records import get_path, set_path
from apigen.views.fake_plan import fake_plan


def _op(name: str) -> dict[str, Any]:
    return {
        "name": name,
        "http": {"method": "POST", "requestUri": "/"},
        "input": {"shape": f"{name}Request"},
        "output": {"shape": f"{name}Response"},
        "errors": [{"shape": "EntityNotFoundException"}, {"shape": "AlreadyExistsException"}],
    }


def _struct(*required: str, **members: str) -> dict[str, Any]:
    return {
        "type": "structure",
        "required": list(required),
        "members": {name: {"shape": shape} for name, shape in members.items()},
    }


def _error(name: str) -> dict[str, Any]:
    return {**_struct(Message="String"), "exception": True, "error": {"code": name}}


MODEL: dict[str, Any] = {
    "version": "2.0",
    "metadata": {
        "apiVersion": "2026-01-01",
        "endpointPrefix": "sorters",
        "jsonVersion": "1.1",
        "protocol": "json",
        "serviceFullName": "Sorters",
        "serviceId": "Sorters",
        "signatureVersion": "v4",
        "signingName": "sorters",
        "targetPrefix": "Sorters",
        "uid": "sorters-2026-01-01",
    },
    "operations": {
        name: _op(name)
        for name in ("CreateClassifier", "GetClassifier", "GetClassifiers", "DeleteClassifier")
    },
    "shapes": {
        "String": {"type": "string"},
        "NameString": {"type": "string", "min": 1, "max": 255},
        "EntityNotFoundException": _error("EntityNotFoundException"),
        "AlreadyExistsException": _error("AlreadyExistsException"),
        "CreateGrokClassifierRequest": _struct(
            "Name", "GrokPattern", Name="NameString", GrokPattern="String"
        ),
        "CreateJsonClassifierRequest": _struct(
            "Name", "JsonPath", Name="NameString", JsonPath="String"
        ),
        "GrokClassifier": _struct(
            "Name", "GrokPattern", Name="NameString", GrokPattern="String", Version="String"
        ),
        "JsonClassifier": _struct(
            "Name", "JsonPath", Name="NameString", JsonPath="String", Version="String"
        ),
        "Classifier": _struct(GrokClassifier="GrokClassifier", JsonClassifier="JsonClassifier"),
        "ClassifierList": {"type": "list", "member": {"shape": "Classifier"}},
        "CreateClassifierRequest": _struct(
            GrokClassifier="CreateGrokClassifierRequest",
            JsonClassifier="CreateJsonClassifierRequest",
        ),
        "CreateClassifierResponse": _struct(),
        "GetClassifierRequest": _struct("Name", Name="NameString"),
        "GetClassifierResponse": _struct(Classifier="Classifier"),
        "GetClassifiersRequest": _struct(NextToken="String"),
        "GetClassifiersResponse": _struct(Classifiers="ClassifierList", NextToken="String"),
        "DeleteClassifierRequest": _struct("Name", Name="NameString"),
        "DeleteClassifierResponse": _struct(),
    },
}

PATHS = "grok_classifier.name|json_classifier.name"


def test_the_identifier_is_in_whichever_variant_is_sent(tmp_path: Path) -> None:
    service, _ = spec_from_model(tmp_path, "sorters", MODEL)
    classifier = next(r for r in service.resources if r.name == "Classifier")
    assert classifier.identifiers[-1][0] == "Name", classifier.identifiers
    (own,) = fake_plan(service).resources["Classifier"].identifiers
    assert (own.field, own.made) == (PATHS, "input"), own


def test_a_path_of_variants_reads_and_writes_the_one_sent() -> None:
    record: dict[str, Any] = {"json_classifier": {"json_path": "$"}}
    assert get_path(record, PATHS) is None
    set_path(record, PATHS, "mine")
    assert record == {"json_classifier": {"json_path": "$", "name": "mine"}}  # no grok made
    assert get_path(record, PATHS) == "mine"
    assert get_path({"grok_classifier": {"name": "g"}}, PATHS) == "g"


def test_the_story_runs(tmp_path: Path, scratch_service: Any) -> None:
    service, text = spec_from_model(tmp_path, "sorters", MODEL)
    resource = next(r for r in service.resources if r.name == "Classifier")
    with fake_client(scratch_service, text, "sorters") as (client, error):
        story = Story(service, resource, GeneratedCaller(service, client, error))
        story.run({})
    assert any("delete" in line for line in story.log), story.log
