"""An async client fetches the keys it signs with without stopping its event loop.

Web identity keys come from the local STS of ``sts_server`` (generated from
botocore's ``sts`` model, on 127.0.0.1), made slow: each answer waits 0.5 s. A ticker task
runs every 20 ms during the call (after a first call, with keys given, has imported
what calls need); a loop blocked by the fetch would leave a gap of the
whole delay between two ticks. (The OAuth2 token fetch has its twin in
tests/generated/test_security_schemes.py.)
"""

from __future__ import annotations

import asyncio
import itertools
import os
import time
from pathlib import Path

import pytest
from sts_server import ROLE, TOKEN, LocalSts, local_sts, sts, sts_environ

__all__ = ["local_sts", "sts"]  # the fixtures this module uses

DELAY = 0.5


def test_web_identity_keys_are_fetched_off_the_loop(
    tmp_path: Path, sts: LocalSts, monkeypatch: pytest.MonkeyPatch
) -> None:
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN, encoding="utf-8")
    for name in list(os.environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name)
    environ = sts_environ(
        tmp_path,
        sts,
        AWS_WEB_IDENTITY_TOKEN_FILE=str(token_file),
        AWS_ROLE_ARN=ROLE,
        AWS_ROLE_SESSION_NAME="pod-1",
        AWS_REGION="us-east-2",
    )
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    sts.delay = DELAY

    async def main() -> tuple[str, list[float]]:
        ticks: list[float] = []

        async def ticker() -> None:
            while True:
                ticks.append(time.monotonic())
                await asyncio.sleep(0.02)

        # the first call of the process imports what calls need (httpx, the codec, SigV4):
        # made first with keys given, so the ticks below only see the web identity fetch
        async with sts.package.AsyncSTSClient(
            endpoint_url=sts.url, aws_access_key_id="AKIAWARM", aws_secret_access_key="warm"
        ) as warm:
            await warm.get_caller_identity()
        del sts.received[:]
        ticking = asyncio.create_task(ticker())
        await asyncio.sleep(0)
        async with sts.package.AsyncSTSClient(endpoint_url=sts.url) as client:
            answer = await client.get_caller_identity()
        ticking.cancel()
        return answer.user_id, ticks

    user_id, ticks = asyncio.run(main())
    assert user_id == "who-signed"
    assert [r.operation for r in sts.received] == ["AssumeRoleWithWebIdentity", "GetCallerIdentity"]
    gaps = [later - earlier for earlier, later in itertools.pairwise(ticks)]
    assert max(gaps) < DELAY / 2, f"the loop stood still {max(gaps):.2f} s"
