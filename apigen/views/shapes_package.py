"""A big service's shapes as a package whose classes are created on first use.

Importing one module of 3,000 pydantic classes costs seconds (ec2), so a service with more
than ``SPLIT_ABOVE`` classes gets ``shapes/`` instead of ``shapes.py``:

- Each class goes to the module of the classes that exactly the same *roots* reach: the
  operations (input and output, which a call's ``OperationSpec`` holds) and the errors of
  the service's error table (what parsing one error response creates). A root reaching a
  class reaches everything that class names, so a module's classes are all in a call's
  closure or none of them is, and a module only imports modules whose roots are a superset
  of its own: no import cycle, and a reference cycle stays inside one module. Importing
  what one call needs therefore creates exactly the classes its input and output reach.
- A module is named after its first class by name (``_describe_regions_request.py``),
  deterministic whatever order the spec lists shapes in; a group bigger than
  ``MODULE_LIMIT`` classes is cut, in dependency order, into numbered modules.
- ``shapes/__init__.py`` names every class under ``TYPE_CHECKING`` (type checkers see them
  all) and, at run time, imports the module defining a name when it is first asked for
  (PEP 562 ``__getattr__``; ``__dir__`` and ``__all__`` list every name).
- A class keeps the module defining it as ``__module__`` (``inspect.getsource`` and
  pydantic's resolution of a reference cycle's postponed annotations read it); pickles
  name that module, which every regeneration of the same spec keeps.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from apigen import ir, naming
from apigen.views.docs import docstring
from apigen.views.errors import error_shapes
from apigen.views.layout import from_import
from apigen.views.shape_graph import needs_postponed_annotations
from apigen.views.shapes import ClassView, module_view, service_classes
from apigen.views.types import Import, is_inline_union

SPLIT_ABOVE = 32
"""Up to this many classes (~20 ms to create them all) a service keeps one ``shapes.py``."""
MODULE_LIMIT = 400
"""Most classes in one module of a shapes package (bounds a module's size, not a call's)."""

SHAPES_TEMPLATE = "{package}/{service}/shapes.py.jinja"
PACKAGE_TEMPLATE = "{package}/{service}/shapes/__init__.py.jinja"
_RUNTIME = "..._runtime.core.model"
_CLASS_TYPES = (
    ir.ShapeType.STRUCTURE,
    ir.ShapeType.UNION,
    ir.ShapeType.ENUM,
    ir.ShapeType.INT_ENUM,
)  # from the package: the runtime's model module

# Names in an annotation, base or class-variable text, string literals skipped.
_NAME = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|([A-Za-z_]\w*)")


@dataclass(frozen=True, kw_only=True, slots=True)
class ShapesPackageView:
    doc: str
    type_imports: tuple[str, ...]
    """``from ._module import A, B`` lines for type checkers."""
    where: tuple[tuple[str, str], ...]
    """(name, module relative to the package) for every exported name, by name."""
    exports: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Module:
    name: str
    roots: tuple[str, ...]
    classes: tuple[ClassView, ...]


def _excluded_models(found: ir.Excluded | None) -> Iterator[str]:
    """Shape ids a ``not`` (or an if/then/else part) validates against, nested ones too."""
    if found is None:
        return
    if found.shape is not None:
        yield found.shape
    for _, inner in found.properties:
        yield from _excluded_models(inner)


def class_dependencies(
    service: ir.Service, classes: tuple[ClassView, ...]
) -> dict[str, frozenset[str]]:
    """The classes each class's module text names (annotations, bases, class variables),
    and the models its own ``not``/``if`` conditions name (looked up by name at run time)."""
    names = {c.name for c in classes}
    by_name = {
        naming.pascal(s.name): s
        for s in service.shapes.values()
        if s.type in _CLASS_TYPES and not is_inline_union(s)
    }
    found: dict[str, frozenset[str]] = {}
    for view in classes:
        texts = [view.base, *view.class_vars]
        texts += [t for f in view.fields for t in (f.annotation, f.field_args)]
        named = {m for t in texts for m in _NAME.findall(t) if m in names}
        shape = by_name[view.name]
        parts = (shape.constraints.excluded, *(shape.conditional or ()))
        named.update(
            naming.pascal(service.shapes[sid].name) for p in parts for sid in _excluded_models(p)
        )
        found[view.name] = frozenset(named)  # itself too: a recursive class
    return found


def roots(service: ir.Service) -> dict[str, tuple[str, ...]]:
    """What a client or server creates at once: an operation's input and output classes,
    and each modelled error's class, by a root key (``operation:Name``, ``error:Name``)."""
    out: dict[str, tuple[str, ...]] = {}
    for op in service.operations:
        ids = [sid for sid in (op.input, op.output) if sid is not None]
        out[f"operation:{op.name}"] = tuple(naming.pascal(service.shapes[s].name) for s in ids)
    for shape in error_shapes(service):  # the ``ServiceSpec.errors`` table's
        out[f"error:{shape.name}"] = (naming.pascal(shape.name),)
    return out


