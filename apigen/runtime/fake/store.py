"""Where the fake keeps its state: in memory, or in one SQLite file (``--state FILE``).

Both stores hold each record as JSON text (``encode``/``decode``: timestamps, blobs and
decimals tagged), so a record read back is a fresh copy and what survives a restart is what
was served. Records live per resource under a key made of their identifiers, in creation
order (``seq``, which list tokens point into); ``meta`` holds the rest by kind (client
tokens, tags per ARN). Every call is atomic; the handler runs each operation in one
``transaction`` (holding ``lock``), so concurrent requests never lose a write, and an
operation that fails, its answer included, leaves no trace (SQLite rolls back; memory undoes).
"""

from __future__ import annotations

import base64
import datetime
import decimal
import json
import sqlite3
import threading
from collections.abc import Generator
from contextlib import contextmanager
from typing import Any, Protocol


def _default(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return {"$t": value.isoformat()}
    if isinstance(value, bytes | bytearray):
        return {"$b": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, decimal.Decimal):
        return {"$d": str(value)}
    raise TypeError(f"cannot store a {type(value).__name__}")


def _hook(obj: dict[str, Any]) -> Any:
    if len(obj) == 1:
        ((key, value),) = obj.items()
        if key == "$t":
            return datetime.datetime.fromisoformat(value)
        if key == "$b":
            return base64.b64decode(value)
        if key == "$d":
            return decimal.Decimal(value)
    return obj


def encode(value: Any) -> str:
    return json.dumps(value, default=_default, separators=(",", ":"), sort_keys=True)


def decode(text: str) -> Any:
    return json.loads(text, object_hook=_hook)


class Store(Protocol):
    lock: threading.RLock

    def get(self, resource: str, key: str) -> dict[str, Any] | None: ...
    def put(self, resource: str, key: str, record: dict[str, Any]) -> None: ...
    def delete(self, resource: str, key: str) -> None: ...
    def scan(self, resource: str) -> list[dict[str, Any]]: ...
    def next_seq(self) -> int: ...
    def get_meta(self, kind: str, key: str) -> Any: ...
    def put_meta(self, kind: str, key: str, value: Any) -> None: ...
    def delete_meta(self, kind: str, key: str) -> None: ...
    def transaction(self) -> Any: ...


class MemoryStore:
    """State for the life of the process. A transaction that raises leaves it as it was: each
    change inside one notes what it replaced (an undo journal), replayed backwards on error."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self._records: dict[str, dict[str, str]] = {}
        self._meta: dict[tuple[str, str], str] = {}
        self._seq = 0
        # what each change in the open transaction replaced (None: outside one)
        self._undo: list[tuple[dict[Any, str], Any, str | None]] | None = None

    def _note(self, table: dict[Any, str], key: Any) -> None:
        if self._undo is None:
            return
        self._undo.append((table, key, table.get(key)))  # None: there was none

    def get(self, resource: str, key: str) -> dict[str, Any] | None:
        text = self._records.get(resource, {}).get(key)
        return None if text is None else dict(decode(text))

    def put(self, resource: str, key: str, record: dict[str, Any]) -> None:
        table = self._records.setdefault(resource, {})
        self._note(table, key)
        table[key] = encode(record)

    def delete(self, resource: str, key: str) -> None:
        table = self._records.get(resource, {})
        self._note(table, key)
        table.pop(key, None)

    def scan(self, resource: str) -> list[dict[str, Any]]:
        found = [decode(t) for t in self._records.get(resource, {}).values()]
        return sorted(found, key=lambda r: int(r["seq"]))

    def next_seq(self) -> int:
        self._seq += 1  # never handed out twice, even when the transaction fails
        return self._seq

    def get_meta(self, kind: str, key: str) -> Any:
        text = self._meta.get((kind, key))
        return None if text is None else decode(text)

    def put_meta(self, kind: str, key: str, value: Any) -> None:
        self._note(self._meta, (kind, key))
        self._meta[(kind, key)] = encode(value)

    def delete_meta(self, kind: str, key: str) -> None:
        self._note(self._meta, (kind, key))
        self._meta.pop((kind, key), None)

    @contextmanager
    def transaction(self) -> Generator[None, None, None]:
        with self.lock:
            if self._undo is not None:  # nested: part of the outer one
                yield
                return
            self._undo = []
            try:
                yield
            except BaseException:
                for table, key, before in reversed(self._undo):
                    if before is None:
                        table.pop(key, None)
                    else:
                        table[key] = before
                raise
            finally:
                self._undo = None


_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    resource TEXT NOT NULL, key TEXT NOT NULL, seq INTEGER NOT NULL, body TEXT NOT NULL,
    PRIMARY KEY (resource, key));
CREATE INDEX IF NOT EXISTS records_seq ON records (resource, seq);
CREATE TABLE IF NOT EXISTS meta (
    kind TEXT NOT NULL, key TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (kind, key));
CREATE TABLE IF NOT EXISTS counter (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER);
INSERT OR IGNORE INTO counter VALUES (1, 0);
"""


class SqliteStore:
    """State in one SQLite file: it survives a restart. One connection, used under ``lock``;
    each operation is one transaction (``transaction``), committed when it ends."""

    def __init__(self, path: str) -> None:
        self.lock = threading.RLock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(_SCHEMA)
        self._depth = 0

    @contextmanager
    def transaction(self) -> Generator[None, None, None]:
        with self.lock:
            self._depth += 1
            if self._depth == 1:
                self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                if self._depth == 1:
                    self._db.execute("ROLLBACK")
                raise
            else:
                if self._depth == 1:
                    self._db.execute("COMMIT")
            finally:
                self._depth -= 1

    def get(self, resource: str, key: str) -> dict[str, Any] | None:
        row = self._db.execute(
            "SELECT body FROM records WHERE resource = ? AND key = ?", (resource, key)
        ).fetchone()
        return None if row is None else dict(decode(row[0]))

    def put(self, resource: str, key: str, record: dict[str, Any]) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?)",
            (resource, key, int(record["seq"]), encode(record)),
        )

    def delete(self, resource: str, key: str) -> None:
        self._db.execute("DELETE FROM records WHERE resource = ? AND key = ?", (resource, key))

    def scan(self, resource: str) -> list[dict[str, Any]]:
        rows = self._db.execute(
            "SELECT body FROM records WHERE resource = ? ORDER BY seq", (resource,)
        )
        return [decode(body) for (body,) in rows]

    def next_seq(self) -> int:
        self._db.execute("UPDATE counter SET seq = seq + 1 WHERE id = 1")
        (seq,) = self._db.execute("SELECT seq FROM counter WHERE id = 1").fetchone()
        return int(seq)

    def get_meta(self, kind: str, key: str) -> Any:
        row = self._db.execute(
            "SELECT body FROM meta WHERE kind = ? AND key = ?", (kind, key)
        ).fetchone()
        return None if row is None else decode(row[0])

    def put_meta(self, kind: str, key: str, value: Any) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?, ?)", (kind, key, encode(value)))

    def delete_meta(self, kind: str, key: str) -> None:
        self._db.execute("DELETE FROM meta WHERE kind = ? AND key = ?", (kind, key))

    def close(self) -> None:
        with self.lock:
            self._db.close()
