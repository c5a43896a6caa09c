"""Records in and out: inputs become a resource's members, records become outputs.

- ``from_input``: the input's members that are the resource's (by attribute name), and the
  members of the structures named to unwrap (``ConnectionInput`` of a glue create), laid
  over what the record had (nested structures merged member by member); those the record
  holds in its inner structure only go there (Audit Manager's ``metadata.name``); a list
  the record holds as structures takes each value into the member named to ``wrap`` it
  (CodeDeploy's group names, each ``{"name": ...}``); a structure or a list's structures
  the record holds of another shape take the values ``fill`` gives the members the input's
  lacks (MediaPackage's manifests their ``Url``, Q Apps' wrapped categories their ``title``).
- ``fit``: an output model built from a payload by name. Output shapes are cousins of the
  input shapes, not the same ones (``Capacity`` in, ``CapacityDescription`` out), so a value
  the output cannot take is left out (pydantic names where; the fake retries without it)
  rather than failing the request. A required member so left out takes the operation's
  skeleton value when it has one (Bedrock's create answers ``version`` as ``DRAFT`` only,
  where the record holds the read's wider version).
- ``with_lacked``: the record member of an output takes the skeleton's values for what its
  shape requires and the record lacks (a secret only the create answers).
"""

from __future__ import annotations

import copy
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from pydantic import AliasChoices, BaseModel, ValidationError

from ..core.narrow import is_dict, is_list, is_mapping
from .plan import FakeOperation, FakeResource

ModelT = TypeVar("ModelT", bound=BaseModel)
_ATTEMPTS = 32


def get_path(data: Mapping[str, Any], path: str) -> Any:
    """The value at ``path`` (``a.b``); of alternatives (``a.name|b.name``: an identifier in
    whichever variant structure was sent), the first there."""
    if "|" in path:
        found = (get_path(data, p) for p in path.split("|"))
        return next((v for v in found if v is not None), None)
    node: Any = data
    for part in path.split("."):
        if not is_mapping(node):
            return None
        node = node.get(part)
    return node


def set_path(data: dict[str, Any], path: str, value: Any) -> None:
    """``value`` at ``path``; of alternatives, at each whose structure is there (else the
    first's): a variant not sent is not made."""
    if "|" in path:
        paths = path.split("|")
        there = [p for p in paths if "." not in p or is_dict(get_path(data, p.rsplit(".", 1)[0]))]
        for one in there or paths[:1]:
            set_path(data, one, value)
        return
    parts = path.split(".")
    node = data
    for part in parts[:-1]:
        child = node.get(part)
        if not is_dict(child):
            child = node[part] = {}
        node = child
    node[parts[-1]] = value


