"""botocore's protocol test suite (json, json_1_0, rest-json, smithy-rpc-v2-cbor) run against
generated codecs.

Each case runs on both sides of the wire:

* input, client: params → the client's own steps (``build_input``, which fills an unset
  idempotency token from ``new_token``, here fixed to the Smithy suites' token; the
  codec's ``serialize_request``; ``join_path`` of the case's endpoint path, as the client
  puts it before the request path; request compression with the default settings) equals
  ``serialized`` (method, path,
  query as a multiset of pairs, the listed headers, ``forbidHeaders`` absent, the body as
  JSON data or, when not JSON, as exact bytes; CBOR bodies, base64 in the suite files, as
  decoded data);
* input, server: ``route`` + ``parse_request`` of ``serialized`` gives the params' model (for
  an endpoint with a path, ``example.com/custom``, as a server mounted there sees it);
* output, client: ``parse_response`` of ``response`` gives ``result`` (timestamps compared as
  instants, blobs as bytes), or raises the modelled error with the expected code, message
  and shape;
* output, server: ``serialize_response`` of ``result`` (or ``serialize_error`` of the error)
  gives the status, the headers listed and the body as JSON data as an AWS reader sees it
  (an empty body reads as ``{}``; null members and union ``__type`` tags mean nothing); an
  error is also read back by the client side.

Skipped cases are listed, with a reason each, in ``skips.yaml``; the per-suite counts are
printed at the end of the run (``conftest.py``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from botocore_cases import (
    SUITE_DIR,
    Case,
    Generated,
    Workspace,
    body_data,
    holds_no_values,
    load_cases,
    load_skips,
    model_form,
    normalise,
    query_multiset,
    to_model_input,
    wire_bytes,
)

from apigen import ir

CASES, MODELS = load_cases()
SKIPS = load_skips()
# The idempotency token Smithy's protocol tests fix the client's token source to.
SMITHY_TEST_TOKEN = "00000000-0000-4000-8000-000000000000"
# Response headers that are transport or request metadata, not the output's members.
_METADATA_HEADERS = {"x-amzn-requestid", "content-length", "x-amz-target"}


def _params(direction: str) -> list[Any]:
    return [pytest.param(c, id=f"{c.suite}:{c.id}") for c in CASES if c.direction == direction]


@pytest.fixture(scope="session")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    space = Workspace(tmp_path_factory.mktemp("botocore-protocols"), MODELS)
    yield space
    space.close()


def test_suite_is_present() -> None:
    if not CASES:
        message = f"botocore protocol suite not found at {SUITE_DIR}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def _setup(case: Case, side: str, workspace: Workspace) -> tuple[Generated, ir.Operation, Any]:
    reason = SKIPS.get((case.suite, case.direction, side, case.id))
    if reason:
        pytest.skip(reason)
    generated = workspace.get(case.model_key)
    ir_op = next(o for o in generated.service.operations if o.name == case.operation)
    return generated, ir_op, generated.spec.operations[case.operation]


def _form(generated: Generated, shape_id: str | None, model: Any) -> Any:
    if shape_id is None:
        return model.model_dump(mode="json")
    return model_form(generated.service, shape_id, model)


def _input_model(generated: Generated, ir_op: ir.Operation, op: Any, params: dict[str, Any]) -> Any:
    data = to_model_input(generated.service, ir_op.input, params) if ir_op.input else {}
    return op.input.model_validate(data)


def _header(headers: list[tuple[str, str]], name: str) -> str | None:
    lowered = name.lower()
    return next((v for k, v in headers if k.lower() == lowered), None)


def _client_request(
    generated: Generated, ir_op: ir.Operation, op: Any, case: Case, monkeypatch: pytest.MonkeyPatch
) -> Any:
    """The request the client builds for the case, by the runtime's own steps (the call loop's
    ``_request`` needs a resolved endpoint and credentials; these are its parts)."""
    runtime = generated.runtime
    params = runtime.core.params
    monkeypatch.setattr(params, "new_token", lambda: SMITHY_TEST_TOKEN)
    data = case.data.get("params", {})
    values = to_model_input(generated.service, ir_op.input, data) if ir_op.input else {}
    request = generated.codec.serialize_request(op, params.build_input(op, values))
    endpoint_path = "/" + case.data["serialized"].get("host", "").partition("/")[2]
    join_path = runtime.core.http.join_path
    request.path = join_path(endpoint_path.rstrip("/"), request.path, op.endpoint_labels)
    if op.request_compression:
        compression = runtime.client.compression
        compression.compress_request(request, op.request_compression, compression.Compression())
    return request


@pytest.mark.parametrize("case", _params("input"))
def test_input_client(case: Case, workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    generated, ir_op, op = _setup(case, "client", workspace)
    request = _client_request(generated, ir_op, op, case, monkeypatch)
    expected = case.data["serialized"]
    assert request.method == expected["method"]
    path, _, query = expected["uri"].partition("?")
    assert request.path == path
    assert query_multiset(request.query) == query_multiset(query)
    for name, value in (expected.get("headers") or {}).items():
        assert _header(request.headers, name) == value, f"header {name}"
    for name in expected.get("forbidHeaders", ()):
        assert _header(request.headers, name) is None, f"forbidden header {name}"
    if "body" in expected:
        wanted = body_data(case.suite, wire_bytes(case.suite, expected["body"]))
        assert body_data(case.suite, request.body) == wanted


@pytest.mark.parametrize("case", _params("input"))
def test_input_server(case: Case, workspace: Workspace) -> None:
    generated, ir_op, op = _setup(case, "server", workspace)
    expected = case.data["serialized"]
    path, _, query = expected["uri"].partition("?")
    mount = "/" + expected.get("host", "").partition("/")[2].strip("/")
    if mount != "/" and path.startswith(mount + "/"):
        path = path[len(mount) :]
    headers = list((expected.get("headers") or {}).items())
    request = generated.runtime.core.http.HttpRequest(
        expected["method"], path, query, headers, wire_bytes(case.suite, expected.get("body"))
    )
    codec = generated.codec
    routed = codec.route(request)
    assert routed is not None, "no route"
    assert routed[0].name == case.operation
    parsed = codec.parse_request(routed[0], request, routed[1])
    wanted = _input_model(generated, ir_op, op, case.data.get("params", {}))
    assert _form(generated, ir_op.input, parsed) == _form(generated, ir_op.input, wanted)


def _response(case: Case, generated: Generated) -> Any:
    raw = case.data["response"]
    headers = list((raw.get("headers") or {}).items())
    return generated.runtime.core.http.HttpResponse(
        raw["status_code"], headers, wire_bytes(case.suite, raw.get("body"))
    )


def _error_shape(generated: Generated, code: str) -> ir.Shape:
    return next(
        s for s in generated.service.shapes.values() if s.error and (s.error_code or s.name) == code
    )


@pytest.mark.parametrize("case", _params("output"))
def test_output_client(case: Case, workspace: Workspace) -> None:
    generated, ir_op, op = _setup(case, "client", workspace)
    codec = generated.codec
    response = _response(case, generated)
    if "errorCode" in case.data:
        with pytest.raises(generated.runtime.core.errors.ServiceError) as raised:
            codec.parse_response(op, response)
        error = raised.value
        assert error.code == case.data["errorCode"]
        if "errorMessage" in case.data:
            assert error.message == case.data["errorMessage"]
        shape = _error_shape(generated, case.data["errorCode"])
        assert type(error) is generated.spec.errors[case.data["errorCode"]].exception
        wanted = normalise(
            generated.service, shape.id, case.data.get("error", {}), python_names=False
        )
        assert model_form(generated.service, shape.id, error.shape) == wanted
        return
    output = codec.parse_response(op, response)
    result = case.data.get("result", {})
    if ir_op.output is None:
        assert output.model_dump() == {}
        return
    wanted = normalise(generated.service, ir_op.output, result, python_names=False)
    assert model_form(generated.service, ir_op.output, output) == wanted


def _compare_headers(
    generated: Generated, actual: list[tuple[str, str]], expected: dict[str, str], check_type: bool
) -> None:
    clean_code = generated.runtime.protocols.faults.clean_code
    for name, value in expected.items():
        lowered = name.lower()
        if lowered in _METADATA_HEADERS or (lowered == "content-type" and not check_type):
            continue
        got = _header(actual, name)
        if lowered == "x-amzn-errortype":
            assert got is not None and clean_code(got) == clean_code(value), f"header {name}"
        else:
            assert got == value, f"header {name}"


def _wire_data(value: Any) -> Any:
    """JSON data as AWS JSON readers see it: null members and union ``__type`` tags dropped."""
    if isinstance(value, dict):
        return {k: _wire_data(v) for k, v in value.items() if v is not None and k != "__type"}
    if isinstance(value, list):
        return [_wire_data(v) for v in value]
    return value


@pytest.mark.parametrize("case", _params("output"))
def test_output_server(case: Case, workspace: Workspace) -> None:
    generated, ir_op, op = _setup(case, "server", workspace)
    codec = generated.codec
    raw = case.data["response"]
    if "errorCode" in case.data:
        code = case.data["errorCode"]
        spec = generated.spec.errors[code]
        shape = _error_shape(generated, code)
        data = to_model_input(generated.service, shape.id, case.data.get("error", {}))
        error = spec.exception(
            case.data.get("errorMessage", ""), code=code, shape=spec.shape.model_validate(data)
        )
        response = codec.serialize_error(op, error)
        strip = ("__type", "code")
    else:
        data = (
            to_model_input(generated.service, ir_op.output, case.data.get("result", {}))
            if ir_op.output
            else {}
        )
        response = codec.serialize_response(op, op.output.model_validate(data))
        strip = ()
    assert response.status == raw["status_code"]
    expected_bytes = wire_bytes(case.suite, raw.get("body"))
    expected_body = body_data(case.suite, expected_bytes)
    actual_body = body_data(case.suite, response.body)
    both_have_body = bool(response.body.strip()) and bool(expected_bytes.strip())
    _compare_headers(generated, response.headers, raw.get("headers") or {}, both_have_body)
    if isinstance(expected_body, dict) and isinstance(actual_body, dict):
        expected_body = {k: v for k, v in expected_body.items() if k not in strip}
        actual_body = {k: v for k, v in actual_body.items() if k not in strip}
    if expected_body == {} and isinstance(actual_body, tuple):
        # An XML protocol answers an empty output with a document holding no values.
        assert holds_no_values(actual_body)
    else:
        assert _wire_data(actual_body) == _wire_data(expected_body)
    if "errorCode" in case.data:
        with pytest.raises(generated.runtime.core.errors.ServiceError) as raised:
            codec.parse_response(op, response)
        assert raised.value.code == case.data["errorCode"]


def test_skips_name_real_cases() -> None:
    """Every entry of skips.yaml names a case of the suite (no stale skips)."""
    if not CASES:
        pytest.skip(f"botocore protocol suite not found at {SUITE_DIR}")
    known = {(c.suite, c.direction, c.id) for c in CASES}
    stale = [
        key
        for key in SKIPS
        if (key[0], key[1], key[3]) not in known or key[2] not in ("client", "server")
    ]
    assert not stale
