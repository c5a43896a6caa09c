"""Credentials that expire and are fetched again: the non-static links of the AWS chain.

``RefreshableCredentials`` wraps a fetch function and hands out current keys: it fetches
again when the keys are within ``REFRESH_BEFORE`` seconds of expiring (botocore's advisory
window), one fetch at a time across threads, and keeps using still-valid keys when a
refresh fails. Each source is a fetch function here:

- ``credential_process``: the profile's command, run without a shell; its JSON (``Version``
  1: ``AccessKeyId``, ``SecretAccessKey``, ``SessionToken``, ``Expiration``) on stdout.
- the container endpoint (ECS, EKS Pod Identity): ``AWS_CONTAINER_CREDENTIALS_RELATIVE_URI``
  on 169.254.170.2, or ``AWS_CONTAINER_CREDENTIALS_FULL_URI`` (loopback or the link-local
  hosts only, as the SDKs require), with ``AWS_CONTAINER_AUTHORIZATION_TOKEN`` or the token
  in ``AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE`` as ``Authorization``.
- IMDSv2 (EC2 instance roles): a session token by ``PUT /latest/api/token``, then the role
  and its keys; ``AWS_EC2_METADATA_SERVICE_ENDPOINT`` moves it, ``AWS_EC2_METADATA_DISABLED``
  turns it off. One attempt with a 1 s timeout, as botocore.
- IAM Identity Center (SSO): the token the AWS CLI's ``aws sso login`` cached in
  ``~/.aws/sso/cache/<sha1 of the session name or start URL>.json``, traded at the portal's
  ``GET /federation/credentials`` (``AWS_ENDPOINT_URL_SSO`` moves the portal).

Secrets never reach a message, a log or a ``repr``.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, cast
from urllib.parse import quote, urlsplit

from .credentials import Credentials, NoCredentialsError

__all__ = [
    "REFRESH_BEFORE",
    "RefreshableCredentials",
    "container_fetcher",
    "imds_fetcher",
    "process_fetcher",
    "sso_fetcher",
]

REFRESH_BEFORE = 15 * 60.0
Fetched = tuple[Credentials, float | None]  # keys and their expiry (Unix time), or None
Fetch = Callable[[], Fetched]


class RefreshableCredentials:
    """Keys from ``fetch``, fetched again before they expire (see the module docstring)."""

    def __init__(self, fetch: Fetch, source: str, clock: Callable[[], float] = time.time) -> None:
        self._fetch = fetch
        self.source = source
        self._clock = clock
        self._lock = threading.Lock()
        self._keys: Credentials | None = None
        self._expiry: float | None = None

    def __repr__(self) -> str:
        return f"RefreshableCredentials(source={self.source!r})"

    def due(self) -> bool:
        """Whether ``current()`` would fetch: no keys yet, or they are about to expire."""
        keys, expiry = self._keys, self._expiry
        return keys is None or (expiry is not None and expiry - self._clock() <= REFRESH_BEFORE)

    def renew(self) -> None:
        self.current()

    def current(self) -> Credentials:
        keys, expiry = self._keys, self._expiry
        if keys is not None and (expiry is None or expiry - self._clock() > REFRESH_BEFORE):
            return keys
        with self._lock:
            keys, expiry = self._keys, self._expiry
            if keys is not None and (expiry is None or expiry - self._clock() > REFRESH_BEFORE):
                return keys
            try:
                self._keys, self._expiry = self._fetch()
            except NoCredentialsError:
                if keys is not None and expiry is not None and expiry > self._clock():
                    return keys  # a failed refresh keeps keys that still work
                raise
            return self._keys

    @property
    def access_key(self) -> str:
        return self.current().access_key


def _expiry(text: object, source: str) -> float | None:
    if text is None:
        return None
    if not isinstance(text, str):
        raise NoCredentialsError(f"{source}: Expiration is not a timestamp")
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()
    except ValueError:
        raise NoCredentialsError(f"{source}: Expiration {text!r} is not ISO 8601") from None


def _object(data: object) -> dict[str, Any] | None:
    """A JSON object as one, anything else as None."""
    return cast("dict[str, Any]", data) if isinstance(data, dict) else None


def _keys(raw: object, source: str, names: tuple[str, str, str, str]) -> Fetched:
    key, secret, token, expires = names
    data = _object(raw)
    if data is None:
        raise NoCredentialsError(f"{source}: the answer is not a JSON object")
    access, secret_value = data.get(key), data.get(secret)
    if not (isinstance(access, str) and access and isinstance(secret_value, str) and secret_value):
        raise NoCredentialsError(f"{source}: the answer has no {key}/{secret}")
    session = data.get(token)
    return (
        Credentials(access, secret_value, session if isinstance(session, str) else None),
        _expiry(data.get(expires), source),
    )


_PROCESS_NAMES = ("AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration")
# The container endpoint and instance metadata name the session token ``Token``.
_METADATA_NAMES = ("AccessKeyId", "SecretAccessKey", "Token", "Expiration")


def process_fetcher(command: str, profile: str) -> Fetch:
    source = f"credential_process of profile {profile!r}"

    def fetch() -> Fetched:
        import shlex  # only a profile with credential_process runs a command
        import subprocess

        try:
            done = subprocess.run(  # noqa: S603 - the user's own configured command, no shell
                shlex.split(command), capture_output=True, timeout=60, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise NoCredentialsError(f"{source} could not run: {type(exc).__name__}") from None
        if done.returncode != 0:
            raise NoCredentialsError(f"{source} exited with status {done.returncode}")
        try:
            data = json.loads(done.stdout)
        except ValueError:
            raise NoCredentialsError(f"{source} did not print JSON") from None
        found = _object(data)
        if found is not None and found.get("Version") != 1:
            raise NoCredentialsError(f"{source}: Version must be 1")
        return _keys(data, source, _PROCESS_NAMES)

    return fetch


def _http(method: str, url: str, headers: Mapping[str, str], timeout: float) -> bytes:
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, method=method, headers=dict(headers))  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            body: bytes = response.read()
            return body
    except (urllib.error.URLError, OSError, ValueError) as exc:
        where = urlsplit(url)
        raise NoCredentialsError(
            f"{where.scheme}://{where.netloc}{where.path} did not answer: {type(exc).__name__}"
        ) from None


_CONTAINER_HOSTS = (
    "127.0.0.1",
    "localhost",
    "::1",
    "169.254.170.2",
    "169.254.170.23",
    "fd00:ec2::23",
)


def container_fetcher(environ: Mapping[str, str]) -> Fetch | None:
    """The container endpoint's fetch, or None when the environment names none."""
    relative = environ.get("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI")
    full = environ.get("AWS_CONTAINER_CREDENTIALS_FULL_URI")
    if relative:
        url = "http://169.254.170.2" + relative
    elif full:
        host = urlsplit(full).hostname or ""
        if host not in _CONTAINER_HOSTS and not full.startswith("https://"):
            raise NoCredentialsError(
                "AWS_CONTAINER_CREDENTIALS_FULL_URI must be https or a loopback/link-local host"
            )
        url = full
    else:
        return None
    token_file = environ.get("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE")
    static_token = environ.get("AWS_CONTAINER_AUTHORIZATION_TOKEN")

    def fetch() -> Fetched:
        headers = {"Accept": "application/json"}
        token = static_token
        if token_file:
            try:
                with open(token_file, encoding="utf-8") as handle:
                    token = handle.read().strip()
            except OSError:
                raise NoCredentialsError(f"cannot read {token_file}") from None
        if token:
            headers["Authorization"] = token
        body = _http("GET", url, headers, timeout=2.0)
        try:
            data = json.loads(body)
        except ValueError:
            raise NoCredentialsError("the container credentials endpoint sent no JSON") from None
        return _keys(data, "container credentials", _METADATA_NAMES)

    return fetch


