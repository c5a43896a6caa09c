"""``apigen import botocore``: a sample of botocore's models (one per protocol, chosen by the
data, and the seed services) becomes specs that carry the model's facts, deterministically.

Expectations come from the botocore model files themselves; every model is swept in
``test_import_sweep.py`` (its own nox session).
"""

from __future__ import annotations

import gzip
import json
import os
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from botocore_models import load, one_per_protocol, service_folders
from click.testing import CliRunner

from apigen.cli import main
from apigen.errors import SpecError
from apigen.frontends.smithy_yaml import load_smithy_yaml
from apigen.importers import import_botocore_path, yaml_writer

SAMPLE = sorted({*one_per_protocol().values(), "kafkaconnect", "emr-containers", "glue"})


@cache
def _imported(service: str) -> tuple[dict[str, Any], str, str]:
    imported = import_botocore_path(service_folders()[service])
    return imported.spec, imported.stem, yaml_writer.dump(imported.spec, imported.header)


def _import(service: str, tmp_path: Path) -> tuple[dict[str, Any], Path, str]:
    """The service's spec (imported once per test run), written into ``tmp_path``."""
    spec, stem, text = _imported(service)
    path = tmp_path / f"{stem}.yaml"
    path.write_text(text, encoding="utf-8")
    return spec, path, text


@pytest.mark.parametrize("service", SAMPLE)
def test_sample_imports_validate_and_load_back(service: str, tmp_path: Path) -> None:
    spec, path, text = _import(service, tmp_path)
    assert yaml.safe_load(text) == spec  # the writer loses nothing
    loaded = load_smithy_yaml(path)
    model = load(service_folders()[service], "service-2")
    assert {op.name for op in loaded.operations} == set(model["operations"])
    assert set(model["shapes"]) <= set(spec["shapes"]) | _renamed(text)


def _renamed(text: str) -> set[str]:
    for line in text.splitlines():
        if line.startswith("# renamed"):
            return {pair.split(" -> ")[0] for pair in line.split(": ", 1)[1].split(", ")}
    return set()


@pytest.mark.parametrize("service", SAMPLE)
def test_import_is_deterministic(service: str, tmp_path: Path) -> None:
    again = import_botocore_path(service_folders()[service])
    assert yaml_writer.dump(again.spec, again.header) == _imported(service)[2]


def test_header_records_every_source_with_its_digest(tmp_path: Path) -> None:
    import hashlib

    folder = service_folders()["kafkaconnect"]
    text = _import("kafkaconnect", tmp_path)[2]
    header = [line for line in text.splitlines() if line.startswith("#")]
    read = ("service-2", "paginators-1", "waiters-2", "endpoint-rule-set-1")
    for file in sorted(f for f in folder.iterdir() if f.name.split(".")[0] in read):
        digest = hashlib.sha256(file.read_bytes()).hexdigest()
        assert any(file.name in line and digest in line for line in header), file.name
    assert str(folder.parent.parent.parent) not in text  # no absolute paths


@pytest.mark.parametrize("service", SAMPLE)
def test_paginators_and_waiters_come_across(service: str, tmp_path: Path) -> None:
    folder = service_folders()[service]
    spec = _import(service, tmp_path)[0]
    paginators = (load(folder, "paginators-1") or {}).get("pagination", {})
    for name, raw in paginators.items():
        got = spec["operations"][name]["paginated"]
        tokens = raw["input_token"]
        assert got["inputToken"] == (
            tokens[0] if isinstance(tokens, list) and len(tokens) == 1 else tokens
        )
        assert got.get("pageSize") == raw.get("limit_key")
    waiters = (load(folder, "waiters-2") or {}).get("waiters", {})
    for name, raw in waiters.items():
        got = spec["operations"][raw["operation"]]["waiters"][name]
        assert len(got["acceptors"]) == len(raw["acceptors"])
        assert (got["minDelay"], got["maxAttempts"]) == (raw["delay"], raw["maxAttempts"])
    rules = load(folder, "endpoint-rule-set-1")
    assert spec.get("endpointRules") == rules


def _every_op_trait(key: str) -> list[tuple[str, str]]:
    """(service, operation) pairs whose botocore model sets ``key``, first few services."""
    found = []
    for service, folder in service_folders().items():
        ops = load(folder, "service-2")["operations"]
        found += [(service, op) for op, raw in ops.items() if key in raw]
        if len(found) >= 3:
            return found[:3]
    return found


