"""Which error a generated server answers by itself, derived from a service's IR and the
contract in ``docs/server.md`` (its table of situations), never from a list of services.

AWS protocols: the first code of the documented list the operation declares, else the first
the service models (any error shape), else the documented default (then unmodelled: the client raises its
service's unknown-error class with that code). OpenAPI: the error shape the operation
declares for the status (422, or 400 when it documents 400 but not 422; 500 for a crash).
The code lists are read from the table itself, so the test follows the document.
"""

from __future__ import annotations

import re
from pathlib import Path

from apigen import ir

SERVER_DOC = Path(__file__).resolve().parents[2] / "docs" / "server.md"


def _column(header: str, protocol: str) -> int:
    """The table's column for ``protocol``: the one whose heading names its family
    (``awsJson1_0 / 1_1`` for awsJson1_1, ``awsQuery / ec2Query``), else the first AWS one."""
    family = re.sub(r"\d.*$", "", protocol)
    cells = [cell.strip() for cell in header.split("|")]
    for index, cell in enumerate(cells):
        if any(re.sub(r"\d.*$", "", name.strip()) == family for name in cell.split("/")):
            return index
    return 2


def _documented_codes(situation: str, protocol: str) -> tuple[list[str], str]:
    """The codes (in order) and the default of one row of the table in docs/server.md, in
    ``protocol``'s column (a cell saying "same" defers to the first AWS column)."""
    lines = SERVER_DOC.read_text(encoding="utf-8").splitlines()
    header = next(line for line in lines if line.startswith("| situation |"))
    column = _column(header, protocol)
    for line in lines:
        if line.startswith(f"| {situation} |"):
            cells = line.split("|")
            aws_cell = cells[column] if cells[column].strip() != "same" else cells[2]
            ordered, _, default = aws_cell.partition("default")
            codes = re.findall(r"`(\w+)`", ordered)
            [fallback] = re.findall(r"`(\w+)`", default)
            return codes, fallback
    raise AssertionError(f"docs/server.md has no row for {situation!r}")


def documented_code(situation: str, protocol: str) -> str:
    """The first code the table's row for ``situation`` names in ``protocol``'s column."""
    lines = SERVER_DOC.read_text(encoding="utf-8").splitlines()
    header = next(line for line in lines if line.startswith("| situation |"))
    row = next(line for line in lines if line.startswith(f"| {situation} |"))
    cells = row.split("|")
    cell = cells[_column(header, protocol)]
    return re.findall(r"`(\w+)`", cells[2] if cell.strip() == "same" else cell)[0]


def _short(shape_id: str) -> str:
    return shape_id.rpartition("#")[2]


def _aws_choice(service: ir.Service, operation: ir.Operation, situation: str) -> str:
    codes, fallback = _documented_codes(situation, str(service.protocol))
    modelled = {shape.name for shape in service.shapes.values() if shape.error}
    for declared in ({_short(e) for e in operation.errors}, modelled):
        for code in codes:
            if code in declared:
                return code
    return fallback


def _openapi_choice(operation: ir.Operation, statuses: tuple[int, ...]) -> tuple[str, int]:
    by_status = {r.status: r for r in operation.responses if r.status_range is None}
    status = next((s for s in statuses if s in by_status), statuses[0])
    response = by_status.get(status)
    if response is None or response.shape is None:
        raise AssertionError(f"{operation.name} declares no error body for {status}")
    return _short(response.shape), status


def validation_error(service: ir.Service, operation: ir.Operation) -> tuple[str, int]:
    """(code, status) of the answer to invalid input for ``operation``."""
    if service.protocol == "openapi":
        return _openapi_choice(operation, (422, 400))
    return _aws_choice(service, operation, "invalid input"), 400


def internal_error(service: ir.Service, operation: ir.Operation) -> str:
    """The code of the answer to a crash of ``operation``'s handler (status 500)."""
    if service.protocol == "openapi":
        return _openapi_choice(operation, (500,))[0]
    return _aws_choice(service, operation, "handler crash")
