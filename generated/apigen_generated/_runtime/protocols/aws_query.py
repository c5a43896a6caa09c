"""AWS query protocols: awsQuery and its EC2 variant (``ec2Query``). Form-encoded requests,
XML responses and errors.

Requests are ``POST /`` with an ``application/x-www-form-urlencoded`` body: ``Action`` (the
operation), ``Version`` (the service's API version) and the input flattened into keys
(``query_form.py``). Responses are XML (``xml_doc.py``, ``text/xml``):

- awsQuery: ``<{Op}Response xmlns="{service namespace}"><{Op}Result>…members…</{Op}Result>
  <ResponseMetadata><RequestId>…</RequestId></ResponseMetadata></{Op}Response>``; errors
  ``<ErrorResponse><Error><Type>Sender|Receiver</Type><Code/><Message/>…members…</Error>
  <RequestId/></ErrorResponse>`` with the error's status (its ``awsQueryError`` status,
  else 400, or 500 for a server fault).
- ec2Query: ``<{Op}Response xmlns="…"><requestId/>…members…</{Op}Response>`` (no result
  wrapper); errors ``<Response><Errors><Error><Code/><Message/></Error></Errors>
  <RequestID/></Response>``.

Clients read the result from ``<{Op}Result>`` when the root holds one, else from the root;
an error's code is the ``Code`` of the first ``Error`` element (the status as text when there
is none), its shape is read from that element.

Servers take ``Action`` from a form body (``POST``) or the query string (``GET``), answer
415 for a body of another media type, and read the input strictly (pydantic's strict mode
on the JSON form). The request id a response carries in its body is the server's id of the
request (minted here when none is given), and the server sends the same id in
``x-amzn-RequestId``, so the two agree.

The ``Message`` of an error is its shape's ``message`` member: a server writes the member as
``<Message>`` (once), a client reads ``<Message>`` back into it, as AWS's query services do.
"""

from __future__ import annotations

import json
import uuid
from typing import Any
from urllib.parse import parse_qsl, urlencode
from xml.etree.ElementTree import Element, SubElement

from ..core.errors import (
    ParamValidationError,
    ResponseParseError,
    ServiceError,
    UnsupportedMediaType,
)
from ..core.http import HttpRequest, HttpResponse
from ..core.model import AS_SERVER, ApigenModel, Empty
from ..core.narrow import is_dict
from ..core.schema import OperationSpec, ServiceSpec
from ..core.xml_names import XmlStructure
from .aws_replies import AWS_REQUEST_ID_HEADER, BAD_REQUEST_CODES, AwsReplies
from .faults import error_status, modelled_error, unfit_response, unknown_error, validation_errors
from .query_form import QueryNames
from .xml_doc import (
    TooDeep,
    declare,
    fill_message,
    local_name,
    parse_document,
    read_members,
    render,
    write_error,
    write_members,
)

__all__ = ["AwsQueryCodec", "Ec2QueryCodec"]

FORM = "application/x-www-form-urlencoded"
XML = "text/xml"
# What AWS query services answer invalid input with (IAM, STS, SNS: ValidationError).
QUERY_BAD_REQUEST_CODES = (
    "ValidationError",
    "InvalidParameterValue",
    "InvalidParameterValueException",
    *BAD_REQUEST_CODES,
)


def _dump(model: ApigenModel) -> dict[str, Any]:
    data = json.loads(model.model_dump_json(by_alias=True, warnings=False))
    return data if is_dict(data) else {}


def _first(root: Element, name: str) -> Element | None:
    if local_name(root.tag) == name:
        return root
    for element in root.iter():
        if local_name(element.tag) == name:
            return element
    return None


def _text(parent: Element | None, name: str) -> str | None:
    if parent is None:
        return None
    for child in parent:
        if local_name(child.tag) == name:
            return child.text or ""
    return None