@pytest.mark.parametrize(
    ("key", "spec_key"),
    [
        ("endpoint", "hostPrefix"),
        ("httpChecksum", "httpChecksum"),
        ("requestcompression", "requestCompression"),
        ("staticContextParams", "staticContextParams"),
        ("auth", "auth"),
    ],
)
def test_operation_traits_come_across(key: str, spec_key: str, tmp_path: Path) -> None:
    cases = _every_op_trait(key)
    assert cases, f"no botocore model sets {key}"
    for service, op in cases:
        spec = _import(service, tmp_path)[0]
        assert spec_key in spec["operations"][op], (service, op)


def test_request_compression_reaches_the_ir(tmp_path: Path) -> None:
    """botocore's ``requestcompression`` encodings, through the import and the spec front end,
    and through the botocore front end, are the IR operation's ``request_compression``."""
    from apigen.frontends.botocore import botocore_service

    cases = _every_op_trait("requestcompression")
    assert cases, "no botocore model sets requestcompression"
    for service, op in cases:
        raw = load(service_folders()[service], "service-2")
        wanted = tuple(raw["operations"][op]["requestcompression"]["encodings"])
        loaded = load_smithy_yaml(_import(service, tmp_path)[1])
        assert next(o for o in loaded.operations if o.name == op).request_compression == wanted
        direct = botocore_service(raw, f"{service}.json")
        assert next(o for o in direct.operations if o.name == op).request_compression == wanted


def test_streaming_event_streams_and_xml_traits(tmp_path: Path) -> None:
    model = load(service_folders()["s3"], "service-2")
    spec = _import("s3", tmp_path)[0]
    refs: dict[str, list[dict[str, Any]]] = {}
    for raw in model["shapes"].values():
        for mraw in raw.get("members", {}).values():
            refs.setdefault(mraw["shape"], []).append(mraw)
    for name, raw in model["shapes"].items():
        shape = spec["shapes"][name]
        # botocore marks S3's Body streaming on its members: the target streams when all do.
        by_members = bool(refs.get(name)) and all(m.get("streaming") for m in refs[name])
        streams = raw.get("streaming") or raw.get("eventstream") or by_members
        assert bool(shape.get("streaming")) == bool(streams)
        assert bool(shape.get("xmlFlattened")) == bool(raw.get("flattened"))
        for member, mraw in raw.get("members", {}).items():
            got = shape["members"][member]
            if mraw.get("xmlAttribute"):
                assert got["xmlAttribute"] is True
            if "xmlNamespace" in mraw:
                assert got["xmlNamespace"]["uri"] == mraw["xmlNamespace"]["uri"]


def test_documentation_is_markdown(tmp_path: Path) -> None:
    spec = _import("kafkaconnect", tmp_path)[0]
    docs = [s.get("documentation", "") for s in spec["shapes"].values()]
    assert any("`" in d for d in docs)
    assert not any("<p>" in d or "<code>" in d for d in docs)


def test_bad_json_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "service-2.json"
    bad.write_text('{"metadata": {\n  "protocol": "json",\n}', encoding="utf-8")
    with pytest.raises(SpecError) as exc:
        import_botocore_path(tmp_path)
    (issue,) = exc.value.issues
    assert issue.file.endswith("service-2.json") and "line 3" in issue.message


def test_facts_the_format_cannot_carry_are_listed_with_json_paths(tmp_path: Path) -> None:
    folder = service_folders()["kafkaconnect"]
    model = load(folder, "service-2")
    model["operations"]["ListConnectors"]["futureTrait"] = 1
    first = next(iter(model["shapes"]))
    model["shapes"][first]["futureShapeTrait"] = True
    (tmp_path / "service-2.json.gz").write_bytes(gzip.compress(json.dumps(model).encode()))
    with pytest.raises(SpecError) as exc:
        import_botocore_path(tmp_path)
    paths = {i.path for i in exc.value.issues}
    assert paths == {
        "$.operations.ListConnectors.futureTrait",
        f"$.shapes.{first}.futureShapeTrait",
    }


def test_cli_writes_a_valid_spec_and_nothing_on_failure(tmp_path: Path) -> None:
    out = tmp_path / "specs" / "emr-containers.yaml"
    runner = CliRunner()
    folder = str(service_folders()["emr-containers"])
    result = runner.invoke(main, ["import", "botocore", folder, "--out", str(out)])
    assert result.exit_code == 0, result.output
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # as open() makes it, not 0600
    result = runner.invoke(main, ["validate", str(out)])
    assert result.exit_code == 0, result.output
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(
        main, ["import", "botocore", str(empty), "--out", str(tmp_path / "x.yaml")]
    )
    assert result.exit_code == 2 and "service-2.json" in result.output
    assert not (tmp_path / "x.yaml").exists()


