"""Credentials for the auth schemes of non-AWS services, each applied to a request.

A client works out, on its first call, one ``Credential`` per scheme it holds credentials
for (``config.resolve``): HTTP Basic and Bearer ``Authorization`` headers, API keys (a
header, a query parameter or a cookie, as the scheme says), OAuth2 client credentials
(``ClientCredentialsToken``), a client certificate (mutualTLS: nothing per request) and
requirements of several schemes at once (``AllOf``). Each operation then applies the first
scheme it lists that the client has (``BaseClient._auth_kind``).

Decisions:
- Secrets never show: every credential's ``repr`` names its scheme and place, never the
  value; a failed token fetch names the token URL and status, never the secret or the body.
- An API key in the query is appended to the request's query string (percent-encoded);
  in a cookie it joins any ``Cookie`` header already there with ``; ``.
- OAuth2 client credentials (RFC 6749 §4.4): a form POST of ``grant_type=client_credentials``
  (and ``scope``, the scheme's scopes joined by spaces, when it lists any) to the token URL,
  the client id and secret as HTTP Basic (§2.3.1). The token is cached and fetched again
  once less than ``REFRESH_MARGIN`` of its life (at least 30 s) is left, or when it has no
  ``expires_in`` after an hour. The fetch uses the runtime's own ``http.client`` transport
  (with the client's TLS settings); an async client runs a fetch that is due (``renewal``)
  in a worker thread first, so a slow token endpoint never stops its event loop.
- mutualTLS is the connection's business (``tls_context``): a scheme the client has a
  certificate for applies nothing to the request itself.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol
from urllib.parse import quote, urlencode, urlsplit

from .credentials import NoCredentialsError

if TYPE_CHECKING:
    import ssl

    from ..core.http import HttpRequest

__all__ = [
    "AllOf",
    "ApiKey",
    "ClientCredentialsToken",
    "Credential",
    "HeaderValue",
    "NoCredential",
    "TokenError",
    "basic_value",
    "renewal",
    "tls_context",
]

REFRESH_MARGIN = 0.1  # of a token's lifetime
_MIN_MARGIN = 30.0
_NO_EXPIRY = 3600.0


class TokenError(NoCredentialsError):
    """The token endpoint refused or did not answer with an access token."""


class Credential(Protocol):
    def apply(self, request: HttpRequest) -> None:
        """Put the credential on ``request`` (a header, a query parameter or a cookie)."""
        ...


class NoCredential:
    """A scheme satisfied without touching the request (mutualTLS, noAuth)."""

    __slots__ = ("what",)

    def __init__(self, what: str) -> None:
        self.what = what

    def apply(self, request: HttpRequest) -> None:
        return None

    def __repr__(self) -> str:
        return f"NoCredential({self.what})"


class HeaderValue:
    """A whole header value (``Authorization: Basic ...``/``Bearer ...``)."""

    __slots__ = ("header", "_value")

    def __init__(self, header: str, value: str) -> None:
        self.header = header
        self._value = value

    def apply(self, request: HttpRequest) -> None:
        request.headers.append((self.header, self._value))

    def __repr__(self) -> str:
        return f"HeaderValue({self.header}: ***)"


def basic_value(user: str, password: str) -> str:
    """The ``Authorization`` value of HTTP Basic for ``user`` and ``password``."""
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


class ApiKey:
    """An API key in a header, the query string or a cookie, under the scheme's name."""

    __slots__ = ("location", "name", "_value")

    def __init__(self, location: str, name: str, value: str) -> None:
        if location not in ("header", "query", "cookie"):
            raise ValueError(
                f"an API key goes in a header, the query or a cookie, not {location!r}"
            )
        self.location = location
        self.name = name
        self._value = value

    def apply(self, request: HttpRequest) -> None:
        if self.location == "header":
            request.headers.append((self.name, self._value))
        elif self.location == "query":
            part = f"{quote(self.name, safe='')}={quote(self._value, safe='')}"
            request.query = f"{request.query}&{part}" if request.query else part
        else:
            add_cookie(request, self.name, self._value)

    def __repr__(self) -> str:
        return f"ApiKey({self.location} {self.name}=***)"


def add_cookie(request: HttpRequest, name: str, value: str) -> None:
    """``name=value`` joined to the request's ``Cookie`` header (made when absent)."""
    pair = f"{name}={value}"
    headers = request.headers
    for index, (key, current) in enumerate(headers):
        if key.lower() == "cookie":
            headers[index] = (key, f"{current}; {pair}")
            return
    headers.append(("Cookie", pair))


