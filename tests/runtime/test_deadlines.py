"""Timeouts a client keeps: connect and read limits, and a per-call deadline that holds
against a server dripping its response, and across retries and their backoff."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from client_fakes import AWS_KEYS, GET_THING, THINGS, AsyncThingsClient, FakeServer, ThingsClient

from apigen.runtime.client import config
from apigen.runtime.client.retries import RetryConfig
from apigen.runtime.core.errors import ServiceError
from apigen.runtime.core.http import HttpResponse
from apigen.runtime.transport.base import ReadTimeout
from apigen.runtime.transport.timeouts import Timeouts, Watchdog, as_timeouts

# The server would need BODY_BYTES * DRIP seconds to answer: far beyond every deadline here.
BODY_BYTES = 400
DRIP = 0.05
# A deadline is kept "within a small margin": generous here, so a loaded machine passes, and
# still far below what the dripping server would take (20 s).
MARGIN = 3.0


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in config._ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    config.clear_cache()


@pytest.fixture
def dripping() -> Iterator[str]:
    """A server on 127.0.0.1 that answers every request one body byte every ``DRIP`` s."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve(conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    b"Content-Length: %d\r\n\r\n" % BODY_BYTES
                )
                for _ in range(BODY_BYTES):
                    if stop.is_set():
                        return
                    conn.sendall(b" ")
                    time.sleep(DRIP)
            except OSError:
                return

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join()
        listener.close()


def test_the_sync_client_gives_up_at_its_deadline(dripping: str) -> None:
    client = ThingsClient(endpoint_url=dripping, deadline=1.0, **AWS_KEYS)  # type: ignore[arg-type]
    started = time.monotonic()
    with pytest.raises(ReadTimeout, match="deadline"):
        client._call(GET_THING, {"thing_id": "a"})
    assert time.monotonic() - started < 1.0 + MARGIN
    client.close()


def test_a_read_timeout_alone_does_not_stop_a_drip(dripping: str) -> None:
    """Why a deadline is needed: each byte arrives well within the read timeout."""
    limits = Timeouts(connect=1.0, read=1.0, deadline=time.monotonic() + 0.6)
    client = ThingsClient(endpoint_url=dripping, **AWS_KEYS)  # type: ignore[arg-type]
    state = client._resolved()
    request, _, _ = client._request(GET_THING, client._input(GET_THING, {"thing_id": "a"}))
    transport = client._sync_transport()
    with pytest.raises(ReadTimeout):
        transport.send(request, url_base=state.url_base, timeout=limits)
    client.close()


def test_the_async_client_gives_up_at_its_deadline(dripping: str) -> None:
    async def main() -> float:
        async with AsyncThingsClient(endpoint_url=dripping, deadline=1.0, **AWS_KEYS) as client:  # type: ignore[arg-type]
            started = time.monotonic()
            with pytest.raises(ReadTimeout, match="deadline"):
                await client._call(GET_THING, {"thing_id": "a"})
            return time.monotonic() - started

    assert asyncio.run(main()) < 1.0 + MARGIN


def _always_busy(*_: object) -> HttpResponse:
    return HttpResponse(503, [("x-amzn-RequestId", "r")], b"")


def test_the_deadline_bounds_retries_and_backoff() -> None:
    server = FakeServer(THINGS, _always_busy)
    retries = RetryConfig(max_attempts=50, max_backoff=0.2)
    client = ThingsClient(transport=server, retries=retries, deadline=0.5, **AWS_KEYS)  # type: ignore[arg-type]
    with pytest.raises(ServiceError) as info:
        client._call(GET_THING, {"thing_id": "a"})
    assert 1 < info.value.attempts < 50
    assert info.value.attempts == len(server.requests)


def test_errors_say_how_many_attempts_were_made() -> None:
    server = FakeServer(THINGS, _always_busy)
    client = ThingsClient(
        transport=server, retries=RetryConfig(max_attempts=3, max_backoff=0.0), **AWS_KEYS
    )  # type: ignore[arg-type]
    with pytest.raises(ServiceError) as info:
        client._call(GET_THING, {"thing_id": "a"})
    assert info.value.attempts == 3 == len(server.requests)


def test_connect_and_read_limits_are_separate() -> None:
    client = ThingsClient(timeout=5.0, connect_timeout=1.0, read_timeout=9.0)
    limits, deadline = client._limits()
    assert limits == Timeouts(connect=1.0, read=9.0) and deadline is None
    assert ThingsClient(timeout=5.0)._limits() == (5.0, None)
    assert as_timeouts(5.0) == Timeouts(connect=5.0, read=5.0)
    with pytest.raises(ValueError):
        ThingsClient(deadline=0)


def test_the_watchdog_runs_what_is_due_and_skips_what_was_cancelled() -> None:
    dog = Watchdog()
    ran = threading.Event()
    skipped: list[int] = []
    cancelled = dog.arm(time.monotonic() + 0.05, lambda: skipped.append(1))
    cancelled.cancel()
    fired = dog.arm(time.monotonic() + 0.1, ran.set)
    assert ran.wait(5.0) and fired.fired
    assert not skipped and not cancelled.fired
