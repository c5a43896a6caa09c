"""The client ``Stubber``, tested as botocore tests its own (``tests/unit/test_stub.py`` and
``tests/functional/test_stub.py``): responses in order, output validated against the output
shape, expected parameters matched (with ``ANY``), error responses as the client's exceptions,
unconsumed and unstubbed responses, paginators and waiters over stubbed pages; no network.

The client is the hand-built ``Things`` service of ``client_fakes``; every generated service's
``testing`` module is tested in ``tests/generated/test_testing.py``.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from client_fakes import (
    AsyncThingsClient,
    BusyError,
    GetThingOutput,
    NotFoundError,
    Thing,
    ThingsClient,
)

from apigen.runtime.client.stubber import (
    ANY,
    StubAssertionError,
    Stubber,
    StubResponseError,
    UnStubbedResponseError,
)
from apigen.runtime.core.errors import UnknownServiceError, WaiterError


class NoTransport:
    """A transport that fails the test if anything is ever sent."""

    def send(self, *args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a stubbed client sent a request")

    def close(self) -> None:
        pass


@pytest.fixture
def client() -> ThingsClient:
    # Stubbed calls need no region or credentials; these are for the real path after deactivate.
    return ThingsClient(
        region="eu-west-1",
        aws_access_key_id="AKID",
        aws_secret_access_key="KEY",
        transport=NoTransport(),
    )


@pytest.fixture
def stubber(client: ThingsClient) -> Stubber:
    stubber = Stubber(client)
    stubber.activate()
    return stubber


def test_add_response_answers_the_next_call(client: ThingsClient, stubber: Stubber) -> None:
    stubber.add_response("get_thing", {"thing": {"id": "t-1", "state": "READY"}})
    stubber.add_response("GetThing", GetThingOutput(thing=Thing(id="t-2")))  # spec name, model
    first = client._call("GetThing", {"thing_id": "t-1"})
    second = client._call("GetThing", {"thing_id": "t-2"})
    assert isinstance(first, GetThingOutput) and first.thing is not None
    assert (first.thing.id, first.thing.state) == ("t-1", "READY")
    assert second.thing is not None and second.thing.id == "t-2"
    stubber.assert_no_pending_responses()


def test_add_response_fails_for_an_unknown_operation(stubber: Stubber) -> None:
    with pytest.raises(StubResponseError, match=r"Things has no operation 'get_gadget'.*GetThing"):
        stubber.add_response("get_gadget", {})


def test_validates_the_stubbed_output_against_the_output_shape(stubber: Stubber) -> None:
    with pytest.raises(StubResponseError) as info:
        stubber.add_response("list_things", {"things": [{"id": 7}], "nextTokn": "x"})
    message = str(info.value)
    assert message.startswith("stubbed output of ListThings does not fit ListThingsOutput:")
    assert "things[0].id: Input should be a valid string" in message
    assert "nextTokn: not a member of ListThingsOutput" in message
    with pytest.raises(StubResponseError, match=r"thing\.id: Field required"):
        stubber.add_response("get_thing", {"thing": {"state": "READY"}})


def test_an_operation_without_output_takes_an_empty_response(
    client: ThingsClient, stubber: Stubber
) -> None:
    stubber.add_response("delete_thing")
    assert client._call("DeleteThing", {"thing_id": "t-1"}).model_dump() == {}
    with pytest.raises(StubResponseError, match="not a member of Empty"):
        stubber.add_response("delete_thing", {"deleted": True})


def test_a_call_with_nothing_stubbed_raises(client: ThingsClient, stubber: Stubber) -> None:
    with pytest.raises(UnStubbedResponseError, match="GetThing was called, and no stubbed"):
        client._call("GetThing", {"thing_id": "t-1"})


def test_assert_no_pending_responses(client: ThingsClient, stubber: Stubber) -> None:
    stubber.add_response("get_thing", {})
    stubber.add_client_error("delete_thing", "NotFound")
    with pytest.raises(AssertionError, match="2 stubbed responses not used: GetThing, DeleteThing"):
        stubber.assert_no_pending_responses()
    client._call("GetThing", {"thing_id": "t-1"})
    with pytest.raises(NotFoundError):
        client._call("DeleteThing", {"thing_id": "t-1"})
    stubber.assert_no_pending_responses()


def test_calling_another_operation_than_the_next_stub(
    client: ThingsClient, stubber: Stubber
) -> None:
    stubber.add_response("list_things", {})
    with pytest.raises(StubResponseError, match=r"GetThing was called, but the next .* ListThings"):
        client._call("GetThing", {"thing_id": "t-1"})
    client._call("ListThings", {})  # the stub is still there


def test_client_error_is_the_modelled_exception(client: ThingsClient, stubber: Stubber) -> None:
    stubber.add_client_error("delete_thing", "Busy", message="try later")
    stubber.add_client_error("delete_thing", "NotFound", 410, "gone", request_id="r-9")
    with pytest.raises(BusyError) as busy:
        client._call("DeleteThing", {"thing_id": "t-1"})
    assert (busy.value.code, busy.value.status, busy.value.message) == ("Busy", 409, "try later")
    assert busy.value.shape.message == "try later" and busy.value.retryable
    with pytest.raises(NotFoundError) as missing:
        client._call("DeleteThing", {"thing_id": "t-1"})
    assert (missing.value.status, missing.value.request_id) == (410, "r-9")


def test_client_error_with_an_unmodelled_code(client: ThingsClient, stubber: Stubber) -> None:
    stubber.add_client_error("get_thing", "ThrottlingException", 429, "slow down")
    stubber.add_client_error("get_thing", status=503)
    with pytest.raises(UnknownServiceError) as throttled:
        client._call("GetThing", {"thing_id": "t-1"})
    assert throttled.value.code == "ThrottlingException" and throttled.value.throttling
    with pytest.raises(UnknownServiceError) as unavailable:
        client._call("GetThing", {"thing_id": "t-1"})
    assert (unavailable.value.code, unavailable.value.status) == ("503", 503)
    assert len(stubber._queue) == 0  # one response per call: stubbed errors are not retried


def test_client_error_fields_are_validated_against_the_error_shape(stubber: Stubber) -> None:
    expected = "stubbed error NotFound of GetThing does not fit NotFound:\n  resource: not a member"
    with pytest.raises(StubResponseError, match=expected):
        stubber.add_client_error("get_thing", "NotFound", fields={"resource": "t-1"})
    with pytest.raises(StubResponseError, match="'Nope' is not an error Things models"):
        stubber.add_client_error("get_thing", "Nope", fields={"message": "x"})


def test_expected_params_match(client: ThingsClient, stubber: Stubber) -> None:
    stubber.add_response("list_things", {}, expected_params={"maxResults": 5})  # a wire name
    stubber.add_response("list_things", {}, expected_params={"max_results": 5, "next_token": ANY})
    client._call("ListThings", {"max_results": 5})
    client._call("ListThings", {"max_results": 5, "next_token": "anything"})
    stubber.assert_no_pending_responses()


def test_expected_params_mismatch_names_the_members(client: ThingsClient, stubber: Stubber) -> None:
    stubber.add_response("list_things", {}, expected_params={"max_results": 5})
    with pytest.raises(StubAssertionError) as info:
        client._call("ListThings", {"max_results": 10, "next_token": "t"})
    assert str(info.value).splitlines() == [
        "ListThings was called with other parameters than expected:",
        "  max_results: expected 5, got 10",
        "  next_token: expected '(absent)', got 't'",
    ]
    client._call("ListThings", {"max_results": 5})  # a failed match consumed nothing
    stubber.assert_no_pending_responses()


def test_expected_params_with_any_still_need_the_member(
    client: ThingsClient, stubber: Stubber
) -> None:
    stubber.add_response("list_things", {}, expected_params={"next_token": ANY})
    with pytest.raises(StubAssertionError, match="next_token: expected ANY, got '\\(absent\\)'"):
        client._call("ListThings", {})


def test_expected_params_are_validated_against_the_input_shape(stubber: Stubber) -> None:
    with pytest.raises(StubResponseError) as info:
        stubber.add_response("get_thing", {}, expected_params={"thing_id": "far-too-long", "x": 1})
    message = str(info.value)
    assert message.startswith("expected_params for GetThing do not fit GetThingInput:")
    assert "x: not a member of GetThingInput" in message
    assert "thingId: String should have at most 8 characters" in message
    with pytest.raises(StubResponseError, match="name: Field required"):
        stubber.add_response("create_thing", {}, expected_params={"tags": {"a": "b"}})
    stubber.add_response("create_thing", {}, expected_params={"name": ANY})  # ANY: not missing


def test_the_idempotency_token_is_compared_only_when_expected(
    client: ThingsClient, stubber: Stubber
) -> None:
    stubber.add_response("create_thing", {}, expected_params={"name": "n"})
    stubber.add_response("create_thing", {}, expected_params={"name": "n", "client_token": "c"})
    client._call("CreateThing", {"name": "n"})  # the client fills a token in: not compared
    with pytest.raises(StubAssertionError, match="client_token: expected 'c'"):
        client._call("CreateThing", {"name": "n"})
    client._call("CreateThing", {"name": "n", "client_token": "c"})


def test_paginating_over_stubbed_pages(client: ThingsClient, stubber: Stubber) -> None:
    stubber.add_response(
        "list_things",
        {"things": [{"id": "a"}, {"id": "b"}], "nextToken": "page-2"},
        expected_params={"max_results": 2},
    )
    stubber.add_response(
        "list_things",
        {"things": [{"id": "c"}]},
        expected_params={"max_results": 2, "next_token": "page-2"},
    )
    items = list(client._paginate("ListThings", {"max_results": 2}).items())
    assert [thing.id for thing in items] == ["a", "b", "c"]
    stubber.assert_no_pending_responses()


def test_waiting_over_stubbed_responses(client: ThingsClient, stubber: Stubber) -> None:
    stubber.add_client_error("get_thing", "NotFound")
    stubber.add_response("get_thing", {"thing": {"id": "t", "state": "PENDING"}})
    stubber.add_response("get_thing", {"thing": {"id": "t", "state": "READY"}})
    done = client._wait(
        "ThingReady", {"thing_id": "t"}, max_wait=5, min_delay=0.001, max_delay=0.002
    )
    assert isinstance(done, GetThingOutput) and done.thing is not None
    stubber.add_response("get_thing", {"thing": {"id": "t", "state": "FAILED"}})
    with pytest.raises(WaiterError):
        client._wait("ThingReady", {"thing_id": "t"}, max_wait=5, min_delay=0.001)
    stubber.assert_no_pending_responses()


def test_deactivate_sends_for_real_again(client: ThingsClient) -> None:
    with Stubber(client) as stubber:
        stubber.add_response("get_thing", {})
        client._call("GetThing", {"thing_id": "t"})
    with pytest.raises(AssertionError, match="a stubbed client sent a request"):
        client._call("GetThing", {"thing_id": "t"})  # the real path again: it sends


def test_the_async_client_is_stubbed_too() -> None:
    client = AsyncThingsClient(transport=NoTransport())  # no region, no credentials

    async def main() -> None:
        with Stubber(client) as stubber:
            stubber.add_response("list_things", {"things": [{"id": "a"}], "nextToken": "2"})
            stubber.add_response("list_things", {"things": [{"id": "b"}]})
            stubber.add_client_error("get_thing", "NotFound", expected_params={"thing_id": "x"})
            pages = [page async for page in client._paginate("ListThings", {})]
            assert [t.id for page in pages for t in page.things or []] == ["a", "b"]
            with pytest.raises(NotFoundError):
                await client._call("GetThing", {"thing_id": "x"})
            stubber.assert_no_pending_responses()

    asyncio.run(main())
