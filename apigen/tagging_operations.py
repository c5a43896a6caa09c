"""Which operations tag resources, by their names and shapes together: one rule for the
inference (no resource's lifecycle claims them), the fake's plan (it serves them apart) and
the story (it tags through them).

An operation is a tagging one when its name speaks of tags (a word ``Tag``, ``Tags``,
``Tagging`` or ``Untag`` in it: ``AddTagsToResource``, ``TagQueue``, ``ListRoleTags``) and
its input names the thing tagged: an ARN member, else a resource id or name (``ResourceId``,
``ResourceName``, SQS' ``QueueUrl``), beside which a ``...Type`` member may say its kind
(SSM's ``ResourceType``), never read. Then, by what it takes:

- tags (a map, or a list of key/value structures, also wrapped in a structure holding one:
  S3's ``Tagging.TagSet``), named so (``Tags``, ``TagList``, ``AddTags``): it tags (``tag``);
  when it also takes tag keys (Route 53's ``ChangeTagsForResource``: ``AddTags`` and
  ``RemoveTagKeys``) it untags them too (``keys``);
  under ``Put`` or ``Set`` the tags it takes are the whole set (``replaces``: S3's
  ``PutBucketTagging``, Inspector's ``SetTagsForResource``);
- tag keys only (a list of strings named so: ``TagKeys``, ``TagsToDelete``), or tags under an
  untagging verb (``Remove``, ``Delete``, ``Untag``: CloudTrail's ``RemoveTags`` takes pairs,
  of which the keys count): it untags (``untag``); neither, under an untagging verb its name
  ends with a tag word after (S3's ``DeleteBucketTagging``, not Service Catalog's
  ``DeleteTagOption``): it untags every tag;
- neither, under a reading verb (``List``, ``Describe``, ``Get``), answering tags: it lists
  one resource's tags (``tags``).

A per-kind operation (``TagQueue``: ``QueueUrl``; ``AddTagsToVault``: ``vaultName``) names its
resource by the member starting with the kind its name gives (``kind``); a list of names or
ARNs (ELB's ``LoadBalancerNames``, Route 53's ``ListTagsForResources``) tags several at once
(``several``); such a listing answers an item each (``listed_item``). ``TAGGING``'s operations are tagging ones whatever their shapes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from apigen import ir
from apigen.resource_names import TAGGING

_WORDS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")
_TAG_WORDS = {"tag", "tags", "tagging", "untag"}
_UNTAGGING = {"remove", "delete", "untag"}
_READING = {"list", "describe", "get"}
_PUTTING = {"put", "set"}
_JOINS = {"to", "for", "from", "of", "on"}
_NAMING = ("arn", "id", "name", "url", "ids", "names", "arns", "resource", "resources")


@dataclass(frozen=True, slots=True)
class TagOperation:
    """A tagging operation: its role (``tag``, ``untag``, ``tags``), the input member naming
    the thing tagged, those taking tags and tag keys."""

    name: str
    role: str
    resource: str
    tags: str | None = None
    keys: str | None = None
    kind: str | None = None  # the kind a per-kind operation tags (``Queue`` of ``TagQueue``)
    several: bool = False  # the resource member is a list: several resources at once
    replaces: bool = False  # a tag putting the whole set (S3's ``PutBucketTagging``)


def _words(name: str) -> list[str]:
    return _WORDS.findall(name[:1].upper() + name[1:])


def _strings(service: ir.Service, shape: ir.Shape) -> bool:
    return shape.type in (ir.ShapeType.STRING, ir.ShapeType.ENUM)


def _held(service: ir.Service, member: ir.Member) -> ir.Shape:
    """The map or list a member is, or the one a structure it is wraps (S3's ``TagSet``)."""
    shape = service.shape(member.target)
    if shape.type is ir.ShapeType.STRUCTURE:
        kinds = (ir.ShapeType.LIST, ir.ShapeType.MAP)
        held = [m for m in shape.members if service.shape(m.target).type in kinds]
        if len(held) == 1:
            return service.shape(held[0].target)
    return shape


def is_tags(service: ir.Service, member: ir.Member) -> bool:
    """Whether ``member`` holds tags: a map of strings, or a list of structures whose first
    member is a key, named as tags are."""
    if "tag" not in member.name.lower():
        return False
    shape = _held(service, member)
    if shape.type is ir.ShapeType.MAP:
        return _strings(service, service.shape(shape.value.target))
    if shape.type is ir.ShapeType.LIST:
        item = service.shape(shape.member.target)
        return (
            item.type is ir.ShapeType.STRUCTURE
            and bool(item.members)
            and ("key" in item.members[0].name.lower())
        )
    return False


def is_keys(service: ir.Service, member: ir.Member) -> bool:
    """Whether ``member`` holds tag keys: a list of strings named as tags are."""
    shape = _held(service, member)
    return (
        "tag" in member.name.lower()
        and shape.type is ir.ShapeType.LIST
        and _strings(service, service.shape(shape.member.target))
    )


def _naming(
    service: ir.Service, members: list[ir.Member], kind: str
) -> tuple[ir.Member, bool] | None:
    """The member naming the thing tagged, and whether it names several."""
    lower = kind.lower()
    for m in members:  # a per-kind operation's: the member starting with its kind
        if (
            lower
            and m.name.lower().startswith(lower)
            and _strings(service, service.shape(m.target))
        ):
            return m, False
    candidates = []
    for m in sorted(members, key=lambda m: not m.required):
        shape = service.shape(m.target)
        name = m.name.lower()
        if name.endswith("type") or not any(name.endswith(s) for s in _NAMING):
            continue
        if _strings(service, shape):
            candidates.append((not name.endswith("arn"), False, m))
        elif shape.type is ir.ShapeType.LIST and _strings(
            service, service.shape(shape.member.target)
        ):
            candidates.append((True, True, m))
    if not candidates:
        return None
    _, several, found = min(candidates, key=lambda c: (c[1], c[0]))
    return found, several


def tag_operation(service: ir.Service, op: ir.Operation) -> TagOperation | None:
    """``op`` as a tagging operation, or None (see the module's docstring)."""
    words = _words(op.name)
    if not _TAG_WORDS & {w.lower() for w in words}:
        return None
    verb = words[0].lower()
    given = service.shape(op.input) if op.input else None
    members = list(given.members) if given else []
    tags = next((m for m in members if is_tags(service, m)), None)
    keys = next((m for m in members if m is not tags and is_keys(service, m)), None)
    nouns = [w for w in words[1:] if w.lower() not in _TAG_WORDS | _JOINS]
    kind = "".join(nouns) if nouns and nouns[-1].lower() not in ("resource", "resources") else ""
    others = [m for m in members if m is not tags and m is not keys]
    naming = _naming(service, others, kind)
    if naming is None:
        return None
    resource, several = naming
    per_kind = kind if kind and resource.name.lower().startswith(kind.lower()) else None
    if verb in _READING:  # its keys filter what it answers (Redshift's ``DescribeTags``)
        role = "tags" if _answers_tags(service, op) else ""
    elif tags is not None and verb in _UNTAGGING and keys is None:
        role, keys, tags = "untag", tags, None
    elif tags is not None:
        role = "tag"
    elif keys is not None:
        role = "untag"
    elif verb in _UNTAGGING and words[-1].lower() in _TAG_WORDS:
        role = "untag"  # every tag (S3's ``DeleteBucketTagging``), not a kind named so
    else:
        role = ""
    if not role:
        return None
    return TagOperation(
        name=op.name,
        role=role,
        resource=resource.name,
        tags=tags.name if tags else None,
        keys=keys.name if keys else None,
        kind=per_kind,
        several=several,
        replaces=role == "tag" and verb in _PUTTING,
    )


def _answers_tags(service: ir.Service, op: ir.Operation) -> bool:
    """Whether the output holds tags: as a member, in a structure it holds (Route 53's
    ``ResourceTagSet.Tags``) or in each item of a list (its ``ResourceTagSets``)."""
    output = service.shape(op.output) if op.output else None
    for member in output.members if output else ():
        inner = service.shape(member.target)
        if inner.type is ir.ShapeType.LIST:
            inner = service.shape(inner.member.target)
        if is_tags(service, member) or (
            inner.type is ir.ShapeType.STRUCTURE and any(is_tags(service, m) for m in inner.members)
        ):
            return True
    return False


def listed_item(
    service: ir.Service, op: ir.Operation, found: TagOperation
) -> tuple[str, str, str] | None:
    """A listing of several resources' tags: (the output's list, the member of its items
    naming one, the one holding its tags), the naming one the singular of the input's
    (``LoadBalancerName`` of ``LoadBalancerNames``, ``ResourceId`` of ``ResourceIds``)."""
    one = found.resource[:-1].lower() if found.resource.endswith("s") else ""
    output = service.shape(op.output) if op.output else None
    for member in output.members if output and one else ():
        shape = service.shape(member.target)
        item = service.shape(shape.member.target) if shape.type is ir.ShapeType.LIST else None
        if item is None or item.type is not ir.ShapeType.STRUCTURE:
            continue
        names = [m.name for m in item.members if m.name.lower() == one]
        tags = [m.name for m in item.members if is_tags(service, m)]
        if names and tags:
            return member.name, names[0], tags[0]
    return None


def tag_operations(service: ir.Service) -> dict[str, TagOperation]:
    """The service's tagging operations by name."""
    found = {}
    for op in service.operations:
        recognised = tag_operation(service, op)
        if recognised is not None:
            found[op.name] = recognised
    return found


def tagging_names(service: ir.Service) -> set[str]:
    """The names of the service's tagging operations, ``TAGGING``'s among them."""
    return set(TAGGING) | set(tag_operations(service))
