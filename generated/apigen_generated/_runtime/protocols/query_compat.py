"""AWS's ``awsQueryCompatible``: a service moved off awsQuery (to awsJson1_0 or rpcv2Cbor)
that keeps its awsQuery error codes. Shared by the codecs of those protocols.

- Clients send ``x-amzn-query-mode: true``; an error's code is the ``Code`` of its
  ``x-amzn-query-error: <Code>;<Sender|Receiver>`` header when the header is well formed
  (one ``;``, a code before it), else the body's own code. As botocore, the header is read
  from any response of these protocols, whether the service says it is query-compatible.
  The exception raised is the one the service models under that code, else (a model that
  names its errors by shape only, as botocore's SQS) the one of the body's own type; its
  ``code`` is the header's either way, as botocore reports it.
- Servers answer an error with that header: the wire code (``ServiceSpec.errors`` is keyed by
  it) and ``Receiver`` for a server fault, ``Sender`` otherwise; the body's ``__type`` stays
  the shape's name (``ErrorSpec.type_name``).
"""

from __future__ import annotations

from ..core.errors import ServiceError
from ..core.http import HttpResponse
from ..core.schema import ErrorSpec, ServiceSpec

__all__ = [
    "QUERY_ERROR_HEADER",
    "QUERY_MODE_HEADER",
    "error_header",
    "error_spec",
    "type_name",
    "wire_code",
]

QUERY_ERROR_HEADER = "x-amzn-query-error"
QUERY_MODE_HEADER = "x-amzn-query-mode"


def wire_code(response: HttpResponse) -> str | None:
    """The awsQuery code a response's ``x-amzn-query-error`` header carries (None when the
    header is absent or malformed)."""
    value = response.header(QUERY_ERROR_HEADER)
    if not value:
        return None
    code, sep, fault = value.partition(";")
    if not code.strip() or not sep or ";" in fault:
        return None
    return code.strip()


def error_spec(
    service: ServiceSpec, query_code: str | None, own_code: str | None
) -> ErrorSpec | None:
    """The modelled error of a response whose header says ``query_code`` and whose body says
    ``own_code`` (its ``__type``): the header's first, then the body's (by wire code, then by
    shape name)."""
    errors = service.errors
    for code in (query_code, own_code):
        if code and code in errors:
            return errors[code]
    if own_code:
        return next((e for e in errors.values() if e.type_name == own_code), None)
    return None


def error_header(spec: ErrorSpec | None, error: ServiceError, code: str) -> tuple[str, str]:
    """The ``x-amzn-query-error`` header a server answers ``error`` (wire ``code``) with."""
    fault = spec.fault if spec is not None else error.fault
    return QUERY_ERROR_HEADER, f"{code};{'Receiver' if fault == 'server' else 'Sender'}"


def type_name(spec: ErrorSpec | None, error: ServiceError, code: str) -> str:
    """The ``__type`` of an error reply: its shape's name. Two shapes of a query-compatible
    service may share one code (``ServiceSpec.errors`` keeps one): a generated exception of
    the other one is named by its class (the shape's name in Python)."""
    cls = type(error)
    if spec is not None and cls is spec.exception:
        return spec.type_name or code
    if "code" in vars(cls) and cls.code == code:
        return cls.__name__
    return code
