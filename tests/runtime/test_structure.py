"""The runtime's shape: rooms by role, imports flowing one way, nothing from the generator.

Every import counts, the lazy ones inside functions too: a cycle that only a first call
closes is still a cycle (and the order modules initialise in would depend on who came first).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import apigen.runtime

RUNTIME = Path(apigen.runtime.__file__).parent
PACKAGE = "apigen.runtime"


def _module_name(path: Path) -> str:
    parts = path.relative_to(RUNTIME).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join((PACKAGE, *parts))


def _imports(path: Path) -> Iterator[tuple[int, str]]:
    """(line, absolute module) of every import in ``path``, relative ones resolved."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            yield node.lineno, target
            # `from . import x` / `from .room import module` import modules too
            for alias in node.names:
                candidate = f"{target}.{alias.name}"
                if _is_module(candidate):
                    yield node.lineno, candidate


def _is_module(name: str) -> bool:
    if not name.startswith(PACKAGE + "."):
        return False
    relative = Path(*name.split(".")[2:])
    return (RUNTIME / relative).with_suffix(".py").is_file() or (
        RUNTIME / relative / "__init__.py"
    ).is_file()


MODULES = sorted(RUNTIME.rglob("*.py"))


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in MODULES:
        graph[_module_name(path)] = {
            target
            for _, target in _imports(path)
            if target.startswith(PACKAGE + ".") and target in {_module_name(p) for p in MODULES}
        }
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` (as a path that ends where it starts), or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def _room(module: str) -> str:
    parts = module.split(".")
    return parts[2] if len(parts) > 3 else "(top)"


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_no_module_of_the_runtime_imports_itself_around_a_cycle() -> None:
    assert _cycle(_graph()) is None


def test_rooms_import_one_way() -> None:
    rooms: dict[str, set[str]] = {}
    for module, targets in _graph().items():
        for target in targets:
            if _room(target) != _room(module):
                rooms.setdefault(_room(module), set()).add(_room(target))
    assert _cycle(rooms) is None, rooms
    assert not rooms.get("core"), "core imports nothing of the other rooms"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(RUNTIME)))
def test_the_runtime_never_imports_the_generator(path: Path) -> None:
    """The runtime is copied into generated packages, where no generator is installed: every
    import of its own modules is relative, and nothing names the tool or the output."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level:
            names = [node.module or ""]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            assert top not in {"apigen", "apigen_generated"}, (
                f"{path.relative_to(RUNTIME)}:{node.lineno} imports {name}"
            )


def test_every_runtime_module_sits_in_a_room() -> None:
    loose = [p.name for p in RUNTIME.glob("*.py") if p.name != "__init__.py"]
    assert not loose


def _string_constants(path: Path) -> Iterator[tuple[int, str]]:
    """Every string literal of ``path`` but docstrings (documentation may name protocols)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        ):
            yield node.lineno, node.value


def _outside_protocol_modules() -> list[Path]:
    root = RUNTIME.parent
    views = sorted((root / "views").rglob("*.py"))
    runtime = [p for p in MODULES if "protocols" not in p.relative_to(RUNTIME).parts]
    return [*views, *runtime]


def test_no_protocol_is_named_outside_its_protocol_module() -> None:
    """Views and the runtime outside ``protocols/`` read facts, never a protocol's name."""
    from apigen import ir

    names = {protocol.value for protocol in ir.Protocol}
    found = [
        f"{path.relative_to(RUNTIME.parent)}:{line}: {text!r}"
        for path in _outside_protocol_modules()
        for line, text in _string_constants(path)
        if any(name in text for name in names)
    ]
    templates = RUNTIME.parent / "templates"
    found += [
        f"{path.relative_to(templates)}: {name}"
        for path in sorted(templates.rglob("*.jinja"))
        for name in names
        if name in path.read_text(encoding="utf-8")
    ]
    assert not found
