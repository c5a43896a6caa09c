"""Lex Model Building's bots, as ``apigen import`` imports the pinned botocore model: a
``Bot`` is identified by its ``name`` and a ``versionOrAlias`` (the read's path), which the
record carries as its ``version`` (the identifier names either of two: the first); its list
(``GetBotVersions``) requires the ``name``, so it lists one bot's versions only. The fake
keeps the version in ``version`` (``CreateBotVersion`` answered none), and the story counts
the versions of the name it lists (it wanted every bot's)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from imported_models import fake_client
from imported_sample import imported_spec
from story import Story
from test_stories import GeneratedCaller

from apigen import naming
from apigen.views.fake_plan import fake_plan
from apigen.views.fake_records import resource_shape


def test_an_identifier_naming_either_of_two_is_the_first(
    tmp_path: Path, scratch_service: Any
) -> None:
    text, service = imported_spec("lex-models", tmp_path)
    bot = next(r for r in service.resources if r.name == "Bot")
    own = bot.identifiers[-1][0]
    first, _ = re.split(r"(?<=[a-z])Or(?=[A-Z])", own)
    shape = resource_shape(service, bot)
    assert shape is not None and not shape.get_member(own)
    assert shape.get_member(first) is not None  # the record carries the first
    assert fake_plan(service).resources["Bot"].identifiers[-1].field == naming.snake(first)
    listed = next(o for o in service.operations if o.name == bot.list)
    required = [m.name for m in service.shape(listed.input or "").members if m.required]
    assert required == [bot.identifiers[0][0]]  # one bot's versions
    with fake_client(scratch_service, text, "lex-models") as (client, error):
        Story(service, bot, GeneratedCaller(service, client, error)).run({})
