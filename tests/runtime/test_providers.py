"""The credential sources that fetch keys: credential_process, SSO, the container endpoint
and instance metadata (against local stand-ins), and refreshing before expiry."""

from __future__ import annotations

import hashlib
import json
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from apigen.runtime.auth.chain import resolve_credentials
from apigen.runtime.auth.credentials import Credentials, NoCredentialsError
from apigen.runtime.auth.providers import REFRESH_BEFORE, RefreshableCredentials

SECRET = "s3cr3t-never-printed"


def _later(seconds: float) -> str:
    return (datetime.now(UTC) + timedelta(seconds=seconds)).isoformat().replace("+00:00", "Z")


Route = Callable[[BaseHTTPRequestHandler], tuple[int, bytes]]


@pytest.fixture
def local() -> Iterator[Callable[[dict[tuple[str, str], Route]], str]]:
    """Start an HTTP server on 127.0.0.1 answering ``(method, path)`` routes."""
    servers: list[ThreadingHTTPServer] = []

    def start(routes: dict[tuple[str, str], Route]) -> str:
        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                route = routes.get((self.command, self.path.split("?")[0]))
                status, body = route(self) if route else (404, b"")
                self.send_response(status)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_PUT = _answer

            def log_message(self, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def _config(tmp_path: Path, text: str) -> dict[str, str]:
    path = tmp_path / "config"
    path.write_text(text, encoding="utf-8")
    return {
        "AWS_CONFIG_FILE": str(path),
        "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "none"),
        "HOME": str(tmp_path),
        "AWS_EC2_METADATA_DISABLED": "true",
    }


def test_credential_process_runs_the_command_and_reads_its_json(tmp_path: Path) -> None:
    script = tmp_path / "creds.py"
    payload = {
        "Version": 1,
        "AccessKeyId": "AKPROC",
        "SecretAccessKey": SECRET,
        "SessionToken": "t",
    }
    script.write_text(f"import json; print(json.dumps({payload!r}))", encoding="utf-8")
    environ = _config(tmp_path, f"[default]\ncredential_process = {sys.executable} {script}\n")
    keys = resolve_credentials(environ=environ)
    assert isinstance(keys, RefreshableCredentials)
    assert keys.current() == Credentials("AKPROC", SECRET, "t")
    assert SECRET not in repr(keys) and SECRET not in repr(keys.current())


def test_a_failing_process_is_a_clear_error(tmp_path: Path) -> None:
    environ = _config(tmp_path, f"[default]\ncredential_process = {sys.executable} -c 'exit(3)'\n")
    with pytest.raises(NoCredentialsError, match="exited with status 3"):
        resolve_credentials(environ=environ).current()


def test_keys_are_fetched_again_before_they_expire() -> None:
    now = [1_000_000.0]
    fetched: list[int] = []

    def fetch() -> tuple[Credentials, float | None]:
        fetched.append(1)
        return Credentials(f"AK{len(fetched)}", SECRET), now[0] + REFRESH_BEFORE + 60

    keys = RefreshableCredentials(fetch, "test", clock=lambda: now[0])
    assert keys.current().access_key == "AK1"
    now[0] += 30
    assert keys.current().access_key == "AK1"  # still outside the refresh window
    now[0] += 60
    assert keys.current().access_key == "AK2"


def test_a_failed_refresh_keeps_keys_that_still_work() -> None:
    now = [0.0]
    answers: list[Credentials | None] = [Credentials("AK1", SECRET), None]

    def fetch() -> tuple[Credentials, float | None]:
        answer = answers.pop(0)
        if answer is None:
            raise NoCredentialsError("down")
        return answer, 600.0  # inside the refresh window from the start

    keys = RefreshableCredentials(fetch, "test", clock=lambda: now[0])
    assert keys.current().access_key == "AK1"
    assert keys.current().access_key == "AK1"  # refresh failed, keys valid for 600 s more


def test_the_container_endpoint_with_its_authorization_token(
    local: Callable[[dict[tuple[str, str], Route]], str], tmp_path: Path
) -> None:
    seen: list[str | None] = []

    def creds(handler: BaseHTTPRequestHandler) -> tuple[int, bytes]:
        seen.append(handler.headers.get("Authorization"))
        body = {
            "AccessKeyId": "AKECS",
            "SecretAccessKey": SECRET,
            "Token": "t",
            "Expiration": _later(3600),
        }
        return 200, json.dumps(body).encode()

    url = local({("GET", "/creds"): creds})
    environ = {
        **_config(tmp_path, ""),
        "AWS_CONTAINER_CREDENTIALS_FULL_URI": f"{url}/creds",
        "AWS_CONTAINER_AUTHORIZATION_TOKEN": "pod-token",
    }
    keys = resolve_credentials(environ=environ)
    assert keys.current() == Credentials("AKECS", SECRET, "t") and seen == ["pod-token"]


def test_instance_metadata_v2_token_then_role_then_keys(
    local: Callable[[dict[tuple[str, str], Route]], str], tmp_path: Path
) -> None:
    def token(handler: BaseHTTPRequestHandler) -> tuple[int, bytes]:
        assert handler.headers.get("X-aws-ec2-metadata-token-ttl-seconds")
        return 200, b"imds-token"

    def role(handler: BaseHTTPRequestHandler) -> tuple[int, bytes]:
        assert handler.headers.get("X-aws-ec2-metadata-token") == "imds-token"
        return 200, b"my-role"

    def keys(handler: BaseHTTPRequestHandler) -> tuple[int, bytes]:
        assert handler.headers.get("X-aws-ec2-metadata-token") == "imds-token"
        body = {
            "AccessKeyId": "AKEC2",
            "SecretAccessKey": SECRET,
            "Token": "t",
            "Expiration": _later(3600),
        }
        return 200, json.dumps(body).encode()

    base = "/latest/meta-data/iam/security-credentials/"
    url = local(
        {("PUT", "/latest/api/token"): token, ("GET", base): role, ("GET", base + "my-role"): keys}
    )
    environ = {**_config(tmp_path, ""), "AWS_EC2_METADATA_SERVICE_ENDPOINT": url}
    del environ["AWS_EC2_METADATA_DISABLED"]
    assert resolve_credentials(environ=environ).current().access_key == "AKEC2"


def test_without_any_source_the_error_says_where_it_looked(tmp_path: Path) -> None:
    environ = {**_config(tmp_path, ""), "AWS_EC2_METADATA_SERVICE_ENDPOINT": "http://127.0.0.1:9"}
    del environ["AWS_EC2_METADATA_DISABLED"]
    with pytest.raises(NoCredentialsError, match="instance metadata"):
        resolve_credentials(environ=environ)


def test_sso_trades_the_cached_token_at_the_portal(
    local: Callable[[dict[tuple[str, str], Route]], str], tmp_path: Path
) -> None:
    def portal(handler: BaseHTTPRequestHandler) -> tuple[int, bytes]:
        assert handler.headers.get("x-amz-sso_bearer_token") == "sso-token"
        assert "role_name=Dev" in handler.path and "account_id=123456789012" in handler.path
        expires = int((datetime.now(UTC) + timedelta(hours=1)).timestamp() * 1000)
        role = {
            "accessKeyId": "AKSSO",
            "secretAccessKey": SECRET,
            "sessionToken": "t",
            "expiration": expires,
        }
        return 200, json.dumps({"roleCredentials": role}).encode()

    url = local({("GET", "/federation/credentials"): portal})
    environ = _config(
        tmp_path,
        "[profile dev]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Dev\n"
        "[sso-session corp]\nsso_region = eu-west-1\nsso_start_url = https://corp.awsapps.com/start\n",
    )
    environ["AWS_ENDPOINT_URL_SSO"] = url
    cache = tmp_path / ".aws" / "sso" / "cache"
    cache.mkdir(parents=True)
    name = hashlib.sha1(b"corp").hexdigest()
    (cache / f"{name}.json").write_text(
        json.dumps({"accessToken": "sso-token", "expiresAt": _later(3600)}), encoding="utf-8"
    )
    assert resolve_credentials(profile="dev", environ=environ).current().access_key == "AKSSO"
