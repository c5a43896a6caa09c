"""Service- and operation-level rules, and the entry point that pairs two sets of services.

Services are paired by package name (the spec file's name decides it); when each side holds
exactly one spec they are paired whatever their names (``apigen diff old.yaml new.yaml``).
Operations are paired by name, their errors by shape name, waiters by name, OpenAPI
responses by status. An operation's input or output that changes to another shape is a type
change of the method's argument or result; the shapes themselves are compared by
``shapes.compare_shapes`` whatever operation uses them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from apigen import ir, naming
from apigen.diff.changes import Change, Kind, Report, ServiceDiff
from apigen.diff.members import member_changes, short_name
from apigen.diff.shapes import compare_shapes

Found = Iterator[tuple[str, Kind, str]]


def _pagination(page: ir.Paginated | None) -> str | None:
    if page is None:
        return None
    return (
        f"{page.input_token} -> {page.output_token}, page size {page.page_size}, items {page.items}"
    )


def _http(op: ir.Operation) -> str | None:
    return None if op.http is None else f"{op.http.method} {op.http.uri} -> {op.http.code}"


def _has_required(service: ir.Service, shape_id: str) -> bool:
    shape = service.shapes.get(shape_id)
    return shape is not None and any(m.required for m in shape.members)


def _io(
    old_service: ir.Service, new_service: ir.Service, role: str, old: str | None, new: str | None
) -> Found:
    """An operation's input or output shape moved (``role`` names which)."""
    if old == new or (old and new and short_name(old) == short_name(new)):
        return
    if new is None:
        yield "", Kind.BREAKING, f"{role} removed (was {short_name(old or '')})"
    elif old is None:
        required = role == "input" and _has_required(new_service, new)
        kind = Kind.BREAKING if required else Kind.FEATURE
        yield "", kind, f"{role} added: {short_name(new)}"
    else:
        yield "", Kind.BREAKING, f"{role} changed from {short_name(old)} to {short_name(new)}"


def _waiters(old: ir.Operation, new: ir.Operation) -> Found:
    old_waiters = {w.name: w for w in old.waiters}
    new_waiters = {w.name: w for w in new.waiters}
    for name in old_waiters.keys() - new_waiters.keys():
        yield f"waiter {name}", Kind.BREAKING, "removed"
    for name, waiter in sorted(new_waiters.items()):
        before = old_waiters.get(name)
        if before is None:
            yield f"waiter {name}", Kind.FEATURE, f"added (on {new.name})"
        elif (before.acceptors, before.min_delay, before.max_delay) != (
            waiter.acceptors,
            waiter.min_delay,
            waiter.max_delay,
        ):
            yield f"waiter {name}", Kind.FEATURE, "acceptors or delays changed"
        elif before.documentation != waiter.documentation:
            yield f"waiter {name}", Kind.FIX, "documentation changed"


def _responses(
    old_service: ir.Service, new_service: ir.Service, old: ir.Operation, new: ir.Operation
) -> Found:
    def key(response: ir.Response) -> str:
        return response.status_range or str(response.status)

    old_responses = {key(r): r for r in old.responses}
    new_responses = {key(r): r for r in new.responses}
    for status in old_responses.keys() - new_responses.keys():
        yield "", Kind.BREAKING, f"response {status} removed"
    for status, response in sorted(new_responses.items()):
        before = old_responses.get(status)
        if before is None:
            yield "", Kind.FEATURE, f"response {status} added"
            continue
        for _, kind, what in _io(old_service, new_service, "body", before.shape, response.shape):
            yield "", kind, f"response {status} {what}"
        old_headers = {h.name: h for h in before.headers}
        for header in response.headers:
            subject = f"response {status} header {header.name}"
            if header.name not in old_headers:
                yield "", Kind.FEATURE, f"{subject} added"
                continue
            found = member_changes(
                old_service, new_service, old_headers[header.name], header, received=True
            )
            yield from (("", k, f"{subject}: {w}") for k, w in found)
        for name in old_headers.keys() - {h.name for h in response.headers}:
            yield "", Kind.BREAKING, f"response {status} header {name} removed"
        if before.documentation != response.documentation:
            yield "", Kind.FIX, f"documentation of response {status} changed"


