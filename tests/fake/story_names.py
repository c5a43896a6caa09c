"""The values a story makes unique per resource it creates (names, caller-given identifiers).

Readable ones first (``story0x``, as long as the length's minimum asks: FIS's 12-character
``accountId``), then the model's sample with ``n`` after it (an ARN: Chime's ``MemberArn``),
then the ``n``-th string the pattern itself gives: Connect's ``Page`` allows only
punctuation and a few letters (its model escapes ``\\p{L}`` into a backslash and ``p``).
"""

from __future__ import annotations

import re
from typing import Any

from samples import sample_string

from apigen import ir
from apigen.regex_translate import to_python


def unique(member: ir.Member, n: int, sample: Any = None) -> str | None:
    """A value of ``member`` (a string) that differs for each ``n`` (None: none fits)."""
    constraints = member.constraints
    high = constraints.length.max if constraints.length and constraints.length.max else 64
    low = constraints.length.min if constraints.length and constraints.length.min else 0
    pattern = re.compile(to_python(constraints.pattern)) if constraints.pattern else None
    tails = [f"{sample}{n}"] if isinstance(sample, str) and len(sample) < high else []
    made = [f"{base}{n}x".ljust(low, "x")[:high] for base in ("story", "Story", "s")]
    for value in made + tails:
        if pattern is None or pattern.search(value):
            return value
    fitting = [sample_string(constraints, member.id, skip=k) for k in range(n + 1)]
    return fitting[n] if len(set(fitting)) == n + 1 else None
