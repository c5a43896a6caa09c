"""The generated servers against the real boto3: every operation, every modelled error, SigV4.

For kafkaconnect (restJson1), emr-containers (restJson1) and glue (awsJson1_1), the generated
ASGI app runs under uvicorn with the echo implementation (``echo.py``) and boto3 calls every
operation over HTTP, with parameters built from samples of our spec and kept to the members
botocore's model shares with it (``boto_wire.py``). Checked: the server received exactly what
boto3 sent, boto3 parsed exactly what the handler returned, each modelled error reaches boto3 as
a ``ClientError`` with its code, status, message and modelled fields, and with SigV4
verification on, boto3's signatures verify while a wrong secret or none is refused.

The members only one model knows, and the calls made, are printed at the end of the run.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from peers import SPECS, TALLY, UNPAIRED, UNSIGNED_CODES, WRONG_SIGNATURE_CODES, need

need("boto3", "uvicorn")

import boto3  # noqa: E402
import botocore  # noqa: E402
from boto_wire import Pairing  # noqa: E402
from botocore import UNSIGNED  # noqa: E402
from botocore.config import Config  # noqa: E402
from botocore.exceptions import ClientError  # noqa: E402
from echo import Echo, field_alias, wire  # noqa: E402
from live import serve  # noqa: E402
from round_trip import Peer, check_round_trip  # noqa: E402

from apigen import ir, naming  # noqa: E402
from apigen.frontends import load_service  # noqa: E402

# package → (spec file, botocore service name)
SERVICES = {
    "kafkaconnect": ("kafkaconnect.yaml", "kafkaconnect"),
    "emr_containers": ("emr-containers.yaml", "emr-containers"),
    "glue": ("glue.yaml", "glue"),
}
IRS = {package: load_service(SPECS / spec) for package, (spec, _) in SERVICES.items()}
OPERATIONS = [(package, op.name) for package, service in IRS.items() for op in service.operations]
ACCESS_KEY, SECRET_KEY = "AKID", "secret"
REGION = "us-east-1"


def boto3_client(name: str, url: str, *, secret: str = SECRET_KEY, unsigned: bool = False) -> Any:
    session = boto3.session.Session(
        aws_access_key_id=ACCESS_KEY, aws_secret_access_key=secret, region_name=REGION
    )
    config = Config(
        retries={"total_max_attempts": 1},
        inject_host_prefix=False,
        connect_timeout=5,
        read_timeout=10,
        signature_version=UNSIGNED if unsigned else None,
    )
    return session.client(name, endpoint_url=url, config=config)


@contextlib.contextmanager
def live_peer(package: str, **app_options: Any) -> Iterator[Peer]:
    service = IRS[package]
    echo = Echo.for_package(service, package)
    botocore_name = SERVICES[package][1]
    with serve(echo.app(**app_options)) as live:
        client = boto3_client(botocore_name, live.url)
        pairing = Pairing(service, lambda m: field_alias(service, m))
        try:
            yield Peer(package, service, echo, live, client, client.meta.service_model, pairing)
        finally:
            client.close()
            UNPAIRED.update(f"{package}: {line}" for line in pairing.unpaired)


@pytest.fixture(scope="module")
def peers() -> Iterator[Callable[[str], Peer]]:
    """One live server per service for the module, started on first use."""
    with contextlib.ExitStack() as stack:
        started: dict[str, Peer] = {}

        def get(package: str) -> Peer:
            if package not in started:
                started[package] = stack.enter_context(live_peer(package))
            return started[package]

        yield get


@pytest.fixture(scope="module")
def signed_peers() -> Iterator[Callable[[str], Peer]]:
    """Like ``peers``, with SigV4 verification against the test credentials."""
    with contextlib.ExitStack() as stack:
        started: dict[str, Peer] = {}

        def get(package: str) -> Peer:
            if package not in started:
                credentials = {ACCESS_KEY: SECRET_KEY}
                started[package] = stack.enter_context(
                    live_peer(package, verify_sigv4=True, credentials=credentials)
                )
            return started[package]

        yield get


# -- every operation -------------------------------------------------------------------------


@pytest.mark.parametrize(("package", "op_name"), OPERATIONS)
def test_every_operation(peers: Callable[[str], Peer], package: str, op_name: str) -> None:
    peer = peers(package)
    check_round_trip(peer, op_name)
    assert peer.echo.last.access_key is None  # not verified: no SigV4 check asked for


def test_echo_echoes(peers: Callable[[str], Peer]) -> None:
    """The echo is not vacuous: an identifier sent is the identifier returned."""
    peer = peers("kafkaconnect")
    op, boto_op = peer.operation("DescribeConnector")
    arn = "arn:aws:kafkaconnect:us-east-1:123456789012:connector/echo/9"
    response = peer.call(op, boto_op, {"connectorArn": arn})
    assert response["connectorArn"] == arn


# -- every modelled error --------------------------------------------------------------------


def error_cases(peer: Peer, op_name: str) -> list[str]:
    """The operation's errors, plus its share of the service-wide errors (spread over ops)."""
    declared = list(peer.spec.operations[op_name].errors)
    everywhere = {e for o in peer.spec.operations.values() for e in o.errors}
    common = sorted(set(peer.spec.errors) - everywhere)
    index = [o.name for o in peer.service.operations].index(op_name)
    return declared + common[index :: len(peer.service.operations)]


