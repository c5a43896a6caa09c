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

from glue_model import MODEL
from imported_models import fake_client, spec_from_model
from story import Story
from test_stories import GeneratedCaller

from apigen.runtime.fake.records import get_path, set_path
from apigen.views.fake_plan import fake_plan

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
