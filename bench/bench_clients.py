"""Client speed: the generated sync clients against boto3 and a raw signed http.client call.

One local server (a separate process, so it does not compete for this process's GIL) answers
every request with a canned response: emr-containers ``ListVirtualClusters`` (restJson1,
``GET /virtualclusters``) and Glue ``GetConnection`` (awsJson1_1, ``POST /``). Measured:

- per call, median: the generated client; boto3 (standard retries); the floor, a persistent
  ``http.client`` connection sending a request signed with ``sigv4.sign`` and ``json.loads``
  of the body;
- client construction: the first in a process (after import) and repeated;
- cold start: ``python -c "import ...; <client>"`` wall time, and import + first client
  measured inside that process; without ``PYTHONDONTWRITEBYTECODE`` (which this machine
  sets), so the warm-up round leaves the generated package's bytecode as a user's Python
  does: boto3's installed wheels have theirs from pip, an editable ``generated/`` has none.

Run ``python bench/bench_clients.py`` (``--calls``, ``--cold-runs`` to change the sample
sizes). ``--against DIR --rounds N`` measures only the per-call figures of apigen and the
floor, alternating processes that import the generated package from ``DIR`` (another tree's
``generated/``, say main's) and the installed one: A/B on a machine others share. Needs the generated package installed (``pip install -e generated``) and boto3.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

REGION = "us-east-1"
KEY, SECRET = "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"

_CLUSTER = {
    "id": "vc0123456789",
    "name": "analytics",
    "arn": "arn:aws:emr-containers:us-east-1:123456789012:/virtualclusters/vc0123456789",
    "state": "RUNNING",
    "containerProvider": {
        "type": "EKS",
        "id": "eks-cluster",
        "info": {"eksInfo": {"namespace": "spark"}},
    },
    "createdAt": 1700000000,
    "tags": {"team": "data", "env": "prod"},
}
EMR_BODY = json.dumps(
    {
        "virtualClusters": [
            {**_CLUSTER, "id": f"vc{i:010d}", "name": f"cluster-{i}"} for i in range(3)
        ]
    }
).encode()
GLUE_BODY = json.dumps(
    {
        "Connection": {
            "Name": "warehouse",
            "Description": "the warehouse",
            "ConnectionType": "JDBC",
            "ConnectionProperties": {
                "JDBC_CONNECTION_URL": "jdbc:postgresql://db.example.com:5432/warehouse",
                "USERNAME": "reader",
            },
            "PhysicalConnectionRequirements": {
                "SubnetId": "subnet-0123",
                "SecurityGroupIdList": ["sg-0123"],
                "AvailabilityZone": "us-east-1a",
            },
            "CreationTime": 1700000000.0,
            "LastUpdatedTime": 1700000100.0,
            "LastUpdatedBy": "admin",
            "Status": "READY",
        }
    }
).encode()


def _response(body: bytes, content_type: str) -> bytes:
    head = (
        "HTTP/1.1 200 OK\r\n"
        f"Content-Type: {content_type}\r\n"
        "x-amzn-RequestId: 6a1b7c2d-0000-4000-8000-000000000000\r\n"
        f"Content-Length: {len(body)}\r\n"
        "\r\n"
    )
    return head.encode() + body


EMR_RESPONSE = _response(EMR_BODY, "application/json")
GLUE_RESPONSE = _response(GLUE_BODY, "application/x-amz-json-1.1")
NOT_FOUND = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"


# -- the server (its own process) -----------------------------------------------------------------


def _handle(conn: socket.socket) -> None:
    buffer = b""
    with conn:
        while True:
            while b"\r\n\r\n" not in buffer:
                data = conn.recv(65536)
                if not data:
                    return
                buffer += data
            head, _, buffer = buffer.partition(b"\r\n\r\n")
            lines = head.split(b"\r\n")
            method, target, _ = lines[0].split(b" ", 2)
            length = 0
            amz_target = b""
            for line in lines[1:]:
                name, _, value = line.partition(b":")
                lowered = name.strip().lower()
                if lowered == b"content-length":
                    length = int(value)
                elif lowered == b"x-amz-target":
                    amz_target = value.strip()
            while len(buffer) < length:
                buffer += conn.recv(65536)
            buffer = buffer[length:]
            if method == b"GET" and target.startswith(b"/virtualclusters"):
                conn.sendall(EMR_RESPONSE)
            elif method == b"POST" and amz_target == b"AWSGlue.GetConnection":
                conn.sendall(GLUE_RESPONSE)
            else:
                conn.sendall(NOT_FOUND)


def serve() -> None:
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(128)
    print(listener.getsockname()[1], flush=True)
    while True:
        conn, _ = listener.accept()
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        threading.Thread(target=_handle, args=(conn,), daemon=True).start()


def start_server() -> tuple[subprocess.Popen[str], int]:
    process = subprocess.Popen(
        [sys.executable, __file__, "--serve"], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    return process, int(process.stdout.readline())


# -- measuring ------------------------------------------------------------------------------------


def per_call(function: Callable[[], Any], calls: int, warmup: int = 200) -> float:
    """Median seconds per call."""
    for _ in range(warmup):
        function()
    samples = []
    clock = time.perf_counter
    for _ in range(calls):
        started = clock()
        function()
        samples.append(clock() - started)
    return statistics.median(samples)


def interleaved(
    functions: dict[str, Callable[[], Any]], calls: int, rounds: int = 3
) -> tuple[dict[str, float], dict[str, float]]:
    """Median wall time per call of each function, and its CPU time per call (this process,
    user + system, over all its rounds), measured in alternating rounds (drift hits all)."""
    samples: dict[str, list[float]] = {name: [] for name in functions}
    cpu: dict[str, float] = dict.fromkeys(functions, 0.0)
    for function in functions.values():
        for _ in range(300):
            function()
    clock = time.perf_counter
    for _ in range(rounds):
        for name, function in functions.items():
            bucket = samples[name]
            cpu_started = time.process_time()
            for _ in range(calls // rounds):
                started = clock()
                function()
                bucket.append(clock() - started)
            cpu[name] += time.process_time() - cpu_started
    medians = {name: statistics.median(values) for name, values in samples.items()}
    return medians, {name: spent / len(samples[name]) for name, spent in cpu.items()}


def raw_call(
    port: int, method: str, path: str, service: str, headers: list[tuple[str, str]], body: bytes
) -> Callable[[], Any]:
    """The floor: a kept-alive http.client connection, SigV4 per request, JSON decoded."""
    from apigen_generated._runtime.auth.credentials import Credentials
    from apigen_generated._runtime.auth.sigv4 import sign
    from apigen_generated._runtime.core.http import HttpRequest

    host = f"127.0.0.1:{port}"
    conn = http.client.HTTPConnection("127.0.0.1", port)
    credentials = Credentials(KEY, SECRET)

    def call() -> Any:
        request = HttpRequest(method, path, "", [("Host", host), *headers], body)
        sign(request, host=host, credentials=credentials, region=REGION, service=service)
        conn.request(method, path, body=body or None, headers=dict(request.headers))
        response = conn.getresponse()
        return json.loads(response.read())

    return call


def clients(
    port: int, boto: bool = True
) -> tuple[dict[str, Callable[[], Any]], dict[str, Callable[[], Any]]]:
    """The calls measured, per operation: apigen, boto3 (unless ``boto`` is false), the floor."""
    from apigen_generated.emr_containers import EMRContainersClient
    from apigen_generated.glue import GlueClient

    endpoint = f"http://127.0.0.1:{port}"
    ours = {
        "region": REGION,
        "endpoint_url": endpoint,
        "aws_access_key_id": KEY,
        "aws_secret_access_key": SECRET,
    }
    theirs: dict[str, Any] = {
        "region_name": REGION,
        "endpoint_url": endpoint,
        "aws_access_key_id": KEY,
        "aws_secret_access_key": SECRET,
    }
    if boto:
        from botocore.config import Config

        theirs["config"] = Config(retries={"mode": "standard"})
    emr, glue = EMRContainersClient(**ours), GlueClient(**ours)
    glue_headers = [
        ("X-Amz-Target", "AWSGlue.GetConnection"),
        ("Content-Type", "application/x-amz-json-1.1"),
    ]
    emr_calls: dict[str, Callable[[], Any]] = {
        "apigen": emr.list_virtual_clusters,
        "raw http.client": raw_call(port, "GET", "/virtualclusters", "emr-containers", [], b""),
    }
    glue_calls: dict[str, Callable[[], Any]] = {
        "apigen": lambda: glue.get_connection(name="warehouse"),
        "raw http.client": raw_call(
            port, "POST", "/", "glue", glue_headers, b'{"Name":"warehouse"}'
        ),
    }
    if boto:
        import boto3

        boto_emr = boto3.client("emr-containers", **theirs)
        boto_glue = boto3.client("glue", **theirs)
        emr_calls["boto3"] = boto_emr.list_virtual_clusters
        glue_calls["boto3"] = lambda: boto_glue.get_connection(Name="warehouse")
    return emr_calls, glue_calls


def construction(repeats: int) -> dict[str, tuple[float, float]]:
    """(first, repeated median) seconds to construct a client, per library."""
    import boto3

    from apigen_generated.emr_containers import EMRContainersClient

    ours = {"region": REGION, "aws_access_key_id": KEY, "aws_secret_access_key": SECRET}
    theirs = {"region_name": REGION, "aws_access_key_id": KEY, "aws_secret_access_key": SECRET}
    results = {}
    for name, make in (
        ("apigen", lambda: EMRContainersClient(**ours)),
        ("boto3", lambda: boto3.client("emr-containers", **theirs)),
    ):
        started = time.perf_counter()
        make()
        first = time.perf_counter() - started
        results[name] = (first, per_call(make, repeats, warmup=3))
    return results


def _cold_code(port: int) -> dict[str, str]:
    keys = "aws_access_key_id='k', aws_secret_access_key='s'"
    endpoint = f"endpoint_url='http://127.0.0.1:{port}'"
    ours = f"from apigen_generated.emr_containers import EMRContainersClient as C; c = C(region={REGION!r}, {endpoint}, {keys})"
    theirs = f"import boto3; c = boto3.client('emr-containers', region_name={REGION!r}, {endpoint}, {keys})"
    return {
        "apigen": ours,
        "boto3": theirs,
        "apigen + first call": ours + "; c.list_virtual_clusters()",
        "boto3 + first call": theirs + "; c.list_virtual_clusters()",
        "python -c pass": "pass",
        # What any pydantic-model SDK pays before its own code runs: the import, and one model
        # built and used (the first build scans every distribution's entry points for plugins).
        "pydantic alone": "exec('from pydantic import BaseModel\\nclass M(BaseModel):\\n"
        '    x: int = 0\\nM.model_validate({"x": 1})\')',
    }


def _cold_env(python: str) -> dict[str, str]:
    """The environment of a cold-start process: bytecode kept, and for another interpreter
    the installed generated package on its path."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if python != sys.executable:
        import apigen_generated

        package_root = os.path.dirname(os.path.dirname(apigen_generated.__file__ or ""))
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    return env


