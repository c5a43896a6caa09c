"""The values a story makes unique per resource it creates (names, caller-given identifiers).

``unique``: readable ones first (``story0x``, as long as the length's minimum asks: FIS's
12-character ``accountId``), then the model's sample with ``n`` after it (an ARN: Chime's
``MemberArn``), then the ``n``-th string the constraints allow or a variant of the sample
(Cognito's ``RestoreId``, a UUID; Connect's ``Page``, whose model escapes ``\\p{L}`` into a
backslash and ``p``, so it allows only punctuation and a few letters). A story makes no more
resources than there are such values (``names_allowed``: Cognito's two ``TermsName``).
"""

from __future__ import annotations

import re
import string
from typing import Any

from samples import sample_string

from apigen import ir
from apigen.regex_translate import to_python


def unique(member: ir.Member, n: int, sample: Any = None) -> str | None:
    """A value of ``member`` (a string) that differs for each ``n``, as long as its length's
    minimum asks (FIS's 12-character ``accountId``), else the ``sample`` with ``n`` after it
    (an ARN: Chime's ``MemberArn``) when that fits, else the ``n``-th fitting variant of
    the sample (Cognito's ``RestoreId``, a UUID: ``nth_fitting``; else None)."""
    constraints = member.constraints
    high = constraints.length.max if constraints.length and constraints.length.max else 64
    low = constraints.length.min if constraints.length and constraints.length.min else 0
    pattern = re.compile(to_python(constraints.pattern)) if constraints.pattern else None
    tails = [f"{sample}{n}"] if isinstance(sample, str) and len(sample) < high else []
    made = [f"{base}{n}x".ljust(low, "x")[:high] for base in ("story", "Story", "s")]
    for value in made + tails:
        if pattern is None or pattern.search(value):
            return value
    return nth_fitting(constraints, sample, n)


def names_allowed(member: ir.Member, most: int) -> int:
    """How many different values (up to ``most``) ``unique`` gives ``member``: Cognito's
    ``TermsName`` is ``^(terms-of-use|privacy-policy)$``, two terms a client at most."""
    sample = _fitting(member.constraints, 0)
    values = {unique(member, n, sample) for n in range(most)} - {None}
    return max(1, len(values))


def nth_fitting(constraints: ir.Constraints, sample: Any, n: int) -> str | None:
    """The ``n``-th of the strings the constraints allow (``sample_string``), ``sample``
    and the sample's variants with one character changed (from the end) that they allow: a
    value unique per ``n`` for a member no ``story<n>x`` fits (Cognito's ``RestoreId``, a
    UUID; its ``TermsName``, one of two); None when there are not so many."""
    if not isinstance(sample, str) or not sample:
        return None
    pattern = re.compile(to_python(constraints.pattern)) if constraints.pattern else None
    found: list[str] = []  # the constraints' first: one ``n`` gives one value whatever the sample
    for skip in range(n + 1):
        built = _fitting(constraints, skip)
        if built is not None and built not in found:
            found.append(built)
    if sample not in found:
        found.append(sample)
    for at in range(len(sample) - 1, -1, -1):
        for char in string.digits + string.ascii_letters:
            value = sample[:at] + char + sample[at + 1 :]
            if value not in found and (pattern is None or pattern.search(value)):
                found.append(value)
            if len(found) > n:
                return found[n]
    return None


def _fitting(constraints: ir.Constraints, skip: int) -> str | None:
    try:
        return sample_string(constraints, "", skip)
    except AssertionError:  # no string fits
        return None
