"""AWS restXml: HTTP bindings plus an XML body, as botocore and the Smithy tests define it
(S3, CloudFront, Route 53, S3 Control).

Labels, query, headers, prefix headers and the status travel as in restJson1 (``rest.py``,
``bindings.py``); only the body differs. The body of an input (or output) with body members
is one element named after the structure (its ``xmlName``, botocore's ``locationName`` of
the operation's input, else its shape name) holding the members by their XML names
(``xml_doc.py``, names from ``ServiceSpec.xml``); a structure or union ``httpPayload`` is
the document itself, its root named after the payload member (botocore's rule: the
member's ``locationName``) with the namespace of the member or its target; a blob or string
payload is the body as it is. Bodies carry no XML declaration and ``Content-Type:
application/xml``; an unset structure payload sends no body (as botocore). Timestamps in
bodies are ISO 8601 unless the member says otherwise; in headers http-date, in the URI and
query ISO 8601 (``frontends/resolve.py`` settles them).

Reading, the XML body becomes the members' JSON form and the shared ``Plan.read`` does the
rest, so validation errors have one shape whatever part of the message a member came from.
Untrusted XML is parsed with defusedxml (``xml_doc.parse_document``).

Errors: clients read ``<ErrorResponse><Error><Code/><Message/>…</Error></ErrorResponse>``
and S3's unwrapped ``<Error><Code/>…</Error>`` (the code is the status as text when the
body has none, as for a HEAD); the error's shape is read from the ``Error`` element and its
bound headers. Servers answer ``<ErrorResponse><Error><Type>Sender|Receiver</Type><Code/>
<Message/>…members…</Error><RequestId/></ErrorResponse>`` with the error's status and bound
headers.
"""

from __future__ import annotations

import json
import uuid
from typing import Any
from xml.etree.ElementTree import Element, SubElement

from ..core.errors import ServiceError
from ..core.http import HttpResponse
from ..core.model import ApigenModel
from ..core.narrow import is_dict
from ..core.schema import ErrorSpec, MemberSpec, OperationSpec, ServiceSpec
from ..core.streams import StreamingBody
from ..core.xml_names import XmlNode, XmlStructure
from .aws_replies import AWS_REQUEST_ID_HEADER, BAD_REQUEST_CODES, AwsReplies
from .bindings import Plan
from .event_stream import EventCodec
from .faults import error_status, modelled_error, unknown_error
from .rest import RestCodec
from .streaming import Streams, streamed
from .wire_text import STRUCTURED_KINDS
from .xml_doc import (
    declare,
    fill_message,
    local_name,
    parse_document,
    read_members,
    render,
    write_error,
    write_members,
)

__all__ = ["RestXmlCodec"]

XML = "application/xml"
XML_EVENTS = "text/xml"  # an event payload's :content-type, as S3 sends it
# What restXml services answer invalid input with: S3 and CloudFront InvalidArgument,
# Route 53 InvalidInput (a modelled one of the operation's wins, as everywhere).
XML_BAD_REQUEST_CODES = ("InvalidArgument", "InvalidInput", *BAD_REQUEST_CODES)
_MODELS = ("structure", "union")


def _dump(model: Any) -> dict[str, Any]:
    if not isinstance(model, ApigenModel):
        return {}
    data: Any = json.loads(model.model_dump_json(by_alias=True, warnings=False))
    return data if is_dict(data) else {}


def _child(parent: Element | None, name: str) -> Element | None:
    if parent is None:
        return None
    return next((c for c in parent if local_name(c.tag) == name), None)


