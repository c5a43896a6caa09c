"""A deterministic YAML writer for imported specs: reviewable, one line per fact.

``yaml.safe_dump`` wraps long strings, reorders nothing but styles everything one way and
makes diffs of a re-import noisy. This writer is small and fixed:

- mappings keep the order they were built in (importers sort where the source is unordered);
- a mapping or list whose values are all scalars is written on one line in flow style
  (``{target: String, required: true}``) when it fits in ``FLOW_WIDTH`` characters;
- strings are plain when that is unambiguous (``^[A-Za-z_][A-Za-z0-9_./-]*$`` and not a
  YAML 1.1 boolean or null word), a literal block (``|-``) when they span lines, and a
  JSON-style double-quoted scalar otherwise (valid YAML; non-printable characters escaped);
- the entries of ``operations``, ``shapes`` and ``resources`` are set apart by blank lines;
- the text always loads back (``yaml.safe_load``) to exactly the data given.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

FLOW_WIDTH = 100
SECTIONS = frozenset({"operations", "shapes", "resources"})
_PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_./-]*$")
_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")
# YAML 1.1 resolves these (any case) to booleans or null: they must be quoted.
_RESERVED = frozenset(["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", "=", "<<"])


def dump(data: Mapping[str, Any], header: Sequence[str] = ()) -> str:
    """``data`` as YAML text; ``header`` lines become ``# `` comments at the top."""
    lines = [f"# {line}".rstrip() for line in header]
    for i, (key, value) in enumerate(data.items()):
        if i and not _is_scalar(value):
            lines.append("")
        if key in SECTIONS and isinstance(value, Mapping) and value:
            # One blank line between operations (shapes, resources): a reviewer's unit.
            lines.append(f"{_key(key)}:")
            for j, (name, item) in enumerate(value.items()):
                entry = _entry(name, item, 2)
                if j and len(entry) > 1:
                    lines.append("")
                lines.extend(entry)
            continue
        lines.extend(_entry(key, value, 0))
    return "\n".join(lines) + "\n"


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool)


def _printable(text: str) -> bool:
    return all(
        ch in "\n" or (unicodedata.category(ch)[0] != "C" and ch not in "\u2028\u2029\x85")
        for ch in text
    )


def _quoted(text: str) -> str:
    out = json.dumps(text, ensure_ascii=False)
    if _printable(out):
        return out
    return "".join(
        ch if unicodedata.category(ch)[0] != "C" and ch not in "\u2028\u2029\x85" else _escape(ch)
        for ch in out
    )


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def scalar(value: Any) -> str:
    """One scalar on one line (strings quoted unless plain is unambiguous)."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _float(value)
    text = str(value)
    if _PLAIN.fullmatch(text) and text.lower() not in _RESERVED and not _looks_numeric(text):
        return text
    return _quoted(text)


def _float(value: float) -> str:
    """A float PyYAML reads back as one: YAML 1.1 wants a dot before any exponent."""
    if value != value:
        return ".nan"
    if value in (float("inf"), -float("inf")):
        return ".inf" if value > 0 else "-.inf"
    text = repr(value)
    mantissa, e, exponent = text.partition("e")
    if "." not in mantissa:
        mantissa += ".0"
    if e and exponent[0] not in "+-":
        exponent = "+" + exponent
    return mantissa + (f"e{exponent}" if e else "")


def _looks_numeric(text: str) -> bool:
    return bool(re.match(r"^[-+]?(\.?[0-9]|0[xob])", text)) or text.startswith(".")


def _key(key: str) -> str:
    if _PLAIN_KEY.fullmatch(key) and key.lower() not in _RESERVED and not _looks_numeric(key):
        return key
    return _quoted(key)


def _flow(value: Any) -> str | None:
    """The one-line flow form of a mapping or list of scalars, or None."""
    if isinstance(value, Mapping):
        if not all(_is_scalar(v) and not _multiline(v) for v in value.values()):
            return None
        return "{" + ", ".join(f"{_key(k)}: {scalar(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        if not all(_is_scalar(v) and not _multiline(v) for v in value):
            return None
        return "[" + ", ".join(scalar(v) for v in value) + "]"
    return None


def _multiline(value: Any) -> bool:
    return isinstance(value, str) and "\n" in value


def _literal_ok(text: str) -> bool:
    lines = text.split("\n")
    return (
        _printable(text)
        and not text.startswith((" ", "\n"))
        and not text.endswith("\n")
        and "\t" not in text
        and all(line == line.rstrip() for line in lines)
    )


def _entry(key: str, value: Any, indent: int) -> list[str]:
    pad = " " * indent
    head = f"{pad}{_key(key)}:"
    return _value(head, value, indent)


def _value(head: str, value: Any, indent: int) -> list[str]:
    """Lines for ``value`` after ``head`` (``key:`` or ``-``) at ``indent``."""
    if _multiline(value) and _literal_ok(value):
        inner = " " * (indent + 2)
        return [f"{head} |-", *(f"{inner}{line}" if line else "" for line in value.split("\n"))]
    if _is_scalar(value):
        return [f"{head} {scalar(value)}"]
    if not value:
        return [f"{head} {'{}' if isinstance(value, Mapping) else '[]'}"]
    flow = _flow(value)
    if flow is not None and len(head) + 1 + len(flow) <= FLOW_WIDTH:
        return [f"{head} {flow}"]
    lines = [head]
    if isinstance(value, Mapping):
        for k, v in value.items():
            lines.extend(_entry(k, v, indent + 2))
        return lines
    for item in value:
        lines.extend(_item(item, indent + 2))
    return lines


def _item(item: Any, indent: int) -> list[str]:
    pad = " " * indent
    if isinstance(item, Mapping) and item and _flow(item) is None:
        lines: list[str] = []
        for i, (k, v) in enumerate(item.items()):
            entry = _entry(k, v, indent + 2)
            if i == 0:
                entry[0] = f"{pad}- {entry[0].lstrip()}"
            lines.extend(entry)
        return lines
    return _value(f"{pad}-", item, indent)
