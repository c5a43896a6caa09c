"""Stubbed responses for generated clients: test code that calls a client, without a server.

A ``Stubber`` wraps one client (sync or async) the way botocore's ``Stubber`` wraps a boto3
client: queue the responses the calls should get, in order, with ``add_response`` and
``add_client_error``; ``activate()`` (or ``with stubber:``) makes the client answer from the
queue; ``assert_no_pending_responses()`` fails while responses are left.

Decisions:
- The stub stands in for the client's ``_send`` (one request and its answer), so arguments
  are built and validated as in a real call, and paginators and waiters run their real loops
  over stubbed pages. Nothing is serialised and no transport is made or touched: no network,
  no credentials, no region needed. One queued response answers one call: no retries.
- A stubbed output is validated against the operation's output shape when it is added
  (Python or wire names; unknown keys are refused too), expected parameters against its input
  shape; errors name the operation, the shape and the offending member path.
- ``expected_params`` are the call's keyword arguments (Python or wire names); ``ANY``
  matches any value. A call whose parameters differ raises ``StubAssertionError`` naming the
  members that differ, and consumes nothing. An idempotency token the client fills in is not
  compared unless expected.
- ``add_client_error`` raises what the real client raises for that error response: the
  service's exception class for a modelled code (its ``shape`` built from ``message`` and
  ``fields``), else the service's unknown-error class.
"""

from __future__ import annotations

import inspect
import types
import typing
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Self, TypeVar, cast

from pydantic import BaseModel, ValidationError

from ..core.errors import ApigenError, ServiceError
from ..core.http import HttpResponse
from ..core.model import ApigenModel
from ..core.params import error_details, loose_model, wire_path
from ..core.schema import OperationSpec, ServiceSpec
from ..protocols.faults import modelled_error, unknown_error

__all__ = [
    "ANY",
    "StubAssertionError",
    "StubResponseError",
    "Stubber",
    "UnStubbedResponseError",
]


class _Any:
    """Equal to everything: an ``expected_params`` value that matches any argument."""

    def __eq__(self, other: object) -> bool:
        return True

    def __hash__(self) -> int:
        return 0

    def __repr__(self) -> str:
        return "ANY"


ANY: Any = _Any()


class StubResponseError(ApigenError, ValueError):
    """A stub that cannot be queued (unknown operation, output or error not fitting its shape),
    or a call to another operation than the next queued one."""


class StubAssertionError(ApigenError, AssertionError):
    """A call whose parameters differ from the queued ``expected_params``."""


class UnStubbedResponseError(StubAssertionError):
    """A call with no response left in the queue."""


@dataclass(frozen=True, slots=True)
class _Queued:
    operation: OperationSpec
    output: ApigenModel | None
    error: ServiceError | None
    expected: dict[str, Any] | None


