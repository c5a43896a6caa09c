"""Values the fake's plan fixes at generation time, fitted to a string shape's constraints.

- ``id_format``: how the server makes fresh values of an identifier: the first format of
  ``plan.ID_FORMATS`` whose sample, cut or repeated to the allowed length, fits the pattern
  (matched whole first, as a value the service makes is: DSQL's ``[a-z0-9]{26}``; only then
  searched) and so do its alphabet's edges (``aaa``, ``999``: a hex sample holding a ``d`` is no
  proof for Amplify's ``d[a-z0-9]+``) (else the same with an ``a`` in front, as a prefix;
  else after the pattern's literal head, as long as the sample where the pattern allows, at
  least as the string built from it:
  Lambda's ``csc-`` and 17 characters, Mail Manager's ``ai-`` and 25, never the one
  character of ``ai-[a-zA-Z0-9]{1,64}``'s shortest match, whose few values collide; a
  value built from the pattern is grown as long as it fits, up to 25);
- ``fitting_string``: a value for a required string no request sets (a record's ``Id`` beside
  an ARN identifier): "" when the constraints allow it, else the sample of ``id_format``,
  else the first of the other samples (and their variants) that fits; never a value the
  member's ``not`` refuses (``excluded_by``). None when no sample fits.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator

from apigen import ir, regex_translate
from apigen.regex_sample import literal_head, strings

ID_SAMPLES = {
    "alnum": "k3x9q2m7v1w8z4c6b5n0p2r7t",
    "hex": "3f9a0c7e1b2d4f6a8c0e1f2a3b4c5d6e",
    "uuid": "3f9a0c7e-1b2d-4f6a-8c0e-1f2a3b4c5d6e",
    "digits": "482913570264",
}


def id_sample(made: str, size: int, prefix: str = "") -> str:
    """The sample of format ``made`` cut or repeated to ``size``, after ``prefix``: the value
    the plan checks for a fresh identifier of that format."""
    return prefix + (ID_SAMPLES[made] * 4)[:size]


def format_fits_length(made: str, size: int) -> bool:
    """Whether format ``made`` can be ``size`` long (a UUID has one length)."""
    return made != "uuid" or size == len(ID_SAMPLES[made])


def string_fits(value: str, constraints: ir.Constraints) -> bool:
    """Whether a string's constraints allow ``value``: its length (at most 64 when unbounded,
    as the fake's values are), its pattern (searched, as Smithy's) and its ``not``."""
    low, high = _bounds(constraints)
    if not low <= len(value) <= high:
        return False
    pattern = constraints.pattern
    if pattern and re.search(regex_translate.to_python(pattern), value) is None:
        return False
    return not excluded_by(value, constraints.excluded)


_EDGES = {"alnum": "az09", "hex": "af09", "digits": "09", "uuid": ""}
# a version-4 UUID's edges: its version and variant digits are fixed, the rest any hex
_UUID_EDGES = ("00000000-0000-4000-8000-000000000000", "ffffffff-ffff-4fff-bfff-ffffffffffff")


def edge_samples(made: str, size: int) -> list[str]:
    """Fresh values of format ``made`` at its alphabet's edges (``0000``, ``zzzz``; a UUID's
    all zeros and all ``f`` but its version and variant): what a pattern must take besides
    the sample for every fresh value to fit (the UUID sample holds ``d-``; a fresh one
    seldom does, as CloudWatch Omni's ``d-[0-9a-z]{1,25}`` needs)."""
    if made == "uuid":
        return list(_UUID_EDGES)
    return [c * size for c in _EDGES[made]]


def _values(made: str, size: int, head: str) -> list[str]:
    return [id_sample(made, size, head), *(head + e for e in edge_samples(made, size))]


def _takes(compiled: re.Pattern[str], made: str, size: int, head: str) -> bool:
    """Whether every fresh value of format ``made`` after ``head`` fits: its sample and its
    alphabet's edges (a one-character hex sample ``3`` fits ``O[0-9]{1,19}``; ``f`` does not)."""
    return all(compiled.fullmatch(v) is not None for v in _values(made, size, head))


def _searched(compiled: re.Pattern[str], made: str, size: int, head: str) -> bool:
    """Whether the pattern (searched) finds every fresh value of ``made`` after ``head``: its
    sample and its alphabet's edges (Amplify's ``d[a-z0-9]+`` finds the hex sample's
    ``d4f6...`` but not a fresh ``38ab3015...``, which has no ``d``)."""
    return all(compiled.search(v) is not None for v in _values(made, size, head))


def id_format(service: ir.Service, target: str) -> tuple[str, int, str]:
    """(format, length, prefix) of fresh values for an identifier targeting ``target``."""
    shape = service.shapes.get(target)
    constraints = shape.constraints if shape else ir.NO_CONSTRAINTS
    length = constraints.length
    low = length.min if length and length.min else 1
    high = length.max if length and length.max else 64
    pattern = constraints.pattern
    compiled = re.compile(regex_translate.to_python(pattern)) if pattern else None
    if compiled is None:
        return next(iter(ID_SAMPLES)), max(low, min(len(ID_SAMPLES["alnum"]), high)), ""
    whole = _whole(compiled, low, high)  # the pattern matching all of it, as ids are made
    return whole or _searched_format(compiled, low, high) or ("alnum", max(low, min(25, high)), "")


def _fitting(
    compiled: re.Pattern[str], low: int, high: int, fits: Callable[..., bool]
) -> tuple[str, int, str] | None:
    for made, sample in ID_SAMPLES.items():
        size = max(low, min(len(sample), high))
        if not format_fits_length(made, size):
            continue
        if fits(compiled, made, size, ""):
            return made, size, ""
        if fits(compiled, made, size - 1, "a"):
            return made, size - 1, "a"
    return None


def _searched_format(compiled: re.Pattern[str], low: int, high: int) -> tuple[str, int, str] | None:
    """A format the pattern only finds inside every fresh value (searched, as Smithy's are)."""
    return _fitting(compiled, low, high, _searched)


def _whole(compiled: re.Pattern[str], low: int, high: int) -> tuple[str, int, str] | None:
    """A format whose every fresh value the pattern matches whole: a value as the service
    makes it (DSQL's ``[a-z0-9]{26}`` finds a 32-digit hex value, yet an ARN spelled from it,
    ``.../stream/[a-z0-9]{26}``, matched whole, does not take it), by the allowed length,
    after an ``a``, after the pattern's literal head, or built from the pattern."""
    found = _fitting(compiled, low, high, _takes)
    if found is not None:
        return found
    head = literal_head(compiled.pattern)
    heads = itertools.islice(strings(compiled.pattern), 5) if head else ()
    sizes = {len(b) - len(head) for b in heads if b.startswith(head)}
    # the longest up to 25 (``O`` and 19 digits, not 1: ten values collide), else the shortest
    for size in sorted(sizes, key=lambda n: (n > 25, -n if n <= 25 else n)):
        for made in ID_SAMPLES:
            if size > 0 and format_fits_length(made, size) and _takes(compiled, made, size, head):
                return made, size, head
    for sample in itertools.islice(strings(compiled.pattern), 8):
        if sample.startswith("arn:"):
            continue  # of an ARN-or-identifier shape, the identifier (``engi-`` and 13)
        for cut in range(len(sample)):
            head, size = sample[:cut], len(sample) - cut
            for made in ID_SAMPLES:
                if format_fits_length(made, size) and _takes(compiled, made, size, head):
                    return made, _longest(compiled, made, size, head, high), head
    return None


def _longest(compiled: re.Pattern[str], made: str, size: int, head: str, high: int) -> int:
    """The longest size up to 25 (and the allowed length) that format ``made`` still fits
    after ``head``, at least ``size``: Fraud Detector's ``^([1-9][0-9]*)$`` of at most 5
    builds ``10``, whose one digit after the ``1`` gives ten values (three versions collide
    one time in four); four digits give ten thousand."""
    for longer in range(min(25, high - len(head)), size, -1):
        if format_fits_length(made, longer) and _takes(compiled, made, longer, head):
            return longer
    return size


def excluded_by(value: object, excluded: ir.Excluded | None) -> bool:
    """Whether OpenAPI ``not`` (``excluded``) refuses a plain JSON ``value``: it meets every
    condition given (as ``runtime/core/excluded.py`` checks it; a value no object meets
    ``required``, and a structure's ``shape`` only takes objects)."""
    if excluded is None:
        return False
    kind = _json_type(value)
    types = excluded.types
    if types and kind not in types and not (kind == "integer" and "number" in types):
        return False
    if excluded.values and not any(v == value and _json_type(v) == kind for v in excluded.values):
        return False
    if isinstance(value, dict):
        if excluded.required and not all(k in value for k in excluded.required):
            return False
        for key, inner in excluded.properties:
            if key in value and not excluded_by(value[key], inner):
                return False
    # an object may be valid as the structure (refused, to be safe); anything else is not
    return excluded.shape is None or isinstance(value, dict)


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list | tuple) else "object"


