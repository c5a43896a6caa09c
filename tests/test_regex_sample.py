"""``regex_sample.strings``: every pattern of the pinned botocore's models that the regex
translator accepts gets a string the translated pattern matches (``re.search``, as the
validators do), so ``samples.Samples`` can fill any member of an imported service.

Left out: patterns with zero-width assertions besides a leading ``^`` and a trailing ``$``
(lookarounds, ``\\b``, an anchor in the middle): the builder adds nothing for them, and some
such patterns match nothing at all (``placement-group/^.{1,255}$``)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import botocore.loaders

from apigen.regex_sample import literal_head, strings
from apigen.regex_translate import PatternError, to_python


@functools.cache
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


def _translated() -> Iterator[tuple[str, str]]:
    """(botocore pattern, its Python translation) of each plain pattern that translates."""
    for pattern in _patterns():
        if not _plain(pattern):
            continue
        try:
            yield pattern, to_python(pattern)
        except PatternError:
            continue


def test_every_translated_botocore_pattern_gets_a_matching_string() -> None:
    missing = []
    checked = 0
    for pattern, python in _translated():
        checked += 1
        if next(strings(python), None) is None:
            missing.append(pattern)
    assert checked > 1000, checked
    assert not missing, missing[:20]


def test_every_match_starts_with_the_literal_head() -> None:
    """``literal_head``: what every match of a botocore pattern starts with (the fake's
    identifiers keep it: Lambda's ``csc-``), checked on the strings built for it."""
    headed = 0
    for pattern, python in _translated():
        head = literal_head(python)
        headed += bool(head)
        for text in strings(python, fills=(0, 4)):
            found = re.search(python, text)
            assert found is not None and found.group().startswith(head), (pattern, head, text)
    assert headed > 100, headed


def test_a_group_of_literals_is_part_of_the_head() -> None:
    """A pattern opening with a group of only literals (SSM's ``^(oi)-[0-9a-f]{12}$``): the
    group's text heads every match, and ``literal_head`` keeps it."""
    opening = re.compile(r"\^?\(([A-Za-z0-9]+)\)(?![?*+{])")  # not an optional group
    grouped = [(p, py) for p, py in _translated() if opening.match(p)]
    assert grouped
    for pattern, python in grouped:
        word = opening.match(pattern)
        assert word is not None and literal_head(python).startswith(word.group(1)), pattern
