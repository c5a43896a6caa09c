"""A create whose output names nothing (an empty output: GameLift's
``CreateVpcPeeringConnection``, Glue's ``CreateCatalog``) and whose input names no own
identifier either: the model gives a caller only the list to find the new resource by, so
the story lists before and after the create, and the one item new to the list is the one
created (a client of the real service does the same)."""

from __future__ import annotations

from typing import Any

from apigen import ir


def answers_nothing(story: Any, op: ir.Operation) -> bool:
    """The create's output has no member and the resource has a list to find it in."""
    shape = story.facts.shape_of(op.output)
    return (shape is None or not shape.members) and story.facts.op("list") is not None


def listed_ids(story: Any, parents: dict[str, Any]) -> list[Any]:
    return [story.item_id(i) for i in story.list(parents, None)]


def new_in_list(story: Any, parents: dict[str, Any], before: list[Any]) -> Any:
    """The own identifier of the one item the list holds that it did not ``before``."""
    new = [i for i in listed_ids(story, parents) if i not in before]
    assert len(new) == 1, f"{story.facts.resource.name}: not one new item listed: {new}"
    return new[0]
