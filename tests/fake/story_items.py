"""Which resource a listed item is: ``item_id`` (the own identifier, else the ARN), else,
an item holding neither (Observability Admin's ``ThirdPartyTelemetryEnrichmentSummary``:
``Name``, ``TelemetrySource``, ``Status``; its identifier takes a name or an ARN), the
name the story gave the resource (``name_of``), unique per resource as ``Story.name`` makes
it."""

from __future__ import annotations

import re
from typing import Any

from apigen import naming


def item_id(story: Any, item: dict[str, Any]) -> Any:
    """The own identifier in a listed item: the member carrying it, in the item's shape
    or the resource's, else the item's member ending as it does and naming the resource
    (``CatalogName`` for a DataCatalog's ``Name``), else, of an ``...Identifier`` no ARN
    fits, the item's ``id``, else the name by its last words
    (``IdentityName`` for an ``EmailIdentity``), else the ARN (its own before another's),
    else the resource's name (``name_of``)."""
    own = story.facts.own
    if isinstance(item, str):  # the list's items are identifiers (a list of strings)
        return item
    found = story.facts.carrier(own, story.item_shape(), short=True)
    found = found or story.facts.carrier(own, story.facts.shape, short=True)
    found = found or story.facts.named_by_kind(story.item_shape())  # ECS's ``name``
    found = found or story.facts.spelled(story.item_shape())  # a bare one's ``id``
    stem = re.sub("(?i)identifier$", "", own)
    if found is None and stem != own:  # ``TaskIdentifier``: ``TaskId``; a bare one: ``Id``
        found = story.facts.carrier(f"{stem}Id", story.item_shape())
    target = dict(story.facts.resource.identifiers).get(own, "")
    if found is None and (own.endswith("Identifier") or target.endswith("Identifier")):
        arn = next((v for k, v in item.items() if k.endswith("arn")), None)
        if not story.facts.takes_arn(target, arn):  # an ``...Identifier`` no ARN fits: ``id``
            found = story.facts.carrier("id", story.item_shape())  # (Clean Rooms' change requests)
    for shape in (story.item_shape(), story.facts.shape) if found is None else ():
        nested = story.facts.at(item, own, shape)  # Chime's ``Member.Arn`` (a summary's)
        if nested is not None:
            return nested
    if found is None or found not in item:
        last = re.findall(r"[A-Z][a-z]*|^[a-z]+", own)[-1].lower()
        kind = naming.snake(story.facts.resource.name)
        found = next(
            (k for k in item if k.endswith(f"_{last}") and kind.endswith(k[: -len(last) - 1])),
            None,
        ) or (last if last in item and naming.snake(own) == kind else None)  # its last word
    if found is None:  # its last words' name (Pinpoint Email's ``IdentityName``)
        words = naming.snake(own).split("_")
        tails = {"_".join([*words[i:], "name"]) for i in range(1, len(words))}
        found = next((k for k in item if k in tails), None)
    if found is None:  # the ARN is the identifier: its own (``arn``, ``<kind>_arn``) before
        arns = [k for k in item if k.endswith("arn")]  # another's (Clean Rooms' membership's)
        kind = naming.snake(story.facts.resource.name)
        found = next((k for k in arns if k in ("arn", f"{kind}_arn")), arns[0] if arns else None)
    if found is None:  # neither: the name (Observability Admin's enrichment summaries)
        return name_of(story, item)
    return item.get(found) if found else None


def name_of(story: Any, record: dict[str, Any]) -> Any:
    """The value of the record's string member naming the resource (``Story.names``), else
    None."""
    names = story.names(tails=True)
    found = next(
        (k for k, v in record.items() if k.replace("_", "") in names and isinstance(v, str)), None
    )
    return record[found] if found else None
