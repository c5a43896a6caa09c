"""The local STS the credential tests sign against, and the files and environment they read.

The STS is generated at test time from botocore's own ``sts`` model (importer → spec →
server), served by uvicorn on 127.0.0.1 for the module that asks for ``local_sts`` (its
scratch package is built once a session); its handler mints keys and records what it
received. ``sts`` is the same server reset for each test. A test module using them imports
both fixtures (and lists them in ``__all__``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import botocore
import pytest
from live import serve

from apigen.importers import import_botocore_path, yaml_writer
from apigen.runtime.core.http import HttpRequest
from apigen.runtime.server.hooks import ServerContext, ServerInterceptor

SOURCE_SECRET = "source-secret-never-printed"
MINTED_SECRET = "minted-secret-never-printed"
TOKEN = "eyJ-web-identity-token-never-printed"
ROLE = "arn:aws:iam::123456789012:role/apigen-test"


def _sts_folder() -> Path:
    data = Path(botocore.__file__).parent / "data" / "sts"
    return sorted(p for p in data.iterdir() if p.is_dir())[-1]


@dataclass
class Received:
    operation: str
    input: Any
    request: HttpRequest


@dataclass
class LocalSts:
    url: str
    package: ModuleType
    received: list[Received] = field(default_factory=list[Received])
    lifetime: timedelta = timedelta(hours=1)
    fail_with: type[Exception] | None = None
    delay: float = 0.0  # seconds each answer waits (a slow STS), in the server's thread

    def secret_of(self, access_key: str) -> str:
        if access_key.startswith("ASIAMINTED"):
            return MINTED_SECRET + access_key[-4:]
        return SOURCE_SECRET


@pytest.fixture(scope="module")
def local_sts(scratch_service: Callable[..., ModuleType]) -> Iterator[LocalSts]:
    imported = import_botocore_path(_sts_folder())
    package = scratch_service(yaml_writer.dump(imported.spec, imported.header), "sts")
    shapes = package.shapes
    state: list[LocalSts] = []

    class Recorder(ServerInterceptor):
        def before_handle(self, context: ServerContext) -> None:
            sts = state[0]
            sts.received.append(Received(context.operation or "", context.input, context.request))
            time.sleep(sts.delay)

    def minted() -> Any:
        sts = state[0]
        if sts.fail_with is not None:
            raise sts.fail_with("not today")
        number = f"{len(sts.received):04d}"
        return shapes.Credentials(
            access_key_id=f"ASIAMINTED{number:0>8}",
            secret_access_key=MINTED_SECRET + number,
            session_token=f"minted-token-{number}",
            expiration=datetime.now(UTC) + sts.lifetime,
        )

    class Handler(package.server.STSHandler):  # type: ignore[misc,name-defined]
        async def assume_role(self, request: Any) -> Any:
            return shapes.AssumeRoleResponse(credentials=minted())

        async def assume_role_with_web_identity(self, request: Any) -> Any:
            return shapes.AssumeRoleWithWebIdentityResponse(credentials=minted())

        async def get_caller_identity(self, request: Any) -> Any:
            return shapes.GetCallerIdentityResponse(user_id="who-signed")

    app = package.server.create_app(Handler(), interceptors=[Recorder()])
    with serve(app) as live:
        state.append(LocalSts(live.url, package))
        yield state[0]


@pytest.fixture
def sts(local_sts: LocalSts) -> LocalSts:
    local_sts.received.clear()
    local_sts.lifetime = timedelta(hours=1)
    local_sts.fail_with = None
    local_sts.delay = 0.0
    return local_sts


def sts_environ(
    tmp_path: Path, sts: LocalSts, config: str = "", creds: str = "", **extra: str
) -> dict[str, str]:
    (tmp_path / "config").write_text(config, encoding="utf-8")
    (tmp_path / "credentials").write_text(creds, encoding="utf-8")
    return {
        "AWS_CONFIG_FILE": str(tmp_path / "config"),
        "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "credentials"),
        "HOME": str(tmp_path),
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_ENDPOINT_URL_STS": sts.url,
        **extra,
    }
