"""Patterns from API models (Java / ECMA-262 regex dialect) translated into Python ``re``.

Specs keep a service's ``pattern`` verbatim, as AWS's model and document write it; this module
turns it into a Python pattern that accepts exactly the strings the service accepts. The
reference is ``java.util.regex`` (AWS validates with it, and Smithy's ECMA-262 patterns are
written for it): tests/patterns checks every pattern of every spec and every botocore model
against Java on a set of probes.

What differs, and how it is translated:

- ``\\uD800\\uDC00``: Java (like ECMA-262 with ``u``) joins an escaped surrogate pair into one
  code point, so ``[\\uD800\\uDC00-\\uDBFF\\uDFFF]`` is U+10000-U+10FFFF; a lone surrogate
  stays a lone surrogate. ``\\x{...}`` and ``\\u{...}`` name a code point.
- Character classes are read into sets of code-point ranges and written back as ranges, so
  Java's nested classes (``[a[bc]]``), intersections (``&&``), ``\\p{...}``/``\\P{...}`` (general
  categories from ``unicodedata``, Java's POSIX names, ``IsAlphabetic`` as letters and letter
  numbers, ``IsWhitespace``, ``LD``, ``all``) and negated escapes inside a class all become
  plain Python ranges; no construct Python warns about (``[[``, ``&&``, ``--``) survives.
- ``\\d \\w \\s`` (and negations, ``\\h \\v``) are ASCII sets in Java: written as explicit ranges
  (Python's are Unicode). ``.`` excludes Java's line terminators (``\\n \\r \\x85 \\u2028
  \\u2029``); ``$`` and ``\\Z`` match at the end or before a final line terminator, ``\\z`` only
  at the end; ``(?s)`` makes ``.`` match everything.
- An inline flag group inside a pattern (``(?i)`` after other text) applies to the rest of its
  group, as in Java: written as a scoped ``(?i:...)``. ``(?<name>`` becomes ``(?P<name>``,
  ``\\k<name>`` ``(?P=name)``, ``\\Q...\\E`` an escaped literal.
- Possessive quantifiers and atomic groups are kept (Python 3.11 has them); a ``{n,m}``
  after a quantifier (``a{11}{0,1011}``) repeats nothing in Java and is dropped.

Anything else Java would read differently (``(?m)``, ``(?x)``, ``\\G`` inside a pattern,
an unknown escape or property) raises ``PatternError`` rather than guessing.
"""

from __future__ import annotations

import functools
import re

from apigen.regex_charsets import (
    CONTROL,
    ESCAPE_CLASSES,
    MAX,
    PatternError,
    Ranges,
    char,
    chars,
    class_text,
    intersect,
    negate,
    prop,
    span,
    union,
)

__all__ = ["PatternError", "to_python"]

_TERMINATORS = "\\n\\r\\x85\\u2028\\u2029"
_DOT = f"[^{_TERMINATORS}]"
_END = f"(?=[{_TERMINATORS}]?\\Z|\\r\\n\\Z)"


def to_python(pattern: str) -> str:
    """The Python ``re`` pattern that behaves as ``pattern`` does in Java (``search`` semantics).

    Raises ``PatternError`` for a pattern that is invalid or has a construct with no exact
    Python equivalent.
    """
    return _cached(pattern)


@functools.lru_cache(maxsize=4096)
def _cached(pattern: str) -> str:
    text = _Translator(pattern).run()
    try:
        re.compile(text)
    except re.error as exc:
        raise PatternError(f"not a valid pattern: {exc}") from exc
    return text


