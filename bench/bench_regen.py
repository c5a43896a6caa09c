"""Time `apigen generate` as a user runs it: a fresh process each time, wall clock.

For every spec in specs/ alone, and for all of them together:

- from scratch: ``--no-cache`` into an empty folder (every spec read, rendered, formatted);
- nothing changed: again with a warm cache into the up-to-date folder (median of runs);
- one spec edited (all specs only): a documentation string of one spec changed.

With ``--against TREE`` (a checkout of another apigen, e.g. ``git archive main``): side
by side instead, alternating a run of that tree's generator (``PYTHONPATH=TREE``) and one of
this tree's, ``--rounds`` times, for all specs from scratch, the five seed specs (issue #11:
all but ``sts.yaml``) from scratch, and all specs with nothing changed; wall and CPU time
(user + system, black's workers included) per run, medians, and whether the two trees wrote
the same bytes.

Every run is timed as a user's shell runs it: ``PYTHONDONTWRITEBYTECODE`` (which this
machine sets) is removed from the runs' environment, so Python keeps the generator's
bytecode in ``__pycache__`` as it does by default, and one untimed run per tree before the
timed ones writes it; otherwise every run pays for compiling apigen's ~100 modules.

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
    return timed(None, specs, out, cache, *extra)[0]


def timed(
    tree: Path | None, specs: Path, out: Path, cache: Path, *extra: str
) -> tuple[float, float]:
    """(wall s, CPU s) of one ``apigen generate`` of ``tree``'s generator (this one: None)."""
    env = {**os.environ, "APIGEN_CACHE_DIR": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # see the module docstring
    if tree is not None:
        env["PYTHONPATH"] = str(tree)
    started = time.perf_counter()
    process = subprocess.Popen(
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
        cwd=tree or ROOT,  # `python -m` imports from the working folder first
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # wait4's usage is this run's, its waited-for black workers included
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status):
        raise RuntimeError(f"apigen generate failed ({tree or ROOT}): rerun it by hand to see why")
    return wall, usage.ru_utime + usage.ru_stime


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


SEEDS_LEFT_OUT = {"sts.yaml"}  # added after issue #11 named its five specs


def side_by_side(against: Path, specs: list[Path], work: Path, rounds: int) -> None:
    """Alternating runs of ``against``'s generator and this one's (see the docstring)."""
    seeds = [s for s in specs if s.name not in SEEDS_LEFT_OUT]
    cases = [("all, from scratch", specs, True), ("five seeds, from scratch", seeds, True)]
    cases.append(("all, nothing changed", specs, False))
    trees: dict[str, Path | None] = {"base": against.resolve(), "new": None}
    print(f"python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores")
    print("| case | base wall (s) | new wall (s) | base CPU (s) | new CPU (s) | same bytes |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    for case, chosen, scratch in cases:
        folders = {}
        for name in trees:
            folder = work / case.replace(" ", "_").replace(",", "") / name
            (folder / "specs").mkdir(parents=True)
            for spec in chosen:
                shutil.copy(spec, folder / "specs" / spec.name)
            folders[name] = folder
            if not scratch:  # a warm cache and an up-to-date folder first
                timed(trees[name], folder / "specs", folder / "out", folder / "cache")
            else:  # untimed: writes the tree's bytecode
                timed(trees[name], folder / "specs", folder / "warm-up", folder / "cache")
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
        loads = [os.getloadavg()[0]]
        for _ in range(rounds):
            for name, tree in trees.items():
                folder = folders[name]
                if scratch:
                    shutil.rmtree(folder / "out", ignore_errors=True)
                extra = ("--no-cache",) if scratch else ()
                samples[name].append(
                    timed(tree, folder / "specs", folder / "out", folder / "cache", *extra)
                )
            loads.append(os.getloadavg()[0])
        same = tree_bytes(folders["base"] / "out") == tree_bytes(folders["new"] / "out")
        wall = {n: statistics.median(w for w, _ in samples[n]) for n in trees}
        cpu = {n: statistics.median(c for _, c in samples[n]) for n in trees}
        print(
            f"| {case} | {wall['base']:.2f} | {wall['new']:.2f} | {cpu['base']:.2f} "
            f"| {cpu['new']:.2f} | {'yes' if same else 'NO'} |",
            flush=True,
        )
        print(f"(load average during {case}: {min(loads):.1f}-{max(loads):.1f})", file=sys.stderr)


def lines(out: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8").splitlines()) for p in out.rglob("*.py"))


def measure(name: str, specs: list[Path], work: Path, repeats: int, edit: bool) -> list[str]:
    folder = work / name / "specs"
    folder.mkdir(parents=True)
    for spec in specs:
        shutil.copy(spec, folder / spec.name)
    out, cache = work / name / "out", work / name / "cache"
    run(folder, work / name / "warm-up", cache, "--no-cache")  # untimed: writes the bytecode
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
    parser.add_argument("--against", type=Path, help="another apigen tree, run side by side")
    parser.add_argument("--rounds", type=int, default=5, help="alternating rounds (--against)")
    args = parser.parse_args()
    specs = sorted(p for p in SPECS.iterdir() if p.suffix in {".yaml", ".yml", ".json"})
    if args.against is not None:
        with tempfile.TemporaryDirectory(prefix="apigen-bench-") as tmp:
            side_by_side(args.against, specs, Path(tmp), args.rounds)
        return
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