def cold(port: int, runs: int, python: str = sys.executable) -> dict[str, tuple[float, float]]:
    """(process wall time, time inside it from before the import to the end) medians, in
    fresh processes of ``python`` (another virtualenv's: the installed generated package is
    put on its path, so one holding only what a user's application installs will do)."""
    timed = "import time; _t = time.perf_counter(); {code}; print(time.perf_counter() - _t)"
    codes = _cold_code(port)
    walls: dict[str, list[float]] = {name: [] for name in codes}
    inner: dict[str, list[float]] = {name: [] for name in codes}
    env = _cold_env(python)
    for run in range(runs + 1):
        for name, code in codes.items():
            started = time.perf_counter()
            out = subprocess.run(
                [python, "-c", timed.format(code=code)],
                check=True,
                capture_output=True,
                text=True,
                env=env,
            )
            if run:  # the first round only warms the caches (.pyc files, the page cache)
                walls[name].append(time.perf_counter() - started)
                inner[name].append(float(out.stdout))
    return {
        name: (statistics.median(walls[name]), statistics.median(inner[name])) for name in codes
    }


def instructions(port: int, python: str = sys.executable) -> dict[str, int]:
    """Instructions each cold-start process executes (valgrind's callgrind, one run each,
    after a warm-up run): unlike time, the count hardly moves with the machine's load."""
    env = _cold_env(python)
    counts: dict[str, int] = {}
    for name, code in _cold_code(port).items():
        subprocess.run([python, "-c", code], check=True, capture_output=True, env=env)
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", python, "-c", code],
            check=True,
            capture_output=True,
            text=True,
            env=env,
        )
        counts[name] = int(done.stderr.split("Collected :")[1].split()[0])
    return counts


