"""Every classification rule of ``apigen diff``, each proved on a synthetic pair of specs.

The base spec is ``tests/frontends/good_specs/widgets.yaml`` with a few additions (a second
error, a timestamp, a map, a union); each case edits a copy of it the way a spec author
would, reads both files through the front end, and expects exactly the listed changes. The
expected class of each change is the issue's rule for it (#17): removals, newly required
members, narrowed constraints and changed types, wire names, bindings or protocols break;
additions and widened constraints are features; documentation edits are fixes. Cases that
add are the removal cases read backwards (``swap``), so both directions are proved.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
import yaml

from apigen import ir
from apigen.diff.changes import Bump, Kind
from apigen.diff.services import diff_services
from apigen.frontends import load_service

BASE = Path(__file__).resolve().parents[1] / "frontends" / "good_specs" / "widgets.yaml"
B, F, X = Kind.BREAKING, Kind.FEATURE, Kind.FIX
RULE_BUMP = {B: Bump.MAJOR, F: Bump.MINOR, X: Bump.PATCH}  # the verdict per class

Spec = dict[str, Any]


def base_spec() -> Spec:
    spec: Spec = yaml.safe_load(BASE.read_text(encoding="utf-8"))
    shapes = spec["shapes"]
    spec["operations"]["ListWidgets"]["errors"] = ["NotFoundException", "ThrottledException"]
    shapes["ThrottledException"] = {
        "type": "structure",
        "error": "client",
        "httpError": 429,
        "members": {"message": {"target": "String"}},
    }
    members = shapes["GetWidgetResponse"]["members"]
    members["createdAt"] = {"target": "Timestamp"}
    members["labels"] = {"target": "Labels"}
    members["shape"] = {"target": "Form"}
    shapes["Labels"] = {
        "type": "map",
        "key": {"target": "String"},
        "value": {"target": "String", "length": {"max": 10}},
    }
    shapes["Form"] = {
        "type": "union",
        "members": {"round": {"target": "Integer"}, "square": {"target": "Integer"}},
    }
    shapes["ListWidgetsRequest"]["members"]["colour"] = {
        "target": "String",
        "httpHeader": "X-Colour",
    }
    return spec


def _op(spec: Spec, name: str) -> Spec:
    op: Spec = spec["operations"][name]
    return op


def _member(spec: Spec, shape: str, member: str) -> Spec:
    found: Spec = spec["shapes"][shape]["members"][member]
    return found


@dataclass(frozen=True)
class Case:
    name: str
    edit: Callable[[Spec], None]
    expected: tuple[tuple[Kind, str], ...]  # (class, subject) of every change, as a set
    swap: bool = False  # edit the old side instead: the pair read backwards


def _set(path: tuple[str, ...], value: Any) -> Callable[[Spec], None]:
    def edit(spec: Spec) -> None:
        node = spec
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return edit


def _delete(*path: str) -> Callable[[Spec], None]:
    def edit(spec: Spec) -> None:
        node = spec
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]

    return edit


def _both(*edits: Callable[[Spec], None]) -> Callable[[Spec], None]:
    def edit(spec: Spec) -> None:
        for one in edits:
            one(spec)

    return edit


def _copy_shape(name: str, to: str) -> Callable[[Spec], None]:
    def edit(spec: Spec) -> None:
        spec["shapes"][to] = copy.deepcopy(spec["shapes"][name])

    return edit


NAME = ("shapes", "GetWidgetResponse", "members", "name")
MAX_RESULTS = ("shapes", "ListWidgetsRequest", "members", "maxResults")

CASES = [
    # breaking: removals
    Case(
        "operation removed", _delete("operations", "ListWidgets"), ((B, "operation ListWidgets"),)
    ),
    Case("member removed", _delete(*NAME), ((B, "GetWidgetResponse.name"),)),
    Case(
        "enum value removed",
        _set(("shapes", "WidgetState", "values"), ["READY"]),
        ((B, "WidgetState"),),
    ),
    Case(
        "error removed",
        _set(("operations", "ListWidgets", "errors"), ["NotFoundException"]),
        ((B, "operation ListWidgets"),),
    ),
    Case(
        "union variant removed",
        _delete("shapes", "Form", "members", "square"),
        ((B, "Form.square"),),
    ),
    Case(
        "paginator removed",
        _delete("operations", "ListWidgets", "paginated"),
        ((B, "operation ListWidgets"),),
    ),
    Case(
        "waiter removed",
        _delete("operations", "GetWidget", "waiters"),
        ((B, "waiter WidgetReady"),),
    ),
    Case(
        "class removed",
        _both(_delete("shapes", "WidgetState"), _set((*NAME[:-1], "state"), {"target": "String"})),
        ((B, "GetWidgetResponse.state"), (B, "WidgetState")),
    ),
    # breaking: required
    Case(
        "member newly required",
        _set((*MAX_RESULTS, "required"), True),
        ((B, "ListWidgetsRequest.maxResults"),),
    ),
    Case(
        "required member added",
        _set(
            ("shapes", "ListWidgetsRequest", "members", "owner"),
            {"target": "String", "httpQuery": "owner", "required": True},
        ),
        ((B, "ListWidgetsRequest.owner"),),
    ),
    Case(
        "received member no longer required",
        _set((*NAME, "required"), True),
        ((B, "GetWidgetResponse.name"),),
        swap=True,
    ),
    # breaking: constraints narrowed
    Case(
        "length max narrowed",
        _set((*NAME, "length"), {"min": 1, "max": 32}),
        ((B, "GetWidgetResponse.name"),),
    ),
    Case(
        "length min narrowed",
        _set((*NAME, "length"), {"min": 2, "max": 64}),
        ((B, "GetWidgetResponse.name"),),
    ),
    Case(
        "range max narrowed",
        _set((*MAX_RESULTS, "range"), {"min": 1, "max": 50}),
        ((B, "ListWidgetsRequest.maxResults"),),
    ),
    Case(
        "range added",
        _delete(*MAX_RESULTS, "range"),
        ((B, "ListWidgetsRequest.maxResults"),),
        swap=True,
    ),
    Case("pattern added", _set((*NAME, "pattern"), "^[a-z]+$"), ((B, "GetWidgetResponse.name"),)),
    Case(
        "pattern changed",
        _set(("shapes", "GetWidgetRequest", "members", "widgetId", "pattern"), "^w-[0-9]+$"),
        ((B, "GetWidgetRequest.widgetId"),),
    ),
    Case(
        "map value constraint narrowed",
        _set(("shapes", "Labels", "value", "length"), {"max": 5}),
        ((B, "GetWidgetResponse.labels"),),
    ),
    # breaking: types, wire names, bindings
    Case(
        "type changed",
        _set((*NAME[:-1], "state"), {"target": "String"}),
        ((B, "GetWidgetResponse.state"),),
    ),
    Case(
        "map value type changed",
        _set(("shapes", "Labels", "value"), {"target": "Integer"}),
        ((B, "GetWidgetResponse.labels"),),
    ),
    Case(
        "wire name changed",
        _set((*NAME, "jsonName"), "widgetName"),
        ((B, "GetWidgetResponse.name"),),
    ),
    Case(
        "timestamp format changed",
        _set((*NAME[:-1], "createdAt", "timestampFormat"), "date-time"),
        ((B, "GetWidgetResponse.createdAt"),),
    ),
    Case(
        "query name changed",
        _set((*MAX_RESULTS, "httpQuery"), "limit"),
        ((B, "ListWidgetsRequest.maxResults"),),
    ),
    Case(
        "header moved to the query",
        _set(
            ("shapes", "ListWidgetsRequest", "members", "colour"),
            {"target": "String", "httpQuery": "colour"},
        ),
        ((B, "ListWidgetsRequest.colour"),),
    ),
    Case(
        "operation URI changed",
        _set(("operations", "ListWidgets", "http", "uri"), "/v2/widgets"),
        ((B, "operation ListWidgets"),),
    ),
    Case(
        "operation method changed",
        _both(
            _set(("operations", "ListWidgets", "http", "method"), "POST"),
            _delete("operations", "ListWidgets", "readonly"),
        ),
        ((B, "operation ListWidgets"), (F, "operation ListWidgets")),
    ),
    Case(
        "error status changed",
        _set(("shapes", "NotFoundException", "httpError"), 410),
        ((B, "NotFoundException"),),
    ),
    Case(
        "error code changed",
        _set(("shapes", "NotFoundException", "errorCode"), "WidgetNotFound"),
        ((B, "NotFoundException"),),
    ),
    Case(
        "paginator changed",
        _delete("operations", "ListWidgets", "paginated", "pageSize"),
        ((B, "operation ListWidgets"),),
    ),
    Case(
        "output changed",
        _both(
            _copy_shape("GetWidgetResponse", "WidgetView"),
            _set(("operations", "GetWidget", "output"), "WidgetView"),
        ),
        ((B, "operation GetWidget"), (F, "WidgetView")),
    ),
    # features
    Case(
        "operation added",
        _delete("operations", "ListWidgets"),
        ((F, "operation ListWidgets"),),
        swap=True,
    ),
    Case("member added", _delete(*NAME), ((F, "GetWidgetResponse.name"),), swap=True),
    Case(
        "enum value added",
        _set(("shapes", "WidgetState", "values"), ["READY"]),
        ((F, "WidgetState"),),
        swap=True,
    ),
    Case(
        "error added",
        _set(("operations", "ListWidgets", "errors"), ["NotFoundException"]),
        ((F, "operation ListWidgets"),),
        swap=True,
    ),
    Case(
        "paginator added",
        _delete("operations", "ListWidgets", "paginated"),
        ((F, "operation ListWidgets"),),
        swap=True,
    ),
    Case(
        "waiter added",
        _delete("operations", "GetWidget", "waiters"),
        ((F, "waiter WidgetReady"),),
        swap=True,
    ),
    Case(
        "sent member no longer required",
        _set((*MAX_RESULTS, "required"), True),
        ((F, "ListWidgetsRequest.maxResults"),),
        swap=True,
    ),
    Case(
        "length widened",
        _set((*NAME, "length"), {"min": 1, "max": 128}),
        ((F, "GetWidgetResponse.name"),),
    ),
    Case(
        "length minimum dropped",
        _set((*NAME, "length"), {"max": 64}),
        ((F, "GetWidgetResponse.name"),),
    ),
    Case("range removed", _delete(*MAX_RESULTS, "range"), ((F, "ListWidgetsRequest.maxResults"),)),
    Case(
        "pattern removed",
        _set((*NAME, "pattern"), "^[a-z]+$"),
        ((F, "GetWidgetResponse.name"),),
        swap=True,
    ),
    Case(
        "operation deprecated",
        _set(("operations", "GetWidget", "deprecated"), True),
        ((F, "operation GetWidget"),),
    ),
    Case(
        "waiter changed",
        _set(("operations", "GetWidget", "waiters", "WidgetReady", "minDelay"), 5),
        ((F, "waiter WidgetReady"),),
    ),
    Case(
        "pattern widened by an alternative",
        _set(
            ("shapes", "GetWidgetRequest", "members", "widgetId", "pattern"),
            "(^w-[0-9a-f]+$)|(^x$)",
        ),
        ((F, "GetWidgetRequest.widgetId"),),
    ),
    # fixes: documentation only
    Case(
        "operation documentation",
        _set(("operations", "GetWidget", "documentation"), "Fetches a widget."),
        ((X, "operation GetWidget"),),
    ),
    Case(
        "member documentation",
        _set((*NAME, "documentation"), "Its name."),
        ((X, "GetWidgetResponse.name"),),
    ),
    Case(
        "shape documentation", _set(("shapes", "Form", "documentation"), "A form."), ((X, "Form"),)
    ),
    Case(
        "service documentation",
        _set(("service", "documentation"), "Widgets, kept."),
        ((X, "service"),),
    ),
    # none
    Case(
        "member order",
        _both(
            _delete(*NAME),
            _set(
                NAME,
                {
                    "target": "String",
                    "length": {"min": 1, "max": 64},
                    "documentation": "The widget's name.",
                },
            ),
        ),
        (),
    ),
]


def _write(folder: Path, spec: Spec) -> Path:
    folder.mkdir()
    path = folder / "widgets.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_rule(case: Case, tmp_path: Path) -> None:
    old, new = base_spec(), base_spec()
    case.edit(old if case.swap else new)
    before = load_service(_write(tmp_path / "old", old))
    after = load_service(_write(tmp_path / "new", new))
    report = diff_services([before], [after])
    found = {(c.kind, c.subject) for c in report.changes}
    assert found == set(case.expected), [str(c) for c in report.changes]
    worst = max((RULE_BUMP[k] for k, _ in case.expected), default=Bump.NONE)
    assert report.bump is worst


def _widgets() -> ir.Service:
    return load_service(BASE)


def _kinds(before: ir.Service, after: ir.Service) -> list[tuple[str, str]]:
    return sorted((c.kind.value, c.subject) for c in diff_services([before], [after]).changes)


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("protocol", "awsJson1_1"),
        ("sigv4_name", "gadgets"),
        ("endpoint_prefix", "gadgets"),
        ("name", "Gadgets"),
    ],
)
def test_service_wire_settings_break(setting: str, value: str) -> None:
    """Settings no spec edit changes alone (a protocol change rewrites every operation)."""
    service = _widgets()
    assert _kinds(service, replace(service, **{setting: value})) == [("breaking", "service")]


def test_services_removed_and_added_by_package() -> None:
    widgets = _widgets()
    gadgets = replace(widgets, source="specs/gadgets.yaml")
    report = diff_services([widgets, gadgets], [widgets])
    assert [(s.package, [str(c) for c in s.changes]) for s in report.services] == [
        ("gadgets", ["service: removed"])
    ]
    assert report.bump is Bump.MAJOR
    added = diff_services([widgets], [widgets, gadgets])
    assert [c.kind for c in added.changes] == [Kind.FEATURE] and added.bump is Bump.MINOR


def test_an_unchanged_spec_has_no_changes() -> None:
    assert diff_services([_widgets()], [_widgets()]).services == ()


def test_base_spec_is_valid(tmp_path: Path) -> None:
    """The additions the cases rely on pass the front end's checks."""
    service = load_service(_write(tmp_path / "base", copy.deepcopy(base_spec())))
    assert service.shape("com.example.widgets#Form").type is ir.ShapeType.UNION


def test_changes_name_their_subject_as_callers_write_it(tmp_path: Path) -> None:
    old, new = base_spec(), base_spec()
    _set((*MAX_RESULTS, "required"), True)(new)
    _delete("operations", "GetWidget", "waiters")(new)
    _delete("operations", "ListWidgets")(new)
    before = load_service(_write(tmp_path / "old", old))
    after = load_service(_write(tmp_path / "new", new))
    found = {c.subject: c.python for c in diff_services([before], [after]).changes}
    assert found == {  # the README's client names: snake_case methods and attributes
        "ListWidgetsRequest.maxResults": "ListWidgetsRequest.max_results",
        "waiter WidgetReady": "wait_until_widget_ready()",
        "operation ListWidgets": "list_widgets()",
    }
