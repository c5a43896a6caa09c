"""Scale (issue #12): the biggest AWS services imported from botocore and generated.

In a temporary folder (never specs/), one service at a time: ``apigen import botocore``
of its model from the installed botocore, then ``apigen generate`` with that spec added to
the specs folder. The added spec is generated from scratch (its text is new to the cache);
the ones before it are memoised (``apigen/incremental.py``). Each step is a fresh process:
wall time, CPU time (user + system, black's workers included) and peak RSS of the largest
process (``wait4``). Then, with all four present: a no-change regeneration (median), the
generated ec2 package's import time in a fresh process (median), and a fresh process's
import + client + first call (ec2 ``DescribeRegions`` against a canned local reply),
against boto3's.

Prints Markdown tables; bench/README.md records results. Nothing here is a test.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import botocore

ROOT = Path(__file__).resolve().parent.parent
SERVICES = ("ec2", "sagemaker", "connect", "quicksight")
CALLGRIND = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
DATA = Path(botocore.__file__).parent / "data"

REGIONS_XML = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<DescribeRegionsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">'
    b"<requestId>6a1b7c2d-0000-4000-8000-000000000000</requestId><regionInfo>"
    b"<item><regionName>us-east-1</regionName><regionEndpoint>ec2.us-east-1.amazonaws.com"
    b"</regionEndpoint><optInStatus>opt-in-not-required</optInStatus></item>"
    b"<item><regionName>eu-west-1</regionName><regionEndpoint>ec2.eu-west-1.amazonaws.com"
    b"</regionEndpoint><optInStatus>opt-in-not-required</optInStatus></item>"
    b"</regionInfo></DescribeRegionsResponse>"
)
REPLY = (
    b"HTTP/1.1 200 OK\r\nContent-Type: text/xml;charset=UTF-8\r\n"
    + f"Content-Length: {len(REGIONS_XML)}\r\n\r\n".encode()
    + REGIONS_XML
)


class Failed(Exception):
    """A command exited non-zero; the message is its first line of errors."""


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """(wall s, CPU s, peak RSS MB of the largest process) of one command."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )  # wait4's usage is this command's, its waited-for black workers included
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        assert process.stderr is not None
        raise Failed(process.stderr.read().decode().strip().splitlines()[0])
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def _operations(spec: Path) -> int:
    from apigen.frontends import load_service

    return len(load_service(spec).operations)


def latest_model(service: str) -> Path:
    return sorted((DATA / service).iterdir())[-1]


def _serve(listener: socket.socket) -> None:
    while True:
        try:
            conn, _ = listener.accept()
        except OSError:
            return
        with conn:
            buffer = b""
            while b"\r\n\r\n" not in buffer:
                buffer += conn.recv(65536)
            head, _, body = buffer.partition(b"\r\n\r\n")
            length = next(
                (
                    int(line.split(b":", 1)[1])
                    for line in head.split(b"\r\n")
                    if line.lower().startswith(b"content-length:")
                ),
                0,
            )
            while len(body) < length:
                body += conn.recv(65536)
            conn.sendall(REPLY)


def cold(codes: dict[str, str], env: dict[str, str], runs: int) -> dict[str, float]:
    """Median seconds inside a fresh process from before the import to the end of each code,
    the codes alternating run by run (a change in the machine's load falls on all of them)."""
    program = "import time; _t = time.perf_counter(); {code}; print(time.perf_counter() - _t)"
    samples: dict[str, list[float]] = {name: [] for name in codes}
    for run in range(runs + 1):
        for name, code in codes.items():
            out = subprocess.run(
                [sys.executable, "-c", program.format(code=code)],
                env=env,
                check=True,
                capture_output=True,
                text=True,
            )
            if run:  # the first round warms the .pyc files and the page cache
                samples[name].append(float(out.stdout.strip().splitlines()[-1]))
    return {name: statistics.median(values) for name, values in samples.items()}


