"""Records: the runtime's data classes, declared like dataclasses, defined for almost nothing.

``dataclasses.dataclass`` compiles five or six methods with ``exec`` for every class it
decorates, 0.5-0.7 ms a class: about 15 ms of a client's cold start went to the 26 classes
its first call imports, most of which that call never instantiates. A ``Record`` subclass is
written the same way (annotated fields, defaults, ``dataclasses.field(default_factory=...,
repr=False)``, ``__post_init__``) and type checkers read it as a dataclass
(``dataclass_transform``), but:

- ``__init__`` is compiled on the class's first instance (the same code ``dataclass``
  writes, so an instance costs what a dataclass instance costs);
- ``__repr__``, ``__eq__`` and ``__hash__`` are shared functions over the fields;
- records are frozen (``FrozenInstanceError`` on assignment, hashable) unless the class is
  declared ``class Name(Record, frozen=False)``, which makes it mutable and unhashable.

``replace`` and ``field_names`` stand for ``dataclasses.replace`` and ``dataclasses.fields``.
A subclass of a record class adds fields after its parent's; frozen and mutable records do
not mix in one hierarchy. Instances keep their fields in ``__dict__``, not in slots.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import MISSING, Field, FrozenInstanceError, field
from typing import Any, ClassVar, TypeVar, cast, dataclass_transform

__all__ = ["FrozenInstanceError", "Record", "field", "field_names", "replace"]

R = TypeVar("R", bound="Record")


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
class Record:
    """Base of the runtime's records (see the module's docstring)."""

    __slots__ = ()
    __record_fields__: ClassVar[tuple[str, ...]] = ()
    __record_shown__: ClassVar[tuple[str, ...]] = ()
    __record_defaults__: ClassVar[dict[str, Any]] = {}
    __record_factories__: ClassVar[dict[str, Callable[[], Any]]] = {}
    __record_frozen__: ClassVar[bool | None] = None

    def __init_subclass__(cls, frozen: bool = True, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__record_frozen__ is not None and cls.__record_frozen__ != frozen:
            raise TypeError(f"{cls.__qualname__}: frozen and mutable records do not mix")
        names = list(cls.__record_fields__)
        shown = list(cls.__record_shown__)
        defaults = dict(cls.__record_defaults__)
        factories = dict(cls.__record_factories__)
        for name, annotation in inspect.get_annotations(cls).items():
            if str(annotation).startswith(("ClassVar", "typing.ClassVar")):
                continue
            value: Any = cls.__dict__.get(name, MISSING)
            if isinstance(value, Field):
                spec: Field[Any] = cast(Any, value)  # else Field[Unknown] to pyright
                if spec.default_factory is not MISSING:
                    factories[name] = spec.default_factory
                    delattr(cls, name)
                elif spec.default is not MISSING:
                    defaults[name] = spec.default
                    setattr(cls, name, spec.default)
                else:
                    delattr(cls, name)
                visible = bool(spec.repr)
            else:
                if value is not MISSING:
                    defaults[name] = value
                visible = True
            if name not in names:
                names.append(name)
                if visible:
                    shown.append(name)
        defaulted = False
        for name in names:
            if name in defaults or name in factories:
                defaulted = True
            elif defaulted:
                raise TypeError(f"{cls.__qualname__}: non-default field {name!r} follows a default")
        cls.__record_fields__ = tuple(names)
        cls.__record_shown__ = tuple(shown)
        cls.__record_defaults__ = defaults
        cls.__record_factories__ = factories
        cls.__record_frozen__ = frozen
        methods: dict[str, Any] = {"__match_args__": tuple(names)}
        if "__init__" not in cls.__dict__:
            methods["__init__"] = _init_on_first_use(cls)
        if frozen:
            methods.update(__setattr__=_frozen_setattr, __delattr__=_frozen_delattr)
        else:
            methods["__hash__"] = None
        for name, method in methods.items():
            setattr(cls, name, method)

    def __repr__(self) -> str:
        shown = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__record_shown__)
        return f"{type(self).__qualname__}({shown})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return _values(self) == _values(other)

    def __hash__(self) -> int:
        return hash(_values(self))


def _values(record: Any) -> tuple[Any, ...]:
    return tuple(getattr(record, n) for n in record.__record_fields__)


def _frozen_setattr(self: Record, name: str, value: Any) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self: Record, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")


def _init_on_first_use(cls: type[Record]) -> Callable[..., None]:
    def first_init(self: Record, *args: Any, **kwargs: Any) -> None:
        compiled = _compile_init(cls)
        setattr(cls, "__init__", compiled)  # noqa: B010 - mypy refuses assigning a method
        compiled(self, *args, **kwargs)

    first_init.__qualname__ = f"{cls.__qualname__}.__init__"
    return first_init


def _compile_init(cls: type[Record]) -> Callable[..., None]:
    """The ``__init__`` ``dataclass`` would write: positional or keyword fields, defaults
    as parameter defaults, factories called when the argument is left out."""
    namespace: dict[str, Any] = {"_MISSING": MISSING}
    parameters: list[str] = []
    body: list[str] = []
    for n in cls.__record_fields__:
        if n in cls.__record_factories__:
            namespace[f"_f_{n}"] = cls.__record_factories__[n]
            parameters.append(f"{n}=_MISSING")
            body.append(f"  _d[{n!r}] = _f_{n}() if {n} is _MISSING else {n}")
        else:
            if n in cls.__record_defaults__:
                namespace[f"_v_{n}"] = cls.__record_defaults__[n]
                parameters.append(f"{n}=_v_{n}")
            else:
                parameters.append(n)
            body.append(f"  _d[{n!r}] = {n}")
    if hasattr(cls, "__post_init__"):
        body.append("  self.__post_init__()")
    source = f"def __init__(self, {', '.join(parameters)}):\n  _d = self.__dict__\n"
    exec(source + "\n".join(body or ["  pass"]), namespace)  # noqa: S102 - our own text
    init: Callable[..., None] = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init


def field_names(record: Record | type[Record]) -> tuple[str, ...]:
    """The record's fields in declaration order (``dataclasses.fields``' names)."""
    return record.__record_fields__


def replace(record: R, **changes: Any) -> R:
    """A copy of ``record`` with ``changes`` (``dataclasses.replace``)."""
    unknown = set(changes) - set(record.__record_fields__)
    if unknown:
        raise TypeError(f"{type(record).__qualname__} has no field {sorted(unknown)[0]!r}")
    values = {n: getattr(record, n) for n in record.__record_fields__}
    return type(record)(**{**values, **changes})
