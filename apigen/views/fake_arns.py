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
its parent's identifier: ``runtime/{RuntimeName}/alias/{Name}``.
"""

from __future__ import annotations

import re

from apigen import ir, naming, regex_translate

_SAMPLE = {"partition": "aws", "region": "us-east-1", "account": "123456789012"}
_STRINGS = (ir.ShapeType.STRING, ir.ShapeType.ENUM)


def _fits(pattern: re.Pattern[str] | None, template: str) -> bool:
    names = re.findall(r"\{([^}]+)\}", template)
    sample = template.format(**{n: _SAMPLE.get(n, "story1") for n in names})
    return pattern is None or pattern.fullmatch(sample) is not None


def default_arn(
    service: ir.Service,
    resource: ir.Resource,
    shape: ir.Shape,
    arn_member: ir.Member,
    own: str,
) -> tuple[str, tuple[tuple[str, str], ...]]:
    """(template, extra template fields as (field, record attribute)); ``own`` is the
    template field of the own identifier (``{uuid}`` when the ARN is the identifier)."""
    kind = re.sub(r"(?<!^)(?=[A-Z])", "-", resource.name).lower()
    prefix = service.endpoint_prefix or service.sigv4_name or ""
    head = f"arn:{{partition}}:{prefix}:{{region}}:{{account}}:{kind}"
    base = f"{head}/"
    text = arn_member.constraints.pattern or service.shape(arn_member.target).constraints.pattern
    pattern = re.compile(regex_translate.to_python(text)) if text else None
    for template in (base + own, f"{head}:{own}"):  # resource-type/id or resource-type:id
        if _fits(pattern, template):
            return template, ()
    # the type without hyphens (``billingview``), a global resource's ARN without a region
    for region in ("{region}", ""):
        for word in dict.fromkeys((kind, kind.replace("-", ""))):
            other = f"arn:{{partition}}:{prefix}:{region}:{{account}}:{word}"
            for template in (f"{other}/{own}", f"{other}:{own}"):
                if _fits(pattern, template):
                    return template, ()
    words = kind.split("-")
    if len(resource.identifiers) > 1:
        parent = resource.identifiers[-2][0]
        for cut in range(1, len(words)):
            above, below = "-".join(words[:cut]), "-".join(words[cut:])
            template = f"{head[: -len(kind)]}{above}/{{{parent}}}/{below}/{own}"
            if _fits(pattern, template):
                return template, ()
    ids = {name.lower() for name, _ in resource.identifiers}
    for member in shape.members:
        lowered = member.name.lower()
        if (
            lowered in ids
            or member is arn_member
            or not lowered.endswith(("name", "id"))
            or service.shape(member.target).type not in _STRINGS
        ):
            continue
        template = f"{base}{{{member.name}}}/{own}"
        if _fits(pattern, template):
            return template, ((member.name, naming.snake(member.name)),)
    return base + own, ()
