"""An ASGI app served by uvicorn on 127.0.0.1 in a background thread, for real-peer tests.

The port is ephemeral (bound as port 0, then read back from the listening socket), so tests
never race for a fixed port. ``serve(app)`` is a context manager: the test (or fixture) that
starts a server stops it (``should_exit``, then ``join``) and the thread is checked to be gone.
uvicorn installs no signal handlers outside the main thread and, with ``log_config=None``,
leaves the process's logging configuration alone.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from typing import Any

import uvicorn

START_TIMEOUT = 10.0
STOP_TIMEOUT = 10.0


class LiveServer:
    """One uvicorn server in its own thread; ``url`` is set once ``start`` returns."""

    def __init__(self, app: Any) -> None:
        config = uvicorn.Config(
            app,
            host="127.0.0.1",
            port=0,
            lifespan="off",
            ws="none",
            log_config=None,
            log_level="warning",
            access_log=False,
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="uvicorn-live", daemon=True)
        self.port = 0
        self.url = ""

    def start(self) -> None:
        self.thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not self.server.started:
            if not self.thread.is_alive():
                raise RuntimeError("uvicorn stopped before it was serving (see its log above)")
            if time.monotonic() > deadline:
                self.stop()
                raise TimeoutError(f"uvicorn did not start within {START_TIMEOUT} s")
            time.sleep(0.002)
        sockets = [s for server in self.server.servers for s in server.sockets]
        self.port = sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(STOP_TIMEOUT)
        if self.thread.is_alive():
            raise RuntimeError(f"uvicorn did not stop within {STOP_TIMEOUT} s")


@contextlib.contextmanager
def serve(app: Any) -> Iterator[LiveServer]:
    """Serve ``app`` for the duration of the block."""
    live = LiveServer(app)
    live.start()
    try:
        yield live
    finally:
        live.stop()
