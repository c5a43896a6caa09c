"""Time `apigen generate` as a user runs it: a fresh process each time, wall clock.

For every spec in specs/ alone, and for all of them together:

- from scratch: ``--no-cache`` into an empty folder (every spec read, rendered, formatted);
- nothing changed: again with a warm cache into the up-to-date folder (median of runs);
- one spec edited (all specs only): a documentation string of one spec changed.

Prints a Markdown table; bench/README.md records results. Nothing here is a test.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"


def run(specs: Path, out: Path, cache: Path, *extra: str) -> float:
    env = {**os.environ, "APIGEN_CACHE_DIR": str(cache)}
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "apigen",
            "generate",
            "--specs",
            str(specs),
            "--out",
            str(out),
            *extra,
        ],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


def lines(out: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8").splitlines()) for p in out.rglob("*.py"))


def measure(name: str, specs: list[Path], work: Path, repeats: int, edit: bool) -> list[str]:
    folder = work / name / "specs"
    folder.mkdir(parents=True)
    for spec in specs:
        shutil.copy(spec, folder / spec.name)
    out, cache = work / name / "out", work / name / "cache"
    scratch = run(folder, out, cache, "--no-cache")
    run(folder, out, cache)  # fills the cache
    unchanged = statistics.median(run(folder, out, cache) for _ in range(repeats))
    edited = "-"
    if edit:
        target = folder / "kafkaconnect.yaml"
        text = target.read_text(encoding="utf-8")
        edited_text = text.replace("The name of the connector.", "The connector's name.")
        assert edited_text != text, "the edit no longer applies to kafkaconnect.yaml"
        target.write_text(edited_text, encoding="utf-8")
        edited = f"{run(folder, out, cache):.2f}"
    return [name, f"{lines(out):,}", f"{scratch:.2f}", f"{unchanged:.3f}", edited]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="runs of the nothing-changed case")
    args = parser.parse_args()
    specs = sorted(p for p in SPECS.iterdir() if p.suffix in {".yaml", ".yml", ".json"})
    rows = [
        [
            "specs",
            "generated lines",
            "from scratch (s)",
            "nothing changed (s)",
            "one spec edited (s)",
        ]
    ]
    with tempfile.TemporaryDirectory(prefix="apigen-bench-") as tmp:
        work = Path(tmp)
        for spec in specs:
            rows.append(measure(spec.name, [spec], work, args.repeats, edit=False))
        rows.append(measure("all", specs, work, args.repeats, edit=True))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    print(f"python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores")
    for i, row in enumerate(rows):
        print("| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + " |")
        if i == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")


if __name__ == "__main__":
    main()