def test_generate_refuses_a_protocol_without_codecs_in_one_error(tmp_path: Path) -> None:
    from apigen import ir
    from apigen.importers.botocore_model import PROTOCOLS

    planned = sorted(p for p in one_per_protocol() if PROTOCOLS.get(p) in ir.PLANNED_PROTOCOLS)
    if not planned:
        pytest.skip("every botocore protocol has a codec")
    query = one_per_protocol()[planned[0]]
    specs = tmp_path / "specs"
    specs.mkdir()
    runner = CliRunner()
    result = runner.invoke(
        main, ["import", "botocore", str(service_folders()[query]), "--out", str(specs / "q.yaml")]
    )
    assert result.exit_code == 0, result.output
    result = runner.invoke(
        main, ["generate", "--specs", str(specs), "--out", str(tmp_path / "gen"), "--no-cache"]
    )
    assert result.exit_code == 2
    name = PROTOCOLS[planned[0]]
    assert "q.yaml" in result.output and f"{name} protocol is not generated yet" in result.output
    assert not (tmp_path / "gen").exists()


def test_malformed_files_beside_the_model_are_named(tmp_path: Path) -> None:
    folder = service_folders()["kafkaconnect"]
    model = load(folder, "service-2")
    (tmp_path / "service-2.json").write_text(json.dumps(model), encoding="utf-8")
    (tmp_path / "paginators-1.json").write_text("[]", encoding="utf-8")
    (tmp_path / "waiters-2.json").write_text(
        '{"version": 2, "waiters": {"W": 1}}', encoding="utf-8"
    )
    with pytest.raises(SpecError) as exc:
        import_botocore_path(tmp_path)
    found = {(Path(i.file).name, i.path) for i in exc.value.issues}
    assert found == {("paginators-1.json", "$.pagination"), ("waiters-2.json", "$.waiters.W")}


def test_import_prints_one_summary_line_and_quiet_prints_nothing(tmp_path: Path) -> None:
    """Not a terminal (CliRunner): no progress line, one summary line; --quiet: neither."""
    folder = str(service_folders()["emr-containers"])
    runner = CliRunner()
    loud = runner.invoke(main, ["import", "botocore", folder, "--out", str(tmp_path / "a.yaml")])
    assert loud.exit_code == 0, loud.output
    assert loud.output.count("\n") == 1 and "imported (" in loud.output
    assert "\r" not in loud.output
    quiet = runner.invoke(
        main, ["import", "botocore", folder, "--out", str(tmp_path / "b.yaml"), "--quiet"]
    )
    assert quiet.exit_code == 0 and quiet.output == ""
    assert (tmp_path / "a.yaml").read_bytes() == (tmp_path / "b.yaml").read_bytes()


def test_a_pattern_that_matches_nothing_is_carried_not_enforced(tmp_path: Path) -> None:
    """A model pattern with characters before its ``^`` (an ECMAScript literal, ``/^...$/``,
    as Connect writes ``Password``'s) matches no value: the spec keeps it, with the
    ``PatternTrait`` suppressed, and the IR enforces none; a pattern beside it stays."""
    model = load(service_folders()["kafkaconnect"], "service-2")
    strings = [n for n, s in model["shapes"].items() if s["type"] == "string" and "enum" not in s]
    strings = strings[:2]
    model["shapes"][strings[0]]["pattern"] = "/^[a-z]{2,8}$/"
    model["shapes"][strings[1]]["pattern"] = "^[a-z]{2,8}$"
    (tmp_path / "service-2.json.gz").write_bytes(gzip.compress(json.dumps(model).encode()))
    imported = import_botocore_path(tmp_path)
    shapes = imported.spec["shapes"]
    assert shapes[strings[0]]["pattern"] == "/^[a-z]{2,8}$/"
    assert shapes[strings[0]]["suppress"] == ["PatternTrait"]
    assert "suppress" not in shapes[strings[1]]
    text = yaml_writer.dump(imported.spec, imported.header)
    (tmp_path / "kafkaconnect.yaml").write_text(text, encoding="utf-8")
    loaded = load_smithy_yaml(tmp_path / "kafkaconnect.yaml")
    ids = {shape_id.split("#")[-1]: shape_id for shape_id in loaded.shapes}
    assert loaded.shape(ids[strings[0]]).constraints.pattern is None
    assert loaded.shape(ids[strings[1]]).constraints.pattern == "^[a-z]{2,8}$"
