"""Pieces that skip black (``output.black_stable.settled``) are exactly what black writes.

Two proofs. Each rule of ``settled`` refuses a text black rewrites: black itself is asked
first that it changes the text (so no rule guards against a change black does not make).
And over botocore models chosen by the data (for each protocol the generator writes, a
typical service: the lower quartile of its models' sizes, ec2's one model only in the wide
run; ``APIGEN_BLACK_STEP=n`` adds every n-th service by name, ``nox -s black_sample``),
every module generated with pieces skipped is black's own text for the whole module.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import black
import pytest
from recording_formatter import Recording

from apigen import ir
from apigen.importers import import_botocore_path, yaml_writer
from apigen.importers.botocore_model import PROTOCOLS
from apigen.output.black_stable import LINE_LENGTH, settled
from apigen.output.formatting import LINE_LENGTH as BLACK_LINE_LENGTH
from apigen.output.formatting import Formatter
from apigen.pipeline import generate, load_services

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "importers"))
from botocore_models import DATA, load, service_folders

STEP = int(os.environ.get("APIGEN_BLACK_STEP", "0"))


def _black(text: str) -> str:
    formatter = Formatter(None)
    return str(black.format_str(text, mode=formatter._black_mode()))  # type: ignore[arg-type]


def test_line_length_is_blacks() -> None:
    assert LINE_LENGTH == BLACK_LINE_LENGTH


_WIDE = "\u4e2d" * 30  # 30 characters, 60 columns
# (a piece black rewrites, the blank lines black puts after it: two before a definition).
REWRITTEN = {
    "a line over the limit": ("x = call(" + ", ".join(["argument"] * 10) + ")\n", 0),
    "a wide line": (f'x = call("{_WIDE}", "{_WIDE}")\n', 0),
    "trailing spaces": ("x = 1  \n", 0),
    "trailing spaces in a docstring": ('def f():\n    """Doc.\n\n    More.  \n    """\n', 0),
    "a no-break space ending a docstring line": (
        'def f():\n    """Doc.\n\n    More.\u00a0\n    """\n',
        0,
    ),
    "a tab in a docstring": ('def f():\n    """Doc.\n\n    \tMore.\n    """\n', 0),
    "a line separator ending a docstring line": (
        'def f():\n    """Doc.\n\n    More\u2028\n    """\n',
        0,
    ),
    "a carriage return in a docstring": ('def f():\n    """Doc.\n\n    More\r text.\n    """\n', 0),
    "a backslash continuation": ("x = 1 + \\\n    2\n", 0),
    "three blank lines": ("x = 1\n\n\n\ny = 2\n", 0),
    "two blank lines in a block": ("def f():\n    x = 1\n\n\n    y = 2\n", 0),
    "three blank lines before a definition": ("x = 1\n\n\n\n", 2),
    "one blank line before a definition": ("x = 1\n\n", 2),
    "a blank first line": ("\nx = 1\n", 0),
    "a long string after an operator": (f'x = call(\n    y + "{"a" * 100}",\n)\n', 0),
    "closing quotes past the limit": (f'def f():\n    """Doc.\n\n    {"word " * 18}word"""\n', 0),
}


@pytest.mark.parametrize("case", sorted(REWRITTEN))
def test_settled_refuses_what_black_rewrites(case: str) -> None:
    text, after = REWRITTEN[case]
    module = text + ("def g():\n    pass\n" if after else "")
    assert _black(module) != module, "black keeps it: no rule needed"
    assert not settled(text, after)


KEPT = {
    "a docstring line over the limit": f'def f():\n    """Doc.\n\n    {" ".join(["word"] * 30)}\n    """\n',
    "a short statement": "x = call(argument)\n",
    "a long pattern argument": f'x = call(\n    pattern=r"{"[a-z]" * 25}",\n    y=1,\n)\n',
    "a long dict entry": f'x = {{\n    "a": 1,\n    "{"k" * 50}": "{"v" * 50}",\n}}\n',
    "a long name in a call": f"x = call(\n    {'n' * 100},\n)\n",
    "a tab inside a docstring line": 'def f():\n    """Doc.\n\n    More\ttext.\n    """\n',
    "a line separator inside a docstring line": 'def f():\n    """Doc.\n\n    More\u2028 text.\n    """\n',
    "two blank lines before a definition": "x = 1\n\n\ndef g():\n    pass\n",
}


@pytest.mark.parametrize("case", sorted(KEPT))
def test_settled_takes_what_black_keeps(case: str) -> None:
    text = KEPT[case]
    assert _black(text) == text
    piece, _, rest = text.partition("def g")
    assert settled(piece, piece.count("\n") - 1 if rest else 0)


def _generatable(protocol: str) -> bool:
    return PROTOCOLS.get(protocol, "awsJson1_1") not in ir.PLANNED_PROTOCOLS


# The default session leaves out models bigger than this (gzipped): ec2 alone, four minutes.
_FAST_BYTES = 200_000


def _typical_per_protocol(max_bytes: int | None) -> list[str]:
    """For each protocol apigen generates, the botocore service at the lower quartile of that
    protocol's model sizes (a typical service, not a toy one), if no bigger than ``max_bytes``."""
    sizes: dict[str, list[tuple[int, str]]] = {}
    for name, folder in service_folders().items():
        protocol = load(folder, "service-2")["metadata"]["protocol"]
        if _generatable(protocol):
            size = sum(p.stat().st_size for p in folder.glob("service-2.json*"))
            sizes.setdefault(protocol, []).append((size, name))
    chosen = [sorted(found)[len(found) // 4] for found in sizes.values()]
    return sorted(name for size, name in chosen if max_bytes is None or size <= max_bytes)


def _fewest_operations() -> str:
    """The generatable botocore service with the fewest operations (first by name): a
    module of one of a kind (a one-name ``Literal[...]``) is laid out otherwise by black."""
    counts = []
    for name, folder in service_folders().items():
        model = load(folder, "service-2")
        if _generatable(model["metadata"]["protocol"]):
            counts.append((len(model["operations"]), name))
    return min(counts)[1]


def _sample() -> list[str]:
    names = list(service_folders())
    typical = _typical_per_protocol(None if STEP else _FAST_BYTES)
    return sorted({*typical, _fewest_operations(), *(names[::STEP] if STEP else ())})


@pytest.mark.skipif(not DATA.is_dir(), reason="botocore's models are not installed")
@pytest.mark.parametrize("service", _sample())
def test_modules_with_skipped_pieces_are_blacks(
    service: str, tmp_path: Path, black_cache: Path
) -> None:
    imported = import_botocore_path(service_folders()[service])
    spec = tmp_path / f"{imported.stem}.yaml"
    spec.write_text(yaml_writer.dump(imported.spec, imported.header), encoding="utf-8")
    recording = Recording()
    generate(load_services([spec]), recording)
    skipping = Formatter(black_cache, templated=True)
    written = skipping.format_many(recording.sources)
    assert skipping.settled > len(recording.sources)  # pieces were skipped, not all sent
    whole = Formatter(black_cache)
    differ = [
        source.split("\n", 2)[1][:100]
        for source, text in zip(recording.sources, written, strict=True)
        if text != whole._whole(source)
    ]
    assert not differ, f"{service}: modules not as black writes them: {differ}"