def imds_fetcher(environ: Mapping[str, str]) -> Fetch | None:
    """The instance metadata service's fetch, or None when it is turned off."""
    if (environ.get("AWS_EC2_METADATA_DISABLED") or "").lower() == "true":
        return None
    base = (environ.get("AWS_EC2_METADATA_SERVICE_ENDPOINT") or "http://169.254.169.254").rstrip(
        "/"
    )

    def fetch() -> Fetched:
        token = _http(
            "PUT",
            f"{base}/latest/api/token",
            {"X-aws-ec2-metadata-token-ttl-seconds": "21600"},
            timeout=1.0,
        ).decode("ascii", "replace")
        headers = {"X-aws-ec2-metadata-token": token}
        listing = f"{base}/latest/meta-data/iam/security-credentials/"
        role = _http("GET", listing, headers, timeout=1.0).decode("utf-8").strip().split("\n")[0]
        if not role:
            raise NoCredentialsError("the instance has no IAM role")
        body = _http("GET", listing + quote(role, safe=""), headers, timeout=1.0)
        try:
            data = json.loads(body)
        except ValueError:
            raise NoCredentialsError("instance metadata sent no JSON") from None
        return _keys(data, "instance metadata", _METADATA_NAMES)

    return fetch


def sso_fetcher(
    values: Mapping[str, str], sessions: Mapping[str, Mapping[str, str]], environ: Mapping[str, str]
) -> Fetch:
    """IAM Identity Center credentials for a profile's ``sso_*`` settings (``sessions``: the
    config file's ``[sso-session name]`` sections)."""
    session_name = values.get("sso_session")
    settings: Mapping[str, str] = values
    if session_name:
        session = sessions.get(session_name)
        if session is None:
            raise NoCredentialsError(f"sso_session {session_name!r} is not in the config file")
        settings = {**session, **values}
    account, role = settings.get("sso_account_id"), settings.get("sso_role_name")
    region, start_url = settings.get("sso_region"), settings.get("sso_start_url")
    if not (account and role and region and (session_name or start_url)):
        raise NoCredentialsError(
            "an SSO profile needs sso_account_id, sso_role_name, sso_region and "
            "sso_session (or sso_start_url)"
        )
    cache_key = hashlib.sha1(  # noqa: S324 - the AWS CLI's cache file name, not security
        (session_name or start_url or "").encode("utf-8")
    ).hexdigest()
    home = environ.get("HOME") or os.path.expanduser("~")
    cache = os.path.join(home, ".aws", "sso", "cache", f"{cache_key}.json")
    portal = (
        environ.get("AWS_ENDPOINT_URL_SSO") or f"https://portal.sso.{region}.amazonaws.com"
    ).rstrip("/")

    def fetch() -> Fetched:
        try:
            with open(cache, encoding="utf-8") as handle:
                cached = _object(json.load(handle)) or {}
        except (OSError, ValueError):
            raise NoCredentialsError("no SSO token cached: run `aws sso login`") from None
        token = cached.get("accessToken")
        expires = _expiry(cached.get("expiresAt"), "the SSO token cache")
        if not isinstance(token, str) or (expires is not None and expires <= time.time()):
            raise NoCredentialsError("the cached SSO token has expired: run `aws sso login`")
        url = (
            f"{portal}/federation/credentials?role_name={quote(role, safe='')}"
            f"&account_id={quote(account, safe='')}"
        )
        body = _http("GET", url, {"x-amz-sso_bearer_token": token}, timeout=5.0)
        try:
            data = (_object(json.loads(body)) or {}).get("roleCredentials")
        except ValueError:
            raise NoCredentialsError("the SSO portal sent no roleCredentials") from None
        keys, _ = _keys(
            data, "the SSO portal", ("accessKeyId", "secretAccessKey", "sessionToken", "")
        )
        expiration = (_object(data) or {}).get("expiration")
        return keys, expiration / 1000 if isinstance(expiration, int) else None

    return fetch
