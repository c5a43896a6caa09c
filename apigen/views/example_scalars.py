"""Scalar values for the reference docs' example calls that the member's constraints allow.

An example call shows a placeholder of the member's type (``"..."``, ``1``, ``1.0``) where
that placeholder is a valid value; where the member's length, pattern, range or OpenAPI
``not`` refuses it, a value that fits instead: a string from ``fake_values.fitting_string``
(the fake's samples, else one built from the pattern), a number at the range's bound, so a
reader who copies the call sends a valid request.
"""

from __future__ import annotations

import json

from apigen import ir
from apigen.views.fake_values import excluded_by, fitting_string, string_fits

PLACEHOLDER_TEXT = "..."


def example_text(service: ir.Service, member: ir.Member) -> str:
    """A string member's example as a Python literal: ``"..."`` when it fits."""
    constraints = member.constraints.merged_over(service.shape(member.target).constraints)
    fits = string_fits(PLACEHOLDER_TEXT, constraints)
    value = PLACEHOLDER_TEXT if fits else fitting_string(service, member)
    return json.dumps(value, ensure_ascii=False)


def example_number(service: ir.Service, member: ir.Member, *, integer: bool) -> str:
    """A number member's example as a Python literal: ``1`` (``1.0``) when the range and
    ``not`` allow it, else the first of the range's bounds and their neighbours that they do."""
    constraints = member.constraints.merged_over(service.shape(member.target).constraints)
    bounds = constraints.range or ir.Range()
    low, high = bounds.min, bounds.max
    candidates: list[float] = [1]
    for bound in (low, high):
        if bound is not None:
            candidates += [bound, bound + 1, bound - 1]
    candidates += [0, 2, -1, 10, 100]
    for candidate in candidates:
        value: float = int(candidate) if integer else float(candidate)
        if integer and value != candidate:
            continue
        if (low is not None and value < low) or (high is not None and value > high):
            continue
        if not excluded_by(value, constraints.excluded):
            return repr(value)
    return repr(int(candidates[0]) if integer else float(candidates[0]))
