"""Reading model files for ``apigen import`` and writing the spec it makes.

- A model file may be gzipped (``.json.gz``, as the botocore package ships them).
- Every file read is recorded (name as the user would know it, SHA-256) for the spec's
  header, so a reviewer can tell which model a spec came from; no absolute path is printed
  (the last three parts of the path: ``<service>/<version>/service-2.json.gz``).
- A file that cannot be read or is not JSON is a ``SpecError`` naming it (and the line and
  column of a JSON syntax error), never a traceback.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from apigen.errors import SpecError, SpecIssue, display_path
from apigen.importers import yaml_writer
from apigen.output.writing import atomic_write


@dataclass
class Sources:
    """The files one import read, in the order read."""

    read: list[tuple[str, str]] = field(default_factory=list)  # (short name, sha256)

    def load(self, path: Path) -> Any:
        file = display_path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise _error(file, f"cannot read: {exc.strerror or exc}") from None
        self.read.append((short_name(path), hashlib.sha256(data).hexdigest()))
        try:
            if path.name.endswith(".gz"):
                data = gzip.decompress(data)
            return json.loads(data.decode("utf-8"))
        except json.JSONDecodeError as exc:
            message = f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
            raise _error(file, message) from None
        except (OSError, EOFError, UnicodeDecodeError, ValueError) as exc:
            raise _error(file, f"cannot decode: {exc}") from None

    def header(self, command: str, model_format: str) -> list[str]:
        return [
            f"Imported by `{command}` from a {model_format}",
            *(f"source: {name} sha256 {sha}" for name, sha in self.read),
            "Review it, then edit freely: an ordinary spec (docs/spec-format.md).",
        ]


def short_name(path: Path) -> str:
    return "/".join(path.resolve().parts[-3:])


def _error(file: str, message: str) -> SpecError:
    return SpecError([SpecIssue(file=file, line=None, path="", message=message)])


def find(folder: Path, stem: str) -> Path | None:
    """``stem.json`` or ``stem.json.gz`` in ``folder``."""
    for name in (f"{stem}.json", f"{stem}.json.gz"):
        if (folder / name).is_file():
            return folder / name
    return None


def write_spec(path: Path, spec: Mapping[str, Any], header: list[str]) -> str:
    """Write the spec's YAML text atomically; returns the text."""
    text = yaml_writer.dump(spec, header)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, text)
    return text
