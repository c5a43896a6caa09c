"""The generated OpsWorks CM server against our own generated client over real HTTP.

botocore no longer ships OpsWorks CM, so the peer is ``OpsWorksCMClient`` (sync, the default
``http.client`` transport) pointed at the generated ASGI app under uvicorn, with SigV4
verification on: every request the client signs must verify. Every operation round-trips (the
server received what the client sent, the client returned what the handler returned) and every
modelled error of every operation reaches the client as its exception, with code, status,
message and shape.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from peers import SPECS, TALLY, WRONG_SIGNATURE_CODES, need

need("uvicorn")

from echo import DEEP, Echo, method_name, wire  # noqa: E402
from live import serve  # noqa: E402

from apigen import ir, naming  # noqa: E402
from apigen.frontends import load_service  # noqa: E402
from apigen_generated._runtime.core.errors import ServiceError  # noqa: E402
from apigen_generated.opsworkscm import OpsWorksCMClient  # noqa: E402

SERVICE = load_service(SPECS / "opsworkscm.yaml")
OPERATIONS = [op.name for op in SERVICE.operations]
ACCESS_KEY, SECRET_KEY = "AKIDOPSWORKS", "opsworks-secret"


@dataclass
class Peer:
    echo: Echo
    client: OpsWorksCMClient
    url: str

    @property
    def spec(self) -> Any:
        return self.echo.spec

    def operation(self, name: str) -> ir.Operation:
        return next(op for op in SERVICE.operations if op.name == name)

    def kwargs(self, op: ir.Operation) -> dict[str, Any]:
        """Keyword arguments for every input member (Python names, ``_`` escapes kept)."""
        if op.input is None:
            return {}
        values = self.echo.samples.structure(SERVICE.shapes[op.input], DEEP)
        params = inspect.signature(getattr(self.client, method_name(op))).parameters
        return {(k if k in params else k + "_"): v for k, v in values.items()}

    def call(self, op: ir.Operation, kwargs: dict[str, Any]) -> Any:
        TALLY["own client → opsworkscm: calls"] += 1
        return getattr(self.client, method_name(op))(**kwargs)


@pytest.fixture(scope="module")
def peer() -> Iterator[Peer]:
    echo = Echo.for_package(SERVICE, "opsworkscm")
    with serve(echo.app(verify_sigv4=True, credentials={ACCESS_KEY: SECRET_KEY})) as live:
        client = OpsWorksCMClient(
            region="us-east-1",
            endpoint_url=live.url,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
            retries=1,
            timeout=10,
        )
        with client:
            yield Peer(echo, client, live.url)


@pytest.mark.parametrize("op_name", OPERATIONS)
def test_every_operation(peer: Peer, op_name: str) -> None:
    op = peer.operation(op_name)
    operation = peer.spec.operations[op_name]
    kwargs = peer.kwargs(op)
    before = len(peer.echo.calls)
    result = peer.call(op, kwargs)
    assert len(peer.echo.calls) == before + 1
    call = peer.echo.last
    assert call.operation == op_name
    sent = operation.input.model_validate({k.rstrip("_"): v for k, v in kwargs.items()})
    assert wire(call.request) == wire(sent)
    assert call.access_key == ACCESS_KEY  # the client's SigV4 signature verified
    assert type(result) is operation.output
    assert wire(result) == wire(call.response)


def _error_shape(spec: Any) -> ir.Shape:
    return next(
        s
        for s in SERVICE.shapes.values()
        if s.error and naming.pascal(s.name) == spec.shape.__name__
    )


def error_cases(peer: Peer, op_name: str) -> list[str]:
    """The operation's errors, plus its share of the service-wide errors (spread over ops)."""
    declared = list(peer.spec.operations[op_name].errors)
    everywhere = {e for o in peer.spec.operations.values() for e in o.errors}
    common = sorted(set(peer.spec.errors) - everywhere)
    return declared + common[OPERATIONS.index(op_name) :: len(OPERATIONS)]


@pytest.mark.parametrize("op_name", OPERATIONS)
def test_every_modelled_error(peer: Peer, op_name: str) -> None:
    op = peer.operation(op_name)
    for code in error_cases(peer, op_name):
        spec = peer.spec.errors[code]
        message = f"{code} raised by the handler of {op_name}"
        sample = peer.echo.samples.structure(_error_shape(spec), everything=True)
        if "message" in spec.shape.model_fields:
            sample["message"] = message
        shape = spec.shape.model_validate(sample)
        status = spec.status if spec.status is not None else 500 if spec.fault == "server" else 400
        with (
            peer.echo.raising(spec.exception(message, shape=shape, status=spec.status)),
            pytest.raises(spec.exception) as info,
        ):
            peer.call(op, peer.kwargs(op))
        error = info.value
        assert type(error) is spec.exception, (op_name, code)
        assert (error.code, error.status, error.message) == (code, status, message)
        assert error.request_id, (op_name, code)
        assert wire(error.shape) == wire(shape), (op_name, code)
        TALLY["own client → opsworkscm: modelled errors raised and parsed"] += 1


def test_wrong_secret_is_refused(peer: Peer) -> None:
    op = SERVICE.operations[0]
    before = len(peer.echo.calls)
    with (
        OpsWorksCMClient(
            region="us-east-1",
            endpoint_url=peer.url,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key="not-the-secret",
            retries=1,
        ) as client,
        pytest.raises(ServiceError) as info,
    ):
        getattr(client, method_name(op))(**peer.kwargs(op))
    assert info.value.status == 403
    assert info.value.code in WRONG_SIGNATURE_CODES
    assert len(peer.echo.calls) == before, "a refused request reached the handler"