def instructions(codes: dict[str, str], env: dict[str, str]) -> dict[str, int]:
    """Instructions a fresh process running each code executes (valgrind's callgrind, after
    a warm-up run): unlike time, the count hardly moves with the machine's load."""
    counts: dict[str, int] = {}
    for name, code in codes.items():
        subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
        done = subprocess.run(
            [*CALLGRIND, sys.executable, "-c", code],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        counts[name] = int(done.stderr.split("Collected :")[1].split()[0])
    return counts


def _ec2_cold(out: Path, repeats: int, count: bool = False) -> tuple[float, float, float]:
    """Medians in fresh processes: ``import apigen_generated.ec2``, then import + client +
    first ``DescribeRegions`` for apigen and for boto3, against a canned local reply."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    threading.Thread(target=_serve, args=(listener,), daemon=True).start()
    try:
        port = listener.getsockname()[1]
        py_env = {**os.environ, "PYTHONPATH": str(out), "AWS_EC2_METADATA_DISABLED": "true"}
        # The warm-up run must leave .pyc files behind, or every run compiles ec2's sources.
        py_env.pop("PYTHONDONTWRITEBYTECODE", None)
        keys = "aws_access_key_id='k', aws_secret_access_key='s'"
        endpoint = f"endpoint_url='http://127.0.0.1:{port}'"
        ours = f"from apigen_generated.ec2 import EC2Client as C; c = C(region='us-east-1', {endpoint}, {keys})"
        theirs = (
            f"import boto3; c = boto3.client('ec2', region_name='us-east-1', {endpoint}, {keys})"
        )
        medians = cold(
            {
                "package": "import apigen_generated.ec2",
                "ours": ours + "; c.describe_regions()",
                "theirs": theirs + "; c.describe_regions()",
            },
            py_env,
            repeats,
        )
        package, ours_call, theirs_call = medians["package"], medians["ours"], medians["theirs"]
        if count and shutil.which("valgrind"):
            calls = {
                "ours": ours + "; c.describe_regions()",
                "theirs": theirs + "; c.describe_regions()",
            }
            counted = instructions(calls, py_env)
            print(
                f"instructions (callgrind), import + client + first DescribeRegions: apigen "
                f"{counted['ours'] / 1e6:,.0f} M, boto3 {counted['theirs'] / 1e6:,.0f} M, "
                f"ratio {counted['ours'] / counted['theirs']:.2f}",
                flush=True,
            )
    finally:
        listener.close()
    return package, ours_call, theirs_call


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--services", nargs="*", default=list(SERVICES))
    parser.add_argument(
        "--instructions", action="store_true", help="also count ec2's first call (valgrind)"
    )
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="apigen-scale-"))
    specs, out, cache = work / "specs", work / "out", work / "cache"
    specs.mkdir()
    # As a user's shell runs apigen: its bytecode kept (this machine sets
    # PYTHONDONTWRITEBYTECODE, which would make every run compile apigen's modules).
    env = {**os.environ, "APIGEN_CACHE_DIR": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    apigen = [sys.executable, "-m", "apigen"]
    rows = []
    failed: list[tuple[str, str, str]] = []
    try:
        for service in args.services:
            spec = specs / f"{service}.yaml"
            model = latest_model(service)
            try:
                imported = timed(
                    [*apigen, "import", "botocore", str(model), "--out", str(spec), "-q"]
                )
                generated = timed(
                    [*apigen, "generate", "--specs", str(specs), "--out", str(out), "-q"], env
                )
            except Failed as failure:  # reported in the table; the others go on
                spec.unlink(missing_ok=True)
                print(f"{service}: {failure}", file=sys.stderr, flush=True)
                failed.append((service, model.name, str(failure)))
                continue
            operations = _operations(spec)
            rows.append((service, model.name, operations, imported, generated))
            print(service, imported, generated, file=sys.stderr, flush=True)
        command = [*apigen, "generate", "--specs", str(specs), "--out", str(out), "-q"]
        timed(command, env)  # untimed: the first no-change run after a write re-stamps the index
        unchanged_runs = [timed(command, env) for _ in range(args.repeats)]
        unchanged = statistics.median(run[0] for run in unchanged_runs)
        unchanged_cpu = statistics.median(run[1] for run in unchanged_runs)
        cold_figures = None  # the ec2 figures need ec2 generated
        if any(row[0] == "ec2" for row in rows):
            cold_figures = _ec2_cold(out, args.repeats, args.instructions)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(
        f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores, "
        f"botocore {botocore.__version__}, load average {os.getloadavg()[0]:.1f}\n"
    )
    print(
        "| service | model | operations | import wall (s) | generate wall (s) "
        "| generate CPU (s) | generate peak RSS (MB) |"
    )
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for service, model, operations, imported, generated in rows:
        print(
            f"| {service} | {model} | {operations} | {imported[0]:.1f} | {generated[0]:.1f} "
            f"| {generated[1]:.1f} | {generated[2]:.0f} |"
        )
    for service, model, failure in failed:
        print(f"| {service} | {model} | - | failed: {failure} | - | - | - |")
    print(
        f"\nno-change regeneration, all present (median of {args.repeats}): "
        f"{unchanged:.2f} s wall, {unchanged_cpu:.2f} s CPU"
    )
    if cold_figures is None:
        print("ec2 was not generated: no import or first-call figures")
        return
    package, ours_call, theirs_call = cold_figures
    print(f"`import apigen_generated.ec2` in a fresh process (median): {package * 1000:.0f} ms")
    print(
        f"import + client + first DescribeRegions, in process (median): apigen "
        f"{ours_call * 1000:.0f} ms, boto3 {theirs_call * 1000:.0f} ms, "
        f"ratio {ours_call / theirs_call:.2f}"
    )


if __name__ == "__main__":
    main()
