"""Server interceptors: each moment of a request, an interceptor's refusal answered in the
protocol's format, and every response (errors too) seen on its way out."""

from __future__ import annotations

from client_fakes import NotFound, NotFoundError
from test_server import app_for, body, call

from apigen.runtime.core.http import HttpRequest
from apigen.runtime.server.hooks import ServerContext, ServerInterceptor


class Recorder(ServerInterceptor):
    def __init__(self) -> None:
        self.seen: list[str] = []

    def on_request(self, context: ServerContext) -> None:
        self.seen.append(f"on_request {context.request.method} {context.request.path}")

    def before_handle(self, context: ServerContext) -> None:
        self.seen.append(f"before_handle {context.operation} {context.input.thing_id}")

    def on_response(self, context: ServerContext) -> None:
        assert context.response is not None
        context.response.headers.append(("X-Seen", "yes"))
        self.seen.append(f"on_response {context.response.status}")


def test_every_moment_in_order_and_a_header_added_on_the_way_out() -> None:
    recorder = Recorder()
    response = call(app_for(interceptors=[recorder]), HttpRequest("GET", "/things/abc", "", []))
    assert response.status == 200 and response.header("X-Seen") == "yes"
    assert recorder.seen == [
        "on_request GET /things/abc",
        "before_handle GetThing abc",
        "on_response 200",
    ]


def test_errors_pass_on_response_too_without_reaching_the_handler_hook() -> None:
    recorder = Recorder()
    response = call(app_for(interceptors=[recorder]), HttpRequest("GET", "/nowhere", "", []))
    assert response.status == 404
    assert recorder.seen == ["on_request GET /nowhere", "on_response 404"]


def test_a_service_error_from_an_interceptor_is_answered_in_the_protocols_format() -> None:
    class Deny(ServerInterceptor):
        def before_handle(self, context: ServerContext) -> None:
            raise NotFoundError("no such thing", shape=NotFound(message="no such thing"))

    denied = call(app_for(interceptors=[Deny()]), HttpRequest("GET", "/things/abc", "", []))
    # exactly what the handler's own modelled error looks like on the wire
    handled = call(app_for(), HttpRequest("GET", "/things/gone", "", []))
    assert (denied.status, body(denied)) == (handled.status, body(handled))
    assert denied.header("X-Amzn-ErrorType") == handled.header("X-Amzn-ErrorType")


def test_a_crashing_interceptor_is_a_500() -> None:
    class Crash(ServerInterceptor):
        def on_request(self, context: ServerContext) -> None:
            raise RuntimeError("bug")

    response = call(app_for(interceptors=[Crash()]), HttpRequest("GET", "/things/abc", "", []))
    assert response.status == 500 and response.header("x-amzn-RequestId")
