"""A list's page token fits its shape (views/fake_tokens.py): botocore's token shapes with a
pattern or a least length (Outposts' ``^(\\d+)##(\\S+)$``, DynamoDB's ``([0-9a-f]{16})+``,
SSM for SAP's ``.{16,2048}``) each get a spelling whose every token fits and gives back its
creation number; a client checking the token (the generated one does) then pages on."""

from __future__ import annotations

import re
from functools import cache
from types import SimpleNamespace
from typing import Any

import botocore.exceptions
import botocore.session
import pytest

from apigen import ir
from apigen.regex_translate import to_python
from apigen.runtime.fake.listing import decode_token, encode_token
from apigen.views.fake_tokens import page_token


@cache
def _token_shapes() -> list[tuple[str, str | None, int | None, int | None]]:
    """(service, pattern, min, max) of every output token shape botocore's models constrain."""
    session = botocore.session.get_session()
    loader = session.get_component("data_loader")
    found: dict[tuple[str | None, int | None, int | None], str] = {}
    for name in session.get_available_services():
        try:
            pages = loader.load_service_model(name, "paginators-1")["pagination"]
        except botocore.exceptions.DataNotFoundError:  # a model without paginators
            continue
        model = loader.load_service_model(name, "service-2")
        for op, page in pages.items():
            output = model["operations"].get(op, {}).get("output")
            tokens = page.get("output_token")
            for token in tokens if isinstance(tokens, list) else [tokens]:
                member = model["shapes"][output["shape"]]["members"].get(token) if output else None
                shape = model["shapes"][member["shape"]] if member else {}
                key = (shape.get("pattern"), shape.get("min"), shape.get("max"))
                if shape and key != (None, None, None):
                    found.setdefault(key, name)
    return [(name, *key) for key, name in sorted(found.items(), key=str)]


def _service(pattern: str | None, low: int | None, high: int | None) -> Any:
    length = ir.Length(min=low, max=high) if low is not None or high is not None else None
    token = ir.Shape(
        id="x#Token",
        name="Token",
        type=ir.ShapeType.STRING,
        constraints=ir.Constraints(length=length, pattern=pattern),
    )
    output = ir.Shape(
        id="x#Out",
        name="Out",
        type=ir.ShapeType.STRUCTURE,
        members=(ir.Member(id="x#Out$NextToken", name="NextToken", target=token.id),),
    )
    shapes = {s.id: s for s in (token, output)}
    return SimpleNamespace(shape=shapes.__getitem__)


def _op() -> Any:
    pages = SimpleNamespace(input_token="NextToken", output_token="NextToken")
    return SimpleNamespace(paginated=pages, output="x#Out")


def test_botocore_has_constrained_tokens() -> None:
    assert len(_token_shapes()) > 20  # the sweep below checks something


@pytest.mark.parametrize("seq", [1, 2, 99, 10**6, 10**9])
def test_every_constrained_token_shape_takes_the_fakes_tokens(seq: int) -> None:
    unfit = []
    for name, pattern, low, high in _token_shapes():
        form = page_token(_service(pattern, low, high), _op())
        token = encode_token(seq, form)
        fits = pattern is None or re.search(to_python(pattern), token) is not None
        fits = fits and (low or 0) <= len(token) <= (high or len(token))
        if not fits or decode_token(token, form) != seq:
            unfit.append((name, pattern, low, high, token))
    assert not unfit


def test_a_shape_taking_the_default_keeps_it() -> None:
    """No spelling is printed where the URL-safe base64 fits (most services)."""
    assert page_token(_service(None, 1, 2048), _op()) is None
    assert page_token(_service("^[\\w-]+$", None, None), _op()) is None  # unpadded
