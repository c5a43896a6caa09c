"""Spec names to Python names: the one place that decides them.

- members become ``snake_case`` attributes, shapes ``PascalCase`` classes, enum values
  ``UPPER_SNAKE`` members, spec files ``snake_case`` packages;
- keywords, soft keywords, builtins and names the generated modules import are escaped with a
  trailing underscore, as PEP 8 suggests;
- ``check_unique`` fails loudly when two spec names map to one Python name;
- letters and digits of every script are kept, never dropped: ``Ünïcode名`` stays the class
  ``Ünïcode名`` (Python 3 identifiers are Unicode). Names are NFKC-normalised first, as Python
  normalises identifiers, so the attribute a module defines is the one ``getattr`` finds.
  Anything else (punctuation, emoji, spaces) separates words. Camel case is split on ASCII
  case changes only.
"""

from __future__ import annotations

import builtins
import functools
import keyword
import re
import unicodedata
from collections.abc import Callable, Iterable

_ACRONYM_SPLIT = re.compile(r"([A-Z]+)([A-Z][a-z])")
_CAMEL_SPLIT = re.compile(r"([a-z0-9])([A-Z])")
# Separators: anything but letters and digits, of any script (``_`` included).
_NON_IDENT = re.compile(r"[\W_]+")

# Names a generated module binds itself; a class or attribute must not shadow them.
RESERVED_CLASS_NAMES = frozenset(
    {
        "Annotated",
        "Any",
        "ClassVar",
        "Field",
        "Literal",
        "Never",
        "datetime",
        "JsonValue",
        "ApigenModel",
        "ErrorEnvelope",
        # JSON Schema's closed objects, tuples, not and if/then/else (OpenAPI shapes).
        "ConfigDict",
        "Conditional",
        "Excludes",
        "Not",
        "OnlyBoolean",
        "OpenTuple",
        "PatternKeyed",
        "RefusesOtherKeys",
        "Unpack",
        # The operation tables, built on first lookup (operations.py).
        "LazyTable",
        # XML names of the query and XML protocols (operations.py).
        "XmlNode",
        "XmlStructure",
        "OpenEnum",
        "OpenIntEnum",
        "ApigenNarrowed",
        # The generated fake module's runtime names (fake.py).
        "FakeFilter",
        "FakeHandler",
        "FakeIdentifier",
        "FakeOperation",
        "FakePlan",
        "FakeResource",
        "UnknownVariant",
        "Int8",
        "Int16",
        "Int32",
        "Int64",
        "Float",
        # Also imported by the generated modules (tests/test_naming.py keeps this complete).
        "AcceptorSpec",
        "AliasChoices",
        "AuthSpec",
        "ApigenOneOf",
        "ApigenUnion",
        "AsyncBaseClient",
        "AsyncPaginator",
        "AsyncTransport",
        "BaseClient",
        "BlockingTransport",
        "Callable",
        "DateTime",
        "Discriminated",
        "Empty",
        "EpochSeconds",
        "ErrorSpec",
        "HttpDate",
        "Interceptor",
        "Interval",
        "LazyService",
        "Len",
        "Mapping",
        "MemberSpec",
        "OperationNotImplemented",
        "OperationSpec",
        "Paginator",
        "PaginatorSpec",
        "Pattern",
        "RefusesNull",
        "ResponseSpec",
        "RetryConfig",
        "ServerApp",
        "ServerInterceptor",
        "ServiceError",
        "Sequence",
        "ServiceSpec",
        "Tag",
        "Transport",
        "UniqueItems",
        "UnknownServiceError",
        "WaiterSpec",
        # The testing modules'.
        "Iterator",
        "StubAssertionError",
        "StubResponseError",
        "Stubber",
        "UnStubbedResponseError",
    }
)
# pydantic.BaseModel's own attributes and methods, and names annotations use.
_MODEL_ATTRIBUTES = frozenset(
    {name for name in dir(object)}
    | {
        "copy",
        "dict",
        "json",
        "schema",
        "schema_json",
        "construct",
        "validate",
        "from_orm",
        "parse_obj",
        "parse_raw",
        "parse_file",
        "update_forward_refs",
        "str",
        "int",
        "float",
        "bool",
        "bytes",
        "list",
        "set",
        "datetime",
        "date",
        "time",
        "decimal",
        "type",
        "object",
        "any",
    }
)
# Later Pythons add names (3.12: soft keyword ``type``; 3.13: two builtins): they are escaped
# on every Python, so the generated names do not depend on the Python that generates them.
_BUILTINS = frozenset(dir(builtins)) | {"PythonFinalizationError", "_IncompleteInputError"}
_SOFT_KEYWORDS = frozenset(keyword.softkwlist) | {"type"}


