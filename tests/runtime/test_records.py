"""``core.records.Record`` behaves as ``dataclasses.dataclass`` does: each class here is
declared twice, as a record and as a dataclass, and each check compares the two."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from typing import Any, ClassVar

import pytest

from apigen.runtime.core.records import (
    FrozenInstanceError,
    Record,
    field,
    field_names,
    replace,
)


class Point(Record):
    x: int
    y: int = 0
    tags: list[str] = field(default_factory=list[str])
    secret: str = field(default="", repr=False)
    unit: ClassVar[str] = "px"


@dataclasses.dataclass(frozen=True)
class PointDC:
    x: int
    y: int = 0
    tags: list[str] = dataclasses.field(default_factory=list[str])
    secret: str = dataclasses.field(default="", repr=False)
    unit: ClassVar[str] = "px"


class Pair(Record):
    a: int
    b: str


@dataclasses.dataclass(frozen=True)
class PairDC:
    a: int
    b: str


class Cursor(Record, frozen=False):
    at: int
    seen: dict[str, int] = field(default_factory=dict[str, int])


@dataclasses.dataclass
class CursorDC:
    at: int
    seen: dict[str, int] = dataclasses.field(default_factory=dict[str, int])


class Checked(Record):
    size: int

    def __post_init__(self) -> None:
        if self.size < 0:
            raise ValueError("size must not be negative")


class Point3(Point):
    z: int = 0


def _both(record: type[Any], dc: type[Any], *args: Any, **kwargs: Any) -> tuple[Any, Any]:
    return record(*args, **kwargs), dc(*args, **kwargs)


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [((1,), {}), ((1, 2), {}), ((), {"x": 3, "tags": ["a"]}), ((1, 2, ["b"], "hidden"), {})],
)
def test_init_repr_eq_hash_as_a_dataclass(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    ours, theirs = _both(Point, PointDC, *args, **kwargs)
    assert repr(ours) == repr(theirs).replace("PointDC", "Point")
    assert field_names(ours) == tuple(f.name for f in dataclasses.fields(theirs))
    again = Point(*args, **kwargs)
    assert ours == again and ours is not again
    assert ours != Point(99) and (ours == theirs) is False
    with pytest.raises(TypeError, match="unhashable"):  # a list inside, as a dataclass
        hash(theirs)
    with pytest.raises(TypeError, match="unhashable"):
        hash(ours)


def test_hash_is_the_dataclass_hash() -> None:
    ours, theirs = _both(Pair, PairDC, 1, "a")
    assert hash(ours) == hash(theirs) == hash(Pair(1, "a"))
    assert {ours, Pair(1, "a"), Pair(2, "a")} == {Pair(1, "a"), Pair(2, "a")}


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [((), {}), ((1, 2, [], "", 5), {}), ((1,), {"x": 2}), ((1,), {"nope": 2})],
)
def test_bad_arguments_fail_as_a_dataclass(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    with pytest.raises(TypeError) as theirs:
        PointDC(*args, **kwargs)
    with pytest.raises(TypeError) as ours:
        Point(*args, **kwargs)
    assert str(ours.value).split("(")[-1] == str(theirs.value).split("(")[-1]


def test_frozen_records_refuse_assignment_as_a_dataclass() -> None:
    ours, theirs = _both(Point, PointDC, 1)
    for target in (ours, theirs):
        with pytest.raises(FrozenInstanceError):
            target.x = 2
        with pytest.raises(FrozenInstanceError):
            del target.x
    assert FrozenInstanceError is dataclasses.FrozenInstanceError


def test_mutable_records_assign_and_are_unhashable_as_a_dataclass() -> None:
    ours, theirs = _both(Cursor, CursorDC, 1)
    ours.at = theirs.at = 5
    assert ours.at == theirs.at == 5
    assert Cursor.__hash__ is None and CursorDC.__hash__ is None  # type: ignore[comparison-overlap]
    assert ours.seen == theirs.seen == {} and Cursor(1).seen is not ours.seen


def test_factories_give_each_instance_its_own_value() -> None:
    first, second = Point(1), Point(1)
    assert first.tags == [] and first.tags is not second.tags
    assert "tags" not in vars(Point)  # as a dataclass: no shared default on the class


def test_post_init_runs_and_replace_revalidates() -> None:
    assert Checked(3).size == 3
    with pytest.raises(ValueError, match="negative"):
        Checked(-1)
    with pytest.raises(ValueError, match="negative"):
        replace(Checked(3), size=-2)


def test_replace_matches_dataclasses_replace() -> None:
    ours, theirs = _both(Point, PointDC, 1, 2, ["t"])
    changed = replace(ours, y=7)
    assert repr(changed) == repr(dataclasses.replace(theirs, y=7)).replace("PointDC", "Point")
    assert ours.y == 2
    with pytest.raises(TypeError, match="no field 'w'"):
        replace(ours, w=1)


def test_a_subclass_adds_fields_after_its_parents() -> None:
    point = Point3(1, 2, [], "", 3)
    assert field_names(Point3) == ("x", "y", "tags", "secret", "z")
    assert point.z == 3 and point != Point(1, 2) and Point3.__match_args__ == field_names(Point3)
    with pytest.raises(TypeError, match="do not mix"):

        class Mixed(Point, frozen=False):  # pragma: no cover - refused when defined
            w: int = 0


def test_a_field_without_default_after_one_with_default_is_refused() -> None:
    with pytest.raises(TypeError, match="non-default field 'b'"):

        class Bad(Record):  # pragma: no cover - refused when defined
            a: int = 0
            b: int


def test_copy_and_pickle_keep_the_values() -> None:
    point = Point(1, 2, ["x"], "s")
    assert copy.copy(point) == point and copy.deepcopy(point) == point
    assert pickle.loads(pickle.dumps(point)) == point


def test_match_args_allow_positional_patterns() -> None:
    match Point(4, 5):
        case Point(x, y):
            assert (x, y) == (4, 5)
        case _:  # pragma: no cover - the case above matches
            pytest.fail("no match")
