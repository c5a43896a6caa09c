"""JMESPath expressions in specs (waiter paths, paginator result keys): syntax and roots.

Waiter and paginator paths are full JMESPath (``length(Reservations[].Instances[]) >
`0```, ``Contents[-1].Key || NextMarker``), evaluated by the ``jmespath`` library at run
time as boto3 does. A spec check needs two things from one: whether it parses, and the
*root fields* it reads from the document it is evaluated on (``Reservations`` above), so
that each can be checked to be a member of the output.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import jmespath
from jmespath.exceptions import JMESPathError

# Expressions whose first child is evaluated on the current node; the others children are
# evaluated on what that first child produced.
_LEFT = {
    "subexpression",
    "index_expression",
    "projection",
    "value_projection",
    "filter_projection",
    "flatten",
    "pipe",
}
# Expressions whose children are all evaluated on the current node.
_ALL = {
    "function_expression",
    "comparator",
    "or_expression",
    "and_expression",
    "not_expression",
    "multi_select_list",
    "multi_select_dict",
    "key_val_pair",
}
DOTTED = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")


@lru_cache(maxsize=4096)
def syntax_error(expression: str) -> str | None:
    """Why ``expression`` is not JMESPath (None when it is)."""
    try:
        jmespath.compile(expression)
    except JMESPathError as exc:
        return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return None


def root_fields(expression: str) -> list[str]:
    """The fields ``expression`` reads from the top of the document, in order, once each."""
    parsed = jmespath.compile(expression).parsed
    return list(dict.fromkeys(_roots(parsed)))


def _roots(node: Any) -> list[str]:
    if not isinstance(node, dict):
        return []
    kind, children = node.get("type"), node.get("children") or []
    if kind == "field":
        return [str(node.get("value"))]
    if kind in _LEFT and children:
        return _roots(children[0])
    if kind in _ALL:
        return [name for child in children for name in _roots(child)]
    return []