class _Translator:
    """One pass over the pattern; ``pos`` indexes code points of ``text``."""

    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.pos = 0
        self.dotall = False
        self.scoped = ""  # inline flags in force for the atoms still to come (see sequence)

    def peek(self, ahead: int = 0) -> str:
        i = self.pos + ahead
        return self.text[i] if i < len(self.text) else ""

    def take(self) -> str:
        if self.pos >= len(self.text):
            raise PatternError("the pattern ends too early")
        c = self.text[self.pos]
        self.pos += 1
        return c

    def run(self) -> str:
        out = self.sequence(top=True)
        if self.pos < len(self.text):
            raise PatternError(f"unbalanced ')' at {self.pos}")
        return out

    def sequence(self, *, top: bool = False) -> str:
        """Alternatives up to the closing ``)`` of the current group (not consumed).

        Inline flags after the start (``a(?i)b``) apply to every later atom of the group, so
        each such atom is written scoped (``a(?i:b)``): the alternation stays as it was.
        """
        out: list[str] = []
        dotall, scoped = self.dotall, self.scoped
        while self.pos < len(self.text) and self.peek() != ")":
            if self.peek() == "|":
                self.pos += 1
                out.append("|")
                continue
            flags = self.inline_flags()
            if flags is not None:
                if top and not out and not self.scoped:
                    out.append(f"(?{flags})" if flags else "")
                else:
                    self.scoped = flags
                continue
            atom, zero_width = self.atom()
            quantifier = self.quantifier()
            if quantifier and zero_width:
                atom = f"(?:{atom})"
            if quantifier:
                self.ignored_repeats()
            if self.scoped:
                atom = f"(?{self.scoped}:{atom})"
            out.append(atom + quantifier)
        self.dotall, self.scoped = dotall, scoped
        return "".join(out)

    def inline_flags(self) -> str | None:
        """``(?is)`` (no colon): the flags Python is to keep (``s`` and ``u`` are handled
        here); None when the text is not an inline flag group."""
        match = re.match(r"\(\?([a-zA-Z]*)(?:-([a-zA-Z]*))?\)", self.text[self.pos :])
        if not match or not (match[1] or match[2]):
            return None
        on, off = match[1], match[2] or ""
        if set(on + off) - set("isu"):
            raise PatternError(f"inline flags {match[0]} have no exact Python translation")
        self.pos += match.end()
        if "s" in on:
            self.dotall = True
        if "s" in off:
            self.dotall = False
        on, off = on.replace("u", "").replace("s", ""), off.replace("u", "").replace("s", "")
        return on + (f"-{off}" if off else "")

    def ignored_repeats(self) -> None:
        """Java reads ``{n,m}`` after a quantifier (``a{2}{3}``, ``a*{2}``) as repeating an
        empty match: it changes nothing, so it is dropped. ``*``, ``+`` or ``?`` there is an error."""
        while match := re.match(r"\{\d+(,\d*)?\}", self.text[self.pos :]):
            self.pos += match.end()
        if self.peek() in ("*", "+", "?"):
            raise PatternError(f"dangling {self.peek()!r} at {self.pos} (nothing to repeat)")

    def quantifier(self) -> str:
        c = self.peek()
        if c in ("*", "+", "?"):
            self.pos += 1
            base = c
        elif c == "{":
            match = re.match(r"\{(\d+)(,(\d*))?\}", self.text[self.pos :])
            if not match:
                raise PatternError(f"'{{' at {self.pos} is not a quantifier (escape it: \\{{)")
            self.pos += match.end()
            base = match[0]
        else:
            return ""
        if self.peek() in ("?", "+"):
            base += self.take()
        return base

    def atom(self) -> tuple[str, bool]:
        """One atom as Python text, and whether it is zero-width (an assertion)."""
        c = self.take()
        if c == "(":
            return self.group(), False
        if c == "[":
            return class_text(self.char_class()), False
        if c == ".":
            return ("[\\s\\S]" if self.dotall else _DOT), False
        if c == "^":
            return "^", True
        if c == "$":
            return _END, True
        if c == "\\":
            return self.escape()
        if c in "*+?{":
            raise PatternError(f"nothing to repeat at {self.pos - 1}")
        return char(ord(c)), False

    def group(self) -> str:
        rest = self.text[self.pos :]
        match = re.match(
            r"\?(:|=|!|<=|<!|>|<([A-Za-z][A-Za-z0-9]*)>|[a-zA-Z]*(?:-[a-zA-Z]*)?:)", rest
        )
        if rest.startswith("?") and not match:
            raise PatternError(f"unknown group construct at {self.pos - 1}")
        head = "("
        dotall = self.dotall
        if match:
            self.pos += match.end()
            if match[2]:
                head = f"(?P<{match[2]}>"
            elif match[1].endswith(":") and len(match[1]) > 1:
                flags = match[1][:-1]
                on, _, off = flags.partition("-")
                if set(on + off) - set("isu"):
                    raise PatternError(f"inline flags (?{flags}:) have no exact Python translation")
                self.dotall = ("s" in on) or (dotall and "s" not in off)
                on, off = (
                    on.replace("u", "").replace("s", ""),
                    off.replace("u", "").replace("s", ""),
                )
                head = f"(?{on}{'-' + off if off else ''}:" if on or off else "(?:"
            else:
                head = f"(?{match[1]}"
        body = self.sequence()
        self.dotall = dotall
        if self.pos >= len(self.text):
            raise PatternError("missing ')'")
        self.pos += 1
        return head + body + ")"

    def escape(self) -> tuple[str, bool]:
        c = self.peek()
        if c in "bB":
            self.pos += 1
            return "\\" + c, True
        if c == "A":
            self.pos += 1
            return "\\A", True
        if c == "z":
            self.pos += 1
            return "\\Z", True
        if c == "Z":
            self.pos += 1
            return _END, True
        if c == "G":
            if self.pos != 1:
                raise PatternError("\\G inside a pattern has no Python translation")
            self.pos += 1
            return "\\A", True
        if c == "Q":
            end = self.text.find("\\E", self.pos + 1)
            literal = self.text[self.pos + 1 : end if end >= 0 else len(self.text)]
            self.pos = end + 2 if end >= 0 else len(self.text)
            return "".join(char(ord(ch)) for ch in literal), False
        if c == "R":
            self.pos += 1
            return "(?:\\r\\n|[\\n\\x0b\\f\\r\\x85\\u2028\\u2029])", False
        if c == "k":
            match = re.match(r"k<([A-Za-z][A-Za-z0-9]*)>", self.text[self.pos :])
            if not match:
                raise PatternError("\\k needs <name>")
            self.pos += match.end()
            return f"(?P={match[1]})", False
        if c.isdigit() and c != "0":
            self.pos += 1
            return "\\" + c, False
        found = self.escape_set()
        if isinstance(found, int):
            return char(found), False
        return class_text(found), False

    def escape_set(self) -> Ranges | int:
        """An escape (after the backslash): a set of ranges (``\\d``, ``\\p{L}``) or one code point."""
        c = self.take()
        if c.lower() in ESCAPE_CLASSES:
            ranges = ESCAPE_CLASSES[c.lower()]
            return negate(ranges) if c.isupper() else ranges
        if c in "pP":
            if self.peek() == "{":
                end = self.text.find("}", self.pos)
                if end < 0:
                    raise PatternError("\\p{ without }")
                name = self.text[self.pos + 1 : end]
                self.pos = end + 1
            else:
                name = self.take()
            ranges = prop(name)
            return negate(ranges) if c == "P" else ranges
        return self.code_point(c)

    def code_point(self, c: str) -> int:
        """A literal escape (after the backslash, ``c`` read): its code point."""
        if c in CONTROL:
            return CONTROL[c]
        if c == "x":
            if self.peek() == "{":
                return self.braced_hex()
            return self.hex_digits(2)
        if c == "u":
            if self.peek() == "{":
                return self.braced_hex()
            unit = self.hex_digits(4)
            if 0xD800 <= unit <= 0xDBFF and self.text[self.pos : self.pos + 2] == "\\u":
                saved = self.pos
                self.pos += 2
                low = self.hex_digits(4)
                if 0xDC00 <= low <= 0xDFFF:
                    return 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                self.pos = saved
            return unit
        if c == "0":
            match = re.match(r"[0-3]?[0-7]{1,2}|[0-7]", self.text[self.pos :])
            if not match:
                raise PatternError("\\0 needs octal digits")
            self.pos += match.end()
            return int(match[0], 8)
        if c == "c":
            return ord(self.take()) ^ 0x40
        if c.isalnum() and c.isascii():
            raise PatternError(f"unknown escape \\{c}")
        return ord(c)

    def hex_digits(self, count: int) -> int:
        digits = self.text[self.pos : self.pos + count]
        if len(digits) != count or not all(d in "0123456789abcdefABCDEF" for d in digits):
            raise PatternError(f"bad hexadecimal escape at {self.pos}")
        self.pos += count
        return int(digits, 16)

    def braced_hex(self) -> int:
        end = self.text.find("}", self.pos)
        digits = self.text[self.pos + 1 : end] if end > 0 else ""
        if not digits or not all(d in "0123456789abcdefABCDEF" for d in digits):
            raise PatternError(f"bad code point escape at {self.pos}")
        self.pos = end + 1
        cp = int(digits, 16)
        if cp > MAX:
            raise PatternError(f"code point {digits} is beyond U+10FFFF")
        return cp

    def char_class(self) -> Ranges:
        """A class after its ``[``, up to and including its ``]``, Java's way."""
        negated = self.peek() == "^"
        if negated:
            self.pos += 1
        result: Ranges = ()
        first = True
        while True:
            if self.pos >= len(self.text):
                raise PatternError("unclosed character class")
            c = self.peek()
            if c == "]" and not first:
                self.pos += 1
                break
            if c == "&" and self.peek(1) == "&":
                self.pos += 2
                right = self.class_operand_until_end()
                result = intersect(result, right)
                break
            first = False
            result = union(result, self.class_item())
        return negate(result) if negated else result

    def class_operand_until_end(self) -> Ranges:
        """After ``&&``: the rest of the class (up to its ``]``, consumed) as one operand."""
        result: Ranges = ()
        while True:
            if self.pos >= len(self.text):
                raise PatternError("unclosed character class")
            if self.peek() == "]":
                self.pos += 1
                return result
            if self.peek() == "&" and self.peek(1) == "&":
                self.pos += 2
                return intersect(result, self.class_operand_until_end())
            result = union(result, self.class_item())

    def class_item(self) -> Ranges:
        """One member of a class: a nested class, an escape set, a char or a range."""
        if self.peek() == "[":
            self.pos += 1
            return self.char_class()
        low = self.classchar()
        if isinstance(low, tuple):
            return low
        if self.peek() == "-" and self.peek(1) not in ("]", "[", ""):
            saved = self.pos
            self.pos += 1
            high = self.classchar()
            if isinstance(high, tuple):
                self.pos = saved  # "a-\d": Java reads '-' literally
                return span(low, low)
            if high < low:
                raise PatternError(f"bad range {chr(low)!r}-{chr(high)!r} in a class")
            return span(low, high)
        return span(low, low)

    def classchar(self) -> int | Ranges:
        c = self.take()
        if c != "\\":
            return ord(c)
        if self.peek() == "Q":
            end = self.text.find("\\E", self.pos + 1)
            literal = self.text[self.pos + 1 : end if end >= 0 else len(self.text)]
            self.pos = end + 2 if end >= 0 else len(self.text)
            return chars(literal)
        return self.escape_set()
