"""AWS Signature Version 4 signing of an :class:`HttpRequest` (header form).

Purpose: sign every outgoing request in place like botocore's ``SigV4Auth``
does for non-S3 services, with only the standard library.  This runs on every
call, so repeated work is avoided: signing keys (and an HMAC object keyed with
each, copied per signature) are cached per (secret, date, region, service);
the X-Amz-Date text is reused within a second; already-canonical paths and
queries are recognised with one regex match instead of going through
``quote``; normalisation is skipped when the path cannot need it.

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

Deliberate differences from botocore: a ``Date`` header is signed as given
(botocore rewrites it and drops X-Amz-Date); the query comes from the encoded
string, not a params dict, hence the re-encoding and empty-member rules above.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from urllib.parse import quote, unquote_to_bytes

from ..core.http import HttpRequest
from .credentials import Credentials

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
# Names sign() skips while grouping: unsigned, or about to get new values.
_SKIP = _UNSIGNED_HEADERS | _REPLACED
_SKIP_WITH_TOKEN = _UNSIGNED_HEADERS | _REPLACED_WITH_TOKEN
# quote() always keeps ASCII letters and digits; these are the other unreserved.
_UNRESERVED_EXTRA = "-_.~"
_U = r"A-Za-z0-9\-._~"
_is_canonical_component = re.compile(rf"[{_U}]*(?:%[0-9A-F]{{2}}[{_U}]*)*").fullmatch
_is_canonical_query = re.compile(rf"[{_U}=&]*(?:%[0-9A-F]{{2}}[{_U}=&]*)*").fullmatch
_only_path_safe = re.compile(rf"[{_U}/%]*").fullmatch
_sha256 = hashlib.sha256
_hmac_digest = hmac.digest

# (secret, date, region, service) -> (signing key, HMAC object keyed with it
# to .copy() per signature, which skips OpenSSL's per-call key set-up).
_KEY_CACHE: dict[tuple[str, str, str, str], tuple[bytes, hmac.HMAC]] = {}
_KEY_CACHE_MAX = 64  # a process rarely uses more than a few (secret, day, region, service)
_last_date: tuple[int, str] = (-1, "")  # (epoch second, X-Amz-Date) for now=None


def _signer(secret: str, date: str, region: str, service: str) -> tuple[bytes, hmac.HMAC]:
    cache_key = (secret, date, region, service)
    entry = _KEY_CACHE.get(cache_key)
    if entry is None:
        key = _hmac_digest(("AWS4" + secret).encode(), date.encode(), _sha256)
        key = _hmac_digest(key, region.encode(), _sha256)
        key = _hmac_digest(key, service.encode(), _sha256)
        key = _hmac_digest(key, b"aws4_request", _sha256)
        if len(_KEY_CACHE) >= _KEY_CACHE_MAX:
            _KEY_CACHE.clear()  # old dates are dead weight; start over
        entry = _KEY_CACHE[cache_key] = (key, hmac.new(key, digestmod=_sha256))
    return entry


def signing_key(secret: str, date: str, region: str, service: str) -> bytes:
    """Derive (and cache) the SigV4 signing key for ``date`` (``YYYYMMDD``)."""
    return _signer(secret, date, region, service)[0]


def canonical_uri(path: str, *, normalize_path: bool = True, double_encode: bool = True) -> str:
    """Return the canonical URI for an already percent-encoded ``path``."""
    if normalize_path:
        if not path.startswith("/") or "//" in path or "/." in path:
            path = _remove_dot_segments(path)
    elif not path:
        path = "/"
    if double_encode:
        if _only_path_safe(path):  # same result as quote(), several times faster
            return path.replace("%", "%25") if "%" in path else path
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


def _encode_component(text: str) -> str:
    if _is_canonical_component(text):
        return text
    return quote(unquote_to_bytes(text), safe=_UNRESERVED_EXTRA)


def canonical_query(query: str) -> str:
    """Return the canonical query string for an encoded ``query`` (no ``?``)."""
    if not query:
        return ""
    clean = _is_canonical_query(query) is not None
    pairs: list[tuple[str, str]] = []
    for member in query.split("&"):
        if not member:
            continue
        key, _, value = member.partition("=")
        if not clean or "=" in value:
            key = _encode_component(key)
            value = _encode_component(value)
        pairs.append((key, value))
    if len(pairs) > 1:
        pairs.sort()
    return "&".join([f"{key}={value}" for key, value in pairs])


def _group(
    headers: Iterable[tuple[str, str]],
    skip: frozenset[str],
    replaced: frozenset[str] = frozenset(),
) -> tuple[dict[str, str], bool]:
    """Lower-case, trim and join header values; also report any ``replaced`` name."""
    grouped: dict[str, str] = {}
    seen_replaced = False
    for name, value in headers:
        lname = name.lower()
        if lname in skip:
            if lname in replaced:
                seen_replaced = True
            continue
        value = " ".join(value.split())
        previous = grouped.get(lname)
        grouped[lname] = value if previous is None else f"{previous},{value}"
    return grouped, seen_replaced


def _canonical(
    request: HttpRequest,
    grouped: dict[str, str],
    payload_hash: str | None,
    normalize_path: bool,
    double_encode: bool,
) -> tuple[str, str]:
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
            canonical_uri(request.path, normalize_path=normalize_path, double_encode=double_encode),
            canonical_query(request.query),
            "".join([f"{name}:{grouped[name]}\n" for name in names]),
            signed_headers,
            payload_hash,
        )
    )
    return canonical, signed_headers


def canonical_request(
    request: HttpRequest,
    signed_headers_source: Iterable[tuple[str, str]],
    *,
    payload_hash: str | None = None,
    normalize_path: bool = True,
    double_encode: bool = True,
    filter_unsigned: bool = True,
) -> tuple[str, str]:
    """Build the canonical request.

    ``signed_headers_source`` is the (name, value) sequence to sign, normally
    ``request.headers`` (never-signed names are filtered out here unless
    ``filter_unsigned`` is False: a server checking a signature signs exactly the
    headers the sender listed).  Returns ``(canonical_request, signed_headers)``.
    """
    grouped, _ = _group(
        signed_headers_source, _UNSIGNED_HEADERS if filter_unsigned else frozenset()
    )
    return _canonical(request, grouped, payload_hash, normalize_path, double_encode)


def string_to_sign(canonical_request: str, amz_date: str, scope: str) -> str:
    """Return the SigV4 string to sign; ``scope`` is ``date/region/service/aws4_request``."""
    digest = _sha256(canonical_request.encode()).hexdigest()
    return f"{ALGORITHM}\n{amz_date}\n{scope}\n{digest}"


def _amz_date(now: datetime | None) -> str:
    # Formatting a timestamp costs several microseconds; most calls in a given
    # second share it, so the last one is remembered.
    global _last_date
    if now is None:
        second = int(time.time())
    else:
        if now.tzinfo is None:
            now = now.replace(tzinfo=UTC)
        second = int(now.timestamp() // 1)
    last = _last_date  # one read: another thread may replace it meanwhile
    if last[0] != second:
        last = _last_date = (second, time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(second)))
    return last[1]


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
    amz_date = _amz_date(now)
    token = credentials.token
    replaced, skip = (_REPLACED_WITH_TOKEN, _SKIP_WITH_TOKEN) if token else (_REPLACED, _SKIP)
    headers = request.headers
    grouped, stale = _group(headers, skip, replaced)
    if stale:  # a retry: drop the previous signature's headers
        headers[:] = [item for item in headers if item[0].lower() not in replaced]
    if "host" not in grouped:
        headers.append(("Host", host))
        grouped["host"] = " ".join(host.split())
    headers.append(("X-Amz-Date", amz_date))
    grouped["x-amz-date"] = amz_date
    if token:
        headers.append(("X-Amz-Security-Token", token))
        grouped["x-amz-security-token"] = " ".join(token.split())

    canonical, signed_headers = _canonical(
        request, grouped, payload_hash, normalize_path, double_encode
    )
    date = amz_date[:8]
    scope = f"{date}/{region}/{service}/aws4_request"
    mac = _signer(credentials.secret_key, date, region, service)[1].copy()
    mac.update(string_to_sign(canonical, amz_date, scope).encode())
    headers.append(
        (
            "Authorization",
            f"{ALGORITHM} Credential={credentials.access_key}/{scope}, "
            f"SignedHeaders={signed_headers}, Signature={mac.hexdigest()}",
        )
    )
