"""The Smithy-like YAML front end: good specs become IR, bad specs become every problem at once.

``bad_specs/NAME.yaml`` is a spec with problems; ``bad_specs/NAME.expected`` lists them, one
per line, in the order they are reported (by line): ``line: path: message`` where ``path``
is ``-`` when the problem has none and ``message`` may be cut short (it is matched as a
prefix). Lines starting with ``#`` are comments.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from apigen import ir
from apigen.cli import main
from apigen.errors import SpecError, SpecIssue
from apigen.frontends.smithy_checks import check_meaning
from apigen.frontends.smithy_yaml import load_smithy_yaml
from apigen.frontends.spec_schema import SPEC

HERE = Path(__file__).resolve().parent
BAD = sorted((HERE / "bad_specs").glob("*.yaml"))
GOOD = HERE / "good_specs" / "widgets.yaml"
BINDINGS = HERE / "good_specs" / "bindings.yaml"


def _expected(spec: Path) -> list[tuple[int, str, str]]:
    rows = []
    for line in spec.with_suffix(".expected").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            number, path, message = line.split(": ", 2)
            rows.append((int(number), "" if path == "-" else path, message))
    return rows


def _tree(root: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.relative_to(root).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize("spec", BAD, ids=[p.stem for p in BAD])
def test_bad_spec_reports_every_problem(spec: Path) -> None:
    with pytest.raises(SpecError) as caught:
        load_smithy_yaml(spec)
    issues = caught.value.issues
    got = [(i.line, i.path, i.message) for i in issues]
    expected = _expected(spec)
    assert len(got) == len(expected), "\n".join(map(str, issues))
    for (line, path, message), (want_line, want_path, want_message) in zip(
        got, expected, strict=True
    ):
        assert (line, path) == (want_line, want_path), "\n".join(map(str, issues))
        assert message.startswith(want_message), message
    for issue in issues:
        assert issue.file.endswith(f"bad_specs/{spec.name}")
        where = f"{issue.file}:{issue.line}:"
        assert str(issue) == (
            f"{where} {issue.path}: {issue.message}" if issue.path else f"{where} {issue.message}"
        )


def test_every_bad_spec_has_its_expectations() -> None:
    assert len(BAD) >= 23
    for spec in BAD:
        assert spec.with_suffix(".expected").is_file(), spec.name


def _problems(spec: Path) -> list[tuple[int | None, str, str]]:
    with pytest.raises(SpecError) as caught:
        load_smithy_yaml(spec)
    return [(i.line, i.path, i.message) for i in caught.value.issues]


def test_schema_problems_do_not_hide_meaning_problems(tmp_path: Path) -> None:
    spec = HERE / "bad_specs" / "schema_and_meaning.yaml"
    first = _problems(spec)
    schema = [p for p in first if p[1] == "shapes.GetWidgetResponse.documentation"]
    assert len(schema) == 1
    assert len(first) == 7
    fixed = tmp_path / "fixed.yaml"
    text = spec.read_text(encoding="utf-8")
    fixed.write_text(text.replace("documentation: 42", "documentation: A widget."), "utf-8")
    assert _problems(fixed) == [p for p in first if p not in schema]


def _paths(node: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    """Every path into a loaded document, parents before children."""
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*path, index))


def _malformed(value: Any) -> list[Any]:
    """A value of another type than ``value``; for a string also one the schema may reject."""
    if isinstance(value, dict):
        return [[]]
    if isinstance(value, list):
        return [{"x": 1}]
    if isinstance(value, str):
        return [7, "x"]
    return ["x"]


@pytest.mark.parametrize(
    "good_spec", [BINDINGS, HERE / "good_specs" / "awsjson.yaml"], ids=lambda p: p.stem
)
def test_a_malformed_value_anywhere_has_no_knock_on_problems(good_spec: Path) -> None:
    """Every value of a valid spec malformed in turn. When the schema rejects it, the
    meaning checks must read around it: no crash, and no problem of their own, since in a
    spec that was valid every such problem would be a consequence of the one reported."""
    doc = yaml.safe_load(good_spec.read_text(encoding="utf-8"))
    assert check_meaning(doc) == []
    validator = jsonschema.Draft202012Validator(SPEC)
    for path in list(_paths(doc))[1:]:
        parent = doc
        for step in path[:-1]:
            parent = parent[step]
        good = parent[path[-1]]
        for bad in _malformed(good):
            parent[path[-1]] = bad
            _assert_no_knock_on_problems(validator, doc, (path, bad))
        parent[path[-1]] = good
        if isinstance(parent, dict):  # a typo in the key: the value is then unknown
            del parent[path[-1]]
            parent[f"{path[-1]}_"] = good
            _assert_no_knock_on_problems(validator, doc, (path, "typo"))
            del parent[f"{path[-1]}_"]
            parent[path[-1]] = good


def _assert_no_knock_on_problems(
    validator: jsonschema.Draft202012Validator, doc: dict[str, Any], change: object
) -> None:
    broken = [tuple(e.absolute_path) for e in validator.iter_errors(doc)]
    problems = check_meaning(doc, broken)
    if broken:
        assert problems == [], (change, broken)


def test_issue_format() -> None:
    issue = SpecIssue(file="specs/x.yaml", line=3, path="shapes.A", message="bad")
    assert str(issue) == "specs/x.yaml:3: shapes.A: bad"
    assert str(SpecIssue(file="x.yaml", line=None, path="", message="bad")) == "x.yaml: bad"


def test_good_spec_becomes_ir() -> None:
    service = load_smithy_yaml(GOOD)
    assert (service.name, service.protocol, service.version) == (
        "Widgets",
        "restJson1",
        "2024-01-01",
    )
    ops = {op.name: op for op in service.operations}
    assert list(ops) == ["GetWidget", "ListWidgets"]
    get = ops["GetWidget"]
    assert get.http == ir.HttpTrait(method="GET", uri="/widgets/{widgetId}", code=200)
    assert get.errors == ("com.example.widgets#NotFoundException",)
    assert [w.name for w in get.waiters] == ["WidgetReady"]
    assert ops["ListWidgets"].paginated == ir.Paginated(
        input_token="nextToken", output_token="nextToken", page_size="maxResults", items="widgets"
    )
    request = service.shapes["com.example.widgets#GetWidgetRequest"]
    (widget_id,) = request.members
    assert widget_id.id == "com.example.widgets#GetWidgetRequest$widgetId"
    assert widget_id.required and widget_id.http is not None
    assert widget_id.http.location is ir.Location.LABEL
    assert widget_id.constraints.pattern == "^w-[0-9a-f]+$"
    error = service.shapes["com.example.widgets#NotFoundException"]
    assert (error.error, error.http_error) == ("client", 404)
    assert service.shapes["smithy.api#String"].type is ir.ShapeType.STRING


def test_every_http_binding_is_accepted_where_smithy_allows_it() -> None:
    service = load_smithy_yaml(BINDINGS)
    shapes = service.shapes
    request = {m.name: m for m in shapes["com.example.bindings#PutObjectRequest"].members}
    assert request["extra"].http == ir.HttpBinding(location=ir.Location.QUERY_PARAMS)
    assert request["object"].http == ir.HttpBinding(location=ir.Location.PAYLOAD)
    response = {m.name: m for m in shapes["com.example.bindings#GetObjectResponse"].members}
    assert response["meta"].http == ir.HttpBinding(
        location=ir.Location.PREFIX_HEADERS, name="x-meta-"
    )
    assert response["status"].http == ir.HttpBinding(location=ir.Location.STATUS)
    assert [op.http.uri for op in service.operations if op.http][2] == (
        "/buckets/{bucket}/objects?list-type=2"
    )


def test_generate_with_a_bad_spec_exits_2_and_writes_nothing(
    tmp_path: Path, black_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APIGEN_CACHE_DIR", str(black_cache))
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "widgets.yaml").write_bytes(GOOD.read_bytes())
    out = tmp_path / "out"
    runner = CliRunner()
    first = runner.invoke(main, ["generate", "--specs", str(specs), "--out", str(out)])
    assert first.exit_code == 0, first.output
    before = _tree(out)
    assert "apigen_generated/widgets/shapes.py" in before

    # A good spec changed and two bad specs added: nothing may be written.
    (specs / "widgets.yaml").write_text(
        GOOD.read_text(encoding="utf-8").replace("Returns one widget.", "Returns a widget."),
        encoding="utf-8",
    )
    for name in ("many_problems.yaml", "schema.yaml"):
        (specs / name).write_bytes((HERE / "bad_specs" / name).read_bytes())
    result = runner.invoke(main, ["generate", "--specs", str(specs), "--out", str(out)])
    assert result.exit_code == 2
    reported = result.stderr.splitlines()
    bad_specs = HERE / "bad_specs"
    expected = _expected(bad_specs / "many_problems.yaml") + _expected(bad_specs / "schema.yaml")
    assert len(reported) == len(expected) + 1
    assert reported[-1] == f"{len(expected)} problems; nothing was written."
    assert any("many_problems.yaml:17: operations.ListWidgets.paginated" in r for r in reported)
    assert any("schema.yaml:14: shapes.Widget.members.size.required" in r for r in reported)
    assert _tree(out) == before


def test_validate_reports_every_file(tmp_path: Path) -> None:
    runner = CliRunner()
    bad = [str(HERE / "bad_specs" / n) for n in ("bad_pattern.yaml", "awsjson_target_prefix.yaml")]
    result = runner.invoke(main, ["validate", str(GOOD), *bad])
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert sum("bad_pattern.yaml:" in line for line in lines) == 2
    assert sum("awsjson_target_prefix.yaml:6: service.protocol:" in line for line in lines) == 1
    assert lines[-1] == "3 problems."


def test_unreadable_and_non_mapping_specs(tmp_path: Path) -> None:
    listing = tmp_path / "list.yaml"
    listing.write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(SpecError, match="a spec is a YAML mapping"):
        load_smithy_yaml(listing)
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(SpecError, match="cannot read"):
        load_smithy_yaml(binary)
    if os.name == "posix" and os.geteuid() != 0:
        locked = tmp_path / "locked.yaml"
        locked.write_text("smithy: '2.0'\n", encoding="utf-8")
        locked.chmod(0)
        with pytest.raises(SpecError, match="cannot read"):
            load_smithy_yaml(locked)


def test_rpcv2cbor_service_reads_without_http() -> None:
    """rpcv2Cbor, like awsJson, binds nothing per operation; it ignores ``jsonName`` (Smithy's
    RPC v2 specification) and its timestamps travel as epoch seconds (CBOR tag 1)."""
    service = load_smithy_yaml(HERE / "good_specs" / "rpcv2cbor.yaml")
    assert service.protocol is ir.Protocol.RPC_V2_CBOR
    assert service.query_compatible is True
    (op,) = service.operations
    assert op.http is None
    name, at = service.shapes[op.input or ""].members
    assert name.json_name is None
    assert at.timestamp_format is ir.TimestampFormat.EPOCH_SECONDS
