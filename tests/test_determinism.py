"""Generation is deterministic: byte-identical on a rerun and under another PYTHONHASHSEED.

black is slow, so every run here shares the session's formatting cache (keyed by the
unformatted text: a rendering that differs still misses the cache and shows up). The
subprocess runs get a copy of that cache without the whole-spec memo, so they really read,
render and format each spec.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from apigen.frontends import spec_files
from apigen.output.formatting import Formatter
from apigen.pipeline import generate, load_services


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_generating_twice_is_byte_identical(
    generated_files: dict[str, str], black_cache: Path, specs_dir: Path
) -> None:
    again = generate(load_services(spec_files(specs_dir)), Formatter(black_cache))
    assert list(again) == list(generated_files)
    assert again == generated_files


def test_hash_seed_does_not_change_the_output(
    generated_files: dict[str, str],
    black_cache: Path,
    tmp_path: Path,
    project_root: Path,
    specs_dir: Path,
) -> None:
    trees = []
    for seed in ("1", "2"):
        cache = tmp_path / f"cache-{seed}"
        shutil.copytree(black_cache, cache, ignore=shutil.ignore_patterns("memo"))
        out = tmp_path / f"out-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed, "APIGEN_CACHE_DIR": str(cache)}
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "apigen",
                "generate",
                "--specs",
                str(specs_dir),
                "--out",
                str(out),
            ],
            cwd=project_root,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        trees.append(_tree(out))
    assert trees[0] == trees[1]
    assert {k: v for k, v in trees[0].items() if k != ".apigen-manifest"} == {
        k: v.encode() for k, v in generated_files.items()
    }
