"""Checking the AWS Signature Version 4 of a received request (the server side of ``sigv4``).

``verify`` recomputes the signature from the request as it arrived, with the same
canonicalisation the client signs with (``sigv4.canonical_request``, which passes the AWS
test suite), over exactly the headers the sender listed in ``SignedHeaders``, and compares
it in constant time. Only the ``Authorization`` header form is accepted (no presigned query).

Decisions:

- The secret comes from a lookup by access key id (a mapping or a callable); an unknown key
  is ``unknown_key``. Session tokens are signed like any header but not checked: the lookup
  decides who is known.
- Any region is accepted (a server stub does not know its own); the scope's service must be
  the service's signing name and its date that of ``X-Amz-Date``, which must be within 15
  minutes of the server's clock (``expired`` otherwise), as AWS requires.
- ``Host`` must be signed. A payload hash header (``X-Amz-Content-SHA256``) is used as the
  signer used it and must match the body (unless ``UNSIGNED-PAYLOAD``). A streamed body
  (read by the handler as it arrives) needs that header, and its content is not checked
  against it: the signature covers the header, not the bytes still to come.

Failures are ``SignatureFailure(kind, message)``; the protocol's ``replies`` turns the kind into the
protocol's 403 error. Messages are AWS's and never include the expected signature.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from calendar import timegm
from collections.abc import Callable, Mapping
from typing import cast

from ..core.errors import ApigenError
from ..core.http import HttpRequest
from .chunked import SIGNED, ChunkSigner
from .sigv4 import ALGORITHM, canonical_request, canonical_uri, signing_key, string_to_sign

__all__ = ["MAX_SKEW", "SecretLookup", "SignatureFailure", "verify"]

SecretLookup = Mapping[str, str] | Callable[[str], str | None]
MAX_SKEW = 15 * 60  # seconds
_AUTHORIZATION = re.compile(
    rf"{ALGORITHM}\s+Credential=([^,\s]+)\s*,\s*SignedHeaders=([^,\s]+)\s*,\s*Signature=([0-9a-fA-F]+)"
)
_AMZ_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z")


class SignatureFailure(ApigenError):
    """``kind``: missing, incomplete, unknown_key, mismatch or expired."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


def _secret(lookup: SecretLookup, access_key: str) -> str | None:
    if isinstance(lookup, Mapping):
        return cast("Mapping[str, str | None]", lookup).get(access_key)
    return lookup(access_key)


def _epoch(amz_date: str) -> int | None:
    match = _AMZ_DATE.fullmatch(amz_date)
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(g) for g in match.groups())
    try:
        return timegm((year, month, day, hour, minute, second, 0, 0, 0))
    except (OverflowError, ValueError):
        return None


def verify(
    request: HttpRequest,
    lookup: SecretLookup,
    signing_name: str,
    *,
    now: float | None = None,
) -> str:
    """The access key id that signed ``request``; raises ``SignatureFailure`` otherwise."""
    authorization = request.header("authorization")
    if not authorization:
        raise SignatureFailure("missing", "Missing Authentication Token")
    match = _AUTHORIZATION.fullmatch(authorization.strip())
    if match is None:
        raise SignatureFailure(
            "incomplete",
            f"Authorization header requires '{ALGORITHM}' with 'Credential', "
            "'SignedHeaders' and 'Signature' parameters",
        )
    credential, signed, signature = match.groups()
    scope = credential.split("/")
    if len(scope) != 5 or scope[4] != "aws4_request" or not all(scope):
        raise SignatureFailure(
            "incomplete",
            "Credential should be <access key id>/<date>/<region>/<service>/aws4_request",
        )
    access_key, date, region, service, _ = scope
    amz_date = request.header("x-amz-date") or ""
    when = _epoch(amz_date)
    if when is None:
        raise SignatureFailure(
            "incomplete", "Authorization header requires an 'X-Amz-Date' header (ISO 8601 basic)"
        )
    names = signed.lower().split(";")
    if "host" not in names:
        raise SignatureFailure("incomplete", "'Host' must be a signed header")
    secret = _secret(lookup, access_key)
    if secret is None:
        raise SignatureFailure(
            "unknown_key", "The security token included in the request is invalid."
        )
    if service != signing_name:
        raise SignatureFailure(
            "mismatch", f"Credential should be scoped to correct service: '{signing_name}'."
        )
    if date != amz_date[:8]:
        raise SignatureFailure(
            "mismatch", "Date in Credential scope does not match YYYYMMDD from X-Amz-Date."
        )
    clock = time.time() if now is None else now
    if abs(clock - when) > MAX_SKEW:
        raise SignatureFailure(
            "expired",
            f"Signature expired: {amz_date} is more than {MAX_SKEW // 60} minutes away from "
            "the server's time.",
        )
    wanted = set(names)
    headers = [(name, value) for name, value in request.headers if name.lower() in wanted]
    if {name.lower() for name, _ in headers} != wanted:
        raise SignatureFailure("mismatch", "A signed header is missing from the request.")
    payload_hash = request.header("x-amz-content-sha256")
    if request.stream is not None:
        if payload_hash is None:
            raise SignatureFailure(
                "mismatch", "A streamed body needs an 'x-amz-content-sha256' header."
            )
        body_hash = payload_hash
    else:
        body_hash = hashlib.sha256(request.body).hexdigest()
    if payload_hash is not None and payload_hash not in (body_hash, "UNSIGNED-PAYLOAD"):
        raise SignatureFailure(
            "mismatch",
            "The provided 'x-amz-content-sha256' header does not match what was computed.",
        )
    key = signing_key(secret, date, region, service)
    scope_text = f"{date}/{region}/{service}/aws4_request"
    matched = False
    # SigV4 encodes the path twice and normalises it; S3's variant (the rules' authSchemes
    # ``disableDoubleEncoding``) does neither. Either form proves the same secret.
    for plain in (False, True):
        if plain and canonical_uri(request.path) == canonical_uri(
            request.path, normalize_path=False, double_encode=False
        ):
            break
        canonical, _ = canonical_request(
            request,
            headers,
            payload_hash=payload_hash or body_hash,
            filter_unsigned=False,
            normalize_path=not plain,
            double_encode=not plain,
        )
        to_sign = string_to_sign(canonical, amz_date, scope_text)
        expected = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
        if hmac.compare_digest(expected, signature.lower()):
            matched = True
            break
    if not matched:
        raise SignatureFailure(
            "mismatch",
            "The request signature we calculated does not match the signature you provided. "
            "Check your AWS Secret Access Key and signing method.",
        )
    return access_key


def chunk_signer(request: HttpRequest, lookup: SecretLookup) -> ChunkSigner | None:
    """The chain a verified request's signed chunks follow (S3's
    ``STREAMING-AWS4-HMAC-SHA256-PAYLOAD``), seeded with its own signature; None when the
    request does not sign its chunks. Call it after ``verify`` accepted the request."""
    declared = request.header("x-amz-content-sha256") or ""
    if not declared.startswith(SIGNED):
        return None
    match = _AUTHORIZATION.fullmatch((request.header("authorization") or "").strip())
    if match is None:
        return None
    credential, _, seed = match.groups()
    access_key, date, region, service, _ = credential.split("/")
    secret = _secret(lookup, access_key)
    if secret is None:
        return None
    scope = f"{date}/{region}/{service}/aws4_request"
    key = signing_key(secret, date, region, service)
    return ChunkSigner(key, request.header("x-amz-date") or "", scope, seed.lower())
