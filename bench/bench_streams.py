"""Streaming bodies: a large upload and download through a local generated server, with RSS.

``tests/streams/media.yaml`` (restJson1, streaming blob payloads) is generated into a
temporary folder; its ASGI app runs under uvicorn in a child process (so the two sides'
memory is measured apart) with a handler that hashes each upload chunk by chunk and serves
downloads from a generator. This process uses the generated sync client with its default
transport (``http.client``):

- upload of ``--size`` MB from a generator (chunked) and with a known length
  (``StreamingBody(..., length=n)``: ``Content-Length``);
- download of ``--size`` MB, read with ``iter_chunks``.

For each: MB/s and how much each side's peak RSS (``VmHWM``) grew over its RSS before the
transfers. Flat memory means that growth stays a few MB whatever ``--size`` is. Run
``python bench/bench_streams.py [--size 200]``; ``--size 1024`` checks issue #13's target
(a 1 GB download under 50 MB RSS). Needs uvicorn (the dev extra).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "tests" / "streams" / "media.yaml"
PARENT = "apigen_bench_streams"
CHUNK = 1 << 20


def _status(field: str) -> int:
    """A ``/proc/self/status`` memory figure in bytes (``VmRSS``, ``VmHWM``)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def _reset_peak() -> None:
    """Make ``VmHWM`` start again from the current RSS (Linux 4.0+)."""
    Path("/proc/self/clear_refs").write_text("5")


def generate(root: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from apigen.output.formatting import Unformatted
    from apigen.output.writing import write_tree
    from apigen.pipeline import generate as render
    from apigen.pipeline import load_services

    files = render(load_services([SPEC]), Unformatted())
    write_tree(
        root / PARENT,
        {
            rel.replace("apigen_generated/", f"{PARENT}/", 1): text
            for rel, text in files.items()
            if rel.startswith("apigen_generated/")
        },
    )


def serve(root: Path, port_file: Path) -> None:
    """The child: the Media app under uvicorn; key ``rss`` answers the peak RSS growth."""
    import uvicorn

    sys.path.insert(0, str(root / PARENT))
    package = f"{PARENT}.media"
    shapes = importlib.import_module(f"{package}.shapes")
    server = importlib.import_module(f"{package}.server")
    streams = importlib.import_module(f"{PARENT}._runtime.core.streams")
    base: dict[str, int] = {}

    class Handler(server.MediaHandler):  # type: ignore[misc,name-defined]
        async def put_object(self, request: Any) -> Any:
            digest = hashlib.sha256()
            size = 0
            async for chunk in request.body:
                digest.update(chunk)
                size += len(chunk)
            return shapes.PutObjectOutput(size=size, sha256=digest.hexdigest())

        async def get_object(self, request: Any) -> Any:
            if request.key == "start":
                base["rss"] = _status("VmRSS")
                _reset_peak()
                return shapes.GetObjectOutput(body=streams.StreamingBody(b"ok"))
            if request.key == "rss":
                grown = _status("VmHWM") - base["rss"]
                return shapes.GetObjectOutput(body=streams.StreamingBody(str(grown).encode()))
            size = int(request.key)

            def produce() -> Iterator[bytes]:
                block = b"\xab" * CHUNK
                for at in range(0, size, CHUNK):
                    yield block[: min(CHUNK, size - at)]

            return shapes.GetObjectOutput(body=streams.StreamingBody(produce(), length=size))

    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    config = uvicorn.Config(
        server.create_app(Handler()), lifespan="off", log_level="warning", access_log=False
    )
    port_file.write_text(str(listener.getsockname()[1]))
    uvicorn.Server(config).run(sockets=[listener])


def _mb(value: int) -> str:
    return f"{value / 1e6:.1f}"


def measure(root: Path, size_mb: int) -> None:
    port_file = root / "port"
    child = subprocess.Popen([sys.executable, __file__, "--serve", str(root), str(port_file)])
    try:
        deadline = time.monotonic() + 30
        while not port_file.exists() or not port_file.read_text():
            if time.monotonic() > deadline or child.poll() is not None:
                raise RuntimeError("the server did not start")
            time.sleep(0.05)
        url = f"http://127.0.0.1:{port_file.read_text()}"
        sys.path.insert(0, str(root / PARENT))
        client_module = importlib.import_module(f"{PARENT}.media.client")
        streams = importlib.import_module(f"{PARENT}._runtime.core.streams")
        size = size_mb * CHUNK
        client = client_module.MediaClient(
            region="us-east-1",
            endpoint_url=url,
            aws_access_key_id="AKIDEXAMPLE",
            aws_secret_access_key="secret",
        )
        client.get_object(key="start").body.read()  # warm: imports, first connection
        base = _status("VmRSS")
        _reset_peak()

        def chunks() -> Iterator[bytes]:
            block = b"\xcd" * CHUNK
            for _ in range(size_mb):
                yield block

        rows = []
        for name, body in (
            ("upload, chunked", lambda: chunks()),
            ("upload, Content-Length", lambda: streams.StreamingBody(chunks(), length=size)),
        ):
            start = time.perf_counter()
            output = client.put_object(key="k", body=body())
            seconds = time.perf_counter() - start
            assert output.size == size, output.size
            rows.append((name, seconds))
        start = time.perf_counter()
        download = client.get_object(key=str(size))
        received = sum(len(chunk) for chunk in download.body.iter_chunks())
        rows.append(("download, iter_chunks", time.perf_counter() - start))
        assert received == size, received
        client_growth = _status("VmHWM") - base
        server_growth = int(client.get_object(key="rss").body.read())
        client.close()
        print(f"{size_mb} MB each way; client RSS before: {_mb(base)} MB")
        print("| transfer | MB/s |")
        print("|---|---|")
        for name, seconds in rows:
            print(f"| {name} | {size / 1e6 / seconds:.0f} |")
        print(f"peak RSS growth: client {_mb(client_growth)} MB, server {_mb(server_growth)} MB")
        print(f"client peak RSS: {_mb(base + client_growth)} MB")
    finally:
        child.terminate()
        child.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=200, help="MB per transfer (default 200)")
    parser.add_argument("--serve", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--generate", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        generate(Path(args.generate))
        return
    if args.serve:
        serve(Path(args.serve[0]), Path(args.serve[1]))
        return
    with tempfile.TemporaryDirectory(prefix="apigen-bench-streams-") as folder:
        root = Path(folder)
        # In a child: this process then holds only the client and its runtime, as a user's.
        subprocess.run([sys.executable, __file__, "--generate", str(root)], check=True)
        measure(root, args.size)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
