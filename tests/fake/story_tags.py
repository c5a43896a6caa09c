"""The story's tagging step (``story.py``): ``TagResource``, ``ListTagsForResource``,
``UntagResource`` and the list again, on the resource's ARN as its record (or its own
``...Arn`` identifier, unless the create names it: another's ARN) gives it, with tags as a
map or a list of key/value pairs."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from spec_facts import tags_of

from apigen import ir, naming
from apigen.regex_translate import to_python

if TYPE_CHECKING:
    from story import Story


def tag_story(story: Story, ids: dict[str, Any]) -> None:
    """Tag, list, untag and list again the resource named by ``ids``, by its ARN."""
    ops = {o.name: o for o in story.service.operations}
    if not {"TagResource", "UntagResource", "ListTagsForResource"} <= set(ops):
        return
    record = story.read(ids)
    create = story.facts.op("create")
    given = story.facts.carrier(
        story.facts.own, story.facts.shape_of(create.input if create else None)
    )
    # an own ``...Arn`` the create names is another's ARN (Chime's banned ``MemberArn``)
    own_arn = story.facts.own.endswith("Arn") and given is None
    arn = next(
        (
            v
            for k, v in record.items()
            if k in ("arn", f"{naming.snake(story.facts.resource.name)}_arn")
        ),
        None,
    ) or (ids[story.facts.own] if own_arn else None)
    kind = naming.snake(story.facts.resource.name)
    if arn is None and not {"arn", f"{kind}_arn"} & story.facts.fields:
        return  # no ARN of it to tag (Shield's ProtectionGroup; a record's ``RoleArn``)
    assert arn, f"{story.facts.resource.name}: no ARN to tag"
    tag, untag, listing = ops["TagResource"], ops["UntagResource"], ops["ListTagsForResource"]
    arn_member = next(
        m for m in story.service.shape(tag.input or "").members if m.name.endswith(("Arn", "ARN"))
    )
    text = (
        arn_member.constraints.pattern or story.service.shape(arn_member.target).constraints.pattern
    )
    if text and not re.search(to_python(text), arn):
        return  # the model's TagResource takes no ARN of this kind (Scheduler's schedules)

    def member(op: ir.Operation, test: Any) -> str:
        shape = story.service.shape(op.input or "")
        return next(naming.snake(m.name) for m in shape.members if test(m))

    arn_of = lambda op: member(op, lambda m: m.name.lower().endswith("arn"))  # noqa: E731
    tags_member = tags_of(story.service.shape(tag.input or ""))
    listed = tags_of(story.service.shape(listing.output or ""))
    assert tags_member is not None and listed is not None, "TagResource takes no tags"
    tags_attr, listed_attr = naming.snake(tags_member.name), naming.snake(listed.name)
    keys_attr = member(
        untag, lambda m: m.name.lower() != "resourcearn" and not m.name.lower().endswith("arn")
    )
    pair = tag_pair(story.service, tags_member)

    def sent(tags: dict[str, str]) -> Any:
        return [{pair[0]: k, pair[1]: v} for k, v in tags.items()] if pair else tags

    def read(output: dict[str, Any]) -> dict[str, str]:
        got = output.get(listed_attr) or {}
        return {t[pair[0]]: t[pair[1]] for t in got} if pair else dict(got)

    story.call(tag, {arn_of(tag): arn, tags_attr: sent({"story": "yes", "keep": "1"})})
    got = read(story.call(listing, {arn_of(listing): arn}))
    assert got.get("story") == "yes" and got.get("keep") == "1", got
    story.call(untag, {arn_of(untag): arn, keys_attr: ["story"]})
    got = read(story.call(listing, {arn_of(listing): arn}))
    assert "story" not in got and got.get("keep") == "1", got
    story.log.append("tags")


def tag_pair(service: ir.Service, member: ir.Member) -> tuple[str, str] | None:
    """Tags as a list of key/value structures (their Python names), None for a map."""
    target = service.shape(member.target)
    if target.type is not ir.ShapeType.LIST:
        return None
    item = service.shape(target.member.target)
    return naming.snake(item.members[0].name), naming.snake(item.members[1].name)