def words(name: str) -> list[str]:
    """Split a spec name into lowercase words: ``connectorARN2Id`` → connector, arn2, id."""
    spaced = _ACRONYM_SPLIT.sub(r"\1 \2", unicodedata.normalize("NFKC", name))
    spaced = _CAMEL_SPLIT.sub(r"\1 \2", spaced)
    return [w.lower() for w in _NON_IDENT.sub(" ", spaced).split()]


def _escape(name: str, extra: frozenset[str] = frozenset()) -> str:
    if not name.isidentifier():  # a letter or digit Python does not take in a name
        name = "".join(c for c in name if f"_{c}".isidentifier()) or "_"
    if keyword.iskeyword(name) or name in _SOFT_KEYWORDS or name in extra:
        return name + "_"
    if name[0].isdigit():
        return "_" + name
    return name


@functools.lru_cache(maxsize=1 << 15)  # pure, called for the same names in every view
def snake(name: str) -> str:
    """A member name as a Python attribute: ``maxWorkerCount`` → ``max_worker_count``.

    pydantic treats a leading underscore as private and reserves ``model_``, so a name that
    starts with a digit (or has no letters) gets a ``field_`` prefix and ``model_...`` a
    trailing underscore.
    """
    result = "_".join(words(name)) or "field"
    if result[0].isdigit():
        result = "field_" + result
    if result.startswith("model_"):
        result = result + "_"
    return _escape(result, _MODEL_ATTRIBUTES | _BUILTINS)


@functools.lru_cache(maxsize=1 << 15)  # pure, called for the same names in every view
def function_name(name: str) -> str:
    """An operation as a method: ``ListConnectors`` → ``list_connectors``."""
    return _escape("_".join(words(name)) or "_", _BUILTINS)


@functools.lru_cache(maxsize=1 << 15)  # pure, called for the same names in every view
def pascal(name: str) -> str:
    """A shape as a class: keeps spec casing, drops separators (``byok.v1.Key`` → ByokV1Key)."""
    parts = [p for p in _NON_IDENT.split(unicodedata.normalize("NFKC", name)) if p]
    result = "".join(p[0].upper() + p[1:] for p in parts) or "_"
    return _escape(result, RESERVED_CLASS_NAMES | _BUILTINS)


def constant(name: str) -> str:
    """An enum value as a member name: ``in-progress`` → ``IN_PROGRESS``."""
    result = "_".join(w.upper() for w in words(name)) if name else "EMPTY"
    result = result or "VALUE"
    if result.startswith("_") or result.startswith("MRO") or result in {"NAME", "VALUE"}:
        result = result + "_"
    return _escape(result)


def package(name: str) -> str:
    """A spec file stem as a package: ``emr-containers`` → ``emr_containers``."""
    stem = name.split(".")[0]
    return _escape("_".join(_NON_IDENT.sub(" ", stem).lower().split()) or "service", _BUILTINS)


def collisions(names: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Pairs of (spec name, Python name); ``(later spec name, message)`` per name given twice."""
    seen: dict[str, str] = {}
    problems = []
    for spec_name, python_name in names:
        if python_name in seen and seen[python_name] != spec_name:
            problems.append(
                (
                    spec_name,
                    f"{spec_name!r} and {seen[python_name]!r} both become Python name "
                    f"{python_name!r}",
                )
            )
        seen.setdefault(python_name, spec_name)
    return problems


def deduplicated(
    names: Iterable[str], python: Callable[[str], str], separator: str = "_"
) -> dict[str, str]:
    """Names whose Python names (``python`` of them) collide → names that do not.

    For documents a user cannot edit (OpenAPI): of the names giving one Python name, one
    spelled exactly as that Python name keeps it, else the first in code-point order; the
    others become ``<python name>_2``, ``_3``... (``separator`` before the number; the first
    such name nothing else gives).
    The rule depends on the names alone, not their order. Names that collide with nothing
    are not in the result.
    """
    by_python: dict[str, list[str]] = {}
    for name in dict.fromkeys(names):
        by_python.setdefault(python(name), []).append(name)
    held = set(by_python)
    renamed: dict[str, str] = {}
    for target, group in by_python.items():
        _, *rest = sorted(group, key=lambda n: (n != target, n))
        n = 1
        for name in rest:
            n += 1
            while python(f"{target}{separator}{n}") in held:
                n += 1
            renamed[name] = f"{target}{separator}{n}"
            held.add(python(renamed[name]))
    return renamed


def check_unique(names: Iterable[tuple[str, str]]) -> list[str]:
    """Pairs of (spec name, Python name); returns a message per Python name given twice."""
    return [message for _, message in collisions(names)]
