"""The fake's speed and memory: ``apigen serve confluent-byok-v1 --fake --fast`` as
``fake_server`` runs it (uvicorn, one process, in-memory state) in a child process, driven
from this one by raw keep-alive ``http.client`` connections (no client library on the path).

- speed: ``--reads`` small requests (``GET /byok/v1/keys/{id}`` of one key, ~1 KB JSON
  answers) over ``--connections`` keep-alive connections, one thread each; requests/s is
  the total over the wall time, and requests per second of the server process's CPU time
  (/proc/PID/stat): what one core gives the server when nothing else competes for it.
- memory: ``--cycles`` create + delete pairs (``POST /byok/v1/keys``, ``DELETE
  /byok/v1/keys/{id}``), the server's ``VmRSS`` (from /proc) and its ``tracemalloc`` current
  size (a ``--trace`` flag of the child) sampled every ``--every`` requests.

Run ``python bench/bench_fake.py`` (Linux: /proc). Needs the generated package installed.
"""

from __future__ import annotations

import argparse
import base64
import http.client
import json
import os
import subprocess
import sys
import threading
import time
from typing import Any

SERVICE = "confluent-byok-v1"
AUTH = "Basic " + base64.b64encode(b"KEY:SECRET").decode()
BODY = json.dumps(
    {"key": {"kind": "AwsKey", "key_arn": "arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-1111"}}
).encode()
HEADERS = {"Authorization": AUTH, "Content-Type": "application/json"}

CHILD = """
import sys, threading, tracemalloc
from apigen_generated._runtime.fake import fake_server
trace = sys.argv[1] == "1"
if trace:
    tracemalloc.start()
with fake_server(%r, delay=0) as url:
    print(url, flush=True)
    for line in sys.stdin:  # "mem" asks for tracemalloc's current size; EOF stops
        print(tracemalloc.get_traced_memory()[0] if trace else 0, flush=True)
"""


def rss_kb(pid: int) -> int:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of ``pid`` so far (/proc/PID/stat, clock ticks)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def call(conn: http.client.HTTPConnection, method: str, path: str, body: bytes | None) -> Any:
    conn.request(method, path, body=body, headers=HEADERS)
    response = conn.getresponse()
    data = response.read()
    if response.status >= 300:
        raise RuntimeError(f"{method} {path}: {response.status} {data[:200]!r}")
    return json.loads(data) if data else None


def speed(host: str, port: int, reads: int, connections: int, pid: int) -> tuple[float, float]:
    """(requests/s over the wall time, requests per second of the server's CPU time)."""
    conn = http.client.HTTPConnection(host, port)
    key = call(conn, "POST", "/byok/v1/keys", BODY)["id"]
    per = reads // connections

    def work() -> None:
        mine = http.client.HTTPConnection(host, port)
        for _ in range(per):
            call(mine, "GET", f"/byok/v1/keys/{key}", None)
        mine.close()

    threads = [threading.Thread(target=work) for _ in range(connections)]
    start, cpu = time.perf_counter(), cpu_seconds(pid)
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done = per * connections
    return done / (time.perf_counter() - start), done / (cpu_seconds(pid) - cpu)


def memory(
    host: str, port: int, child: subprocess.Popen[str], cycles: int, every: int
) -> list[tuple[int, int, int]]:
    conn = http.client.HTTPConnection(host, port)
    samples = []
    assert child.stdin is not None and child.stdout is not None
    for n in range(cycles):
        key = call(conn, "POST", "/byok/v1/keys", BODY)["id"]
        call(conn, "DELETE", f"/byok/v1/keys/{key}", None)
        if (2 * (n + 1)) % every == 0:
            child.stdin.write("mem\n")
            child.stdin.flush()
            traced = int(child.stdout.readline())
            samples.append((2 * (n + 1), rss_kb(child.pid), traced))
    return samples


def serve(trace: bool) -> tuple[subprocess.Popen[str], str, int]:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD % SERVICE, "1" if trace else "0"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    url = child.stdout.readline().strip()
    host, port = url.removeprefix("http://").split(":")
    return child, host, int(port)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reads", type=int, default=20_000)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--cycles", type=int, default=50_000, help="create+delete pairs")
    parser.add_argument("--every", type=int, default=10_000, help="sample every N requests")
    parser.add_argument("--trace", action="store_true", help="tracemalloc in the server")
    args = parser.parse_args()
    child, host, port = serve(trace=False)
    try:
        for connections in (1, args.connections):
            rate, per_cpu = speed(host, port, args.reads, connections, child.pid)
            print(
                f"speed: {rate:,.0f} requests/s over {connections} keep-alive connection(s);"
                f" {per_cpu:,.0f} requests per server CPU second"
            )
    finally:
        child.terminate()
        child.wait()
    if args.cycles <= 0:
        return
    child, host, port = serve(trace=args.trace)
    try:
        print("requests  server VmRSS (KB)  tracemalloc current (KB)")
        for done, rss, traced in memory(host, port, child, args.cycles, args.every):
            print(f"{done:>8}  {rss:>17}  {traced // 1024:>24}")
    finally:
        child.terminate()
        child.wait()


if __name__ == "__main__":
    main()
