"""Which modelled error a fake answers for a missing resource and for a conflict.

The operation's errors named so (a not-found naming the operation's resource first; one
declaring none borrows the one naming what its resource is under, S3's ``NoSuchBucket`` for
``PutBucketPolicy``;
``NotFound``, ``NoSuch``, ``UnknownResource``,
``DoesNotExist`` / ``Conflict``, ``AlreadyExists``,
``InUse``, ``Duplicate``), else the service's, else the error shape so named that the most
operations declare (Cloud Directory's GetDirectory declares none: its siblings declare
``ResourceNotFoundException``, not the ``FacetNotFoundException`` a name order would give),
else the error a response declares for 404 / 409. A conflict error is borrowed from other
operations only when its status says conflict (409) or a create, put or update of the
operation's own resource declares it (an update answers its create's ``AlreadyExists``; IoT
Device Advisor's ConflictException, a 400 only StartSuiteRun declares, is not
CreateSuiteDefinition's, nor is SES's AlreadyExistsException CreateEmailIdentity's); a
conflict nothing names is answered with the operation's validation error (as AWS answers
then). Each is (wire code or None, status: 0 for the error's own).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from apigen import ir

_NOT_FOUND = ("NotFound", "NoSuch", "UnknownResource", "DoesNotExist")  # RAM's, WorkDocs' last
_CONFLICT = ("Conflict", "AlreadyExists", "InUse", "Duplicate")
_FALLBACK = ("Validation", "BadRequest", "InvalidInput", "InvalidParameter")


def _error(
    service: ir.Service,
    op: ir.Operation,
    words: Iterable[str],
    status: int,
    borrowable: Callable[[ir.Shape], bool] = lambda shape: True,
) -> tuple[str | None, int]:
    words = tuple(words)
    for ids in (op.errors, service.errors):
        for error_id in ids:
            shape = service.shapes.get(error_id)
            if shape is not None and any(w in shape.name for w in words):
                return shape.error_code or shape.name, 0
    if words != _FALLBACK:
        named = [
            s
            for s in service.shapes.values()
            if s.error and any(w in s.name for w in words) and borrowable(s)
        ]
        if named:
            uses = Counter(e for o in service.operations for e in o.errors)
            shape = max(named, key=lambda s: uses[s.id])  # the first of the most used
            return shape.error_code or shape.name, 0
    for response in op.responses:
        if response.status == status and response.shape and response.shape in service.shapes:
            shape = service.shape(response.shape)
            return shape.error_code or shape.name, status
    return None, status


def not_found_error(service: ir.Service, op: ir.Operation) -> tuple[str | None, int]:
    # of the operation's not-found errors, the one naming its resource first: ECR's
    # GetLifecyclePolicy answers LifecyclePolicyNotFoundException for a repository without
    # one (RepositoryNotFoundException is its parent's, answered when that is missing);
    # S3's GetBucketPolicy NoSuchBucketPolicy (NoSuchBucket is the bucket's)
    nouns = [r.name.lower() for r in _resources_of(service, op)]
    named = [
        e
        for e in op.errors
        if e in service.shapes
        and any(w in service.shapes[e].name for w in _NOT_FOUND)
        and any(service.shapes[e].name.lower().removeprefix("nosuch").startswith(n) for n in nouns)
    ]
    if named:
        shape = service.shape(named[0])
        return shape.error_code or shape.name, 0
    if not declares_not_found(service, op):  # borrowed: the one naming what op's is under
        borrowed = [  # (S3's PutBucketPolicy declares none: NoSuchBucket, not NoSuchKey)
            s
            for s in service.shapes.values()
            if s.error
            and _bare(s.name)
            and any(n.startswith(_bare(s.name)) and n != _bare(s.name) for n in nouns)
        ]
        if borrowed:
            shape = max(borrowed, key=lambda s: (len(_bare(s.name)), s.name))
            return shape.error_code or shape.name, 0
    return _error(service, op, _NOT_FOUND, 404)


def _bare(name: str) -> str:
    """What a not-found error names (``NoSuchBucket``: ``bucket``), "" for other errors."""
    lower = name.lower()
    for word in (w.lower() for w in _NOT_FOUND):
        if word in lower:
            return lower.removeprefix(word).split(word)[0]
    return ""


def declares_not_found(service: ir.Service, op: ir.Operation) -> bool:
    """Whether ``op`` declares an error named as a missing resource's."""
    named = [service.shapes[e].name for e in op.errors if e in service.shapes]
    return any(w in name for name in named for w in _NOT_FOUND)


def _resources_of(service: ir.Service, op: ir.Operation) -> list[ir.Resource]:
    return [
        r
        for r in service.resources
        if op.name in (*dict(r.lifecycle_operations).values(), *r.operations)
        or op.name in r.collection_operations
    ]


def conflict_error(service: ir.Service, op: ir.Operation) -> tuple[str | None, int]:
    # The writes of op's own resources: an update answers what its create declares, but a
    # create borrows no other resource's (IoT Device Advisor's StartSuiteRun, a SuiteRun's
    # create, declares a 400 ConflictException CreateSuiteDefinition does not)
    mine = _resources_of(service, op)
    writes = {n for r in mine for n in (r.create, r.put, r.update) if n is not None}
    declared_by_writes = {e for o in service.operations if o.name in writes for e in o.errors}
    found = _error(
        service,
        op,
        _CONFLICT,
        409,
        lambda shape: shape.http_error == 409 or shape.id in declared_by_writes,
    )
    return found if found[0] is not None else _error(service, op, _FALLBACK, 409)
