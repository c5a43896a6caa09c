"""XML documents of shapes, shared by awsQuery, ec2Query and restXml: JSON-form data ↔ XML.

Values travel in their JSON form (``model_dump(mode="json", by_alias=True)`` on the way out,
one ``model_validate_json`` on the way in), so timestamps, blobs and non-finite floats follow
the model's rules; this module only places them by the names of ``ServiceSpec.xml``
(``core/xml_names.py``): a member's element is its ``xmlName``, else its member name; a
list wraps its elements in ``<member>`` (or the element's ``xmlName``) unless flattened, when
the elements repeat under the member's name (read back under the element's ``xmlName``
too, as botocore reads them); a map is ``<entry><key/><value/></entry>`` (names from the
key's and value's ``xmlName``), flattened: the entries repeat under the member's name;
``xmlAttribute`` members are attributes of their structure's element; ``xmlNamespace``
declares ``xmlns`` (or ``xmlns:prefix``) on the element it is given for.

Writing uses the standard library's ElementTree. Untrusted XML (requests on a server,
responses on a client) is parsed with ``defusedxml``: no DTDs, no entity expansion, no
external entities; a document that breaks those rules or is not well-formed raises
``ValueError``; one nesting deeper than ``max_depth`` elements (64, as JSON bodies are
bounded: ``core/limits.py``) raises ``TooDeep``, a ``ValueError`` too, before any reader walks
it. Namespaces are ignored when reading (tags are matched by local name).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from xml.etree.ElementTree import Element, ParseError, SubElement, tostring

import defusedxml.ElementTree as SafeTree
from defusedxml import DefusedXmlException

from ..core.errors import ApigenError
from ..core.limits import DEFAULT_MAX_DEPTH
from ..core.narrow import is_mapping
from ..core.xml_names import XmlNode, XmlStructure
from .wire_text import float_text, scalar_value

__all__ = [
    "MESSAGE_KEYS",
    "TooDeep",
    "error_message",
    "fill_message",
    "local_name",
    "parse_document",
    "read_members",
    "render",
    "write_error",
    "write_members",
]

_MODELS = frozenset({"structure", "union"})


# The members an error's ``<Message>`` element stands for (written once, read back into them).
MESSAGE_KEYS = ("message", "Message")


def error_message(data: Mapping[str, Any], fallback: str) -> str:
    """The ``<Message>`` of an error: its shape's message member, else ``fallback`` (the
    exception's message), as the JSON protocols write it."""
    return next((str(data[k]) for k in MESSAGE_KEYS if isinstance(data.get(k), str)), fallback)


def fill_message(shape: Any, data: dict[str, Any], message: str) -> None:
    """Put an error's ``<Message>`` into ``shape``'s message member when ``data`` (its
    members read from the error element) lacks it."""
    if not message:
        return
    for name, field in shape.model_fields.items():
        key = field.alias or name
        if key in MESSAGE_KEYS and key not in data:
            data[key] = message
            return


def write_error(
    parent: Element,
    code: str,
    fault: str | None,
    message: str,
    data: Mapping[str, Any],
    structure: XmlStructure | None,
    table: Mapping[str, XmlStructure],
) -> None:
    """An ``<Error>`` under ``parent``: ``<Type>`` (Receiver for a server fault, else Sender;
    none when ``fault`` is None), ``<Code>``, ``<Message>`` (``error_message``), then the
    shape's other members (``structure``: None when the error has no shape)."""
    element = SubElement(parent, "Error")
    if fault is not None:
        SubElement(element, "Type").text = "Receiver" if fault == "server" else "Sender"
    SubElement(element, "Code").text = code
    text = error_message(data, message)
    if text:
        SubElement(element, "Message").text = text
    if structure is not None:
        write_members(element, data, structure, table, skip=frozenset(MESSAGE_KEYS))


def local_name(tag: str) -> str:
    """A tag without its ``{namespace}``."""
    return tag.rsplit("}", 1)[-1] if tag.startswith("{") else tag


class TooDeep(ApigenError, ValueError):
    """A document nesting deeper than its reader allows (the message says how deep)."""


def parse_document(body: bytes, max_depth: int = DEFAULT_MAX_DEPTH) -> Element:
    """The root element of an untrusted document (defusedxml); ``ValueError`` when it is not
    well-formed XML or declares a DTD or entities, ``TooDeep`` when it nests deeper than
    ``max_depth`` elements."""
    try:
        root: Element = SafeTree.fromstring(body, forbid_dtd=True)
    except (ParseError, DefusedXmlException) as exc:
        raise ValueError(f"not a well-formed XML document: {exc}") from None
    stack = [(root, 1)]
    while stack:  # iterative: the check must not itself recurse as deep as the document
        element, depth = stack.pop()
        if depth > max_depth:
            raise TooDeep(f"nests deeper than {max_depth} levels")
        stack.extend((child, depth + 1) for child in element)
    return root


