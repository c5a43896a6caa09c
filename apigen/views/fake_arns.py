"""The ARN template a fake uses for a resource whose spec gives none.

``arn:{partition}:<endpoint prefix>:{region}:{account}:<resource-kebab>/<own id>``, or with
``:`` before the id when the ARN member's pattern wants that (Lambda's), else the first of
those with the type's words unhyphenated (``billingview``) or without a region (a global
resource) that the pattern takes; when the pattern
wants more path segments (Scheduler's
``schedule/<group>/<name>``), one more segment before the own identifier: the first string
member of the resource's shape named ``...Name`` or ``...Id`` with which a sample ARN
matches the pattern (``{GroupName}``, filled from the record). A child resource whose type
starts with its parent's (Lambda's ``runtime-alias`` under ``runtime``) is tried first under
its parent's identifier: ``runtime/{RuntimeName}/alias/{Name}``. The own identifier's
candidates are tried in turn (a server-made ``Id`` member before a UUID, for Lambda's
``code-signing-config:csc-<17 characters>``), each sampled as the fake makes it.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Mapping

from apigen import ir, naming, regex_translate
from apigen.regex_sample import strings
from apigen.runtime.fake import plan as fp
from apigen.runtime.fake.ids import make_arn
from apigen.views.fake_values import (
    ID_SAMPLES,
    edge_samples,
    format_fits_length,
    id_sample,
    string_fits,
)

_SAMPLE = {"partition": "aws", "region": "us-east-1", "account": "123456789012"}
_STRINGS = (ir.ShapeType.STRING, ir.ShapeType.ENUM)
Made = tuple[str, tuple[tuple[str, str], ...]]  # (template, extra fields)
_FRESH = re.compile(rf"fresh_({'|'.join(ID_SAMPLES)})_(\d+)")


def _fits(pattern: re.Pattern[str] | None, template: str, samples: Mapping[str, str]) -> bool:
    """Whether the pattern takes the template sampled, and a fresh field (``{fresh_alnum_10}``)
    at its alphabet's edges too (``0000000000`` is no value of ``[a-z][a-z0-9]{9,63}``)."""
    names = re.findall(r"\{([^}]+)\}", template)
    values = {**_SAMPLE, **samples}
    sample = {n: values.get(n, "story1") for n in names}
    variants = [sample] + [
        {**sample, name: edge}
        for name in names
        if (fresh := _FRESH.fullmatch(name)) is not None
        for edge in edge_samples(fresh[1], int(fresh[2]))
    ]
    return pattern is None or all(pattern.fullmatch(template.format(**v)) for v in variants)


def member_fits(
    service: ir.Service, member: ir.Member, template: str, samples: Mapping[str, str]
) -> bool:
    """Whether the member's pattern (or its shape's) takes the ARN template sampled."""
    text = member.constraints.pattern or service.shape(member.target).constraints.pattern
    pattern = re.compile(regex_translate.to_python(text)) if text else None
    fresh = {  # a fresh field as the fake makes it (``{fresh_digits_1}``)
        found[0]: id_sample(found[1], int(found[2]))
        for name in re.findall(r"\{([^}]+)\}", template)
        if (found := _FRESH.fullmatch(name)) is not None
    }
    return _fits(pattern, template, {**samples, **fresh})


