"""Sets of code points for pattern translation (``regex_translate``): algebra and tables.

A character class is read into sorted, merged ``(low, high)`` code-point ranges, so union
(Java's nested classes), intersection (``&&``) and negation are exact, and written back as
one plain Python class. The tables are Java's: ``\\d \\w \\s`` and the POSIX ``\\p{Alpha}``
family are US-ASCII; general categories (``\\p{L}``, ``\\p{Lu}``) come from ``unicodedata``;
``IsAlphabetic`` is taken as letters and letter numbers (``unicodedata`` has no
Other_Alphabetic), ``IsWhitespace`` is Unicode's White_Space, ``LD`` letters and digits.
"""

from __future__ import annotations

import functools
import re
import sys
import unicodedata

MAX = sys.maxunicode
Ranges = tuple[tuple[int, int], ...]
_META = set(".^$*+?{}[]\\|()")


class PatternError(ValueError):
    """A pattern that cannot be translated exactly; the message says why."""


def span(lo: int, hi: int) -> Ranges:
    return ((lo, hi),)


def union(*parts: Ranges) -> Ranges:
    items = sorted(r for part in parts for r in part)
    merged: list[tuple[int, int]] = []
    for lo, hi in items:
        if merged and lo <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return tuple(merged)


def negate(ranges: Ranges) -> Ranges:
    out: list[tuple[int, int]] = []
    start = 0
    for lo, hi in union(ranges):
        if lo > start:
            out.append((start, lo - 1))
        start = hi + 1
    if start <= MAX:
        out.append((start, MAX))
    return tuple(out)


def intersect(a: Ranges, b: Ranges) -> Ranges:
    return negate(union(negate(a), negate(b)))


def chars(text: str) -> Ranges:
    return union(*(span(ord(c), ord(c)) for c in text))


@functools.lru_cache(maxsize=64)
def _category(prefix: str) -> Ranges:
    """Code points whose general category starts with ``prefix`` (``L``, ``Lu``, ...)."""
    out: list[tuple[int, int]] = []
    for cp in range(MAX + 1):
        if unicodedata.category(chr(cp)).startswith(prefix):
            if out and out[-1][1] == cp - 1:
                out[-1] = (out[-1][0], cp)
            else:
                out.append((cp, cp))
    return tuple(out)


_DIGIT = span(0x30, 0x39)
_UPPER = span(0x41, 0x5A)
_LOWER = span(0x61, 0x7A)
_ALPHA = union(_UPPER, _LOWER)
_ALNUM = union(_ALPHA, _DIGIT)
_PUNCT = chars("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_SPACE = chars(" \t\n\x0b\f\r")
_WORD = union(_ALNUM, chars("_"))
_HSPACE = union(chars(" \t\xa0\u1680\u180e\u202f\u205f\u3000"), span(0x2000, 0x200A))
_VSPACE = chars("\n\x0b\f\r\x85\u2028\u2029")
_WHITE_SPACE = union(
    span(0x09, 0x0D),
    chars(" \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000"),
    span(0x2000, 0x200A),
)
_POSIX: dict[str, Ranges] = {
    "Lower": _LOWER,
    "Upper": _UPPER,
    "ASCII": span(0, 0x7F),
    "Alpha": _ALPHA,
    "Digit": _DIGIT,
    "Alnum": _ALNUM,
    "Punct": _PUNCT,
    "Graph": union(_ALNUM, _PUNCT),
    "Print": union(_ALNUM, _PUNCT, chars(" ")),
    "Blank": chars(" \t"),
    "Cntrl": union(span(0, 0x1F), chars("\x7f")),
    "XDigit": union(_DIGIT, span(0x41, 0x46), span(0x61, 0x66)),
    "Space": _SPACE,
    "all": span(0, MAX),
}
ESCAPE_CLASSES: dict[str, Ranges] = {
    "d": _DIGIT,
    "w": _WORD,
    "s": _SPACE,
    "h": _HSPACE,
    "v": _VSPACE,
}
CONTROL = {"t": 0x09, "n": 0x0A, "r": 0x0D, "f": 0x0C, "a": 0x07, "e": 0x1B}


def prop(name: str) -> Ranges:
    """Java's ``\\p{name}``."""
    if name in _POSIX:
        return _POSIX[name]
    bare = name[2:] if name.startswith("Is") and len(name) > 2 else name
    bare = bare.removeprefix("gc=").removeprefix("general_category=")
    if bare in ("Alphabetic", "Letter"):
        return union(_category("L"), _category("Nl")) if bare == "Alphabetic" else _category("L")
    if bare == "White_Space" or bare == "Whitespace":
        return _WHITE_SPACE
    if bare == "LD":
        return union(_category("L"), _category("Nd"))
    if bare == "Digit":
        return _category("Nd")
    if re.fullmatch(r"[LMNPSZC][a-z]?", bare):
        if bare == "C":  # Java's C includes unassigned code points (Cn), as unicodedata does
            return _category("C")
        return _category(bare)
    raise PatternError(f"\\p{{{name}}} has no Python translation")


def char(cp: int) -> str:
    """One code point as a pattern literal: printable ASCII as itself (metacharacters escaped)."""
    c = chr(cp)
    if 0x20 < cp < 0x7F:
        return "\\" + c if c in _META or c in "-&~#" else c
    if cp == 0x20:
        return " "
    if cp <= 0xFF:
        return f"\\x{cp:02x}"
    if cp <= 0xFFFF:
        return f"\\u{cp:04x}"
    return f"\\U{cp:08x}"


def class_text(ranges: Ranges) -> str:
    """A Python character class for ``ranges`` (never empty: an empty set never matches)."""
    if not ranges:
        return "(?!)"
    if ranges == ((0, MAX),):
        return "[\\s\\S]"
    full = negate(ranges)
    negated = len(full) < len(ranges)
    body = full if negated else ranges
    parts = []
    for lo, hi in body:
        if lo == hi:
            parts.append(char(lo))
        elif hi == lo + 1:
            parts.append(char(lo) + char(hi))
        else:
            parts.append(f"{char(lo)}-{char(hi)}")
    inner = "".join(parts)
    return f"[^{inner}]" if negated else f"[{inner}]"
