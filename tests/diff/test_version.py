"""Semantic-version bumps, including the 0.x reading (breaking → minor, else patch)."""

from __future__ import annotations

import pytest

from apigen.diff.changes import Bump
from apigen.diff.sources import SourceError
from apigen.diff.version import bumped, read_version


@pytest.mark.parametrize(
    ("version", "bump", "expected"),
    [
        ("1.2.3", Bump.MAJOR, "2.0.0"),
        ("1.2.3", Bump.MINOR, "1.3.0"),
        ("1.2.3", Bump.PATCH, "1.2.4"),
        ("1.2.3", Bump.NONE, "1.2.3"),
        ("0.4.2", Bump.MAJOR, "0.5.0"),
        ("0.4.2", Bump.MINOR, "0.4.3"),
        ("0.4.2", Bump.PATCH, "0.4.3"),
        ("0.4.2", Bump.NONE, "0.4.2"),
    ],
)
def test_bumped(version: str, bump: Bump, expected: str) -> None:
    assert bumped(version, bump) == expected


def test_a_version_that_is_not_semver_is_refused_by_name() -> None:
    with pytest.raises(SourceError, match=r"cannot bump version '1\.0rc1'"):
        bumped("1.0rc1", Bump.PATCH)


def test_read_version() -> None:
    assert read_version('[project]\nname = "x"\nversion = "2.1.0"\n') == "2.1.0"
    assert read_version("[project]\nname = 'x'\n") is None
    assert read_version("not toml [") is None
