"""The command line: exit codes 0 (done), 1 (check: stale, with a diff), 2 (bad input)."""

from __future__ import annotations

import hashlib
import queue
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from apigen import __version__
from apigen.cli import main
from apigen.output import stat_index

GOOD = Path(__file__).resolve().parent / "frontends" / "good_specs" / "widgets.yaml"


@pytest.fixture
def specs(tmp_path: Path, black_cache: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("APIGEN_CACHE_DIR", str(black_cache))
    folder = tmp_path / "specs"
    folder.mkdir()
    (folder / "widgets.yaml").write_bytes(GOOD.read_bytes())
    return folder


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def test_generate_then_nothing_to_do(specs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run("generate", "--specs", specs, "--out", out)
    assert first.exit_code == 0, first.output
    assert " written, 0 removed, 0 unchanged in " in first.stdout
    assert (out / "apigen_generated" / "widgets" / "shapes.py").is_file()
    assert (out / "pyproject.toml").is_file()
    second = run("generate", "--specs", specs, "--out", out)
    assert second.exit_code == 0
    assert second.stdout.startswith("0 written, 0 removed, ")


def test_nothing_to_do_imports_no_reader_differ_importer_or_formatter(
    specs: Path, tmp_path: Path
) -> None:
    """A no-change ``generate`` in a fresh process needs hashing, the memo and writing only:
    importing the IR, the differ and the importers was two thirds of its time."""
    out = tmp_path / "out"
    assert run("generate", "--specs", specs, "--out", out).exit_code == 0
    program = (
        "import sys; from apigen.cli import main; "
        "main(sys.argv[1:], standalone_mode=False); print(*sorted(sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", program, "generate", "--specs", str(specs), "--out", str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.startswith("0 written, 0 removed, 1")
    loaded = set(done.stdout.split())
    heavy = {"apigen.ir", "apigen.diff.services", "apigen.importers", "apigen.pipeline"}
    heavy |= {"apigen.frontends.smithy_yaml", "jinja2", "black", "multiprocessing"}
    assert heavy & loaded == set()
    assert {"apigen.cli", "apigen.incremental", "apigen.output.writing"} <= loaded


def test_check_exit_codes_and_diff(specs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("check", "--specs", specs, "--out", out).exit_code == 1
    run("generate", "--specs", specs, "--out", out)
    fresh = run("check", "--specs", specs, "--out", out)
    assert fresh.exit_code == 0 and "is up to date" in fresh.stdout

    shapes = out / "apigen_generated" / "widgets" / "shapes.py"
    shapes.write_text(shapes.read_text(encoding="utf-8") + "# edited by hand\n", encoding="utf-8")
    edited = run("check", "--specs", specs, "--out", out)
    assert edited.exit_code == 1
    assert "--- a/apigen_generated/widgets/shapes.py" in edited.stdout
    assert "-# edited by hand" in edited.stdout
    assert "is stale: run `apigen generate`" in edited.stderr

    run("generate", "--specs", specs, "--out", out)
    stray = out / "apigen_generated" / "widgets" / "mine.py"
    stray.write_text("MINE = 1\n", encoding="utf-8")
    strayed = run("check", "--specs", specs, "--out", out)
    assert strayed.exit_code == 1
    assert "holds files no spec generates: move them out" in strayed.stderr
    assert "is stale" not in strayed.stderr  # generate would not remove it
    stray.unlink()

    spec = specs / "widgets.yaml"
    spec.write_text(
        spec.read_text(encoding="utf-8").replace("Returns one widget.", "Returns a widget."),
        encoding="utf-8",
    )
    stale = run("check", "--specs", specs, "--out", out)
    assert stale.exit_code == 1
    assert "+Returns a widget." in stale.stdout or "Returns a widget." in stale.stdout


def test_removed_spec_removes_its_package(specs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (specs / "gadgets.yaml").write_bytes(GOOD.read_bytes())
    assert run("generate", "--specs", specs, "--out", out).exit_code == 0
    assert (out / "apigen_generated" / "gadgets").is_dir()
    (specs / "gadgets.yaml").unlink()
    result = run("generate", "--specs", specs, "--out", out)
    assert result.exit_code == 0
    assert " 0 written" not in result.stdout  # the root __init__ lost a package
    assert not (out / "apigen_generated" / "gadgets").exists()


def test_bad_input_exits_2(specs: Path, tmp_path: Path) -> None:
    missing = run("generate", "--specs", tmp_path / "nope", "--out", tmp_path / "out")
    assert missing.exit_code == 2 and "no such folder of specs" in missing.stderr
    (tmp_path / "empty").mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "kept.py").write_text("K = 1\n", encoding="utf-8")
    empty = run("generate", "--specs", tmp_path / "empty", "--out", tmp_path / "out")
    assert empty.exit_code == 2 and "no spec files" in empty.stderr
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["kept.py"]
    (tmp_path / "out" / "kept.py").unlink()
    (tmp_path / "out").rmdir()
    (specs / "widgets_.yaml").write_bytes(GOOD.read_bytes())
    (specs / "widgets-.yaml").write_bytes(GOOD.read_bytes())
    clash = run("generate", "--specs", specs, "--out", tmp_path / "out")
    assert clash.exit_code == 2
    assert "generates package 'widgets'" in clash.stderr
    assert not (tmp_path / "out").exists()


def test_validate(tmp_path: Path) -> None:
    ok = run("validate", GOOD)
    assert ok.exit_code == 0
    assert ok.stdout.endswith("widgets.yaml: ok (2 operations, 7 shapes)\n")
    bad = tmp_path / "bad.yaml"
    bad.write_text("smithy: '2.0'\n", encoding="utf-8")
    result = run("validate", bad)
    assert result.exit_code == 2
    assert "bad.yaml:1: 'service' is a required property" in result.stderr
    assert run("validate", tmp_path / "absent.yaml").exit_code == 2


def test_version_and_module_entry_point() -> None:
    assert __version__ in run("--version").stdout
    result = subprocess.run(
        [sys.executable, "-m", "apigen", "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    for command in ("generate", "check", "validate"):
        assert command in result.stdout


# -- serve ------------------------------------------------------------------------------------

HANDLERS = """
from apigen_generated.kafkaconnect import KafkaConnectHandler
from apigen_generated.kafkaconnect.shapes import ListConnectorsResponse


class Live(KafkaConnectHandler):
    async def list_connectors(self, request):
        return ListConnectorsResponse(next_token="served")


class Stale(KafkaConnectHandler):
    async def list_connector(self, request):
        return None


class NeedsArgs(KafkaConnectHandler):
    def __init__(self, config):
        self.config = config


live = Live()
number = 42
"""


@pytest.fixture
def handlers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A module of handlers in the current folder (``apigen serve`` imports from there)."""
    name = f"handlers_{tmp_path.name.replace('-', '_')}"
    (tmp_path / f"{name}.py").write_text(HANDLERS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "path", list(sys.path))
    yield name
    sys.modules.pop(name, None)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope"], "no generated service 'nope' (known: confluent_byok_v1, emr_containers, "),
        (["glue", "--impl", "nocolon"], "expected module:Class"),
        (["glue", "--impl", "no_such_module_xyz:H"], "cannot import 'no_such_module_xyz': "),
        (["glue", "--impl", "{h}:Missing"], "has no attribute 'Missing'"),
        (["glue", "--impl", "{h}:number"], "number is not a handler"),
        (["glue", "--impl", "json:dumps"], "dumps is not a handler"),
        (["glue", "--impl", "{h}:NeedsArgs"], "NeedsArgs() failed: TypeError"),
        (["glue", "--impl", "{h}:Live"], "Live does not fit GlueHandler"),
        (["kafkaconnect", "--impl", "{h}:Stale"], "(did you mean list_connectors?)"),
        (["confluent-byok-v1", "--verify-sigv4"], "confluent-byok-v1 does not use SigV4"),
    ],
)
def test_serve_refuses_bad_input_with_exit_2(handlers: str, args: list[str], message: str) -> None:
    result = run("serve", *[a.replace("{h}", handlers) for a in args])
    assert result.exit_code == 2, result.output
    assert message in result.stderr and result.stderr.startswith("apigen serve: ")
    assert "Traceback" not in result.output


def test_serve_takes_package_or_spec_names(handlers: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from apigen import serve

    started: list[tuple[serve.Served, str, int]] = []
    monkeypatch.setattr(
        serve, "run", lambda served, host, port: started.append((served, host, port))
    )
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKID")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "SECRET")
    for args in (
        ["emr-containers"],
        ["emr_containers", "--port", "9"],
        ["kafkaconnect", "--impl", f"{handlers}:Live", "--verify-sigv4"],
        ["kafkaconnect", "--impl", f"{handlers}:live", "--host", "0.0.0.0"],
    ):
        result = run("serve", *args)
        assert result.exit_code == 0, result.output
    assert [(s.service, s.handler, host, port) for s, host, port in started] == [
        ("emr_containers", "EMRContainersHandler", "127.0.0.1", 8000),
        ("emr_containers", "EMRContainersHandler", "127.0.0.1", 9),
        ("kafkaconnect", "Live", "127.0.0.1", 8000),
        ("kafkaconnect", "Live", "0.0.0.0", 8000),
    ]
    assert "serving kafkaconnect with Live" in result.stderr


def test_serve_really_serves(handlers: str, tmp_path: Path) -> None:
    from apigen_generated.kafkaconnect import KafkaConnectClient

    command = [sys.executable, "-m", "apigen", "serve", "kafkaconnect", "--port", "0"]
    with subprocess.Popen(
        [*command, "--impl", f"{handlers}:Live"], cwd=tmp_path, stderr=subprocess.PIPE, text=True
    ) as process:
        try:
            _check_live_server(process, KafkaConnectClient)
        finally:
            process.terminate()
            process.wait(timeout=20)


def _check_live_server(process: subprocess.Popen[str], client_class: Any) -> None:
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(
        target=lambda: [lines.put(line) for line in process.stderr or ()], daemon=True
    ).start()
    url = ""
    while not url:
        line = lines.get(timeout=20)
        found = re.search(r"Uvicorn running on (http://127\.0\.0\.1:\d+)", line)
        url = found.group(1) if found else ""
    client = client_class(
        endpoint_url=url, region="us-east-1", aws_access_key_id="A", aws_secret_access_key="S"
    )
    with client:
        assert client.list_connectors().next_token == "served"
        with pytest.raises(Exception, match=r"NotImplemented \(HTTP 501\)"):
            client.list_custom_plugins()


def _tree(root: Path) -> dict[str, bytes | None]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes() if p.is_file() else None
        for p in sorted(root.rglob("*"))
    }


def test_a_folder_in_the_way_exits_2_and_leaves_the_output_as_it_was(
    specs: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert run("generate", "--specs", specs, "--out", out).exit_code == 0
    (specs / "gadgets.yaml").write_bytes(GOOD.read_bytes())
    (out / "apigen_generated" / "gadgets" / "server.py").mkdir(parents=True)
    before = _tree(out)
    result = run("generate", "--specs", specs, "--out", out)
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "gadgets/server.py: a folder is in the way of a generated file" in result.stderr
    assert "was left as it was" in result.stderr
    assert _tree(out) == before


def test_generate_after_a_tampered_manifest_deletes_nothing_outside(
    specs: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    victim = tmp_path / "v" / "k"
    victim.parent.mkdir()
    victim.write_text("precious\n", encoding="utf-8")
    assert run("generate", "--specs", specs, "--out", out).exit_code == 0
    manifest = out / ".apigen-manifest"
    digest = hashlib.sha256(victim.read_bytes()).hexdigest()
    with manifest.open("a", encoding="utf-8") as handle:
        handle.write(f"{digest}  ../v/k\n{digest}  {victim}\n")
    checked = run("check", "--specs", specs, "--out", out)
    assert checked.exit_code == 1 and "'../v/k' points outside out/" in checked.stdout
    assert run("generate", "--specs", specs, "--out", out).exit_code == 0
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert run("check", "--specs", specs, "--out", out).exit_code == 0


def test_nothing_to_do_reads_no_memoised_text(
    specs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A no-change ``generate`` is shown by the memo's digests and the stat index alone: the
    memo's texts are not read (here they are broken), yet an edited or a deleted output file
    is still noticed and put back."""
    monkeypatch.setattr(stat_index, "RACY_NS", 0)  # a file written a moment ago counts as settled
    cache = tmp_path / "cache"
    monkeypatch.setenv("APIGEN_CACHE_DIR", str(cache))
    out = tmp_path / "out"
    for _ in range(2):  # the second run reads each file once and records its status
        assert run("generate", "--specs", specs, "--out", out).exit_code == 0
    shapes = out / "apigen_generated" / "widgets" / "shapes.py"
    wanted = shapes.read_bytes()
    texts = [p for p in (cache / "memo").glob("*.marshal") if ".digests." not in p.name]
    assert texts
    for path in texts:
        path.write_bytes(b"not an entry")
    third = run("generate", "--specs", specs, "--out", out)
    assert third.stdout.startswith("0 written, 0 removed, "), third.output
    shapes.write_bytes(b"edited\n")
    fourth = run("generate", "--specs", specs, "--out", out)
    assert fourth.stdout.startswith("1 written, 0 removed, "), fourth.output
    assert shapes.read_bytes() == wanted
    shapes.unlink()
    fifth = run("generate", "--specs", specs, "--out", out)
    assert fifth.stdout.startswith("1 written, 0 removed, "), fifth.output
    assert shapes.read_bytes() == wanted