class AwsQueryCodec:
    """The awsQuery codec of one service (``Ec2QueryCodec``: the EC2 variant)."""

    request_id_header = AWS_REQUEST_ID_HEADER
    echo_request_id = False
    scans_json_depth = False  # bodies are forms and XML, not JSON

    ec2 = False
    content_type = XML

    def __init__(self, service: ServiceSpec) -> None:
        self.service = service
        self.names = QueryNames(service.xml, self.ec2)

    def _structure(self, model: type[ApigenModel]) -> XmlStructure:
        return self.service.xml.get(model.__name__) or XmlStructure(model.__name__)

    # -- client --

    def serialize_request(self, operation: OperationSpec, params: ApigenModel) -> HttpRequest:
        pairs = [("Action", operation.name), ("Version", self.service.version)]
        if operation.input is not Empty:
            pairs += self.names.pairs(_dump(params), self._structure(operation.input))
        body = urlencode(pairs).encode("ascii")
        headers = [("Content-Type", FORM)]
        return HttpRequest("POST", "/", "", headers, body)

    def parse_response(self, operation: OperationSpec, response: HttpResponse) -> ApigenModel:
        if not 200 <= response.status < 300:
            raise self._parse_error(response)
        if operation.output is Empty or not response.body.strip():
            return operation.output.model_validate({})
        try:
            root = parse_document(response.body)
            result = root if self.ec2 else _first(root, f"{operation.name}Result")
            data = read_members(
                root if result is None else result,
                self._structure(operation.output),
                self.service.xml,
            )
            return operation.output.model_validate_json(json.dumps(data))
        except TooDeep as exc:
            raise ResponseParseError(
                f"{operation.name}: the response body {exc}", status=response.status
            ) from None
        except ValueError as exc:
            raise unfit_response(operation, exc, response) from None

    def _parse_error(self, response: HttpResponse) -> ServiceError:
        try:
            root: Element | None = parse_document(response.body)
        except TooDeep as exc:
            raise ResponseParseError(
                f"the error response body {exc}", status=response.status
            ) from None
        except ValueError:
            root = None
        error = _first(root, "Error") if root is not None else None
        code = (_text(error, "Code") or "").strip() or str(response.status)
        message = _text(error, "Message") or ""
        spec = self.service.errors.get(code)
        if spec is None:
            return unknown_error(self.service, response, code, message)
        shape = None
        if error is not None:
            try:
                data = read_members(error, self._structure(spec.shape), self.service.xml)
                fill_message(spec.shape, data, message)
                shape = spec.shape.model_validate_json(json.dumps(data))
            except ValueError:
                shape = None
        return modelled_error(spec, response, message, shape, code)

    # -- server --

    def _form(self, request: HttpRequest) -> list[tuple[str, str]]:
        """The request's pairs: its query string, then its form body (when it has one)."""
        pairs = parse_qsl(request.query, keep_blank_values=True)
        media_type = (request.header("content-type") or "").split(";", 1)[0].strip().lower()
        if request.body and media_type == FORM:
            pairs += parse_qsl(request.body.decode("utf-8", "replace"), keep_blank_values=True)
        return pairs

    def route(self, request: HttpRequest) -> tuple[OperationSpec, dict[str, str]] | None:
        if request.method.upper() not in ("POST", "GET"):
            return None
        action = dict(self._form(request)).get("Action")
        operation = self.service.operations.get(action) if action else None
        return None if operation is None else (operation, {})

    def allowed_methods(self, request: HttpRequest) -> list[str]:
        """Never a 405: the operation is in the body, so a request without one is a 400."""
        return []

    def replies(self) -> AwsReplies:
        return AwsReplies(
            self.service,
            self.misrouted,
            bad_request_codes=QUERY_BAD_REQUEST_CODES,
            unknown_operation_code="InvalidAction",
        )

    def misrouted(self, request: HttpRequest) -> tuple[int, str]:
        action = dict(self._form(request)).get("Action")
        if action:
            return 400, f"Could not find operation {action} for version {self.service.version}"
        return 400, f"{self.service.name} requests name their operation in an Action parameter"

    def parse_request(
        self, operation: OperationSpec, request: HttpRequest, labels: dict[str, str]
    ) -> ApigenModel:
        media_type = (request.header("content-type") or "").split(";", 1)[0].strip().lower()
        if request.body and media_type != FORM:
            raise UnsupportedMediaType(
                f"{self.service.name} requests must carry Content-Type: {FORM}"
            )
        flat = dict(self._form(request))
        data = self.names.read(flat, self._structure(operation.input))
        try:
            return operation.input.model_validate_json(
                json.dumps(data), strict=True, context=AS_SERVER
            )
        except ValueError as exc:
            raise ParamValidationError(
                f"{operation.name}: invalid request", validation_errors(exc)
            ) from None

    def _document(self, root: Element, request_id: str) -> HttpResponse:
        headers = [("Content-Type", self.content_type), (AWS_REQUEST_ID_HEADER, request_id)]
        return HttpResponse(200, headers, render(root))

    def serialize_response(
        self, operation: OperationSpec, output: ApigenModel, request_id: str | None = None
    ) -> HttpResponse:
        request_id = request_id or str(uuid.uuid4())
        root = Element(f"{operation.name}Response")
        declare(root, self.service.xml_namespace, None)
        if self.ec2:
            SubElement(root, "requestId").text = request_id
            target = root
        else:
            target = SubElement(root, f"{operation.name}Result")
        if operation.output is not Empty:
            write_members(
                target, _dump(output), self._structure(operation.output), self.service.xml
            )
        if not self.ec2:
            metadata = SubElement(root, "ResponseMetadata")
            SubElement(metadata, "RequestId").text = request_id
        return self._document(root, request_id)

    def _error_element(self, parent: Element, error: ServiceError, code: str) -> None:
        spec = self.service.errors.get(code)
        fault = None if self.ec2 else (spec.fault if spec is not None else error.fault)
        shape = error.shape if isinstance(error.shape, ApigenModel) else None
        data = _dump(shape) if shape is not None else {}
        structure = self._structure(type(shape)) if shape is not None else None
        write_error(parent, code, fault, error.message, data, structure, self.service.xml)

    def serialize_error(
        self, operation: OperationSpec | None, error: ServiceError, request_id: str | None = None
    ) -> HttpResponse:
        code, status, _ = error_status(self.service, error)
        request_id = request_id or str(uuid.uuid4())
        if self.ec2:
            root = Element("Response")
            self._error_element(SubElement(root, "Errors"), error, code)
            SubElement(root, "RequestID").text = request_id
        else:
            root = Element("ErrorResponse")
            declare(root, self.service.xml_namespace, None)
            self._error_element(root, error, code)
            SubElement(root, "RequestId").text = request_id
        response = self._document(root, request_id)
        response.status = status
        return response


class Ec2QueryCodec(AwsQueryCodec):
    """EC2's query variant: ``ec2QueryName``s, unwrapped lists, ``<Response><Errors>``."""

    ec2 = True
    content_type = f"{XML};charset=UTF-8"
