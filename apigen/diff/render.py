"""``apigen diff`` output: plain text for a terminal, or a Markdown changelog section.

Both list every change grouped by service (sorted by package), breaking changes first, each
with its subject's Python name when that differs (``[list_widgets()]``), and end with the
verdict. The Markdown section is meant to be pasted (or appended) into a
``CHANGELOG.md``: a second-level heading with the bump, a third-level heading per service,
and one bullet per change under Breaking / Features / Fixes.
"""

from __future__ import annotations

from apigen.diff.changes import Bump, Kind, Report

_HEADINGS = {Kind.BREAKING: "Breaking", Kind.FEATURE: "Features", Kind.FIX: "Fixes"}


def _plural(number: int, noun: str, plural: str = "") -> str:
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


def summary(report: Report) -> str:
    """``major (2 breaking changes, 3 features, 1 fix)``, or ``none (no changes)``."""
    if report.bump is Bump.NONE:
        return "none (no changes)"
    counts = [
        _plural(report.count(Kind.BREAKING), "breaking change"),
        _plural(report.count(Kind.FEATURE), "feature"),
        _plural(report.count(Kind.FIX), "fix", "fixes"),
    ]
    return f"{report.bump.label} ({', '.join(counts)})"


def as_text(report: Report) -> str:
    lines: list[str] = []
    for service in report.services:
        lines.append(f"{service.package} ({service.source}): {service.bump.label}")
        width = max(len(c.kind.value) for c in service.changes)
        lines += [
            f"  {c.kind.value:<{width}}  {c}" + (f"  [{c.python}]" if c.python else "")
            for c in service.changes
        ]
        lines.append("")
    lines.append(f"verdict: {summary(report)}")
    return "\n".join(lines) + "\n"


def as_markdown(report: Report) -> str:
    lines = [f"## Unreleased: {report.bump.label} version bump", ""]
    if not report.services:
        lines += ["No changes to the generated API.", ""]
    for service in report.services:
        lines += [f"### {service.package}", ""]
        for kind, heading in _HEADINGS.items():
            changes = [c for c in service.changes if c.kind is kind]
            if not changes:
                continue
            lines += [f"#### {heading}", ""]
            lines += [
                f"- `{c.subject}`" + (f" (`{c.python}`)" if c.python else "") + f": {c.what}"
                for c in changes
            ]
            lines.append("")
    lines.append(f"Verdict: {summary(report)}.")
    return "\n".join(lines) + "\n"