def _candidates(service: ir.Service, member: ir.Member) -> Iterator[str]:
    yield ""
    made, size, prefix = id_format(service, member.target)
    yield id_sample(made, size, prefix)
    low, high = _bounds(member.constraints)
    for made, sample in ID_SAMPLES.items():
        for size in sorted({max(low, min(len(sample), high)), low, max(low, 1)}):
            if size > high:
                continue
            value = id_sample(made, size)
            for variant in (value, value[1:] + value[:1], value[::-1]):
                yield variant
                yield "a" + variant[1:]


def _bounds(constraints: ir.Constraints) -> tuple[int, int]:
    length = constraints.length
    low = int(length.min) if length and length.min else 0
    high = int(length.max) if length and length.max is not None else 64
    return low, max(low, high)


def fitting_string(service: ir.Service, member: ir.Member) -> str:
    """A required string no request sets, that its constraints (``not`` included) allow;
    when no sample does (a pattern the samples cannot meet, such as an ARN's), one built
    from the pattern (``regex_sample``) within the allowed length, else the value in the
    member's identifier format (``id_format``), as the fake makes such values."""
    constraints = member.constraints.merged_over(service.shape(member.target).constraints)
    for value in _candidates(service, member):
        if string_fits(value, constraints):
            return value
    pattern = constraints.pattern
    for built in strings(regex_translate.to_python(pattern)) if pattern else ():
        if string_fits(built, constraints):
            return built
    return id_sample(*id_format(service, member.target))