def fitting_all(
    service: ir.Service,
    resource: ir.Resource,
    shape: ir.Shape,
    arn_member: ir.Member,
    given: tuple[ir.Member | None, ...],
    owns: tuple[str, ...],
    samples: Mapping[str, str],
) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The ``default_arn`` of ``arn_member``, else, where the members the own ARN is answered
    or taken in (``given``) refuse it, the first ``default_arn`` of theirs every one takes,
    the record's ``arn_member`` too (Image Builder's ``componentBuildVersionArn``:
    ``component/<name>/<version>/<build>``, where the record's ``arn`` takes
    ``component/<id>``)."""
    strict = tuple(m for m in given if m is not None)
    made = default_arn(service, resource, shape, arn_member, owns, samples)
    if all(member_fits(service, m, made[0], samples) for m in strict):
        return made
    for member in strict:
        stricter = default_arn(service, resource, shape, member, owns, samples)
        if all(member_fits(service, m, stricter[0], samples) for m in (*strict, arn_member)):
            return stricter
    return made


def default_arn(
    service: ir.Service,
    resource: ir.Resource,
    shape: ir.Shape,
    arn_member: ir.Member,
    owns: tuple[str, ...],
    samples: Mapping[str, str],
) -> tuple[str, tuple[tuple[str, str], ...]]:
    """(template, extra template fields as (field, record attribute)); ``owns`` are the
    candidate template fields of the own identifier (``{uuid}`` when the ARN is the
    identifier), ``samples`` values like those the fake makes for template fields."""
    text = arn_member.constraints.pattern or service.shape(arn_member.target).constraints.pattern
    pattern = re.compile(regex_translate.to_python(text)) if text else None
    built = next(strings(pattern.pattern), "") if pattern is not None else ""
    tails = _fresh_tails(built, pattern)
    fields = {re.findall(r"\{(fresh_\w+)\}", k)[-1]: v for k, v in tails.items()}
    samples = {**samples, **fields}
    # a fresh tail where the ARN is the identifier; else only where the pattern takes no
    # own identifier there: a server-made id of a named resource (SageMaker's
    # ``cluster/[a-z0-9]{12}`` of a ``ClusterName``)
    tries = ((*owns, *tails),) if "{uuid}" in owns else (owns, tuple(tails))
    for candidates in tries:
        found = _first_fitting(
            service, resource, shape, arn_member, pattern, built, candidates, samples
        )
        if found is not None:
            return found
    return f"{_head(service, resource)}/{owns[0]}", ()


def _first_fitting(
    service: ir.Service,
    resource: ir.Resource,
    shape: ir.Shape,
    arn_member: ir.Member,
    pattern: re.Pattern[str] | None,
    built: str,
    owns: tuple[str, ...],
    samples: Mapping[str, str],
) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """The first template of ``owns`` the pattern takes: as the type's default, as the
    pattern's literals spell it, else walked segment by segment."""
    ways: tuple[Callable[[str], Made | None], ...] = (
        lambda own: _fitting(service, resource, shape, arn_member, pattern, own, samples),
        lambda own: _spelled(service, resource, shape, arn_member, pattern, built, own, samples),
        lambda own: _walked(service, resource, shape, arn_member, pattern, built, own, samples),
    )
    return next((found for way in ways for own in owns if (found := way(own))), None)


def _walked(
    service: ir.Service,
    resource: ir.Resource,
    shape: ir.Shape,
    arn_member: ir.Member,
    pattern: re.Pattern[str] | None,
    built: str,
    own: str,
    samples: Mapping[str, str],
) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """The ARN the pattern's own sample spells, segment by segment: the last is the own
    identifier, the first the resource type where the pattern takes it, each other the first
    of the resource's other identifiers and ``...Name``/``...Id`` members whose sample the
    pattern takes there, else the sample's text (a literal;
    of a choice, its first: EventBridge V2's ``event-sourcev2/aws.service/{Name}/<id>``,
    Partner Central's ``catalog/{Catalog}/customer-account/{Id}``)."""
    parts = built.split(":", 5)
    if len(parts) == 5:  # region and account one part of the pattern (S3 Files' ``[0-9a-z-:]+``)
        parts.insert(4, "")
    if pattern is None or len(parts) != 6:
        return None
    pieces = re.split(r"([/:])", parts[5])
    others = [name for name, _ in resource.identifiers[:-1]]
    members = [m.name for m in _segment_members(service, resource, shape, arn_member)]
    values = {**_SAMPLE, **_samples(service, resource, shape), **samples}
    fields: dict[str, str] = {}

    def fits_at(index: int, text: str) -> bool:
        trial = "".join([*pieces[:index], text, *pieces[index + 1 :]])
        return pattern.fullmatch(":".join([*parts[:5], trial])) is not None

    kind = _kind(resource)
    for word in dict.fromkeys((kind, kind.replace("-", ""))):  # the type first (Q Connect's
        if len(pieces) > 1 and fits_at(0, word):  # ``[a-z-]*?`` is ``assistant``)
            pieces[0] = word
            break
    for index in range(0, len(pieces) - 1, 2):
        if index == 0 and pieces[0] in (kind, kind.replace("-", "")):
            continue
        for name in (n for n in (*others, *members) if n not in fields.values()):
            if fits_at(index, values.get(name, "story1")):
                fields[str(index)] = name
                break
    tail = "".join(
        f"{{{fields[str(i)]}}}" if str(i) in fields else piece.replace("{", "{{").replace("}", "}}")
        for i, piece in enumerate(pieces[:-1])
    )
    extra = tuple((n, naming.snake(n)) for n in fields.values() if n in members)
    for prefix in dict.fromkeys(
        p for p in (service.endpoint_prefix, service.sigv4_name, parts[2]) if p
    ):
        for region, account in (("{region}", "{account}"), ("", "{account}"), ("", "")):
            template = f"arn:{{partition}}:{prefix}:{region}:{account}:{tail}{own}"
            if _fits(pattern, template, {**values, **samples}):
                return template, extra
    return None