def _auth(service: ir.Service, op: ir.Operation) -> set[str]:
    return set(op.auth) if op.auth is not None else {a.name for a in service.auth}


def compare_operation(
    old_service: ir.Service, new_service: ir.Service, old: ir.Operation, new: ir.Operation
) -> Found:
    """Every change of one operation; an empty subject means the operation itself."""
    yield from _io(old_service, new_service, "input", old.input, new.input)
    yield from _io(old_service, new_service, "output", old.output, new.output)
    if _http(old) != _http(new):
        yield "", Kind.BREAKING, f"HTTP binding changed from {_http(old)} to {_http(new)}"
    old_errors = {short_name(e) for e in old.errors}
    new_errors = {short_name(e) for e in new.errors}
    for error in sorted(old_errors - new_errors):
        yield "", Kind.BREAKING, f"error {error} removed"
    for error in sorted(new_errors - old_errors):
        yield "", Kind.FEATURE, f"error {error} added"
    old_page, new_page = _pagination(old.paginated), _pagination(new.paginated)
    if old_page != new_page:
        if new_page is None:
            yield "", Kind.BREAKING, "paginator removed"
        elif old_page is None:
            yield "", Kind.FEATURE, f"paginator added ({new_page})"
        else:
            yield "", Kind.BREAKING, f"paginator changed from {old_page} to {new_page}"
    yield from _waiters(old, new)
    yield from _responses(old_service, new_service, old, new)
    old_auth, new_auth = _auth(old_service, old), _auth(new_service, new)
    for scheme in sorted(old_auth - new_auth):
        yield "", Kind.BREAKING, f"auth scheme {scheme} no longer accepted"
    for scheme in sorted(new_auth - old_auth):
        yield "", Kind.FEATURE, f"auth scheme {scheme} accepted"
    if (old.readonly, old.idempotent) != (new.readonly, new.idempotent):
        yield "", Kind.FEATURE, "read-only or idempotent flag changed (retries follow it)"
    if old.deprecated != new.deprecated:
        yield "", Kind.FEATURE, "deprecated" if new.deprecated else "no longer deprecated"
    if old.documentation != new.documentation:
        yield "", Kind.FIX, "documentation changed"


_WIRE_SETTINGS = (
    ("protocol", "protocol"),
    ("name", "service name (client and handler class names)"),
    ("endpoint_prefix", "endpoint prefix"),
    ("sigv4_name", "SigV4 signing name"),
    ("target_prefix", "X-Amz-Target prefix"),
    ("default_endpoint", "default endpoint"),
    ("credentials_env", "credentials environment prefix"),
)


def _service_changes(old: ir.Service, new: ir.Service) -> Found:
    for attribute, label in _WIRE_SETTINGS:
        before, after = getattr(old, attribute), getattr(new, attribute)
        if before != after:
            yield "service", Kind.BREAKING, f"{label} changed from {before} to {after}"
    old_auth = {a.name: a.kind for a in old.auth}
    new_auth = {a.name: a.kind for a in new.auth}
    for name in sorted(old_auth.keys() - new_auth.keys()):
        yield "service", Kind.BREAKING, f"auth scheme {name} removed"
    for name in sorted(new_auth.keys() - old_auth.keys()):
        yield "service", Kind.FEATURE, f"auth scheme {name} added"
    for name in sorted(old_auth.keys() & new_auth.keys()):
        if old_auth[name] != new_auth[name]:
            what = f"auth scheme {name} changed from {old_auth[name]} to {new_auth[name]}"
            yield "service", Kind.BREAKING, what
    old_errors = {short_name(e) for e in old.errors}
    new_errors = {short_name(e) for e in new.errors}
    for error in sorted(old_errors - new_errors):
        yield "service", Kind.BREAKING, f"common error {error} removed"
    for error in sorted(new_errors - old_errors):
        yield "service", Kind.FEATURE, f"common error {error} added"
    if old.version != new.version:
        yield "service", Kind.FIX, f"API version changed from {old.version} to {new.version}"
    if (old.title, old.documentation) != (new.title, new.documentation):
        yield "service", Kind.FIX, "documentation changed"