class RestXmlCodec(RestCodec):
    """The restXml codec of one service."""

    request_id_header = AWS_REQUEST_ID_HEADER
    echo_request_id = False
    scans_json_depth = False  # bodies are XML (defusedxml bounds what it parses)
    empty_structure_payload = b""

    def __init__(self, service: ServiceSpec) -> None:
        super().__init__(service)
        # Event payloads are XML documents too (S3 SelectObjectContent's Stats, Progress).
        self.streams = Streams(service, make=self._event_codec)

    def replies(self) -> AwsReplies:
        return AwsReplies(self.service, bad_request_codes=XML_BAD_REQUEST_CODES)

    # -- event payloads --

    def _event_codec(self, service: ServiceSpec, member: MemberSpec) -> EventCodec:
        return EventCodec(
            service, member, dump=self._event_dump, load=self._event_load, body_type=XML_EVENTS
        )

    def _event_dump(self, model: ApigenModel, exclude: set[str]) -> bytes:
        """An event's structure as an XML document named as its shape (``exclude``: fields
        that travel as headers)."""
        structure = self._structure(type(model))
        fields = type(model).model_fields
        skipped = {fields[n].serialization_alias or n for n in exclude if n in fields}
        root = Element(structure.name)
        declare(root, structure.namespace, structure.prefix)
        data = {k: v for k, v in _dump(model).items() if k not in skipped}
        write_members(root, data, structure, self.service.xml)
        return render(root)

    def _event_load(self, payload: bytes, model: type[ApigenModel]) -> dict[str, Any]:
        if not payload.strip():
            return {}
        return read_members(parse_document(payload), self._structure(model), self.service.xml)

    def _structure(self, model: type[ApigenModel]) -> XmlStructure:
        return self.service.xml.get(model.__name__) or XmlStructure(model.__name__)

    def _payload_node(self, plan: Plan) -> XmlNode | None:
        """The XML node of a structure or union payload, else None."""
        payload = plan.payload
        if payload is None or payload.spec.kind not in STRUCTURED_KINDS:
            return None
        found = dict(self._structure(plan.model).members).get(payload.key)
        if found is None or found.kind not in _MODELS or found.shape is None:
            return None
        return found

    # -- model → wire --

    def _write(
        self, plan: Plan, model: ApigenModel, headers: list[tuple[str, str]]
    ) -> tuple[bytes, StreamingBody | None]:
        node = self._payload_node(plan)
        if streamed(plan) is not None or (plan.payload is not None and node is None):
            return super()._write(plan, model, headers)  # blob, string, streams: as they are
        plan.write_headers(model, headers, self.header_separator, self.quote_header_strings)
        root: Element | None = None
        if node is not None and plan.payload is not None:
            value = model.__dict__.get(plan.payload.name)
            if value is not None:
                root = self._element(node.xml_name or plan.payload.key, node, _dump(value))
        elif plan.has_body:
            structure = self._structure(plan.model)
            data = _dump(model)
            root = Element(structure.name)
            declare(root, structure.namespace, structure.prefix)
            write_members(root, data, structure, self.service.xml)
            if not len(root) and not root.attrib:
                root = None  # no body member is set: no body (botocore sends none)
        if root is None:
            return b"", None
        if not any(k.lower() == "content-type" for k, _ in headers):
            headers.append(("Content-Type", XML))
        return render(root), None

    def _element(self, name: str, node: XmlNode, data: dict[str, Any]) -> Element:
        assert node.shape is not None
        structure = self.service.xml[node.shape]
        root = Element(name)
        if node.namespace is not None:
            declare(root, node.namespace, node.prefix)
        else:
            declare(root, structure.namespace, structure.prefix)
        write_members(root, data, structure, self.service.xml)
        return root

    # -- wire → model --

    def _body_json(self, plan: Plan, body: bytes) -> bytes:
        """An XML body as the JSON form ``Plan.read`` takes (blob and string payloads and
        bodiless messages as they are)."""
        node = self._payload_node(plan)
        if plan.payload is not None and node is None:
            return body
        if not body.strip():
            return b""
        root = parse_document(body)
        if node is not None and node.shape is not None:
            data = read_members(root, self.service.xml[node.shape], self.service.xml)
        elif plan.has_body or plan.simple:
            data = read_members(root, self._structure(plan.model), self.service.xml)
        else:
            return b""
        return json.dumps(data).encode("utf-8")

    # -- errors --

    def _parse_error(self, operation: OperationSpec | None, response: HttpResponse) -> ServiceError:
        try:
            root: Element | None = parse_document(response.body) if response.body.strip() else None
        except ValueError:
            root = None
        error = root if root is not None and local_name(root.tag) == "Error" else None
        if error is None:
            error = _child(root, "Error")
        code_element = _child(error, "Code")
        code = (code_element.text or "").strip() if code_element is not None else ""
        code = code or str(response.status)
        message_element = _child(error, "Message")
        message = (message_element.text or "") if message_element is not None else ""
        spec = self.service.errors.get(code)
        if spec is None:
            return unknown_error(self.service, response, code, message)
        shape = self._error_shape(spec, error, response)
        return modelled_error(spec, response, message, shape, code)

    def _error_shape(
        self, spec: ErrorSpec, error: Element | None, response: HttpResponse
    ) -> ApigenModel | None:
        data = read_members(error, self._structure(spec.shape), self.service.xml) if error else {}
        message = _child(error, "Message")
        fill_message(spec.shape, data, (message.text or "") if message is not None else "")
        try:
            return self._error_plan(spec).read(
                json.dumps(data).encode("utf-8"), response.headers, status=response.status
            )
        except ValueError:
            return None

    def serialize_error(
        self, operation: OperationSpec | None, error: ServiceError, request_id: str | None = None
    ) -> HttpResponse:
        code, status, spec = error_status(self.service, error)
        headers: list[tuple[str, str]] = []
        bound = self._error_headers(spec, error, headers)
        request_id = request_id or str(uuid.uuid4())
        root = Element("ErrorResponse")
        fault = spec.fault if spec is not None else error.fault
        data = {k: v for k, v in _dump(error.shape).items() if k not in bound}
        shape = error.shape if isinstance(error.shape, ApigenModel) else None
        structure = self._structure(type(shape)) if shape is not None else None
        write_error(root, code, fault, error.message, data, structure, self.service.xml)
        SubElement(root, "RequestId").text = request_id
        headers += [("Content-Type", XML), (AWS_REQUEST_ID_HEADER, request_id)]
        return HttpResponse(status, headers, render(root))
