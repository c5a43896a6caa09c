"""XML and query names of a service's structures: the table XML-body and query codecs read.

A generated ``operations.py`` of a service whose bodies are XML (or whose inputs are query
strings) fills ``ServiceSpec.xml`` with one ``XmlStructure`` per structure or union, keyed by
its Python class name, each built on first lookup (a ``LazyTable``); every other service
leaves it empty. Values themselves travel in
their JSON form (what ``model_dump(mode="json", by_alias=True)`` gives and
``model_validate_json`` reads: timestamps in the member's format, blobs base64), so this
table holds names and shapes only, never value rules.

``XmlNode`` describes how one value travels: its kind (the Smithy type), the names the
spec gives (``xml_name``: Smithy's ``xmlName`` / botocore's ``locationName``, None when
the spec gives none, since defaults differ by protocol; ``query_name``: ``ec2QueryName``),
whether a list or map is flattened, whether a member is an XML attribute, its namespace,
and for lists the element (``item``), for maps the key (``key``) and value (``item``),
for structures the table key of their ``XmlStructure`` (``shape``).
"""

from __future__ import annotations

from .records import Record


class XmlNode(Record):
    kind: str = "string"
    xml_name: str | None = None
    query_name: str | None = None
    flattened: bool = False
    attribute: bool = False
    namespace: str | None = None
    prefix: str | None = None
    item: XmlNode | None = None
    key: XmlNode | None = None
    shape: str | None = None


class XmlStructure(Record):
    """A structure's members as ``(wire key, node)`` pairs in declaration order; its own
    element name (``xmlName``, else its shape name) and namespace, for a document root."""

    name: str
    members: tuple[tuple[str, XmlNode], ...] = ()
    namespace: str | None = None
    prefix: str | None = None
