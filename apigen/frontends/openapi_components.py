"""The ``components/schemas`` table of an OpenAPI document and ``$ref`` resolution.

``Components`` answers questions about schemas by name, before and apart from any shape:
which component a ``$ref`` names, what an alias (a bare ``$ref``) stands for, and which
flags a named schema gives every member that targets it.

Decisions:
- A component whose only keywords are ``$ref``, annotations and ``x-`` extensions is an
  *alias*: uses resolve to its final target, and a cycle of aliases is reported.
- A ``$ref`` into ``#/components/schemas/<name>`` is that component, by name; any other
  pointer is opened in place as an inline schema.
- A named schema's top-level ``readOnly``/``writeOnly``/``nullable`` (3.0 ``nullable``, a
  3.1 ``type`` list with ``"null"``, or ``null`` among its ``enum``) carry over to members.
- Each component (not an alias) is one class, ``naming.pascal`` of its key. Keys that give
  the same class name (``byok.v1.Key``, ``ByokV1Key``) share it out by a fixed rule: a key
  spelled exactly as the class name keeps it, then the keys in code-point order; the others
  take the first ``<Name>2``, ``<Name>3``... no component holds (``naming.deduplicated``). It
  depends on the keys alone, never on their order in the document (docs/openapi-shapes.md,
  "Names that collide").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from apigen import naming
from apigen.frontends.openapi_keywords import ANNOTATIONS, Piece, Unsupported
from apigen.frontends.openapi_validate import Path_, resolve_pointer


class Components:
    """A document's component schemas, looked up by name; holds no shapes."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.raw: Mapping[str, Any] = document.get("components", {}).get("schemas", {}) or {}
        keys = [n for n in self.raw if self.alias_of(n) is None]
        renamed = naming.deduplicated(keys, naming.pascal, separator="")
        self.class_names = {k: naming.pascal(renamed.get(k, k)) for k in keys}

    def class_name(self, name: str) -> str:
        """The class (shape name) of component ``name``."""
        return self.class_names.get(name) or naming.pascal(name)

    def alias_of(self, name: str) -> str | None:
        """The schema a bare-``$ref`` component stands for (None when it is not an alias)."""
        schema = self.raw.get(name)
        if (
            isinstance(schema, Mapping)
            and "$ref" in schema
            and all(k in ANNOTATIONS or k == "$ref" or k.startswith("x-") for k in schema)
        ):
            return self.component_name(schema["$ref"])
        return None

    def component_name(self, ref: str) -> str | None:
        prefix = "#/components/schemas/"
        if ref.startswith(prefix) and "/" not in ref[len(prefix) :]:
            name = ref[len(prefix) :].replace("~1", "/").replace("~0", "~")
            return name if name in self.raw else None
        return None

    def final_name(self, name: str, path: Path_) -> str:
        seen = [name]
        while (target := self.alias_of(name)) is not None:
            if target in seen:
                raise Unsupported(
                    path, f"$ref cycle with no schema in it: {' -> '.join([*seen, target])}"
                )
            seen.append(target)
            name = target
        return name

    def deref(self, piece: Piece) -> Piece | str:
        """A ``$ref`` piece as a component name (str) or as the inline schema it points to."""
        ref = piece.schema["$ref"]
        name = self.component_name(ref)
        if name is not None:
            return self.final_name(name, piece.path)
        found = resolve_pointer(self.document, ref)
        if found is None or not isinstance(found[1], Mapping):
            raise Unsupported(piece.path, f"{ref!r} is not a schema")
        return Piece(found[1], found[0], piece.hint)

    def flags(self, name: str) -> dict[str, bool]:
        """readOnly/writeOnly/nullable said at the top of a named schema (members inherit them)."""
        schema = self.raw[name]
        types = schema.get("type")
        return {
            "read_only": schema.get("readOnly") is True,
            "write_only": schema.get("writeOnly") is True,
            "nullable": schema.get("nullable") is True
            or (isinstance(types, list) and "null" in types)
            or None in (schema.get("enum") or ()),
        }

    def inherited(self, pieces: Iterable[Piece], flag: str) -> bool:
        """Whether a component some ``$ref`` piece names says ``flag`` at its top."""
        return any(
            self.flags(name)[flag]
            for piece in pieces
            if "$ref" in piece.schema and isinstance(name := self.deref(piece), str)
        )

    def mapped_name(self, to: str) -> str | None:
        """A discriminator ``mapping`` value (a ``$ref`` or a schema name) as a final name."""
        name = self.component_name(to) if to.startswith("#") else (to if to in self.raw else None)
        return self.final_name(name, ()) if name is not None else None