class AllOf:
    """Several schemes at once (one OpenAPI security requirement naming them all)."""

    __slots__ = ("parts",)

    def __init__(self, parts: Sequence[Credential]) -> None:
        self.parts = tuple(parts)

    def apply(self, request: HttpRequest) -> None:
        for part in self.parts:
            part.apply(request)

    def due(self) -> bool:
        return any(renewal(part) is not None for part in self.parts)

    def renew(self) -> None:
        for part in self.parts:
            fetch = renewal(part)
            if fetch is not None:
                fetch()

    def __repr__(self) -> str:
        return "AllOf(" + ", ".join(repr(p) for p in self.parts) + ")"


Post = Callable[[str, list[tuple[str, str]], bytes], tuple[int, bytes]]


def _post(context: ssl.SSLContext | None, timeout: float) -> Post:
    def post(url: str, headers: list[tuple[str, str]], body: bytes) -> tuple[int, bytes]:
        from ..core.errors import TransportError
        from ..core.http import HttpRequest
        from ..transport.http_client import HttpClientTransport

        parts = urlsplit(url)
        request = HttpRequest("POST", parts.path or "/", parts.query, headers, body)
        request.headers.append(("Host", parts.netloc))
        transport = HttpClientTransport(ssl_context=context)
        try:
            response = transport.send(
                request, url_base=f"{parts.scheme}://{parts.netloc}", timeout=timeout
            )
        except TransportError as exc:
            raise TokenError(f"token endpoint {url} did not answer: {type(exc).__name__}") from None
        finally:
            transport.close()
        return response.status, response.body

    return post


class ClientCredentialsToken:
    """An OAuth2 access token got by client credentials, cached until near its expiry."""

    __slots__ = (
        "token_url",
        "scopes",
        "_client_id",
        "_secret",
        "_post",
        "_clock",
        "_lock",
        "_token",
        "_renew_at",
    )

    def __init__(
        self,
        token_url: str,
        client_id: str,
        client_secret: str,
        scopes: Sequence[str] = (),
        *,
        tls: ssl.SSLContext | None = None,
        timeout: float = 10.0,
        post: Post | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.scopes = tuple(scopes)
        self._client_id = client_id
        self._secret = client_secret
        self._post = post or _post(tls, timeout)
        self._clock = clock
        self._lock = threading.Lock()
        self._token: str | None = None
        self._renew_at = 0.0

    def due(self) -> bool:
        """Whether ``token()`` would fetch: no token yet, or it is about to expire."""
        return self._token is None or self._clock() >= self._renew_at

    def token(self) -> str:
        """The current access token, fetched when there is none or it is about to expire."""
        with self._lock:
            if self.due():
                self._fetch()
            assert self._token is not None
            return self._token

    def renew(self) -> None:
        self.token()

    def _fetch(self) -> None:
        form = [("grant_type", "client_credentials")]
        if self.scopes:
            form.append(("scope", " ".join(self.scopes)))
        headers = [
            (
                "Authorization",
                basic_value(quote(self._client_id, safe=""), quote(self._secret, safe="")),
            ),
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Accept", "application/json"),
        ]
        started = self._clock()
        status, body = self._post(self.token_url, headers, urlencode(form).encode("ascii"))
        if not 200 <= status < 300:
            raise TokenError(f"token endpoint {self.token_url} answered {status}")
        try:
            data = json.loads(body)
            token = data["access_token"]
            lifetime = float(data.get("expires_in") or _NO_EXPIRY)
        except (ValueError, KeyError, TypeError):
            raise TokenError(f"token endpoint {self.token_url} sent no access_token") from None
        if not isinstance(token, str) or not token:
            raise TokenError(f"token endpoint {self.token_url} sent no access_token")
        margin = max(lifetime * REFRESH_MARGIN, min(_MIN_MARGIN, lifetime / 2))
        self._token = token
        self._renew_at = started + lifetime - margin

    def apply(self, request: HttpRequest) -> None:
        request.headers.append(("Authorization", f"Bearer {self.token()}"))

    def __repr__(self) -> str:
        return f"ClientCredentialsToken({self.token_url})"


def renewal(credential: object) -> Callable[[], object] | None:
    """The fetch ``credential`` is due for (an OAuth2 token, AWS keys that expire), else None.

    Credentials that fetch have ``due()`` and ``renew()``; the async client runs ``renew``
    in a worker thread before its call, which then finds the fresh value cached."""
    due: Callable[[], bool] | None = getattr(credential, "due", None)
    if due is None or not due():
        return None
    renew: Callable[[], object] = getattr(credential, "renew")  # noqa: B009
    return renew


def tls_context(
    client_cert: str | None, client_key: str | None, ca_bundle: str | None
) -> ssl.SSLContext | None:
    """The SSL context for a client certificate and/or a CA bundle (None: the default)."""
    if client_cert is None and ca_bundle is None:
        return None
    import ssl

    context = ssl.create_default_context(cafile=ca_bundle)
    if client_cert is not None:
        context.load_cert_chain(client_cert, client_key)
    return context
