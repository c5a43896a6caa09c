"""How a list's page token is spelled, fixed at generation time to fit the token's shape.

The fake's token is the creation number of the last item a page gave (``runtime/fake/
listing.py``). Most token shapes take anything, and it is the URL-safe base64 of the number;
one with a pattern or a least length gets the first spelling that fits it: zero-padded
digits, hex or base-36 of a fitting width (WorkDocs' ``[\\d]+``, DynamoDB's
``([0-9a-f]{16})+``, SSM for SAP's ``.{16,2048}``), a UUID ending in the number (DevOps
Guru's), else a value built from the pattern with its first run of digits standing for the
number (Outposts' ``^(\\d+)##(\\S+)$``: ``00000001##a``). A spelling fits when the tokens
of the first and the billionth item do. None: the default.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from apigen import ir, regex_translate
from apigen.regex_sample import strings
from apigen.runtime.fake import plan as fp
from apigen.runtime.fake.listing import encode_token
from apigen.views.fake_values import string_fits

_WIDTHS = (8, 12, 16, 32, 36)
_FORMATS = ("digits", "hex", "alnum")


def page_token(service: ir.Service, op: ir.Operation) -> fp.FakeToken | None:
    """The spelling of ``op``'s output token, None when the default base64 fits."""
    paginated = op.paginated
    if paginated is None or not paginated.output_token or op.output is None:
        return None
    shape, member = service.shape(op.output), None
    for name in paginated.output_token.split("."):  # a path into the output (``Result.Next``)
        member = shape.get_member(name)
        if member is None:
            return None
        shape = service.shape(member.target)
    if member is None:
        return None
    constraints = member.constraints
    if constraints.pattern is None and constraints.length is None:
        constraints = service.shape(member.target).constraints
    for form in _candidates(constraints):
        if all(string_fits(t, constraints) for t in _extremes(form)):
            return None if form == fp.FakeToken() else form
    return None  # nothing fits: the default, which a client may refuse


def endless(service: ir.Service, op: ir.Operation) -> str | None:
    """The output token of ``op``'s paginator when the output requires it (every member on
    its path required: IoT SiteWise's ``ListActions``, whose ``nextToken`` the documentation
    calls null on the last page): a list whose every page asks for another, None otherwise."""
    paginated = op.paginated
    if paginated is None or not paginated.output_token or op.output is None:
        return None
    shape = service.shape(op.output)
    for name in paginated.output_token.split("."):
        member = shape.get_member(name)
        if member is None or not member.required:
            return None
        shape = service.shape(member.target)
    return paginated.output_token


def _extremes(form: fp.FakeToken) -> list[str]:
    """Tokens for the first creation number and a billionth."""
    return [encode_token(1, form), encode_token(10**9, form)]


def _candidates(constraints: ir.Constraints) -> Iterator[fp.FakeToken]:
    yield fp.FakeToken()
    low = constraints.length.min if constraints.length and constraints.length.min else 0
    widths = sorted({max(low, w) for w in _WIDTHS})
    for made in _FORMATS:
        for width in widths:
            yield fp.FakeToken(made=made, width=width)
    yield fp.FakeToken(made="uuid")
    if constraints.pattern is None:
        return
    pattern = regex_translate.to_python(constraints.pattern)
    for sample in itertools.islice(strings(pattern), 5):
        run = re.search(r"[0-9]+", sample)
        if run is not None:
            for width in dict.fromkeys((*_WIDTHS, len(run.group()))):
                head, tail = sample[: run.start()], sample[run.end() :]
                yield fp.FakeToken(made="digits", width=width, head=head, tail=tail)
