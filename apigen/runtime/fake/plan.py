"""The data a generated ``fake.py`` hands the fake: its resources and how operations meet them.

Every name here is a Python attribute name of the generated models (``virtual_cluster_id``);
paths into outputs may be dotted (``key_list.data``). Records are the members of a
resource's *shape* (the structure its read returns), keyed by attribute name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# How the server makes an identifier: the ARN itself, the value the create input gives
# (a name), or a fresh value in one of these formats (chosen at generation time to fit the
# identifier's pattern and length).
MADE_ARN = "arn"
MADE_INPUT = "input"
ID_FORMATS = ("alnum", "hex", "uuid", "digits")


@dataclass(frozen=True, slots=True)
class FakeIdentifier:
    name: str  # the spec's identifier name (ARN template fields use it)
    field: str  # the attribute of the resource's shape holding it
    made: str = "alnum"  # MADE_ARN, MADE_INPUT or one of ID_FORMATS
    length: int = 25
    prefix: str = ""


@dataclass(frozen=True, slots=True)
class FakeResource:
    """A resource's record layout; ``parents`` is how many leading identifiers are its
    parent's, ``parent`` the parent resource's name (siblings may share identifier names:
    GameLift Streams' ``Identifier``). ``arn_fields`` maps template fields to record
    attributes. ``skeleton`` holds values for the required members of the shape no request
    sets (a single-valued enum, an empty list); ``"$now"`` in it is the creation time.
    ``made``: members beside the identifiers the server gives a fresh value on create (a
    record's ``Id`` beside its ARN), in their formats; ARN templates may name them.
    ``inner``: the record's structure
    member holding the resource's own members (Audit Manager's ``metadata``), whose members
    (``inner_fields``) an input sets there; identifier, name and timestamp fields may be
    paths into it (``metadata.id_``). ``variants``: where the own identifier also goes when
    the record holds a choice of structures each carrying it by its name (Route 53 Recovery
    Control's safety rules: ``assertion_rule.safety_rule_arn``, ``gating_rule...``), in each
    the create set; ``variant_names``: the name's path in each (unique as a name is)."""

    name: str
    identifiers: tuple[FakeIdentifier, ...]
    fields: tuple[str, ...]
    parents: int = 0
    parent: str | None = None
    arn: str | None = None
    arn_fields: tuple[tuple[str, str], ...] = ()
    arn_field: str | None = None
    name_field: str | None = None
    status: str | None = None
    created: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    tags_field: str | None = None
    skeleton: dict[str, Any] = field(default_factory=dict[str, Any])
    made: tuple[FakeIdentifier, ...] = ()
    inner: str | None = None
    inner_fields: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    variant_names: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FakeFilter:
    """A list input member that narrows the items: ``how`` is eq, in, prefix, after, before."""

    input: str
    field: str
    how: str = "eq"


@dataclass(frozen=True, slots=True)
class FakeToken:
    """How a list's page token is spelled: ``head``, the creation number of the page's last
    item in format ``made``, ``tail``. ``b64``: URL-safe base64 of its digits, unpadded;
    ``digits``, ``hex``, ``alnum`` (base 36): zero-padded to ``width``; ``uuid``: a UUID whose
    last twelve hex digits it is. Chosen at generation time to fit the token's shape."""

    made: str = "b64"
    width: int = 0
    head: str = ""
    tail: str = ""


# Operation roles: a resource's lifecycle roles, an instance ``action`` (a lifecycle move
# only), and the service's tagging operations.
ROLES = ("create", "put", "read", "update", "delete", "list", "action", "tag", "untag", "tags")


@dataclass(frozen=True, slots=True)
class FakeOperation:
    """How one operation meets its resource (``resource`` is "" for tagging operations).

    ``ids`` pairs identifiers with the input attributes carrying them; ``unwrap`` names input
    structures whose members are the resource's (``connection_input``); ``record`` is the
    output path the record goes to ("" for the output itself, the record's members filling
    the output's of the same names); ``items`` the list's items. ``states`` are the lifecycle
    moves the operation starts. Errors are wire codes of ``ServiceSpec.errors`` with the
    status to answer when the spec gives one per response (0: the error's own).
    """

    role: str
    resource: str = ""
    ids: tuple[tuple[str, str], ...] = ()
    # An instance operation's input attribute naming the resource by its ARN, read when the
    # optional own identifier is not given (Kinesis' ``stream_arn`` beside ``stream_name``).
    by_arn: str | None = None
    unwrap: tuple[str, ...] = ()
    # Input lists whose values the record holds each in a structure's member (CodeDeploy's
    # group names, each an ``AutoScalingGroup``'s ``name``): (input attribute, member).
    wrap: tuple[tuple[str, str], ...] = ()
    # Input members the record holds as structures of another shape, each item (of a list)
    # or the structure: (input attribute, values for the required members the input's lack).
    fill: tuple[tuple[str, dict[str, Any]], ...] = ()
    # Input attributes the answer repeats (a tags listing's required ``ResourceArn``).
    echo: tuple[str, ...] = ()
    record: str | None = ""
    items: str | None = None
    filters: tuple[FakeFilter, ...] = ()
    states: tuple[str | None, ...] = ()
    token: str | None = None
    # A list's page token spelling, when the default does not fit the token's shape.
    page: FakeToken | None = None
    tags: str | None = None  # create/tag: the tags member; untag: the tag keys member
    tag_keys: str | None = None  # a tag's keys to untag too (Route 53's ``RemoveTagKeys``)
    # Tagging ones: ``arn`` is a list naming several (ELB's ``LoadBalancerNames``); a
    # listing answers an item each in ``items``, its name in ``item_field``, its tags in
    # ``record`` (Route 53's ``ResourceTagSets``: ``ResourceId``, ``Tags``).
    several: bool = False
    # A tags listing's: it answers a map where the plan's tags are pairs elsewhere (Route 53
    # Profiles' creates take a ``TagList``, its ``ListTagsForResource`` answers a ``TagMap``).
    tag_map: bool = False
    # A tags listing's: the pair attributes it answers where the plan's are otherwise (a map
    # elsewhere: Kinesis' ``TagMap`` in, ``TagList`` out).
    tag_pairs: tuple[str, str] | None = None
    arn: str | None = None  # tagging operations: the member holding the resource's ARN
    not_found: str | None = None
    not_found_status: int = 0
    conflict: str | None = None
    conflict_status: int = 0
    # Output members a flat output (a list: each item) names otherwise than the record:
    # (output member, record field).
    aliases: tuple[tuple[str, str], ...] = ()
    # Values for the output's required members no record fills (a list's wrapper, a message).
    skeleton: dict[str, Any] = field(default_factory=dict[str, Any])
    # A list's: values for each item's required members its record does not hold.
    item_skeleton: dict[str, Any] = field(default_factory=dict[str, Any])
    # A list of identifiers, not records (Athena's ``NamedQueryIds``): the field each item is.
    item_field: str | None = None
    # A list's: an output list of the items' own identifiers beside the records (Kinesis'
    # ``stream_names`` beside ``stream_summaries``).
    names: str | None = None
    # A list's: the item member holding the record when an item wraps it (CloudFront's
    # ``CachePolicySummary.CachePolicy`` beside its ``Type``).
    item_record: str | None = None
    # A create's: the input attribute naming the own identifier when the record's field is
    # called otherwise (IoT FleetWise's ``fleet_id`` for the record's ``id``).
    own_input: str | None = None
    # A create's: the input attribute naming the resource when the record's name field is
    # called otherwise (Neptune Analytics' ``graph_name`` for the record's ``name``), or
    # when the record holds no name: kept beside it (EKS Anywhere subscriptions' ``name``).
    name_input: str | None = None
    # A setting's read declaring no not-found error (an account's ``GetAccountSettings``):
    # before any write it answers nothing set, the service's defaults the model lacks.
    unset_empty: bool = False
    # A put replacing what was put before (a ``Put...``; an ``Update...`` a setting is
    # written by merges into it, as an update does); a tag putting the whole set of tags
    # (S3's ``PutBucketTagging``).
    replaces: bool = False


@dataclass(frozen=True, slots=True)
class FakePlan:
    """A service's fake: resources by name, bound operations by name, and each unbound
    operation (answered 501) with the reason the fake cannot derive it."""

    resources: dict[str, FakeResource]
    operations: dict[str, FakeOperation]
    unbound: dict[str, str] = field(default_factory=dict[str, str])
    # Tags as a list of pairs (``Key``/``Value`` attributes), None when they are a map.
    tag_pair: tuple[str, str] | None = None
    account: str = "123456789012"
    region: str = "us-east-1"
