"""AWS Signature Version 4 signing of an :class:`HttpRequest` (header form).

Purpose: sign every outgoing request in place exactly like botocore's
``SigV4Auth`` does for non-S3 services, with only the standard library.  This
runs on every call, so the code avoids repeated work: signing keys are
cached, already-canonical query components are detected with one regex
match, and path normalisation is skipped when the path cannot need it.

Decisions (botocore behaviour unless noted):

* Canonical URI: with ``normalize_path`` dot segments are removed (RFC 3986
  5.2.4) and empty segments collapsed (``//a//`` -> ``/a/``); with
  ``double_encode`` the path, which ``HttpRequest`` holds already
  percent-encoded, is quoted once more with ``safe="/~"`` -- AWS's "encode
  twice" rule for every service but S3.  S3 wants both options False.
* Canonical query: ``HttpRequest.query`` is already encoded, so each key and
  value is only re-encoded when it is not already in strict SigV4 form (only
  unreserved characters literal, upper-case ``%XX``); re-encoding decodes to
  bytes first, so invalid UTF-8 escapes survive.  ``+`` is a literal plus
  (RFC 3986), not a space.  Pairs sort by encoded key, then value; a key
  without ``=`` gets an empty value; empty members (``a=1&&b=2``) are dropped.
* Headers: names lower-cased; values trimmed with every whitespace run
  collapsed to one space (``" ".join(v.split())``), which also folds
  continuation lines; repeated names joined with ``,`` in request order.
  ``authorization``, ``expect``, ``transfer-encoding``, ``user-agent`` and
  ``x-amzn-trace-id`` are never signed (proxies may rewrite them).
* Payload hash: ``payload_hash`` argument, else an ``X-Amz-Content-SHA256``
  header, else SHA-256 of the body.
* :func:`sign` drops an earlier ``Authorization``/``X-Amz-Date`` (and
  ``X-Amz-Security-Token`` when the credentials carry a token) so a retried
  request can be re-signed; the session token is always signed.  Naive
  ``now`` values are taken as UTC.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable
from datetime import datetime, timezone
from urllib.parse import quote, unquote_to_bytes

from .credentials import Credentials
from .http import HttpRequest

__all__ = [
    "ALGORITHM",
    "canonical_query",
    "canonical_request",
    "canonical_uri",
    "sign",
    "signing_key",
    "string_to_sign",
]

ALGORITHM = "AWS4-HMAC-SHA256"
_EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
_UNSIGNED_HEADERS = frozenset(
    {"authorization", "expect", "transfer-encoding", "user-agent", "x-amzn-trace-id"}
)
_REPLACED = frozenset({"authorization", "x-amz-date"})
_REPLACED_WITH_TOKEN = _REPLACED | {"x-amz-security-token"}
# quote() always keeps ASCII letters and digits; these are the other unreserved.
_UNRESERVED_EXTRA = "-_.~"
_is_canonical_component = re.compile(r"(?:[A-Za-z0-9\-._~]|%[0-9A-F]{2})*").fullmatch
_sha256 = hashlib.sha256
_hmac_digest = hmac.digest

_KEY_CACHE: dict[tuple[str, str, str, str], bytes] = {}
_KEY_CACHE_MAX = 64  # a process rarely uses more than a few (secret, day, region, service)


def signing_key(secret: str, date: str, region: str, service: str) -> bytes:
    """Derive (and cache) the SigV4 signing key for ``date`` (``YYYYMMDD``)."""
    cache_key = (secret, date, region, service)
    key = _KEY_CACHE.get(cache_key)
    if key is None:
        key = _hmac_digest(("AWS4" + secret).encode(), date.encode(), _sha256)
        key = _hmac_digest(key, region.encode(), _sha256)
        key = _hmac_digest(key, service.encode(), _sha256)
        key = _hmac_digest(key, b"aws4_request", _sha256)
        if len(_KEY_CACHE) >= _KEY_CACHE_MAX:
            _KEY_CACHE.clear()  # old dates are dead weight; start over
        _KEY_CACHE[cache_key] = key
    return key


def canonical_uri(path: str, *, normalize_path: bool = True, double_encode: bool = True) -> str:
    """Return the canonical URI for an already percent-encoded ``path``."""
    if normalize_path:
        if not path.startswith("/") or "//" in path or "/." in path:
            path = _remove_dot_segments(path)
    elif not path:
        path = "/"
    if double_encode:
        path = quote(path, safe="/~")
    return path


def _remove_dot_segments(path: str) -> str:
    # botocore.utils.remove_dot_segments: RFC 3986 5.2.4 plus dropping the
    # empty segments AWS ignores.
    if not path:
        return "/"
    output: list[str] = []
    for segment in path.split("/"):
        if not segment or segment == ".":
            continue
        if segment == "..":
            if output:
                output.pop()
        else:
            output.append(segment)
    first = "/" if path[0] == "/" else ""
    last = "/" if path[-1] == "/" and output else ""
    return first + "/".join(output) + last


def canonical_query(query: str) -> str:
    """Return the canonical query string for an encoded ``query`` (no ``?``)."""
    if not query:
        return ""
    pairs: list[tuple[str, str]] = []
    for member in query.split("&"):
        if not member:
            continue
        key, _, value = member.partition("=")
        if not _is_canonical_component(key):
            key = quote(unquote_to_bytes(key), safe=_UNRESERVED_EXTRA)
        if not _is_canonical_component(value):
            value = quote(unquote_to_bytes(value), safe=_UNRESERVED_EXTRA)
        pairs.append((key, value))
    if len(pairs) == 1:
        key, value = pairs[0]
        return f"{key}={value}"
    pairs.sort()
    return "&".join([f"{key}={value}" for key, value in pairs])


def canonical_request(
    request: HttpRequest,
    signed_headers_source: Iterable[tuple[str, str]],
    *,
    payload_hash: str | None = None,
    normalize_path: bool = True,
    double_encode: bool = True,
) -> tuple[str, str]:
    """Build the canonical request.

    ``signed_headers_source`` is the (name, value) sequence to sign, normally
    ``request.headers`` (never-signed names are filtered out here).  Returns
    ``(canonical_request, signed_headers)``.
    """
    grouped: dict[str, str] = {}
    for name, value in signed_headers_source:
        lname = name.lower()
        if lname in _UNSIGNED_HEADERS:
            continue
        value = " ".join(value.split())
        previous = grouped.get(lname)
        grouped[lname] = value if previous is None else f"{previous},{value}"
    names = sorted(grouped)
    signed_headers = ";".join(names)
    if payload_hash is None:
        payload_hash = grouped.get("x-amz-content-sha256")
        if payload_hash is None:
            body = request.body
            payload_hash = _sha256(body).hexdigest() if body else _EMPTY_SHA256
    canonical = "\n".join(
        (
            request.method.upper(),
            canonical_uri(
                request.path, normalize_path=normalize_path, double_encode=double_encode
            ),
            canonical_query(request.query),
            "".join([f"{name}:{grouped[name]}\n" for name in names]),
            signed_headers,
            payload_hash,
        )
    )
    return canonical, signed_headers


def string_to_sign(canonical_request: str, amz_date: str, scope: str) -> str:
    """Return the SigV4 string to sign; ``scope`` is ``date/region/service/aws4_request``."""
    digest = _sha256(canonical_request.encode()).hexdigest()
    return f"{ALGORITHM}\n{amz_date}\n{scope}\n{digest}"


def sign(
    request: HttpRequest,
    *,
    host: str,
    credentials: Credentials,
    region: str,
    service: str,
    now: datetime | None = None,
    payload_hash: str | None = None,
    normalize_path: bool = True,
    double_encode: bool = True,
) -> None:
    """Sign ``request`` in place: Host (if absent), X-Amz-Date, token, Authorization."""
    if now is None:
        now = datetime.now(timezone.utc)
    elif now.tzinfo is not None:
        now = now.astimezone(timezone.utc)
    amz_date = (
        f"{now.year:04d}{now.month:02d}{now.day:02d}"
        f"T{now.hour:02d}{now.minute:02d}{now.second:02d}Z"
    )
    token = credentials.token
    replaced = _REPLACED_WITH_TOKEN if token else _REPLACED
    headers = request.headers
    has_host = stale = False
    for name, _ in headers:
        lname = name.lower()
        if lname == "host":
            has_host = True
        elif lname in replaced:
            stale = True
    if stale:
        headers[:] = [item for item in headers if item[0].lower() not in replaced]
    if not has_host:
        headers.append(("Host", host))
    headers.append(("X-Amz-Date", amz_date))
    if token:
        headers.append(("X-Amz-Security-Token", token))

    canonical, signed_headers = canonical_request(
        request,
        headers,
        payload_hash=payload_hash,
        normalize_path=normalize_path,
        double_encode=double_encode,
    )
    date = amz_date[:8]
    scope = f"{date}/{region}/{service}/aws4_request"
    key = signing_key(credentials.secret_key, date, region, service)
    signature = _hmac_digest(
        key, string_to_sign(canonical, amz_date, scope).encode(), _sha256
    ).hex()
    headers.append(
        (
            "Authorization",
            f"{ALGORITHM} Credential={credentials.access_key}/{scope}, "
            f"SignedHeaders={signed_headers}, Signature={signature}",
        )
    )