def _closure(start: tuple[str, ...], deps: dict[str, frozenset[str]]) -> set[str]:
    seen: set[str] = set()
    stack = [n for n in start if n in deps]
    while stack:
        name = stack.pop()
        if name not in seen:
            seen.add(name)
            stack.extend(deps[name])
    return seen


def _modules(service: ir.Service, classes: tuple[ClassView, ...]) -> list[_Module]:
    """Classes grouped by the roots reaching them, each group in module order, named."""
    deps = class_dependencies(service, classes)
    reached_by: dict[str, set[str]] = defaultdict(set)
    for root, named in roots(service).items():
        for name in _closure(named, deps):
            reached_by[name].add(root)
    groups: dict[frozenset[str], list[ClassView]] = defaultdict(list)
    for view in classes:  # module order: enums, then models dependencies first
        groups[frozenset(reached_by[view.name])].append(view)
    taken: set[str] = set()
    modules: list[_Module] = []
    for reaching, members in sorted(groups.items(), key=lambda g: min(c.name for c in g[1])):
        stem = "_" + naming.snake(min(c.name for c in members)).strip("_")
        for start in range(0, len(members), MODULE_LIMIT):
            name, n = stem if not start else f"{stem}_{start // MODULE_LIMIT + 1}", 1
            while name in taken:  # two class names with one snake form
                n += 1
                name = f"{stem}_{n}"
            taken.add(name)
            chunk = tuple(members[start : start + MODULE_LIMIT])
            modules.append(_Module(name=name, roots=tuple(sorted(reaching)), classes=chunk))
    return modules


def _postponed(module: _Module, deps: dict[str, frozenset[str]]) -> bool:
    """Whether a class names one of its own module defined after it (a reference cycle)."""
    own = {c.name for c in module.classes}
    defined: set[str] = set()
    for view in module.classes:
        if any(d in own and d not in defined for d in deps[view.name]):
            return True
        defined.add(view.name)
    return False


def _module_doc(service: ir.Service, module: _Module) -> str:
    shown = [r.split(":", 1)[1] for r in module.roots[:3]]
    if not module.roots:
        reach = "that no operation or error reaches"
    else:
        more = len(module.roots) - len(shown)
        reach = "reached by " + ", ".join(shown) + (f" and {more} more" if more else "")
    return f"Shapes of {service.title} (version {service.version}) {reach}."


def shapes_files(service: ir.Service) -> list[tuple[str, str, object]]:
    """(path in the service package, template, view) of the service's shapes module(s)."""
    models, classes = service_classes(service)
    if len(classes) <= SPLIT_ABOVE:
        title = f"Shapes of {service.title} (version {service.version})."
        postponed = needs_postponed_annotations(service, models)
        return [
            (
                "shapes.py",
                SHAPES_TEMPLATE,
                module_view(service, classes, postponed=postponed, doc=title),
            )
        ]
    deps = class_dependencies(service, classes)
    modules = _modules(service, classes)
    home = {c.name: m.name for m in modules for c in m.classes}
    files: list[tuple[str, str, object]] = []
    where: dict[str, str] = {}
    type_imports: list[str] = []
    for module in modules:
        own = {c.name for c in module.classes}
        local: set[Import] = {
            (f".{home[d]}", d) for c in module.classes for d in deps[c.name] if d not in own
        }
        postponed = _postponed(module, deps)
        view = module_view(
            service,
            module.classes,
            postponed=postponed,
            doc=_module_doc(service, module),
            local=local,
            up=".",
        )
        files.append((f"shapes/{module.name}.py", SHAPES_TEMPLATE, view))
        for name in view.exports:
            where[name] = f".{module.name}" if name in own else _RUNTIME
        type_imports.append(from_import(f".{module.name}", sorted(own), indent=1))
    if "UnknownVariant" in where:
        type_imports.append(f"from {_RUNTIME} import UnknownVariant")
    package = ShapesPackageView(
        doc=docstring(
            f"Shapes of {service.title} (version {service.version}): each class is created "
            "when it is first asked for, with the classes it names.",
            indent=0,
        ),
        type_imports=tuple(sorted(type_imports)),
        where=tuple(sorted(where.items())),
        exports=tuple(sorted(where)),
    )
    return [("shapes/__init__.py", PACKAGE_TEMPLATE, package), *files]