def python_subject(subject: str) -> str:
    """A subject in the generated Python's names ("" when they are the spec's)."""
    kind, _, name = subject.partition(" ")
    if kind == "operation":
        python = f"{naming.function_name(name)}()"
    elif kind == "waiter":
        python = f"wait_until_{naming.function_name(name)}()"
    elif kind == "service" or not kind:
        return ""
    else:
        shape, _, member = subject.partition(".")
        python = naming.pascal(shape) + (f".{naming.snake(member)}" if member else "")
    return "" if python == subject else python


def compare_service(old: ir.Service, new: ir.Service, package: str) -> ServiceDiff:
    """Every change between two versions of one service, sorted."""
    found: list[tuple[str, Kind, str]] = list(_service_changes(old, new))
    old_ops = {op.name: op for op in old.operations}
    new_ops = {op.name: op for op in new.operations}
    for name, op in old_ops.items():
        if name not in new_ops:
            found.append((f"operation {name}", Kind.BREAKING, "removed"))
            found += [(f"waiter {w.name}", Kind.BREAKING, "removed") for w in op.waiters]
    for name, op in new_ops.items():
        before = old_ops.get(name)
        if before is None:
            found.append((f"operation {name}", Kind.FEATURE, "added"))
            found += [(f"waiter {w.name}", Kind.FEATURE, f"added (on {name})") for w in op.waiters]
            continue
        for subject, kind, what in compare_operation(old, new, before, op):
            found.append((subject or f"operation {name}", kind, what))
    found += compare_shapes(old, new)
    changes = sorted(
        {
            Change(service=package, kind=k, subject=s, what=w, python=python_subject(s))
            for s, k, w in found
        },
        key=Change.sort_key,
    )
    return ServiceDiff(package=package, source=new.source, changes=tuple(changes))


def _removed(service: ir.Service, package: str) -> ServiceDiff:
    change = Change(service=package, kind=Kind.BREAKING, subject="service", what="removed")
    return ServiceDiff(package=package, source=service.source, changes=(change,))


def _added(service: ir.Service, package: str) -> ServiceDiff:
    change = Change(service=package, kind=Kind.FEATURE, subject="service", what="added")
    return ServiceDiff(package=package, source=service.source, changes=(change,))


def diff_services(old: Sequence[ir.Service], new: Sequence[ir.Service]) -> Report:
    """Every change from ``old`` to ``new``, grouped by service (package name)."""
    pairs: dict[str, tuple[ir.Service | None, ir.Service | None]]
    if len(old) == 1 and len(new) == 1:
        package = naming.package(_file_name(new[0].source))
        pairs = {package: (old[0], new[0])}
    else:
        olds = {naming.package(_file_name(s.source)): s for s in old}
        news = {naming.package(_file_name(s.source)): s for s in new}
        pairs = {p: (olds.get(p), news.get(p)) for p in olds.keys() | news.keys()}
    diffs = []
    for package, (before, after) in sorted(pairs.items()):
        if after is None and before is not None:
            diffs.append(_removed(before, package))
        elif before is None and after is not None:
            diffs.append(_added(after, package))
        elif before is not None and after is not None:
            diff = compare_service(before, after, package)
            if diff.changes:
                diffs.append(diff)
    return Report(services=tuple(diffs))


def _file_name(source: str) -> str:
    """The file name in a service's ``source`` (a path, or ``REV:path`` from git)."""
    return source.replace("\\", "/").rpartition("/")[2].rpartition(":")[2]
