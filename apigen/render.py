"""Jinja: one ``Environment`` per run, ``StrictUndefined``, templates that only loop and print.

A template's path under ``templates/`` is its output path, with ``{package}`` and
``{service}`` folders standing for the generated distribution's package and each service.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates" / "python"


def environment(templates_dir: Path = TEMPLATES_DIR) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


def render(env: jinja2.Environment, template: str, view: Any) -> str:
    return env.get_template(template).render(view=view)