def _instruction_table(counts: dict[str, int]) -> None:
    print("| instructions (callgrind) | apigen | boto3 | apigen / boto3 |")
    print("| --- | ---: | ---: | ---: |")
    for label, ours, theirs in (
        ("import + first client", "apigen", "boto3"),
        ("import + first client + first call", "apigen + first call", "boto3 + first call"),
    ):
        a, b = counts[ours], counts[theirs]
        print(f"| {label} | {a / 1e6:,.0f} M | {b / 1e6:,.0f} M | {a / b:.2f} |")
    floor, boto = counts["pydantic alone"], counts["boto3 + first call"]
    print(
        f"| pydantic alone | {floor / 1e6:,.0f} M | - | {floor / boto:.2f} of boto3's first call |"
    )
    print(f"\n(`python -c pass`: {counts['python -c pass'] / 1e6:,.0f} M)")


def _round(port: int, calls: int) -> None:
    """One round of ``--against`` in this process: apigen and the floor per operation, as JSON
    (median wall and CPU seconds per call) with the path of the package measured."""
    import apigen_generated

    emr_calls, glue_calls = clients(port, boto=False)
    out: dict[str, Any] = {"package": os.path.dirname(apigen_generated.__file__)}
    for label, calls_of in (("GET", emr_calls), ("POST", glue_calls)):
        medians, cpu = interleaved(calls_of, calls)
        out[label] = {name: [medians[name], cpu[name]] for name in calls_of}
    print(json.dumps(out))


