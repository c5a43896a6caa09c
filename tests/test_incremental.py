"""Incremental generation: a spec is read, rendered and formatted only when something changed."""

from __future__ import annotations

import hashlib
import marshal
import sys
from pathlib import Path

import pytest

from apigen import incremental, pipeline
from apigen.errors import SpecError
from apigen.frontends import spec_files
from apigen.incremental import DIGESTS_MAGIC, KEEP, MEMO_MAGIC, Memo, generate_specs
from apigen.output.sealed import seal, unseal

GOOD = Path(__file__).resolve().parent / "frontends" / "good_specs" / "widgets.yaml"


@pytest.fixture
def specs(tmp_path: Path) -> Path:
    folder = tmp_path / "specs"
    folder.mkdir()
    for name in ("widgets.yaml", "gadgets.yaml"):
        (folder / name).write_bytes(GOOD.read_bytes())
    return folder


@pytest.fixture
def loaded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the specs ``pipeline.load_services`` is asked to read."""
    names: list[str] = []
    real = pipeline.load_services

    def spy(paths: list[Path]) -> object:
        names.extend(p.name for p in paths)
        return real(paths)

    monkeypatch.setattr(pipeline, "load_services", spy)
    return names


def test_same_output_as_the_pipeline(
    generated_files: dict[str, str], black_cache: Path, specs_dir: Path
) -> None:
    assert generate_specs(spec_files(specs_dir), black_cache) == generated_files


def test_the_memo_gives_each_files_digest(specs: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    fresh: dict[str, str] = {}
    files = generate_specs(spec_files(specs), cache, digests=fresh)
    memoised: dict[str, str] = {}
    assert generate_specs(spec_files(specs), cache, digests=memoised) == files
    expected = {
        rel: hashlib.sha256(text.encode("utf-8")).hexdigest() for rel, text in files.items()
    }
    assert fresh == memoised == expected
    assert generate_specs(spec_files(specs), None, digests=(none := {})) == files
    assert none == {}  # nothing memoised, nothing known: write_tree hashes the texts


def test_a_memo_entry_whose_digests_do_not_match_its_files_is_a_miss(tmp_path: Path) -> None:
    memo = Memo(tmp_path)
    memo.put("k", {"a.py": "x = 1\n"})
    path = tmp_path / f"k{Memo.SUFFIX}"
    files, digests = unseal(path.read_bytes(), MEMO_MAGIC)  # type: ignore[misc]
    assert memo.get("k") == (files, digests)
    for broken in ((files, {}), (files, {"a.py": "short"}), files, (files, digests, 1)):
        path.write_bytes(seal(broken, MEMO_MAGIC))
        assert memo.get("k") is None


def test_a_memo_file_not_sealed_as_ours_is_a_miss(tmp_path: Path) -> None:
    """Unmarshalled only behind an intact checksum: ``marshal`` trusts the sizes it reads."""
    memo = Memo(tmp_path)
    memo.put("k", {"a.py": "x = 1\n"})
    path = tmp_path / f"k{Memo.SUFFIX}"
    sealed = path.read_bytes()
    entry = unseal(sealed, MEMO_MAGIC)
    for other in (
        marshal.dumps(entry),  # the right data, not sealed (an entry of an older apigen)
        sealed[:-1] + bytes([sealed[-1] ^ 1]),  # one byte of the payload flipped
        seal(entry, DIGESTS_MAGIC),  # another kind of cache file
        sealed[: len(sealed) // 2],
    ):
        path.write_bytes(other)
        assert memo.get("k") is None
    path.write_bytes(sealed)
    assert memo.get("k") == entry


def test_nothing_changed_reads_nothing_and_skips_black(
    specs: Path,
    black_cache: Path,
    tmp_path: Path,
    loaded: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cache = tmp_path / "cache"
    first = generate_specs(spec_files(specs), cache)
    assert sorted(loaded) == ["gadgets.yaml", "widgets.yaml"]
    loaded.clear()
    monkeypatch.setitem(sys.modules, "black", None)  # `import black` now fails
    monkeypatch.setitem(sys.modules, "jinja2", None)
    assert generate_specs(spec_files(specs), cache) == first
    assert loaded == []


def test_one_changed_spec_is_the_only_one_read(
    specs: Path, tmp_path: Path, loaded: list[str]
) -> None:
    cache = tmp_path / "cache"
    generate_specs(spec_files(specs), cache)
    loaded.clear()
    gadgets = specs / "gadgets.yaml"
    gadgets.write_text(gadgets.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    generate_specs(spec_files(specs), cache)
    assert loaded == ["gadgets.yaml"]


def test_a_changed_generator_invalidates_everything(
    specs: Path, tmp_path: Path, loaded: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    generate_specs(spec_files(specs), cache)
    loaded.clear()
    monkeypatch.setattr(incremental, "generator_fingerprint", lambda: "another generator")
    generate_specs(spec_files(specs), cache)
    assert sorted(loaded) == ["gadgets.yaml", "widgets.yaml"]


def test_the_fingerprint_covers_sources_templates_and_python() -> None:
    fingerprint = incremental.generator_fingerprint()
    assert fingerprint == incremental.generator_fingerprint()
    assert (incremental.GENERATOR_DIR / "runtime" / "core" / "model.py").is_file()
    assert (incremental.TEMPLATES_DIR / "python" / "pyproject.toml.jinja").is_file()


def test_a_spec_with_problems_is_never_memoised(
    specs: Path, tmp_path: Path, loaded: list[str]
) -> None:
    cache = tmp_path / "cache"
    (specs / "broken.yaml").write_text("smithy: '2.0'\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(SpecError, match="'service' is a required property"):
            generate_specs(spec_files(specs), cache)
    assert loaded.count("broken.yaml") == 2


def test_no_cache_folder_means_no_memo(specs: Path, tmp_path: Path, loaded: list[str]) -> None:
    generate_specs(spec_files(specs), None)
    generate_specs(spec_files(specs), None)
    assert len(loaded) == 4


def test_memo_entries_are_pruned(tmp_path: Path) -> None:
    memo = Memo(tmp_path)
    for i in range(KEEP + 5):
        memo.put(f"k{i}", {"a.py": str(i)})
    memo.prune()
    digests = {p.name.replace(".digests", "") for p in tmp_path.glob("*.digests.marshal")}
    entries = {p.name for p in tmp_path.glob("*.marshal")} - {
        f"{n[:-8]}.digests.marshal" for n in digests
    }
    assert len(entries) == KEEP
    assert digests == entries  # each kept entry with its digests, none left without one
    assert memo.get_digests(f"k{KEEP + 4}") == {
        "a.py": hashlib.sha256(str(KEEP + 4).encode()).hexdigest()
    }
    assert Memo(tmp_path).get("missing") is None
    (tmp_path / "corrupt.marshal").write_bytes(b"{not marshal")
    assert memo.get("corrupt") is None
    assert Memo(None).get("k1") is None
