"""``regex_sample.strings``: every pattern of the pinned botocore's models that the regex
translator accepts gets a string the translated pattern matches (``re.search``, as the
validators do), so ``samples.Samples`` can fill any member of an imported service.

Left out: patterns with zero-width assertions besides a leading ``^`` and a trailing ``$``
(lookarounds, ``\\b``, an anchor in the middle): the builder adds nothing for them, and some
such patterns match nothing at all (``placement-group/^.{1,255}$``)."""

from __future__ import annotations

import botocore.loaders

from apigen.regex_sample import strings
from apigen.regex_translate import PatternError, to_python


def _patterns() -> list[str]:
    loader = botocore.loaders.Loader()
    found: set[str] = set()
    for name in loader.list_available_services("service-2"):
        shapes = loader.load_service_model(name, "service-2")["shapes"]
        found |= {s["pattern"] for s in shapes.values() if isinstance(s.get("pattern"), str)}
    return sorted(found)


_ZERO_WIDTH = ("(?=", "(?!", "(?<", "\\b", "^", "$")


def _plain(pattern: str) -> bool:
    inner = pattern.removeprefix("^").removesuffix("$")
    return not any(mark in inner for mark in _ZERO_WIDTH)


def test_every_translated_botocore_pattern_gets_a_matching_string() -> None:
    missing = []
    checked = 0
    for pattern in _patterns():
        if not _plain(pattern):
            continue
        try:
            python = to_python(pattern)
        except PatternError:
            continue
        checked += 1
        if next(strings(python), None) is None:
            missing.append(pattern)
    assert checked > 1000, checked
    assert not missing, missing[:20]
