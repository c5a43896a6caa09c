"""The templates and views emit the text black writes (``views/layout.py``, ``views/literals.py``).

black formats every generated module and is the judge of the bytes written, but when its
first pass changes anything it runs a second over its own output: a module rendered in
black's own layout costs one pass, not two. Here every module ``specs/`` render is given to
black, through the project's ``Formatter`` (its cache: the golden test's formatting is not
paid twice), and must come back unchanged, so a template or view change that emits another
layout is caught here and not only as a slower ``apigen generate``.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from recording_formatter import Recording

from apigen.frontends import spec_files
from apigen.output.formatting import Formatter
from apigen.pipeline import generate, load_services


def test_every_rendered_module_is_already_black_formatted(
    specs_dir: Path, black_cache: Path
) -> None:
    specs = spec_files(specs_dir)
    recording = Recording()
    files = generate(load_services(specs), recording)
    assert len(recording.sources) > len(specs) * 5  # every service's modules
    formatted = Formatter(black_cache).format_many(recording.sources)
    unstable = []
    for source, black_text in zip(recording.sources, formatted, strict=True):
        if source == black_text:
            continue
        path = next((p for p, text in files.items() if text.endswith(source)), "?")
        first = next(
            line
            for line in difflib.unified_diff(
                source.splitlines(), black_text.splitlines(), lineterm="", n=0
            )
            if line.startswith(("-", "+")) and not line.startswith(("---", "+++"))
        )
        unstable.append(f"{path}: {first[:120]}")
    assert not unstable, "black lays these out otherwise than rendered:\n" + "\n".join(unstable)