def merge(base: dict[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """``over`` laid on ``base``: nested mappings merged, anything else replaced."""
    out = dict(base)
    for key, value in over.items():
        if is_mapping(value) and is_dict(out.get(key)):
            out[key] = merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def from_input(
    data: Mapping[str, Any],
    resource: FakeResource,
    plan: FakeOperation,
    now: datetime.datetime,
) -> dict[str, Any]:
    unwrap = plan.unwrap
    wrapped = {k: [{into: v} for v in data[k]] for k, into in plan.wrap if is_list(data.get(k))}
    data = {**data, **wrapped}
    for path, values in plan.fill:
        head, _, rest = path.partition(".")
        if head in data:
            data = {**data, head: _filled(data[head], rest, stamped(values, now))}
    wanted = set(resource.fields)
    nested = set(resource.inner_fields) - wanted  # what only the inner structure holds
    out = {k: v for k, v in data.items() if k in wanted and k not in unwrap}
    loose = {k: v for k, v in data.items() if k in nested and k not in unwrap}
    for name in unwrap:
        inner = data.get(name)
        if is_mapping(inner):
            out.update({k: v for k, v in inner.items() if k in wanted})
            loose.update({k: v for k, v in inner.items() if k in nested})
    if resource.inner and loose:
        out[resource.inner] = merge(loose, out.get(resource.inner) or {})
    return out


def _filled(given: Any, path: str, values: dict[str, Any]) -> Any:
    """``given`` with the structure at ``path`` in it (a list: in each item) over ``values``."""
    if is_list(given):
        return [_filled(item, path, values) for item in given]
    if not is_mapping(given):
        return given
    if not path:
        return merge(values, given)
    head, _, rest = path.partition(".")
    if head not in given:
        return dict(given)
    return {**given, head: _filled(given[head], rest, values)}


def _drop(payload: Any, loc: tuple[Any, ...]) -> bool:
    """Remove the value at ``loc`` (pydantic's error location); False when not found."""
    node: Any = payload
    for step in loc[:-1]:
        if is_dict(node) and step in node:
            node = node[step]
        elif is_list(node) and isinstance(step, int) and step < len(node):
            node = node[step]
        else:
            return False
    last = loc[-1] if loc else None
    if is_dict(node) and last in node:
        del node[last]
        return True
    if is_list(node) and isinstance(last, int) and last < len(node):
        del node[last]
        return True
    return False


def _member_names(model: type[BaseModel]) -> dict[str, str]:
    """Each name a member of ``model`` is validated by (its wire name, its alias, its
    choices: generated shapes take ``validation_alias=AliasChoices(wire, name)``), to the
    member's own name: what an error's location says, to what a payload is keyed by."""
    names: dict[str, str] = {}
    for name, field in model.model_fields.items():
        aliases = [field.alias, field.serialization_alias]
        chosen = field.validation_alias
        if isinstance(chosen, AliasChoices):
            aliases.extend(c for c in chosen.choices if isinstance(c, str))
        elif isinstance(chosen, str):
            aliases.append(chosen)
        names.update({alias: name for alias in aliases if alias})
        names[name] = name
    return names


def fit(
    model: type[ModelT], payload: dict[str, Any], fallback: Mapping[str, Any] | None = None
) -> ModelT:
    """``model`` validated from ``payload``, leaving out what it cannot take; a required
    member missing then takes its ``fallback`` value (top-level, each used once)."""
    try:  # the common case: it all fits (validation does not change ``payload``)
        return model.model_validate(payload)
    except ValidationError:
        pass
    data = copy.deepcopy(payload)
    spare = dict(fallback or {})
    names = _member_names(model)  # loc: the wire name
    for _ in range(_ATTEMPTS):
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            dropped = False
            for error in exc.errors():
                loc = tuple(error.get("loc", ()))
                name = names.get(str(loc[0]), str(loc[0])) if len(loc) == 1 else None
                if error.get("type") == "missing" and name in spare:
                    data[name] = copy.deepcopy(spare.pop(name))
                    dropped = True
                    continue
                # a member of a union or a tagged value: drop the member holding it
                while loc and not _drop(data, loc):
                    loc = loc[:-1]
                dropped = dropped or bool(loc)
            if not dropped:
                raise
    return model.model_validate({})


def with_lacked(
    payload: dict[str, Any], fallback: Mapping[str, Any] | None, record: str | None
) -> dict[str, Any]:
    """``payload`` whose record member (at ``record``) takes the ``fallback`` values of the
    members it lacks (nested ones merged; the record's own win): an output's record shape
    may ask more than the record holds (IAM's ``AccessKey`` its ``SecretAccessKey``)."""
    if not fallback or not record:
        return payload
    lacked, held = fallback.get(record), payload.get(record)
    if not is_dict(lacked) or not is_dict(held):
        return payload
    return {**payload, record: merge(lacked, held)}


def stamped(skeleton: dict[str, Any], now: datetime.datetime) -> dict[str, Any]:
    """``skeleton`` with every ``"$now"`` (at any depth) replaced by ``now``."""
    return {key: _stamped(value, now) for key, value in skeleton.items()}


def _stamped(value: Any, now: datetime.datetime) -> Any:
    if value == "$now":
        return now
    if is_dict(value):
        return stamped(value, now)
    if is_list(value):  # a tuple's positions, a list's fewest items
        return [_stamped(item, now) for item in value]
    return value
