"""Methods of the generated clients: one per operation, ``paginate_<op>`` per paginated
operation and ``wait_until_<waiter>`` per waiter, as ``MethodView``s.

The view computes every name, signature line, argument entry and docstring. Methods are
thin: build the keyword dict and call ``_call``/``_paginate``/``_wait`` of the runtime base
class with the operation's or waiter's name. Method and error names are shared with the
server view (``operation_method_name``, ``error_names``).

Decisions:
- Parameters are keyword-only, named like the input model's fields, typed like them minus
  constraint metadata (constraints are checked at run time, all at once); required members
  come first and have no default. Idempotency tokens are optional (filled when unset).
- A parameter that would shadow ``self`` or a waiter's own arguments gets a trailing ``_``
  (its dict key stays the field name); a method that would replace an attribute of the
  runtime base class (``close``) gets one too.
- ``paginate_<op>`` returns a lazy ``Paginator[Output, Item]`` (``AsyncPaginator`` in the
  async client) whose ``.items()`` yields items; ``wait_until_<waiter>`` takes the operation's
  arguments plus ``max_wait``/``min_delay``/``max_delay`` and returns the last output.
- Shapes, ``datetime``, ``JsonValue`` and the runtime's types are named for type checkers
  only: the imports their ``TypeExpr``s carry go to ``typing`` (under ``TYPE_CHECKING``).
"""

from __future__ import annotations

from dataclasses import dataclass

from apigen import ir, naming
from apigen.views.docs import plain
from apigen.views.imports import ImportSet
from apigen.views.layout import parameter
from apigen.views.literals import literal
from apigen.views.member_specs import member_named
from apigen.views.method_doc import method_doc
from apigen.views.types import TypeExpr, TypeMapper

_WAITER_ARGS = ("max_wait", "min_delay", "max_delay")
_RESERVED_PARAMS = frozenset({"self", *_WAITER_ARGS})
# Attributes of the runtime base classes a generated method must not replace.
_RESERVED_METHODS = frozenset({"close"})


@dataclass(frozen=True, kw_only=True, slots=True)
class MethodView:
    """One generated method; ``target`` is the operation or waiter name (a Python literal)."""

    name: str
    target: str
    signature: tuple[str, ...]
    args: tuple[str, ...]
    returns: str
    cast: str
    doc: str


@dataclass(frozen=True, kw_only=True, slots=True)
class _Param:
    name: str
    field: str
    annotation: str
    required: bool
    doc: str


def operation_method_name(op: ir.Operation) -> str:
    """The method of an operation, in the clients and the server handler alike."""
    name = naming.function_name(op.name)
    return f"{name}_" if name in _RESERVED_METHODS else name


def error_names(service: ir.Service, op: ir.Operation) -> list[str]:
    """The exception classes an operation declares, in spec order, each once."""
    names = [
        naming.pascal(service.shapes[e].name) if e in service.shapes else e.rsplit("#", 1)[-1]
        for e in op.errors
    ]
    return list(dict.fromkeys(names))


