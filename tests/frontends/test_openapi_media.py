"""The media type a body speaks: the rule of docs/openapi-shapes.md, "Media types"."""

from __future__ import annotations

import pytest

from apigen.frontends.openapi_media import Carried, carried, choose, kept_media_type


@pytest.mark.parametrize(
    ("listed", "expected"),
    [
        (["application/xml", "application/json"], ("application/json", Carried.JSON)),
        (
            ["text/plain", "application/merge-patch+json"],
            ("application/merge-patch+json", Carried.JSON),
        ),
        (
            ["multipart/form-data", "application/x-www-form-urlencoded"],
            ("application/x-www-form-urlencoded", Carried.FORM),
        ),
        (["text/html", "image/png"], ("text/html", Carried.TEXT)),
        (["image/*"], ("image/*", Carried.BINARY)),
        (["*/*"], ("*/*", Carried.BINARY)),
        (["application/pdf", "text/csv"], ("application/pdf", Carried.BINARY)),
        (["multipart/form-data", "image/png"], ("image/png", Carried.BINARY)),
        (["multipart/form-data"], ("multipart/form-data", Carried.MULTIPART)),
        (["multipart/mixed"], None),
    ],
)
def test_the_first_json_type_wins_else_the_first_carried_one(
    listed: list[str], expected: tuple[str, Carried] | None
) -> None:
    assert choose(listed) == expected


def test_parameters_and_case_do_not_change_what_a_type_is() -> None:
    assert carried("Application/JSON; charset=utf-8") is Carried.JSON
    assert carried("application/vnd.api+json") is Carried.JSON
    assert carried("TEXT/HTML") is Carried.TEXT


def test_only_types_other_than_the_kinds_default_are_kept() -> None:
    assert kept_media_type("application/json; charset=utf-8", Carried.JSON) is None
    assert kept_media_type("application/octet-stream", Carried.BINARY) is None
    assert kept_media_type("text/plain", Carried.TEXT) is None
    assert kept_media_type("image/*", Carried.BINARY) is None
    assert kept_media_type("text/html; charset=utf-8", Carried.TEXT) == "text/html"
    assert kept_media_type("application/problem+json", Carried.JSON) == "application/problem+json"
