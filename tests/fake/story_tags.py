"""The tags part of a story (``story.py``): tag a resource by its ARN, list its tags, untag
one, list again, through ``TagResource``, ``ListTagsForResource`` and ``UntagResource``, else
through the operations ``tagging_operations`` recognises (SSM's ``AddTagsToResource``, Route
53's ``ChangeTagsForResource`` both tagging and untagging, SQS' per-kind ``TagQueue``), by
the members it finds; a per-kind one, or one naming its resource by an ``...Id``/``...Url``,
takes the resource's own identifier, others its ARN.
The ARN is the record's (or its own ``...Arn`` identifier, unless the create names it:
another's ARN, Chime's banned ``MemberArn``).

The members are the model's: the ARN is the input member named ``...Arn`` (else the one
whose shape is named so: CloudFront's ``Resource``, a ``ResourceARN``); tags are a map or a
list of key/value pairs, directly or wrapped in a structure holding the list (CloudFront's
``Tags.Items``, ``TagKeys.Items``) or the map (MediaConvert's ``ResourceTags.Tags``).
A resource whose ARN the ``TagResource`` member does not take (its pattern, its length) is
not tagged: the model gives no way to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from spec_facts import tags_of

from apigen import ir, naming
from apigen.regex_translate import to_python
from apigen.resource_names import TAGGING
from apigen.tagging_operations import listed_item, tag_operations

if TYPE_CHECKING:
    from story import Story


def _local(shape_id: str) -> str:
    return shape_id.rsplit("#", 1)[-1]


def arn_member(service: ir.Service, op: ir.Operation) -> ir.Member | None:
    """The member naming the resource: a required one before an optional scope's ARN; else
    the first required string (S3 Files' ``resourceId``, an id or an ARN)."""
    members = sorted(service.shape(op.input or "").members, key=lambda m: not m.required)
    named = [m for m in members if m.name.lower().endswith("arn")]
    named = named or [m for m in members if _local(m.target).lower().endswith("arn")]
    strings = [
        m for m in members if m.required and service.shape(m.target).type is ir.ShapeType.STRING
    ]
    return next(iter(named or strings), None)


def _wrapped(service: ir.Service, member: ir.Member) -> tuple[str, ir.Member]:
    """(Python path, the list or map member) of tags or tag keys, unwrapping a structure:
    its list, else its map (MediaConvert's ``ResourceTags`` holds ``Arn`` and ``Tags``)."""
    target = service.shape(member.target)
    if target.type is ir.ShapeType.STRUCTURE:
        kinds = (ir.ShapeType.LIST, ir.ShapeType.MAP)
        held = [m for m in target.members if service.shape(m.target).type in kinds]
        inner = min(held, key=lambda m: kinds.index(service.shape(m.target).type))
        return f"{naming.snake(member.name)}.{naming.snake(inner.name)}", inner
    return naming.snake(member.name), member


def _keys(service: ir.Service, op: ir.Operation) -> ir.Member:
    """UntagResource's keys: its list member, else the structure holding one."""
    members = service.shape(op.input or "").members
    for member in members:
        if service.shape(member.target).type is ir.ShapeType.LIST:
            return member
    return next(
        m
        for m in members
        if service.shape(m.target).type is ir.ShapeType.STRUCTURE
        and any(
            service.shape(i.target).type is ir.ShapeType.LIST
            for i in service.shape(m.target).members
        )
    )


def _put(params: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    head, _, rest = path.partition(".")
    params[head] = _put({}, rest, value) if rest else value
    return params


def _get(data: Any, path: str) -> Any:
    for part in path.split("."):
        data = data.get(part) if isinstance(data, dict) else None
    return data


def tag_pair(service: ir.Service, member: ir.Member) -> tuple[str, str] | None:
    """Tags as a list of key/value structures (their Python names), None for a map."""
    target = service.shape(member.target)
    if target.type is not ir.ShapeType.LIST:
        return None
    item = service.shape(target.member.target)
    if item.type is not ir.ShapeType.STRUCTURE:
        return None  # tag keys
    names = [naming.snake(m.name) for m in item.members]
    return names[0], (names[1:] or names)[0]  # a key alone (ELB's ``TagKeyOnly``)


def _chosen(story: Story) -> Chosen | None:
    """The operations tagging, untagging and listing the story's resource's tags, and the
    members they take: ``TagResource``, ``UntagResource`` and ``ListTagsForResource``, else
    those ``tagging_operations`` recognises for one resource of the story's kind (or any)."""
    service = story.service
    ops = {o.name: o for o in service.operations}
    if set(TAGGING) <= set(ops):
        tag, untag, listing = (ops[n] for n in TAGGING)
        tags_member = tags_of(service.shape(tag.input or ""))
        assert tags_member is not None, "TagResource takes no tags"
        return Chosen(tag, untag, listing, tags_member, _keys(service, untag), {})
    own = story.facts.own.lower()
    kind = story.facts.resource.name.lower()
    found = [
        t
        for t in tag_operations(service).values()
        if t.kind is None or t.kind.lower() in (kind, own[: len(t.kind)])
    ]
    # one resource's before several's (ELB's ``LoadBalancerNames``), a kind's before any's
    ranked = sorted(found, key=lambda t: (t.several, t.kind is None, t.name), reverse=True)
    by_role = {t.role: t for t in ranked}
    tagging = by_role.get("tag")
    undoing = by_role.get("untag") or (tagging if tagging and tagging.keys else None)
    lister = by_role.get("tags")
    if tagging is None or undoing is None or lister is None:
        return None
    tag, untag, listing = ops[tagging.name], ops[undoing.name], ops[lister.name]

    def member(op: ir.Operation, name: str | None) -> ir.Member:
        got = service.shape(op.input or "").get_member(name or "")
        assert got is not None, (op.name, name)
        return got

    named = {t.name: member(ops[t.name], t.resource) for t in (tagging, undoing, lister)}
    keys = member(untag, undoing.keys)
    several = {t.name for t in (tagging, undoing, lister) if t.several}
    item = listed_item(service, listing, lister) if lister.several else None
    if lister.several and item is None:
        return None  # its items name none of the resources (the fake leaves it unbound)
    return Chosen(
        tag, untag, listing, member(tag, tagging.tags), keys, named, tagging.kind, several, item
    )


@dataclass
class Chosen:
    tag: ir.Operation
    untag: ir.Operation
    listing: ir.Operation
    tags: ir.Member  # the tag's tags
    keys: ir.Member  # the untag's keys (or pairs)
    named: dict[str, ir.Member]  # the member naming the resource, by operation
    kind: str | None = None
    several: set[str] = field(default_factory=set)  # those naming a list of resources
    item: tuple[str, str, str] | None = None  # a several listing's (list, name, tags)


def tag_story(story: Story, ids: dict[str, Any]) -> None:
    service, facts = story.service, story.facts
    chosen = _chosen(story)
    if chosen is None:
        return
    tag, untag, listing = chosen.tag, chosen.untag, chosen.listing

    def named_by(op: ir.Operation) -> ir.Member:
        found = chosen.named.get(op.name) or arn_member(service, op)
        assert found is not None, op.name
        return found

    member = named_by(tag)
    # a per-kind operation, or one naming the resource by an ``...Id``/``...Url``, takes
    # its own identifier; others its ARN (RDS' ``ResourceName``, an ARN)
    by_id = bool(chosen.named) and (
        chosen.kind is not None or member.name.lower().endswith(("id", "url"))
    )
    record = story.read(ids)
    kind = naming.snake(facts.resource.name)
    create = facts.op("create")
    given = facts.carrier(facts.own, facts.shape_of(create.input if create else None))
    # an own ``...Arn`` the create names is another's ARN (Chime's banned ``MemberArn``)
    own_arn = facts.own.endswith("Arn") and given is None
    arn = next((v for k, v in record.items() if k in ("arn", f"{kind}_arn")), None) or (
        ids[facts.own] if own_arn else None
    )
    takes_arn = any(n.lower().endswith("arn") for n in (member.name, _local(member.target)))
    if chosen.named and not takes_arn and (by_id or arn is None):
        arn = ids.get(facts.own)  # the fake finds a resource by its own identifier too
    if arn is None and not {"arn", f"{kind}_arn"} & facts.fields:
        return  # no ARN of it to tag (Shield's ProtectionGroup; a record's ``RoleArn``)
    assert arn, f"{facts.resource.name}: no ARN to tag"
    text = member.constraints.pattern or service.shape(member.target).constraints.pattern
    if text and not re.search(to_python(text), arn):
        return  # the model's TagResource takes no ARN of this kind (Scheduler's schedules)
    length = member.constraints.length or service.shape(member.target).constraints.length
    if length is not None and length.max is not None and len(arn) > length.max:
        return  # nor one this long (Clean Rooms' analysis templates: two UUIDs, 143 > 100)

    tags_member = chosen.tags
    # the listing's tags: by name, else the member of the shape TagResource takes its tags
    # in, directly or in a structure holding it (WAFV2's ``TagInfoForResource.TagList``)
    if chosen.item is not None:  # an item each: the listing's tags are those of its item
        held = service.shape(listing.output or "").get_member(chosen.item[0])
        assert held is not None
        listing_shape = service.shape(service.shape(held.target).member.target)
    else:
        listing_shape = service.shape(listing.output or "")
    out = listing_shape.members
    listed = tags_of(listing_shape) or next(
        (
            m
            for m in out
            if tags_member.target
            in {m.target, *(i.target for i in service.shape(m.target).members)}
        ),
        None,
    )
    assert listed is not None, f"{listing.name} answers no tags"
    tags_path, tags_list = _wrapped(service, tags_member)
    listed_path, listed_tags = _wrapped(service, listed)
    keys_path, keys_list = _wrapped(service, chosen.keys)
    pair = tag_pair(service, tags_list)
    listed_pair = tag_pair(service, listed_tags)  # a map in, pairs listed (Kinesis')
    key_pair = tag_pair(service, keys_list)  # keys as pairs (CloudTrail's ``RemoveTags``)

    def sent(tags: dict[str, str]) -> Any:
        return [{pair[0]: k, pair[1]: v} for k, v in tags.items()] if pair else tags

    def read(output: dict[str, Any]) -> dict[str, str]:
        if chosen.item is not None:
            items = _get(output, naming.snake(chosen.item[0])) or []
            assert len(items) == 1, items
            output = items[0]
        got = _get(output, listed_path) or {}
        return {t[listed_pair[0]]: t[listed_pair[1]] for t in got} if listed_pair else dict(got)

    def named(op: ir.Operation, *more: str) -> dict[str, Any]:
        """The resource's ARN (or identifier), and samples for the other members the
        operation requires (Compute Optimizer Automation's ``ruleRevision``)."""
        by = naming.snake(named_by(op).name)  # set here: no sample of it (AppSync's ARN)
        kept = story.required(service.shape(op.input or ""), skip={by, keys_path, *more})
        return {**kept, by: [arn] if op.name in chosen.several else arn}

    story.call(tag, _put(named(tag), tags_path, sent({"story": "yes", "keep": "1"})))
    got = read(story.call(listing, named(listing)))
    assert got.get("story") == "yes" and got.get("keep") == "1", got
    keys: Any = [{key_pair[0]: "story"}] if key_pair else ["story"]
    story.call(untag, _put(named(untag, tags_path), keys_path, keys))
    got = read(story.call(listing, named(listing)))
    assert "story" not in got and got.get("keep") == "1", got
    story.log.append("tags")
