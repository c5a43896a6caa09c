"""Pattern translation (``apigen.regex_translate``) checked against Java's own regex engine.

The reference is ``java.util.regex`` (``tests/java/JavaPatterns.java``, run with the JDK's
single-file launcher): every pattern of every spec in specs/ and every pattern of every
botocore model is translated, and the translation must find a match exactly where Java's
``Matcher.find`` does, on fixed probes (astral, surrogate, line-terminator and Unicode edge
cases) and on probes built from the pattern itself (so they sit near its accepting edge).
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import botocore
import pytest

from apigen import ir
from apigen.frontends import spec_files
from apigen.pipeline import load_services
from apigen.regex_sample import anchored_after_text
from apigen.regex_translate import PatternError, to_python

JAVA_SOURCE = Path(__file__).resolve().parent / "java" / "JavaPatterns.java"
BOTOCORE_DATA = Path(botocore.__file__).resolve().parent / "data"
IN_CI = bool(os.environ.get("CI"))

FIXED_PROBES = (
    "",
    "a",
    "Z",
    "0",
    " ",
    "\t",
    "\n",
    "a\n",
    "abc\r",
    "a\u2028",
    "\x85",
    "\xa0",
    "\u00e9",
    "\u540d",
    "\ufffd",
    "\uffff",
    "\U0001f600",
    "\U0010ffff",
    "\ud800",
    "x\udfff",
    "-_.:/@",
    "arn:aws:iam::123456789012:role/name",
    "Hello World 42",
    "a;b|c",
    "  ",
    "ABC-def_123",
)


def _units(text: str) -> str:
    return text.encode("utf-16-be", "surrogatepass").hex()


def _java_sees_the_same_string(text: str) -> bool:
    """A lone high then lone low surrogate in Python is one code point to Java: skip it."""
    return re.search("[\ud800-\udbff][\udc00-\udfff]", text) is None


def java_find(cases: Sequence[tuple[str, Sequence[str]]]) -> list[str | None]:
    """Per case: Java's find() on each probe ("1"/"0" each), None when Java cannot compile it."""
    lines = []
    for pattern, probes in cases:
        lines.append("P" + _units(pattern))
        lines.extend("S" + _units(p) for p in probes)
        lines.append(".")
    result = subprocess.run(
        ["java", str(JAVA_SOURCE)],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    answers = result.stdout.splitlines()
    assert len(answers) == len(cases), result.stderr
    return [None if a == "E" else a for a in answers]


@pytest.fixture(scope="module")
def services(specs_dir: Path) -> list[ir.Service]:
    return load_services(spec_files(specs_dir))


@pytest.fixture(scope="module")
def java() -> None:
    if shutil.which("java") is None:
        if IN_CI:
            pytest.fail("java (the reference regex engine) is not installed")
        pytest.skip("java (the reference regex engine) is not installed")


def _example(node: Any, longest: bool) -> str:
    """A string the parsed Python pattern ``node`` (``re._parser``) is likely to match."""
    from re import _constants as c  # type: ignore[attr-defined]

    out = []
    for op, arg in node:
        if op is c.LITERAL:
            out.append(chr(arg))
        elif op is c.NOT_LITERAL:
            out.append("a" if arg != ord("a") else "b")
        elif op is c.ANY:
            out.append("x")
        elif op is c.IN:
            out.append(_pick(arg, longest))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, sub = arg
            count = min(low + (2 if longest else 0), high if high != c.MAXREPEAT else low + 2)
            out.append(_example(sub, longest) * count)
        elif op is c.SUBPATTERN:
            out.append(_example(arg[-1], longest))
        elif op is c.ATOMIC_GROUP:
            out.append(_example(arg, longest))
        elif op is c.BRANCH:
            branches = arg[1]
            out.append(_example(branches[-1 if longest else 0], longest))
    return "".join(out)


def _pick(items: Iterable[Any], longest: bool) -> str:
    from re import _constants as c

    items = list(items)
    negated = bool(items) and items[0][0] is c.NEGATE
    for op, arg in items:
        if op is c.LITERAL and not negated:
            return chr(arg)
        if op is c.RANGE and not negated:
            return chr(arg[1] if longest else arg[0])
    return "a" if not negated else "\u00e9"


def _probes(translated: str) -> list[str]:
    from re import _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(translated)
    made = [_example(parsed, longest) for longest in (False, True)]
    probes = [
        *FIXED_PROBES,
        *made,
        *(m + "\uffff" for m in made),
        *(m + "\U0001f600" for m in made),
    ]
    return [p for p in dict.fromkeys(probes) if _java_sees_the_same_string(p)]


def _check_against_java(patterns: Iterable[str]) -> list[str]:
    """Every disagreement between the translation and Java, as readable lines."""
    cases = []
    problems = []
    for pattern in sorted(set(patterns)):
        try:
            translated = to_python(pattern)
        except PatternError as exc:
            problems.append(f"{pattern!r}: not translated: {exc}")
            continue
        cases.append((pattern, translated, _probes(translated)))
    answers = java_find([(p, probes) for p, _, probes in cases])
    for (pattern, translated, probes), answer in zip(cases, answers, strict=True):
        if answer is None:
            problems.append(f"{pattern!r}: Java rejects it, the translation accepts it")
            continue
        compiled = re.compile(translated)
        for probe, java_says in zip(probes, answer, strict=True):
            ours = compiled.search(probe) is not None
            if ours != (java_says == "1"):
                problems.append(f"{pattern!r} on {probe!r}: Java {java_says}, ours {int(ours)}")
    return problems


def _spec_patterns(services: Iterable[ir.Service]) -> set[str]:
    found = set()
    for service in services:
        for shape in service.shapes.values():
            for constraints in [shape.constraints, *(m.constraints for m in shape.members)]:
                if constraints is not None and constraints.pattern is not None:
                    found.add(constraints.pattern)
    return found


def _botocore_patterns() -> set[str]:
    found = set()
    for model in BOTOCORE_DATA.glob("*/*/service-2.json*"):
        raw = gzip.decompress(model.read_bytes()) if model.suffix == ".gz" else model.read_bytes()
        for shape in json.loads(raw)["shapes"].values():
            if "pattern" in shape:
                found.add(shape["pattern"])
    return found


def test_every_spec_pattern_behaves_as_in_java(java: None, services: list[ir.Service]) -> None:
    patterns = _spec_patterns(services)
    assert patterns
    assert _check_against_java(patterns) == []


def test_every_botocore_pattern_behaves_as_in_java(java: None) -> None:
    patterns = _botocore_patterns()
    assert len(patterns) > 1000
    assert _check_against_java(patterns) == []


def test_the_glue_single_line_pattern_takes_astral_characters(services: list[ir.Service]) -> None:
    glue = next(s for s in services if s.source.endswith("glue.yaml"))
    pattern = next(
        s.constraints.pattern
        for s in glue.shapes.values()
        if s.name == "NameString" and s.constraints is not None
    )
    assert pattern == "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*"
    whole = re.compile(f"(?:{to_python(pattern)})\\Z")
    assert whole.match("name \U0001f600 \u540d") is not None
    assert whole.match("bad \uffff") is None


@pytest.mark.parametrize(
    ("pattern", "accepted", "refused"),
    [
        ("^a++b$", "aab", "aa"),
        ("^\\p{Lu}\\p{L}*$", "\u00c9cole", "ecole"),
        ("^[\\p{Print}&&[^|:/]]+$", "ab c", "a:b"),
        ("^[a-c[x-z]]+$", "axc", "d"),
        ("^(?!(?i)AWS_)[a-zA-Z_]+$", "name", "aws_name"),
        ("^ab(?i)c|d$", "xD", "abe"),
        ("^[a-z]{2}{2}$", "ab", "abcd"),
        ("^\\Qa.b\\E$", "a.b", "axb"),
        ("^(?<word>[a-z]+)-\\k<word>$", "ab-ab", "ab-cd"),
        ("^\\x{1F600}$", "\U0001f600", "x"),
        ("^(?s).$", "\n", ""),
        ("^.$", "\u00e9", "\u2028"),
        ("^\\s$", " ", "\xa0"),
        ("^\\w+$", "a_1", "\u00e9"),
    ],
)
def test_java_constructs(pattern: str, accepted: str, refused: str) -> None:
    compiled = re.compile(to_python(pattern))
    assert compiled.search(accepted) is not None
    assert compiled.search(refused) is None


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("(?m)^a$", "inline flags"),
        ("a{", "not a quantifier"),
        ("[a", "unclosed character class"),
        ("\\q", "unknown escape"),
        ("\\p{NoSuchThing}", "no Python translation"),
        ("[z-a]", "bad range"),
        ("(a", "missing ')'"),
    ],
)
def test_untranslatable_patterns_are_refused(pattern: str, message: str) -> None:
    with pytest.raises(PatternError, match=re.escape(message)):
        to_python(pattern)


@pytest.mark.parametrize(
    ("pattern", "probes", "flagged"),
    [
        ("/^[a-z]{2,8}$/", ("/ab/", "ab", "/ab", "ab/", "\n/ab/"), True),
        ("placement-group/^.{1,255}$", ("placement-group/x", "x", "placement-group/\nx"), True),
        ("a?^b", ("b", "ab"), False),
        ("x|^b", ("x", "b"), False),
        ("^/[a-z]+/$", ("/ab/",), False),
    ],
)
def test_an_anchor_after_text_matches_nothing(
    java: None, pattern: str, probes: tuple[str, ...], flagged: bool
) -> None:
    """``regex_sample.anchored_after_text`` flags a pattern that demands characters before
    its ``^`` (the importer then carries it, not enforced): Java finds none of the probes in
    the flagged ones, and some probe in each of the others."""
    assert anchored_after_text(to_python(pattern)) is flagged
    [answers] = java_find([(pattern, probes)])
    assert ("1" in answers) is not flagged, answers