class MethodBuilder:
    """Builds the method views of one client; collects the imports their annotations need."""

    def __init__(self, service: ir.Service, is_async: bool) -> None:
        self.service = service
        self.is_async = is_async
        self.mapper = TypeMapper(service)
        self.imports = ImportSet()
        self.typing = ImportSet()  # names only annotations use, imported under TYPE_CHECKING

    def shape(self, shape_id: str) -> ir.Shape:
        return self.service.shapes[shape_id]

    # -- types --

    def _named(self, expr: TypeExpr) -> str:
        """``expr`` printed; what it names is imported for type checkers."""
        for module, name in expr.imports:
            self.typing.add(module, name)
        return expr.text

    def plain_type(self, member: ir.Member) -> str:
        """A member's Python type without constraint metadata."""
        return self._named(self.mapper.signature_type(member))

    def model_ref(self, shape_id: str | None) -> str:
        return self._named(self.mapper.model_ref(shape_id))

    # -- parameters --

    def params(self, op: ir.Operation) -> list[_Param]:
        if op.input is None:
            return []
        params = []
        for member in self.shape(op.input).members:
            field = naming.snake(member.name)
            name = f"{field}_" if field in _RESERVED_PARAMS else field
            defaulted = member.has_default and member.default is not None
            required = (
                member.required
                and not member.read_only
                and not member.idempotency_token
                and not defaulted
            )
            annotation = self.plain_type(member)
            doc = member.documentation or self._first_paragraph(
                self.shape(member.target).documentation
            )
            if member.idempotency_token:
                doc = f"{plain(doc)} Filled with a fresh UUID4 when not given.".strip()
            params.append(
                _Param(name=name, field=field, annotation=annotation, required=required, doc=doc)
            )
        return [p for p in params if p.required] + [p for p in params if not p.required]

    @staticmethod
    def _first_paragraph(text: str) -> str:
        """A target shape's summary, for members the spec leaves undocumented."""
        return plain(text).split("\n\n", 1)[0]

    @staticmethod
    def signature(params: list[_Param]) -> list[str]:
        return [
            parameter(p.name, p.annotation, None, 2)
            if p.required
            else parameter(p.name, f"{p.annotation} | None", "None", 2)
            for p in params
        ]

    @staticmethod
    def args(params: list[_Param]) -> tuple[str, ...]:
        return tuple(f"{literal(p.field)}: {p.name}" for p in params)

    def raises(self, op: ir.Operation) -> list[str]:
        return error_names(self.service, op)

    # -- methods --

    def method(self, op: ir.Operation) -> MethodView:
        params = self.params(op)
        output = self.model_ref(op.output)
        name = operation_method_name(op)
        doc = method_doc(
            op.documentation or f"Call {op.name}.",
            [(p.name, p.doc) for p in params],
            f"The {op.name} output." if op.output else None,
            self.raises(op),
        )
        return MethodView(
            name=name,
            target=literal(op.name),
            signature=tuple(self.signature(params)),
            args=self.args(params),
            returns=output,
            cast=literal(output),
            doc=doc,
        )

    def item_type(self, op: ir.Operation) -> str:
        """The element type of a paginated operation's items list (``Any`` if not a list)."""
        pag = op.paginated
        if op.output is None or pag is None or pag.items is None:
            return "Any"
        shape = self.shape(op.output)
        parts = pag.items.split(".")
        if shape.get_member(parts[0]) is None:
            payload = next(
                (m for m in shape.members if m.http and m.http.location is ir.Location.PAYLOAD),
                None,
            )
            if payload is not None:  # OpenAPI paths are relative to the body
                parts = [payload.name, *parts]
        member: ir.Member | None = None
        for part in parts:
            member = member_named(shape, part)
            if member is None:
                return "Any"
            shape = self.shape(member.target)
        if shape.type is not ir.ShapeType.LIST:
            return "Any"
        return self.plain_type(shape.member)

    def paginator(self, op: ir.Operation) -> MethodView:
        params = self.params(op)
        output = self.model_ref(op.output)
        item = self.item_type(op)
        if item == "Any":
            self.typing.add("typing", "Any")
        kind = "AsyncPaginator" if self.is_async else "Paginator"
        self.typing.add(".._runtime.client.paginate", kind)
        function = naming.function_name(op.name)
        loop = "async for" if self.is_async else "for"
        summary = (
            f"Pages of {function}, fetched lazily: nothing is sent until the result is "
            f"iterated ({loop} page in ...), and each iteration starts from the first page. "
            f"Its items() iterates the items of every page."
        )
        if op.documentation:
            summary = f"{plain(op.documentation)}\n\n{summary}"
        doc = method_doc(
            summary,
            [(p.name, p.doc) for p in params],
            f"A {kind} of {op.name} outputs.",
            self.raises(op),
        )
        return MethodView(
            name=f"paginate_{function}",
            target=literal(op.name),
            signature=tuple(self.signature(params)),
            args=self.args(params),
            returns=f"{kind}[{output}, {item}]",
            cast="",
            doc=doc,
        )

    def waiter(self, op: ir.Operation, waiter: ir.Waiter) -> MethodView:
        params = self.params(op)
        output = self.model_ref(op.output)
        function = naming.function_name(op.name)
        summary = waiter.documentation or f"Wait until {waiter.name}."
        summary = (
            f"{plain(summary)}\n\nPolls {function} every {waiter.min_delay}s at first, backing off "
            f"exponentially with jitter up to {waiter.max_delay}s, until a success state."
        )
        wait_args = [
            *((p.name, p.doc) for p in params),
            ("max_wait", "Seconds to wait in all before giving up."),
            ("min_delay", f"Overrides the minimum delay between attempts ({waiter.min_delay}s)."),
            ("max_delay", f"Overrides the maximum delay between attempts ({waiter.max_delay}s)."),
        ]
        doc = method_doc(
            summary,
            wait_args,
            "The last output (None when an error response meant success).",
            ["WaiterError: a failure state, an unexpected error, or max_wait passed."],
        )
        signature = [
            *self.signature(params),
            "max_wait: float = DEFAULT_MAX_WAIT",
            "min_delay: float | None = None",
            "max_delay: float | None = None",
        ]
        return MethodView(
            name=f"wait_until_{naming.function_name(waiter.name)}",
            target=literal(waiter.name),
            signature=tuple(signature),
            args=self.args(params),
            returns=f"{output} | None",
            cast=literal(f"{output} | None"),
            doc=doc,
        )
