"""Query-string inputs (awsQuery, ec2Query): JSON-form data ↔ flat ``Key.Path=value`` pairs.

The rules are Smithy's, as botocore's protocol suite checks them (botocore's own
``QuerySerializer``/``EC2Serializer`` agree on every case the suite runs):

- A member's key is its ``xmlName``, else its member name, joined to its parent's by ``.``.
  EC2 (``ec2=True``) takes the ``ec2QueryName``, else the ``xmlName`` or member name
  capitalised (Smithy's rule, which the suite checks).
- awsQuery lists: ``Key.member.N`` (``member``, or the element's ``xmlName``), numbered from
  1; flattened: ``Key.N`` (the element's ``xmlName`` is ignored); an empty list is ``Key=``
  (botocore sends it). EC2 lists: always ``Key.N``, an empty one sends nothing.
- Maps: ``Key.entry.N.key`` / ``Key.entry.N.value`` (names from the key's and value's
  ``xmlName``), flattened without ``entry``.
- Scalars are their JSON form as text (``true``/``false``, timestamps in the member's format,
  blobs base64, ``NaN``/``Infinity``).

Reading walks the same names over the decoded pairs and gives JSON-form data for one
``model_validate_json``; numbered elements are read from 1 up to the first gap.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..core.narrow import is_mapping
from ..core.xml_names import XmlNode, XmlStructure
from .wire_text import scalar_value
from .xml_doc import text_of

__all__ = ["QueryNames"]

_MODELS = frozenset({"structure", "union"})
_MISSING: Any = object()


class QueryNames:
    """The query keys of one service's structures (awsQuery, or EC2's variant)."""

    def __init__(self, table: Mapping[str, XmlStructure], ec2: bool) -> None:
        self.table = table
        self.ec2 = ec2

    def member_key(self, key: str, node: XmlNode) -> str:
        if self.ec2:
            if node.query_name:
                return node.query_name
            name = node.xml_name or key
            return name[:1].upper() + name[1:]
        return node.xml_name or key

    def _part(self, node: XmlNode, default: str) -> str:
        """A map key's or value's name, a list element's name."""
        if self.ec2 and node.query_name:
            return node.query_name
        if node.xml_name:
            return node.xml_name[0].upper() + node.xml_name[1:] if self.ec2 else node.xml_name
        return default

    def _list_prefix(self, prefix: str, node: XmlNode) -> str:
        assert node.item is not None
        if self.ec2:
            return prefix
        if node.flattened:
            return prefix
        return f"{prefix}.{node.item.xml_name or 'member'}"

    def _map_prefix(self, prefix: str, node: XmlNode) -> str:
        return prefix if node.flattened else f"{prefix}.entry"

    # -- writing --

    def pairs(self, data: Mapping[str, Any], structure: XmlStructure) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        self._structure(out, data, structure, "")
        return out

    def _structure(
        self,
        out: list[tuple[str, str]],
        data: Mapping[str, Any],
        structure: XmlStructure,
        prefix: str,
    ) -> None:
        for key, node in structure.members:
            value = data.get(key)
            if value is None:
                continue
            name = self.member_key(key, node)
            self._value(out, value, node, f"{prefix}.{name}" if prefix else name)

    def _value(self, out: list[tuple[str, str]], value: Any, node: XmlNode, prefix: str) -> None:
        kind = node.kind
        if kind == "list" and node.item is not None:
            if not value:
                if not self.ec2:
                    out.append((prefix, ""))
                return
            base = self._list_prefix(prefix, node)
            for index, element in enumerate(value, 1):
                self._value(out, element, node.item, f"{base}.{index}")
        elif kind == "map" and node.item is not None and node.key is not None:
            base = self._map_prefix(prefix, node)
            key_name, value_name = self._part(node.key, "key"), self._part(node.item, "value")
            for index, (key, item) in enumerate(value.items(), 1):
                self._value(out, key, node.key, f"{base}.{index}.{key_name}")
                if item is not None:
                    self._value(out, item, node.item, f"{base}.{index}.{value_name}")
        elif kind in _MODELS and node.shape is not None and is_mapping(value):
            self._structure(out, value, self.table[node.shape], prefix)
        else:
            out.append((prefix, text_of(value)))

    # -- reading --

    def read(self, flat: Mapping[str, str], structure: XmlStructure) -> dict[str, Any]:
        """The JSON-form data of a structure from decoded pairs (last value of a key wins)."""
        prefixes: set[str] = set()
        for key in flat:
            parts = key.split(".")
            prefixes.update(".".join(parts[:n]) for n in range(1, len(parts)))
        return self._read_structure(flat, prefixes, structure, "")

    def _read_structure(
        self, flat: Mapping[str, str], prefixes: set[str], structure: XmlStructure, prefix: str
    ) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for key, node in structure.members:
            name = self.member_key(key, node)
            value = self._read(flat, prefixes, node, f"{prefix}.{name}" if prefix else name)
            if value is not _MISSING:
                data[key] = value
        return data

    def _read(self, flat: Mapping[str, str], prefixes: set[str], node: XmlNode, path: str) -> Any:
        kind = node.kind
        if kind == "list" and node.item is not None:
            if flat.get(path) == "" and path not in prefixes:
                return []
            base = self._list_prefix(path, node)
            items: list[Any] = []
            while (
                item := self._read(flat, prefixes, node.item, f"{base}.{len(items) + 1}")
            ) is not _MISSING:
                items.append(item)
            return items if items else _MISSING
        if kind == "map" and node.item is not None and node.key is not None:
            base = self._map_prefix(path, node)
            key_name, value_name = self._part(node.key, "key"), self._part(node.item, "value")
            data: dict[str, Any] = {}
            index = 1
            while (key := flat.get(f"{base}.{index}.{key_name}")) is not None:
                value = self._read(flat, prefixes, node.item, f"{base}.{index}.{value_name}")
                if value is not _MISSING:
                    data[key] = value
                index += 1
            return data if index > 1 else _MISSING
        if kind in _MODELS and node.shape is not None:
            if path not in prefixes:
                return _MISSING
            return self._read_structure(flat, prefixes, self.table[node.shape], path)
        if path not in flat:
            return _MISSING
        return scalar_value(flat[path], kind)