def _samples(service: ir.Service, resource: ir.Resource, shape: ir.Shape) -> dict[str, str]:
    """A value of each identifier and record member valid as its shape: what a template
    field of it may hold."""
    out: dict[str, str] = {}
    members = [(m.name, m.target) for m in shape.members]
    for name, target in (*resource.identifiers, *members):
        text = service.shapes[target].constraints.pattern if target in service.shapes else None
        found = list(itertools.islice(strings(regex_translate.to_python(text)), 8)) if text else []
        # of an ARN-or-identifier shape, the identifier (S3 Files' ``fs-...`` in an ARN)
        plain = [f for f in found if not f.startswith("arn:")] or found
        out.setdefault(name, plain[0] if plain else "story1")
    return out


def _fresh_tails(built: str, pattern: re.Pattern[str] | None) -> dict[str, str]:
    """Template fields of fresh values as long as the last segment of an ARN the pattern
    matches (``{fresh_alnum_25}``: the runtime's ``ids.make_arn`` makes them), with the
    samples of their fresh fields;
    then the segment's literal head kept before the shortest fresh rest every value of which
    the pattern takes in the built ARN (CloudHSM's ``hapg-{fresh_hex_8}``, IAM Identity
    Center's ``apl-{fresh_alnum_16}``)."""
    last = re.split(r"[/:]", built)[-1] if built else ""
    size = len(last)
    tails = {
        f"{{fresh_{made}_{size}}}": id_sample(made, size)
        for made in ID_SAMPLES
        if size and format_fits_length(made, size)
    }
    for cut in range(1, size) if pattern is not None else ():
        head, rest = last[:cut], size - cut
        fresh = [m for m in ID_SAMPLES if format_fits_length(m, rest)]
        kept = [m for m in fresh if _takes_rest(pattern, built[: len(built) - rest], m, rest)]
        if kept:
            literal = head.replace("{", "{{").replace("}", "}}")
            return {**tails, f"{literal}{{fresh_{kept[0]}_{rest}}}": id_sample(kept[0], rest)}
    return tails


def _takes_rest(pattern: re.Pattern[str] | None, before: str, made: str, size: int) -> bool:
    """Whether the pattern takes ``before`` and any fresh value of ``made`` (its sample and its
    alphabet's edges) after it."""
    values = [id_sample(made, size), *edge_samples(made, size)]
    return pattern is not None and all(pattern.fullmatch(before + v) for v in values)


def _spelled(
    service: ir.Service,
    resource: ir.Resource,
    shape: ir.Shape,
    arn_member: ir.Member,
    pattern: re.Pattern[str] | None,
    built: str,
    own: str,
    samples: Mapping[str, str],
) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """An ARN the pattern spells otherwise: the service as signed (EventBridge V2's
    ``events``, not ``eventsv2``) or the resource type as the pattern's own ARN spells it
    (``event-busv2``), optionally with a ``...Name``/``...Id`` member's segment."""
    parts = built.split(":", 5)
    kind = _kind(resource)
    spelled = re.split(r"[/:]", parts[5])[0] if len(parts) == 6 else kind
    prefixes = dict.fromkeys(
        p
        for p in (service.endpoint_prefix, service.sigv4_name, parts[2] if len(parts) == 6 else "")
        if p
    )
    segments = [""] + [
        f"{{{m.name}}}/" for m in _segment_members(service, resource, shape, arn_member)
    ]
    for prefix in prefixes:
        for region in ("{region}", ""):
            for word in dict.fromkeys((kind, kind.replace("-", ""), spelled)):
                head = f"arn:{{partition}}:{prefix}:{region}:{{account}}:{word}"
                for segment in segments:
                    for sep in ("/", ":"):
                        template = f"{head}{sep}{segment}{own}"
                        if _fits(pattern, template, samples):
                            name = segment[1:-2]
                            return template, ((name, naming.snake(name)),) if name else ()
    return None


def _segment_members(
    service: ir.Service, resource: ir.Resource, shape: ir.Shape, arn_member: ir.Member
) -> list[ir.Member]:
    """Members of the record an ARN may carry a segment of: strings named ``...Name`` or
    ``...Id``, no identifier's, not the ARN."""
    ids = {name.lower() for name, _ in resource.identifiers}
    return [
        member
        for member in shape.members
        if member.name.lower() not in ids
        and member is not arn_member
        and member.name.lower().endswith(("name", "id"))
        and service.shape(member.target).type in _STRINGS
    ]