def error_shape(peer: Peer, code: str) -> ir.Shape:
    spec = peer.spec.errors[code]
    return next(
        s
        for s in peer.service.shapes.values()
        if s.error and naming.pascal(s.name) == spec.shape.__name__
    )


def check_error(peer: Peer, op_name: str, code: str) -> None:
    op, boto_op = peer.operation(op_name)
    spec = peer.spec.errors[code]
    shape = error_shape(peer, code)
    message = f"{code} raised by the handler of {op_name}"
    sample = peer.echo.samples.structure(shape, everything=True)
    for member in shape.members:
        if member.name.lower() == "message":
            sample[naming.snake(member.name)] = message
    exception = spec.exception(message, shape=spec.shape.model_validate(sample), status=spec.status)
    status = spec.status if spec.status is not None else 500 if spec.fault == "server" else 400
    with peer.echo.raising(exception), pytest.raises(ClientError) as info:
        peer.call(op, boto_op, peer.params(op, boto_op))
    response = info.value.response
    assert response["Error"]["Code"] == code, (op_name, code)
    assert response["Error"]["Message"] == message, (op_name, code)
    assert response["ResponseMetadata"]["HTTPStatusCode"] == status, (op_name, code)
    assert response["ResponseMetadata"]["RequestId"], (op_name, code)
    modelled = {s.name for s in boto_op.error_shapes}
    if shape.name in modelled:
        assert isinstance(info.value, getattr(peer.client.exceptions, shape.name)), (op_name, code)
        boto_shape = peer.model.shape_for(shape.name)
        expected = peer.pairing.neutral(shape.id, boto_shape, wire(exception.shape))
        parsed = peer.pairing.from_boto(shape.id, boto_shape, response)
        assert parsed == expected, (op_name, code)
    TALLY[f"boto3 → {peer.package}: modelled errors raised and parsed"] += 1


@pytest.mark.parametrize(("package", "op_name"), OPERATIONS)
def test_every_modelled_error(peers: Callable[[str], Peer], package: str, op_name: str) -> None:
    peer = peers(package)
    cases = error_cases(peer, op_name)
    assert cases or not peer.spec.errors, op_name
    for code in cases:
        check_error(peer, op_name, code)


# -- SigV4 -----------------------------------------------------------------------------------


@pytest.mark.parametrize("package", SERVICES)
def test_sigv4_signatures_verify(signed_peers: Callable[[str], Peer], package: str) -> None:
    peer = signed_peers(package)
    for op in peer.service.operations:
        check_round_trip(peer, op.name)
        assert peer.echo.last.access_key == ACCESS_KEY, op.name


@pytest.mark.parametrize("package", SERVICES)
@pytest.mark.parametrize("how", ["wrong secret", "unsigned"])
def test_sigv4_refuses_bad_signatures(
    signed_peers: Callable[[str], Peer], package: str, how: str
) -> None:
    peer = signed_peers(package)
    client = boto3_client(
        SERVICES[package][1],
        peer.live.url,
        secret="not-the-secret" if how == "wrong secret" else SECRET_KEY,
        unsigned=how == "unsigned",
    )
    before = len(peer.echo.calls)
    try:
        for op in peer.service.operations[:3]:
            boto_op = peer.model.operation_model(op.name)
            with pytest.raises(ClientError) as info:
                getattr(client, botocore.xform_name(op.name))(**peer.params(op, boto_op))
            response = info.value.response
            assert response["ResponseMetadata"]["HTTPStatusCode"] == 403, (how, op.name)
            codes = WRONG_SIGNATURE_CODES if how == "wrong secret" else UNSIGNED_CODES
            assert response["Error"]["Code"] in codes, (how, op.name, response["Error"])
    finally:
        client.close()
    assert len(peer.echo.calls) == before, "a refused request reached the handler"
