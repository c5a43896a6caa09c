"""The fake from code: ``fake_app`` (in-process ASGI) and ``fake_server`` (a live URL).

``with fake_server("emr-containers") as url:`` serves the service's fake with uvicorn on an
ephemeral loopback port in a background thread for the block, for any client (boto3,
the generated sync and async clients, httpx). ``fake_app`` is the same fake as an ASGI app,
for ``httpx.ASGITransport`` or the runtime's ``AsgiTransport``, without a socket. SERVICE
is a generated package name (``emr_containers``) or the spec's name (``emr-containers``);
``handler`` a ``<Service>Fake`` instance of your own (a subclass overriding operations).
``state`` is a SQLite file to keep state in (it survives restarts); ``delay`` the seconds
between lifecycle states (0: immediate). A pytest fixture is three lines::

    @pytest.fixture
    def emr_url():
        with fake_server("emr-containers", delay=0) as url:
            yield url
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import re
import threading
import time
from collections.abc import Generator
from types import ModuleType
from typing import Any

from .store import SqliteStore

_ROOT = __name__.split(".")[0]  # the package the service packages sit in, beside _runtime
START_TIMEOUT = 10.0


def fake_module(service: str) -> ModuleType:
    """The generated ``fake`` module of ``service`` (``emr-containers``: ``emr_containers``;
    a package name Python reserves gets ``_`` after it, as the generator writes it:
    ``lambda_``, ``type_``; one starting with a digit, before it)."""
    package = re.sub(r"[^0-9a-zA-Z]+", "_", service).strip("_").lower()
    for name in (package, f"{package}_", f"_{package}"):
        if importlib.util.find_spec(f"{_ROOT}.{name}") is not None:
            return importlib.import_module(f"{_ROOT}.{name}.fake")
    return importlib.import_module(f"{_ROOT}.{package}.fake")


def fake_app(
    service: str,
    *,
    handler: Any = None,
    state: str | None = None,
    delay: float = 1.0,
    **options: Any,
) -> Any:
    """The ASGI application of ``service``'s fake."""
    module = fake_module(service)
    if handler is None:
        store = SqliteStore(state) if state else None
        fake_class = getattr(module, module.__all__[0])
        handler = fake_class(store=store, delay=delay, **options)
    return module.create_fake_app(handler)


@contextlib.contextmanager
def fake_server(
    service: str,
    *,
    handler: Any = None,
    state: str | None = None,
    delay: float = 1.0,
    host: str = "127.0.0.1",
    **options: Any,
) -> Generator[str, None, None]:
    """Serve the fake for the block; yields its base URL (``http://127.0.0.1:PORT``)."""
    import uvicorn

    app = fake_app(service, handler=handler, state=state, delay=delay, **options)
    config = uvicorn.Config(
        app, host=host, port=0, lifespan="off", ws="none", log_config=None, access_log=False
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"fake-{service}", daemon=True)
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"the fake of {service} did not start")
        time.sleep(0.002)
    port = next(s for srv in server.servers for s in srv.sockets).getsockname()[1]
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(START_TIMEOUT)