def compare(against: str, rounds: int, calls: int) -> None:
    """A/B per call: processes alternating between the generated package under ``against``
    (put first on ``PYTHONPATH``: another tree's ``generated/``) and the installed one, one
    server for all; prints apigen / floor per round, wall and CPU, and the load average."""
    server, port = start_server()
    results: list[tuple[int, str, dict[str, Any]]] = []
    try:
        load_before = ", ".join(f"{v:.1f}" for v in os.getloadavg())
        for number in range(1, rounds + 1):
            for tree in ("base", "new"):
                env = dict(os.environ)
                if tree == "base":
                    env["PYTHONPATH"] = os.pathsep.join(
                        p for p in (against, env.get("PYTHONPATH")) if p
                    )
                command = [sys.executable, __file__, "--round", str(port), "--calls", str(calls)]
                done = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
                results.append((number, tree, json.loads(done.stdout)))
        load_after = ", ".join(f"{v:.1f}" for v in os.getloadavg())
    finally:
        server.terminate()
        server.wait()
    for tree in ("base", "new"):
        print(f"{tree}: {next(r[2]['package'] for r in results if r[1] == tree)}")
    print()
    print(
        "| round | tree | GET apigen / floor µs | GET wall | GET CPU "
        "| POST apigen / floor µs | POST wall | POST CPU |"
    )
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    ratios: dict[str, list[list[float]]] = {"base": [], "new": []}
    for number, tree, out in results:
        cells, row = [], []
        for label in ("GET", "POST"):
            (a_wall, a_cpu), (f_wall, f_cpu) = out[label]["apigen"], out[label]["raw http.client"]
            row += [a_wall / f_wall, a_cpu / f_cpu]
            cells.append(
                f"{a_wall * 1e6:.0f} / {f_wall * 1e6:.0f} | {a_wall / f_wall:.2f}x "
                f"| {a_cpu / f_cpu:.2f}x"
            )
        ratios[tree].append(row)
        print(f"| {number} | {tree} | {' | '.join(cells)} |")
    for tree, rows in ratios.items():
        medians = [statistics.median(column) for column in zip(*rows, strict=True)]
        print(
            f"| median | {tree} | | {medians[0]:.2f}x | {medians[1]:.2f}x "
            f"| | {medians[2]:.2f}x | {medians[3]:.2f}x |"
        )
    print(f"\n(load average before / after: {load_before} / {load_after})")


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.3f} ms" if seconds < 0.01 else f"{seconds * 1000:.1f} ms"


