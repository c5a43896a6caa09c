"""One boto3 call to a generated server with the echo handler, checked both ways.

``Peer`` is a service served live with its echo (``echo.py``), a boto3 client pointed at it
and the pairing of our members with botocore's (``boto_wire.py``); ``check_round_trip``
calls one operation with a sample of every input member and checks that the server received
what boto3 sent and that boto3 parsed what the handler returned. Used for the seed services
(test_boto3.py) and for the botocore models the data chooses (test_boto3_sample.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import botocore
from boto_wire import Pairing
from botocore.model import OperationModel, ServiceModel
from echo import DEEP, Echo, wire
from live import LiveServer
from peers import TALLY

from apigen import ir


@dataclass
class Peer:
    """One service served live, with its echo handler and a boto3 client pointed at it."""

    package: str
    service: ir.Service
    echo: Echo
    live: LiveServer
    client: Any
    model: ServiceModel
    pairing: Pairing

    @property
    def spec(self) -> Any:
        return self.echo.spec

    def operation(self, name: str) -> tuple[ir.Operation, OperationModel]:
        op = next(o for o in self.service.operations if o.name == name)
        return op, self.model.operation_model(name)

    def params(self, op: ir.Operation, boto_op: OperationModel) -> dict[str, Any]:
        """boto3 parameters: a sample of every input member botocore also knows."""
        if op.input is None:
            return {}
        shape = self.service.shapes[op.input]
        sample = self.echo.samples.structure(shape, DEEP)
        model = self.spec.operations[op.name].input.model_validate(sample)
        params: dict[str, Any] = self.pairing.to_boto(op.input, boto_op.input_shape, wire(model))
        return params

    def call(self, op: ir.Operation, boto_op: OperationModel, params: dict[str, Any]) -> Any:
        TALLY[f"boto3 → {self.package}: calls"] += 1
        return getattr(self.client, botocore.xform_name(op.name))(**params)


def check_round_trip(peer: Peer, op_name: str) -> None:
    op, boto_op = peer.operation(op_name)
    params = peer.params(op, boto_op)
    before = len(peer.echo.calls)
    response = peer.call(op, boto_op, params)
    assert len(peer.echo.calls) == before + 1, op_name
    call = peer.echo.last
    assert call.operation == op_name
    if op.input is not None:
        received = peer.pairing.neutral(
            op.input, boto_op.input_shape, wire(call.request), strict=True
        )
        sent = peer.pairing.from_boto(op.input, boto_op.input_shape, params)
        assert received == sent, f"{op_name}: the server received other values than boto3 sent"
    metadata = response.pop("ResponseMetadata")
    assert metadata["HTTPStatusCode"] == peer.spec.operations[op_name].code
    assert metadata["RequestId"], op_name
    if op.output is None or boto_op.output_shape is None:
        assert response == {}, op_name
        return
    returned = peer.pairing.neutral(op.output, boto_op.output_shape, wire(call.response))
    parsed = peer.pairing.from_boto(op.output, boto_op.output_shape, response)
    assert parsed == returned, f"{op_name}: boto3 parsed other values than the handler returned"