def _kind(resource: ir.Resource) -> str:
    """The resource type as ARNs spell it by default: ``CodeSigningConfig`` →
    ``code-signing-config``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "-", resource.name).lower()


def _head(service: ir.Service, resource: ir.Resource) -> str:
    kind = _kind(resource)
    prefix = service.endpoint_prefix or service.sigv4_name or ""
    return f"arn:{{partition}}:{prefix}:{{region}}:{{account}}:{kind}"


def _fitting(
    service: ir.Service,
    resource: ir.Resource,
    shape: ir.Shape,
    arn_member: ir.Member,
    pattern: re.Pattern[str] | None,
    own: str,
    samples: Mapping[str, str],
) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    kind = _kind(resource)
    prefix = service.endpoint_prefix or service.sigv4_name or ""
    head = _head(service, resource)
    base = f"{head}/"
    for template in (base + own, f"{head}:{own}"):  # resource-type/id or resource-type:id
        if _fits(pattern, template, samples):
            return template, ()
    # the type without hyphens (``billingview``), a global resource's ARN without a region
    for region in ("{region}", ""):
        for word in dict.fromkeys((kind, kind.replace("-", ""))):
            other = f"arn:{{partition}}:{prefix}:{region}:{{account}}:{word}"
            for template in (f"{other}/{own}", f"{other}:{own}"):
                if _fits(pattern, template, samples):
                    return template, ()
    words = kind.split("-")
    if len(resource.identifiers) > 1:
        parent = resource.identifiers[-2][0]
        for cut in range(1, len(words)):
            above, below = "-".join(words[:cut]), "-".join(words[cut:])
            template = f"{head[: -len(kind)]}{above}/{{{parent}}}/{below}/{own}"
            if _fits(pattern, template, samples):
                return template, ()
    for member in _segment_members(service, resource, shape, arn_member):
        template = f"{base}{{{member.name}}}/{own}"
        if _fits(pattern, template, samples):
            return template, ((member.name, naming.snake(member.name)),)
    return None


def shortest_arn(fake: fp.FakeResource) -> int:
    """The length of the ARN the fake makes with every field the request names empty and the
    identifiers the server makes as it makes them (a nine-character region)."""
    made = (*fake.identifiers, *fake.made)
    values = {i.name: id_sample(i.made, i.length, i.prefix) for i in made if i.made in ID_SAMPLES}
    values |= {"partition": "aws", "region": "us-east-1", "account": "123456789012"}
    return len(make_arn(fake.arn or "", values))


def long_enough(
    service: ir.Service, res: ir.Resource, arn_member: ir.Member | None, fake: fp.FakeResource
) -> fp.FakeResource:
    """``fake`` with its server-made own identifier lengthened as far as the record's ARN
    member's least length wants, where the identifier's shape takes that length (Bedrock
    AgentCore's policy engine: a 12-character ``ResourceId`` made an ARN of 75, where the
    ``PolicyEngineArn`` takes 76 at the least)."""
    own = fake.identifiers[-1] if fake.identifiers else None
    if fake.arn is None or arn_member is None or own is None or own.made not in ID_SAMPLES:
        return fake
    if f"{{{own.name}}}" not in fake.arn:
        return fake
    length = arn_member.constraints.merged_over(service.shape(arn_member.target).constraints)
    least = length.length.min if length.length is not None else None
    short = int(least) - shortest_arn(fake) if least is not None else 0
    wanted = own.length + short
    if short <= 0 or not res.identifiers or not format_fits_length(own.made, wanted):
        return fake
    taken = service.shape(res.identifiers[-1][1]).constraints
    if not string_fits(id_sample(own.made, wanted, own.prefix), taken):
        return fake
    longer = dataclasses.replace(own, length=wanted)
    return dataclasses.replace(fake, identifiers=(*fake.identifiers[:-1], longer))


def arn_too_long(
    service: ir.Service, res: ir.Resource, fake: fp.FakeResource, members: dict[str, ir.Member]
) -> str | None:
    """Why the ARN the fake makes fits no record: even with every field the request names
    empty, the identifiers the server makes (as it makes them) make it longer than the
    record's ARN member takes (Clean Rooms' configured table associations: a membership's
    and an association's UUIDs in ``configuredtableassociation/<id>/<id>``, 100 at most)."""
    member = members.get(fake.arn_field or "")
    if fake.arn is None or member is None:
        return None
    length = member.constraints.merged_over(service.shape(member.target).constraints).length
    if length is None or length.max is None:
        return None
    least = shortest_arn(fake)
    if least <= length.max:
        return None
    return (
        f"no ARN the fake can make fits {res.name}'s {member.name}: {fake.arn} is {least}"
        f" characters at the least, it takes at most {int(length.max)}"
    )
