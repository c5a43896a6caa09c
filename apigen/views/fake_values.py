"""Values the fake's plan fixes at generation time, fitted to a string shape's constraints.

- ``id_format``: how the server makes fresh values of an identifier: the first format of
  ``plan.ID_FORMATS`` whose sample, cut or repeated to the allowed length, fits the pattern
  (else the same with an ``a`` in front, as a prefix);
- ``fitting_string``: a value for a required string no request sets (a record's ``Id`` beside
  an ARN identifier): "" when the constraints allow it, else the sample of ``id_format``,
  else (an ARN's pattern, which no identifier format fits) a string built from the pattern
  (``regex_sample``) within the allowed length.
"""

from __future__ import annotations

import re

from apigen import ir, regex_translate
from apigen.regex_sample import strings

_SAMPLES = {
    "alnum": "k3x9q2m7v1w8z4c6b5n0p2r7t",
    "hex": "3f9a0c7e1b2d4f6a8c0e1f2a3b4c5d6e",
    "uuid": "3f9a0c7e-1b2d-4f6a-8c0e-1f2a3b4c5d6e",
    "digits": "482913570264",
}


def id_format(service: ir.Service, target: str) -> tuple[str, int, str]:
    """(format, length, prefix) of fresh values for an identifier targeting ``target``."""
    shape = service.shapes.get(target)
    constraints = shape.constraints if shape else ir.NO_CONSTRAINTS
    length = constraints.length
    low = length.min if length and length.min else 1
    high = length.max if length and length.max else 64
    pattern = constraints.pattern
    compiled = re.compile(regex_translate.to_python(pattern)) if pattern else None
    for made, sample in _SAMPLES.items():
        size = max(low, min(len(sample), high))
        value = (sample * 4)[:size]
        if made == "uuid" and size != len(sample):
            continue
        if compiled is None or compiled.search(value):
            return made, size, ""
        if compiled.search("a" + value[1:]):
            return made, size - 1, "a"
    return "alnum", max(low, min(25, high)), ""


def fitting_string(service: ir.Service, member: ir.Member) -> str:
    """A required string no request sets: "" when its constraints allow it, else a value
    in the first of the identifier formats that fits (``id_format``), else one built from
    the pattern."""
    constraints = service.shape(member.target).constraints
    pattern = regex_translate.to_python(constraints.pattern) if constraints.pattern else None
    low = constraints.length.min if constraints.length and constraints.length.min else 0
    high = constraints.length.max if constraints.length and constraints.length.max else None
    if low == 0 and (not pattern or re.search(pattern, "")):
        return ""
    made, size, prefix = id_format(service, member.target)
    value = prefix + (_SAMPLES[made] * 4)[:size]
    if pattern is None or re.search(pattern, value):
        return value
    for built in strings(pattern):
        if low <= len(built) and (high is None or len(built) <= high):
            return built
    return value