def render(root: Element) -> bytes:
    """A document's bytes: UTF-8, no declaration (as the AWS SDKs write request bodies)."""
    data: bytes = tostring(root, encoding="utf-8", xml_declaration=False)
    # ElementTree leaves a carriage return in text as it is, which a reader turns into a
    # line feed (XML's end-of-line rule); a character reference keeps it.
    return data.replace(b"\r", b"&#13;")


def declare(element: Element, namespace: str | None, prefix: str | None) -> None:
    if namespace is not None:
        element.set(f"xmlns:{prefix}" if prefix else "xmlns", namespace)


def text_of(value: Any) -> str:
    """A JSON-form scalar as XML text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return float_text(value)
    return str(value)


# -- writing --------------------------------------------------------------------------------


def write_members(
    element: Element,
    data: Mapping[str, Any],
    structure: XmlStructure,
    table: Mapping[str, XmlStructure],
    skip: frozenset[str] = frozenset(),
) -> None:
    """``data``'s members as children (and attributes) of ``element``, in member order."""
    for key, node in structure.members:
        value = data.get(key)
        if value is None or key in skip:
            continue
        name = node.xml_name or key
        if node.attribute:
            element.set(name, text_of(value))
            continue
        write_value(element, name, value, node, table)


def write_value(
    parent: Element, name: str, value: Any, node: XmlNode, table: Mapping[str, XmlStructure]
) -> None:
    kind = node.kind
    if kind == "list" and node.item is not None:
        item = node.item
        if node.flattened:
            for element in value:
                write_value(parent, name, element, item, table)
            return
        holder = SubElement(parent, name)
        declare(holder, node.namespace, node.prefix)
        for element in value:
            write_value(holder, item.xml_name or "member", element, item, table)
        return
    if kind == "map" and node.item is not None and node.key is not None:
        key_name, value_name = node.key.xml_name or "key", node.item.xml_name or "value"
        holder = parent
        if not node.flattened:
            holder = SubElement(parent, name)
            declare(holder, node.namespace, node.prefix)
        for key, item in value.items():
            entry = SubElement(holder, name if node.flattened else "entry")
            write_value(entry, key_name, key, node.key, table)
            if item is not None:
                write_value(entry, value_name, item, node.item, table)
        return
    child = SubElement(parent, name)
    declare(child, node.namespace, node.prefix)
    if kind in _MODELS and node.shape is not None and is_mapping(value):
        write_members(child, value, table[node.shape], table)
    else:
        child.text = text_of(value)


# -- reading --------------------------------------------------------------------------------


def _children(element: Element) -> dict[str, list[Element]]:
    found: dict[str, list[Element]] = {}
    for child in element:
        found.setdefault(local_name(child.tag), []).append(child)
    return found


def _attribute(element: Element, name: str) -> str | None:
    if name in element.attrib:
        return element.attrib[name]
    local = name.rpartition(":")[2]
    for key, value in element.attrib.items():
        if key.startswith("{") and local_name(key) == local:
            return value
    return None


def read_members(
    element: Element, structure: XmlStructure, table: Mapping[str, XmlStructure]
) -> dict[str, Any]:
    """The JSON-form data of a structure's element (members it does not hold are absent)."""
    children = _children(element)
    data: dict[str, Any] = {}
    for key, node in structure.members:
        name = node.xml_name or key
        if node.attribute:
            text = _attribute(element, name)
            if text is not None:
                data[key] = scalar_value(text, node.kind)
            continue
        found = children.get(name)
        if node.flattened and node.kind == "list" and node.item is not None:
            if not found and node.item.xml_name:
                found = children.get(node.item.xml_name)
            if found:
                data[key] = [read_value(e, node.item, table) for e in found]
            continue
        if node.flattened and node.kind == "map":
            if found:
                data[key] = _entries(found, node, table)
            continue
        if found:
            data[key] = read_value(found[0], node, table)
    return data


def _entries(
    entries: list[Element], node: XmlNode, table: Mapping[str, XmlStructure]
) -> dict[str, Any]:
    assert node.key is not None and node.item is not None
    key_name, value_name = node.key.xml_name or "key", node.item.xml_name or "value"
    data: dict[str, Any] = {}
    for entry in entries:
        parts = _children(entry)
        keys, values = parts.get(key_name), parts.get(value_name)
        if keys:
            key = read_value(keys[0], node.key, table)
            data[str(key)] = read_value(values[0], node.item, table) if values else None
    return {k: v for k, v in data.items() if v is not None}


def read_value(element: Element, node: XmlNode, table: Mapping[str, XmlStructure]) -> Any:
    """One value's JSON form from its element."""
    kind = node.kind
    if kind == "list" and node.item is not None:
        name = node.item.xml_name or "member"
        return [read_value(e, node.item, table) for e in element if local_name(e.tag) == name]
    if kind == "map":
        return _entries([e for e in element if local_name(e.tag) == "entry"], node, table)
    if kind in _MODELS and node.shape is not None:
        return read_members(element, table[node.shape], table)
    return scalar_value(element.text or "", kind)