def _us(seconds: float) -> str:
    return f"{seconds * 1e6:.1f} µs"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--calls", type=int, default=3000)
    parser.add_argument("--cold-runs", type=int, default=9)
    parser.add_argument(
        "--against",
        metavar="DIR",
        help="A/B per call only: alternate processes importing apigen_generated from DIR "
        "(another tree's generated/) and the installed package",
    )
    parser.add_argument("--rounds", type=int, default=5, help="with --against: rounds")
    parser.add_argument(
        "--cold-only", action="store_true", help="only the cold-start table (no per-call rounds)"
    )
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="with --cold-only: also count each cold start's instructions (needs valgrind)",
    )
    parser.add_argument(
        "--cold-python",
        metavar="PYTHON",
        default=sys.executable,
        help="the interpreter of the cold-start processes (say a virtualenv with only pydantic, "
        "boto3 and their dependencies: the plugin scan depends on what is installed)",
    )
    parser.add_argument("--round", type=int, metavar="PORT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve()
        return
    if args.round is not None:
        _round(args.round, args.calls)
        return
    if args.against is not None:
        compare(args.against, args.rounds, args.calls)
        return
    import platform

    print(f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs")
    server, port = start_server()
    if args.cold_only:
        try:
            _cold_table(cold(port, args.cold_runs, args.cold_python), args.cold_python)
            if args.instructions:
                print()
                _instruction_table(instructions(port, args.cold_python))
        finally:
            server.terminate()
            server.wait()
        return
    try:
        emr_calls, glue_calls = clients(port)
        load_before = ", ".join(f"{v:.1f}" for v in os.getloadavg())
        rows = []
        for label, calls in (
            ("emr-containers ListVirtualClusters (GET)", emr_calls),
            ("glue GetConnection (POST)", glue_calls),
        ):
            medians, cpu = interleaved(calls, args.calls)
            rows.append((label, medians, cpu))
        load_after = ", ".join(f"{v:.1f}" for v in os.getloadavg())
        cold_start = cold(port, args.cold_runs, args.cold_python)
    finally:
        server.terminate()
        server.wait()
    built = construction(2000)

    print()
    print(
        "| per call (median) | apigen | boto3 | raw http.client + SigV4 | boto3 / apigen | apigen / floor |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for label, m, _ in rows:
        print(
            f"| {label} | {_us(m['apigen'])} | {_us(m['boto3'])} | {_us(m['raw http.client'])} "
            f"| {m['boto3'] / m['apigen']:.1f}x | {m['apigen'] / m['raw http.client']:.2f}x |"
        )
    print()
    print(
        "| CPU per call (this process) | apigen | boto3 | raw http.client + SigV4 | apigen / floor |"
    )
    print("| --- | ---: | ---: | ---: | ---: |")
    for label, _, c in rows:
        print(
            f"| {label} | {_us(c['apigen'])} | {_us(c['boto3'])} | {_us(c['raw http.client'])} "
            f"| {c['apigen'] / c['raw http.client']:.2f}x |"
        )
    print(f"\n(load average before / after the per-call rounds: {load_before} / {load_after})")
    print()
    print("| client construction | apigen | boto3 | boto3 / apigen |")
    print("| --- | ---: | ---: | ---: |")
    a_first, a_again = built["apigen"]
    b_first, b_again = built["boto3"]
    print(
        f"| first in process (after import) | {_ms(a_first)} | {_ms(b_first)} | {b_first / a_first:.0f}x |"
    )
    print(f"| repeated (median) | {_us(a_again)} | {_us(b_again)} | {b_again / a_again:.0f}x |")
    print()
    _cold_table(cold_start, args.cold_python)


def _cold_table(cold_start: dict[str, tuple[float, float]], python: str) -> None:
    print(f"cold-start interpreter: {python}")
    print("| cold start (median of runs) | apigen | boto3 | apigen / boto3 |")
    print("| --- | ---: | ---: | ---: |")
    base_wall, _ = cold_start["python -c pass"]
    for label, ours, theirs in (
        ("import + first client", "apigen", "boto3"),
        ("import + first client + first call", "apigen + first call", "boto3 + first call"),
    ):
        (a_wall, a_inner), (b_wall, b_inner) = cold_start[ours], cold_start[theirs]
        print(
            f"| {label}: `python -c` wall time | {_ms(a_wall)} | {_ms(b_wall)} | {a_wall / b_wall:.2f} |"
        )
        print(
            f"| {label}: in process | {_ms(a_inner)} | {_ms(b_inner)} | {a_inner / b_inner:.2f} |"
        )
    floor_wall, floor_inner = cold_start["pydantic alone"]
    _, boto_inner = cold_start["boto3 + first call"]
    print(
        f"| pydantic alone (import, one model built and used): in process | {_ms(floor_inner)} "
        f"| - | {floor_inner / boto_inner:.2f} of boto3's first call |"
    )
    print(f"\n(`python -c pass`: {_ms(base_wall)}; pydantic alone, wall: {_ms(floor_wall)})")


if __name__ == "__main__":
    main()
