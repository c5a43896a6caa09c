"""Python literals as black writes them: ``repr`` with black's string quotes.

black formats every generated module and runs a second pass when its first changed
anything (``views.layout``), so literals come out in its quotes: double unless that needs
more escapes.
"""

from __future__ import annotations


def string(text: str) -> str:
    """A ``str`` literal with black's quotes: ``repr``'s escapes, double quotes unless the
    text holds more double than single quotes (black keeps the fewer escapes)."""
    quoted = repr(text)
    if quoted.startswith('"') or ('"' in text and text.count('"') > text.count("'")):
        return quoted  # repr chose double quotes, or single quotes need fewer escapes
    if '"' not in text:
        return f'"{quoted[1:-1]}"'
    body = quoted[1:-1].replace("\\'", "'").replace('"', '\\"')
    return f'"{body}"'


def raw_string(text: str) -> str:
    """A raw ``str`` literal of ``text`` (the caller knows it is exact raw) in black's quotes."""
    return f'r"{text}"' if '"' not in text else f"r'{text}'"


def literal(value: object) -> str:
    """``repr(value)`` for literals (str, numbers, None, bools, tuples, lists, dicts,
    frozensets of those) with every string in black's quotes."""
    if isinstance(value, str):
        return string(value)
    if isinstance(value, tuple):
        inner = ", ".join(literal(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(k)}: {literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, frozenset) and value:
        return "frozenset({" + ", ".join(literal(v) for v in value) + "})"
    return repr(value)
