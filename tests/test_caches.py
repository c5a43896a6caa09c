"""Every memo in the tool is bounded: ``generate`` is a library call too, and a process that
calls it again and again (a build server, an editor plugin) must not keep every text it has
ever seen. A function without parameters holds one value and needs no bound."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import apigen


def _memos() -> list[tuple[str, object]]:
    found = []
    for info in pkgutil.walk_packages(apigen.__path__, "apigen."):
        if ".runtime" in info.name or info.name.endswith("__main__"):
            continue  # the runtime is the generated package's, checked with it
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            memo = hasattr(value, "cache_info") and hasattr(value, "__wrapped__")
            if memo and getattr(value, "__module__", None) == info.name:
                found.append((f"{info.name}.{name}", value))
    return found


def test_memos_are_found() -> None:
    names = {name for name, _ in _memos()}
    assert "apigen.naming.snake" in names and "apigen.views.docs._blocks" in names, names


def test_every_memo_with_parameters_is_bounded() -> None:
    unbounded = [
        name
        for name, memo in _memos()
        if memo.cache_parameters()["maxsize"] is None  # type: ignore[attr-defined]
        and inspect.signature(memo.__wrapped__).parameters  # type: ignore[attr-defined]
    ]
    assert not unbounded, f"unbounded caches: {unbounded}"
