"""A small JSON botocore model in Glue's manner (its metadata, errors and classifier
operations), the base the Glue-like fake tests build on (``_op``, ``_struct``)."""

from __future__ import annotations

from functools import partial
from typing import Any

from imported_models import metadata, operation
from imported_models import structure as _struct

_op = partial(operation, errors=("EntityNotFoundException", "AlreadyExistsException"))


def _error(name: str) -> dict[str, Any]:
    return {**_struct(Message="String"), "exception": True, "error": {"code": name}}


MODEL: dict[str, Any] = {
    "version": "2.0",
    "metadata": metadata("sorters"),
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
