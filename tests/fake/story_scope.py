"""The scope a story's list lists in: the resource's identifiers, neither its own nor a
parent's, that the list requires (as ``Story.required`` sends them, the first create's).
It lists the resources made in that scope, each once, and no other (Lex's
``GetBotVersions``: one bot's versions, by the bot's ``name``, of a ``Bot`` resource
identified by ``name`` and ``versionOrAlias``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from story import Story


def list_scope(story: Story, parents: dict[str, Any]) -> dict[str, Any]:
    """Identifier -> the value the list is sent for it."""
    op = story.facts.op("list")
    shape = story.facts.shape_of(op.input) if op else None
    if shape is None:
        return {}
    sent = story.required(shape)
    out = {}
    for identifier, _ in story.facts.resource.identifiers:
        carrier = story.facts.carrier(identifier, shape)
        if identifier != story.facts.own and identifier not in parents and carrier in sent:
            out[identifier] = sent[carrier]
    return out


def within_scope(story: Story, parents: dict[str, Any], made: list[dict[str, Any]]) -> list[bool]:
    """For each made resource (its identifiers), whether the list lists it."""
    scope = list_scope(story, parents)
    return [all(k not in ids or ids[k] == v for k, v in scope.items()) for ids in made]