def _strip(annotation: Any) -> Any:
    """``Annotated[X, ...] | None`` → ``X`` (other unions are left as they are)."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(args) != 1:
                return annotation
            annotation = args[0]
        else:
            return annotation


def _field_names(model: type[BaseModel]) -> dict[str, str]:
    """Every name a field answers to (Python and wire) → its Python name."""
    names: dict[str, str] = {}
    for name, field in model.model_fields.items():
        names[name] = name
        for alias in (field.alias, field.serialization_alias):
            if alias:
                names[alias] = name
    return names


def unknown_keys(annotation: Any, data: Any, path: str = "") -> list[str]:
    """Paths of keys in ``data`` that name no member of the model ``annotation`` describes.

    Structures are looked into through lists and maps; pydantic itself ignores unknown keys.
    """
    current = _strip(annotation)
    origin = typing.get_origin(current)
    args = typing.get_args(current)
    found: list[str] = []
    if isinstance(current, type) and issubclass(current, BaseModel) and isinstance(data, Mapping):
        names = _field_names(current)
        for key, value in cast("Mapping[str, Any]", data).items():
            where = f"{path}.{key}" if path else str(key)
            if key not in names:
                found.append(where)
            else:
                annotation = current.model_fields[names[key]].annotation
                found += unknown_keys(annotation, value, where)
    elif origin in (list, tuple) and args and isinstance(data, list | tuple):
        for index, item in enumerate(cast("Sequence[Any]", data)):
            found += unknown_keys(args[0], item, f"{path}[{index}]")
    elif origin is dict and len(args) == 2 and isinstance(data, Mapping):
        for entry, value in cast("Mapping[object, object]", data).items():
            found += unknown_keys(args[1], value, f"{path}[{entry!r}]")
    return found


def _problems(model: type[BaseModel], data: Mapping[str, Any], ignore: frozenset[str]) -> str:
    """What is wrong with ``data`` as ``model``, one ``path: message`` per line ("" if fine).

    ``ignore`` holds top-level members (any of their names) not to report missing: those
    given as ``ANY``.
    """
    names = _field_names(model)
    skipped = {names.get(key, key) for key in ignore}
    lines = [f"  {where}: not a member of {model.__name__}" for where in unknown_keys(model, data)]
    try:
        model.model_validate(data)
    except ValidationError as exc:
        for error in error_details(exc):
            loc = error["loc"]
            if error["type"] == "missing" and len(loc) == 1 and names.get(str(loc[0])) in skipped:
                continue
            lines.append(f"  {wire_path(model, data, loc) or '(input)'}: {error['msg']}")
    return "\n".join(lines)


#: The operation names a service's stubber takes (a ``Literal`` of its client's methods).
OperationT = TypeVar("OperationT", bound=str)


class Stubber(Generic[OperationT]):
    """Queued responses for one client; see the module docstring.

    ``add_response("list_connectors", {...})``: operations are named by the client's method
    (``list_connectors``) or by the spec (``ListConnectors``). Each generated service's
    ``testing`` module subclasses it with its operations as ``OperationT``.
    """

    def __init__(self, client: Any) -> None:
        self.client = client
        self._service: ServiceSpec = client._service
        self._queue: deque[_Queued] = deque()
        self._is_async = inspect.iscoroutinefunction(
            getattr(cast("type[object]", type(client)), "_send", None)
        )
        # Method names are the spec's in snake case: compared without "_" and case.
        self._methods = {name.lower(): op for name, op in self._service.operations.items()}

    # -- queueing --

    def _operation(self, name: str) -> OperationSpec:
        operation = self._service.operations.get(name)
        if operation is None:
            operation = self._methods.get(name.replace("_", "").lower())
        if operation is None:
            known = ", ".join(sorted(self._service.operations))
            raise StubResponseError(
                f"{self._service.name} has no operation {name!r} (operations: {known})"
            )
        return operation

    def _expected(
        self, operation: OperationSpec, expected_params: Mapping[str, Any] | None
    ) -> dict[str, Any] | None:
        if expected_params is None:
            return None
        wildcards = frozenset(k for k, v in expected_params.items() if v is ANY)
        concrete = {k: v for k, v in expected_params.items() if v is not ANY}
        token = operation.idempotency_token  # the client fills it in: never missing
        problems = _problems(operation.input, concrete, wildcards | {token} if token else wildcards)
        if problems:
            raise StubResponseError(
                f"expected_params for {operation.name} do not fit "
                f"{operation.input.__name__}:\n{problems}"
            )
        values = loose_model(operation.input, concrete).model_dump(exclude_unset=True)
        names = _field_names(operation.input)
        return values | {names.get(key, key): ANY for key in wildcards}

    def add_response(
        self,
        operation: OperationT,
        output: Mapping[str, Any] | ApigenModel | None = None,
        expected_params: Mapping[str, Any] | None = None,
    ) -> None:
        """Answer the next call of ``operation`` with ``output`` (a mapping or the model)."""
        spec = self._operation(operation)
        if isinstance(output, spec.output):
            model = output
        else:
            data = dict(output or {})
            problems = _problems(spec.output, data, frozenset())
            if problems:
                raise StubResponseError(
                    f"stubbed output of {spec.name} does not fit {spec.output.__name__}:\n"
                    f"{problems}"
                )
            model = spec.output.model_validate(data)
        self._queue.append(_Queued(spec, model, None, self._expected(spec, expected_params)))

    def add_client_error(
        self,
        operation: OperationT,
        code: str = "",
        status: int | None = None,
        message: str = "",
        *,
        fields: Mapping[str, Any] | None = None,
        request_id: str = "stubbed-request",
        expected_params: Mapping[str, Any] | None = None,
    ) -> None:
        """Answer the next call of ``operation`` with the error response ``code``.

        ``status`` defaults to the modelled error's status, else 400; ``fields`` are members
        of a modelled error's shape besides its message.
        """
        spec = self._operation(operation)
        error_spec = self._service.errors.get(code) if code else None
        if status is None:
            status = (error_spec.status if error_spec is not None else None) or (
                500 if error_spec is not None and error_spec.fault == "server" else 400
            )
        response = HttpResponse(status, [("x-amzn-RequestId", request_id)], b"")
        if error_spec is None:
            if fields:
                raise StubResponseError(
                    f"{code or status!r} is not an error {self._service.name} models: "
                    "it has no fields"
                )
            error = unknown_error(self._service, response, code or None, message)
        else:
            shape = error_spec.shape
            names = _field_names(shape)
            data = dict(fields or {})
            message_field = next((n for n in ("message", "Message") if n in names), None)
            if message and message_field is not None:
                data.setdefault(message_field, message)
            problems = _problems(shape, data, frozenset())
            if problems:
                raise StubResponseError(
                    f"stubbed error {code} of {spec.name} does not fit {shape.__name__}:\n"
                    f"{problems}"
                )
            error = modelled_error(error_spec, response, message, shape.model_validate(data), code)
        self._queue.append(_Queued(spec, None, error, self._expected(spec, expected_params)))

    # -- answering --

    def _answer(self, operation: OperationSpec, model: ApigenModel) -> ApigenModel:
        if not self._queue:
            raise UnStubbedResponseError(
                f"{operation.name} was called, and no stubbed response is left for it"
            )
        head = self._queue[0]
        if head.operation.name != operation.name:
            raise StubResponseError(
                f"{operation.name} was called, but the next stubbed response is for "
                f"{head.operation.name}"
            )
        if head.expected is not None:
            self._compare(operation, head.expected, model)
        self._queue.popleft()
        if head.error is not None:
            raise head.error
        assert head.output is not None
        return head.output

    @staticmethod
    def _compare(operation: OperationSpec, expected: dict[str, Any], model: ApigenModel) -> None:
        actual = model.model_dump(exclude_unset=True)
        token = operation.idempotency_token
        if token is not None and token not in expected:
            actual.pop(token, None)
        differing = sorted(
            name
            for name in expected.keys() | actual.keys()
            if name not in expected or name not in actual or expected[name] != actual[name]
        )
        if differing:
            lines = [
                f"  {name}: expected {expected.get(name, '(absent)')!r}, "
                f"got {actual.get(name, '(absent)')!r}"
                for name in differing
            ]
            raise StubAssertionError(
                f"{operation.name} was called with other parameters than expected:\n"
                + "\n".join(lines)
            )

    def activate(self) -> None:
        """Answer the client's calls from the queue (until ``deactivate``)."""
        if self._is_async:

            async def send_async(operation: OperationSpec, model: ApigenModel) -> ApigenModel:
                return self._answer(operation, model)

            self.client._send = send_async
        else:

            def send(operation: OperationSpec, model: ApigenModel) -> ApigenModel:
                return self._answer(operation, model)

            self.client._send = send

    def deactivate(self) -> None:
        """Let the client send for real again."""
        self.client.__dict__.pop("_send", None)

    def __enter__(self) -> Self:
        self.activate()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.deactivate()

    def assert_no_pending_responses(self) -> None:
        """Fail while queued responses have not been consumed."""
        if self._queue:
            pending = ", ".join(q.operation.name for q in self._queue)
            count = len(self._queue)
            noun = "response" if count == 1 else "responses"
            raise AssertionError(f"{count} stubbed {noun} not used: {pending}")
