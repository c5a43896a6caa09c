"""How a tagging operation meets the fake (``plan.FakeOperation`` of role ``tag``, ``untag`` or
``tags``), for ``fake_operation.OperationPlanner``, whose mixin this is.

``TagResource``, ``UntagResource`` and ``ListTagsForResource`` (Smithy's ``aws.api#tagEnabled``
names), and those ``tagging_operations`` recognises: the input's ``...Arn`` member (else the
one whose shape is so named: CloudFront's ``Resource``; else the member the recognised
operation names) names the resource; tags and tag keys may sit in a structure wrapping their
list (CloudFront's ``Tags.Items``), tags also in a structure wrapping their map
(MediaConvert's ``ResourceTags.Tags``). The tags' pair (key and value attributes) is noted
from the first tags seen, a create's or ``TagResource``'s, and a listing answering other
pairs says its own (Kinesis' creates take a map, its listing answers a ``TagList``).
"""

from __future__ import annotations

from apigen import ir, naming
from apigen.runtime.fake import plan as fp
from apigen.tagging_operations import TagOperation
from apigen.views.fake_errors import not_found_error
from apigen.views.fake_records import answered, resource_input, tags_member
from apigen.views.fake_skeleton import Skeleton


class Unplanned(Exception):
    """Why the fake cannot serve an operation (it answers 501)."""


class TagPlanner:
    service: ir.Service
    skeleton: Skeleton
    tag_pair: tuple[str, str] | None
    tags_shape: str | None  # the shape TagResource takes its tags in

    def input(self, op: ir.Operation) -> ir.Shape | None:
        return self.service.shape(op.input) if op.input else None

    def tagging(
        self, role: str, op: ir.Operation, found: TagOperation | None, held: ir.Member | None
    ) -> fp.FakeOperation:
        """A tagging operation's plan (the resource named by its ``...Arn`` member, else its
        first; the members ``found`` names: ``tagging_operations``; tags listed in ``held``,
        each item's where there are several: Direct Connect's ``tags``); the output's required
        members the input has (the same name and shape) echo it (Partner Central Marketing's
        ``ListTagsForResource`` answers its ``ResourceArn``), the others take the skeleton's
        values (CloudHSM's ``AddTagsToResource`` answers a ``Status``)."""
        shape = self.input(op)
        members = shape.members if shape else ()
        arn = resource_input(self.service, op)
        by = {m.name: m for m in members}
        if found is not None:
            arn, keys = by[found.resource], by.get(found.tags or found.keys or "")
        elif role == "untag":
            keys = next(
                (m for m in members if self.service.shape(m.target).type is ir.ShapeType.LIST),
                None,
            ) or next((m for m in members if self._wrapped(m) is not None), None)
        else:
            keys = tags_member(shape)
        if keys is not None and role == "tag":
            self.note_tags(self._wrapped(keys, maps=True) or keys)
            self.tags_shape = keys.target
        output = self.service.shape(op.output) if op.output else None
        record = held or tags_member(output) or self._holding_tags(output)  # (an item's)
        not_found, status = not_found_error(self.service, op)
        given = {(m.name, m.target) for m in members}
        echo = (
            [m for m in output.members if m.required and (m.name, m.target) in given]
            if output
            else []
        )
        kept = {m.name for m in (*echo, *((record,) if record else ()))}
        rest = {m.name for m in answered(output)} - kept if output else set()
        skeleton = self.skeleton.values(output, rest) if output else {}  # CloudHSM's Status
        if self.skeleton.take_problems():
            raise Unplanned("output shape cannot be filled")
        return fp.FakeOperation(
            role=role,
            skeleton=skeleton,
            echo=tuple(naming.snake(m.name) for m in echo),
            tags=self._path(keys, maps=role == "tag") if keys else None,
            tag_keys=self._path(by[found.keys]) if found and found.tags and found.keys else None,
            arn=naming.snake(arn.name) if arn else None,
            record=self._path(record, maps=True) if record else None,
            tag_map=record is not None and self.tag_pair is not None and self._is_map(record),
            tag_pairs=self._listed_pairs(record) if role == "tags" and record else None,
            not_found=not_found,
            not_found_status=status,
        )

    def _holding_tags(self, output: ir.Shape | None) -> ir.Member | None:
        """The output member of the shape ``TagResource`` takes its tags in, or of a structure
        holding one (WAFV2's ``TagInfoForResource.TagList``): tags no name reveals."""
        for member in output.members if output and self.tags_shape else ():
            inner = self._wrapped(member)
            if self.tags_shape in (member.target, inner.target if inner else None):
                return member
        return None

    def _wrapped(self, member: ir.Member, maps: bool = False) -> ir.Member | None:
        """The list a structure member wraps (CloudFront's ``Tags.Items``), else, for tags
        (``maps``), the map it wraps (MediaConvert's ``ResourceTags.Tags``), else None."""
        target = self.service.shape(member.target)
        if target.type is not ir.ShapeType.STRUCTURE:
            return None
        kinds = [ir.ShapeType.LIST, ir.ShapeType.MAP] if maps else [ir.ShapeType.LIST]
        for kind in kinds:
            held = [m for m in target.members if self.service.shape(m.target).type is kind]
            if held:
                return held[0] if len(held) == 1 else None
        return None

    def _path(self, member: ir.Member, maps: bool = False) -> str:
        """The attribute path of tags or tag keys: through the structure wrapping them."""
        inner = self._wrapped(member, maps)
        return naming.snake(member.name) + (f".{naming.snake(inner.name)}" if inner else "")

    def _is_map(self, member: ir.Member) -> bool:
        """Whether tags held in ``member`` (or in the map it wraps) are a map."""
        held = self._wrapped(member, maps=True) or member
        return self.service.shape(held.target).type is ir.ShapeType.MAP

    def _listed_pairs(self, member: ir.Member) -> tuple[str, str] | None:
        """A tags listing's pairs where the plan's tags are otherwise (Kinesis' creates and
        ``TagResource`` take a map, its ``ListTagsForResource`` answers a ``TagList``)."""
        found = self._pair_of(self._wrapped(member) or member)
        return found if found != self.tag_pair else None

    def _pair_of(self, member: ir.Member) -> tuple[str, str] | None:
        target = self.service.shape(member.target)
        if target.type is ir.ShapeType.LIST:
            item = self.service.shape(target.member.target)
            if item.type is ir.ShapeType.STRUCTURE and len(item.members) >= 2:
                key, value = item.members[0], item.members[1]
                return (naming.snake(key.name), naming.snake(value.name))
        return None

    def note_tags(self, member: ir.Member) -> None:
        """Tags as a list of pairs: the attributes of a pair's key and value."""
        self.tag_pair = self._pair_of(member) or self.tag_pair
