"""
Operation tables of Key Management API for BYOK: the ServiceSpec its client, server and
codec read.
"""

from __future__ import annotations

from . import errors, shapes
from .._runtime.core.schema import (
    ErrorSpec,
    MemberSpec,
    OperationSpec,
    PaginatorSpec,
    ResponseSpec,
    ServiceSpec,
)

__all__ = [
    "SERVICE",
]

SERVICE = ServiceSpec(
    name="ConfluentByok",
    protocol="openapi",
    version="0.0.1",
    default_endpoint="https://api.confluent.cloud",
    credentials_env="CONFLUENT_CLOUD",
    auth=(
        "httpBasic",
        "httpBearer",
    ),
    retry_after_headers=("X-RateLimit-Reset",),
    unknown_error=errors.UnknownConfluentByokError,
    operations={
        "CreateByokV1Key": OperationSpec(
            name="CreateByokV1Key",
            input=shapes.CreateByokV1KeyRequest,
            output=shapes.CreateByokV1KeyResponse,
            input_members=(MemberSpec("key", "key", location="payload", kind="structure"),),
            output_members=(
                MemberSpec("key", "key", location="payload", kind="structure"),
                MemberSpec("x_request_id", "X-Request-Id", location="header"),
                MemberSpec(
                    "x_rate_limit_limit", "X-RateLimit-Limit", location="header", kind="bigInteger"
                ),
                MemberSpec(
                    "x_rate_limit_remaining",
                    "X-RateLimit-Remaining",
                    location="header",
                    kind="bigInteger",
                ),
                MemberSpec(
                    "x_rate_limit_reset", "X-RateLimit-Reset", location="header", kind="bigInteger"
                ),
                MemberSpec("location", "Location", location="header"),
            ),
            method="POST",
            uri="/byok/v1/keys",
            code=201,
            errors=("Failure",),
            auth=(
                "httpBasic",
                "httpBearer",
            ),
            responses=(
                ResponseSpec(
                    201,
                    headers=(
                        MemberSpec("x_request_id", "X-Request-Id", location="header"),
                        MemberSpec(
                            "x_rate_limit_limit",
                            "X-RateLimit-Limit",
                            location="header",
                            kind="bigInteger",
                        ),
                        MemberSpec(
                            "x_rate_limit_remaining",
                            "X-RateLimit-Remaining",
                            location="header",
                            kind="bigInteger",
                        ),
                        MemberSpec(
                            "x_rate_limit_reset",
                            "X-RateLimit-Reset",
                            location="header",
                            kind="bigInteger",
                        ),
                        MemberSpec("location", "Location", location="header"),
                    ),
                ),
                ResponseSpec(
                    400,
                    error="Failure",
                    headers=(MemberSpec("x_request_id", "X-Request-Id", location="header"),),
                ),
                ResponseSpec(
                    401,
                    error="Failure",
                    headers=(
                        MemberSpec("x_request_id", "X-Request-Id", location="header"),
                        MemberSpec("www_authenticate", "WWW-Authenticate", location="header"),
                    ),
                ),
                ResponseSpec(
                    402,
                    error="Failure",
                    headers=(MemberSpec("x_request_id", "X-Request-Id", location="header"),),
                ),
                ResponseSpec(
                    403,
                    error="Failure",
                    headers=(MemberSpec("x_request_id", "X-Request-Id", location="header"),),
                ),
                ResponseSpec(
                    409,
                    error="Failure",
                    headers=(
                        MemberSpec("x_request_id", "X-Request-Id", location="header"),
                        MemberSpec("location", "Location", location="header"),
                    ),
                ),
                ResponseSpec(
                    422,
                    error="Failure",
                    headers=(MemberSpec("x_request_id", "X-Request-Id", location="header"),),
                ),
                ResponseSpec(
                    429,
                    headers=(
                        MemberSpec("x_request_id", "X-Request-Id", location="header"),
                        MemberSpec(
                            "x_rate_limit_limit",
                            "X-RateLimit-Limit",
                            location="header",
                            kind="bigInteger",
                        ),
                        MemberSpec(
                            "x_rate_limit_remaining",
                            "X-RateLimit-Remaining",
                            location="header",
                            kind="bigInteger",
                        ),
                        MemberSpec(
                            "x_rate_limit_reset",
                            "X-RateLimit-Reset",
                            location="header",
                            kind="bigInteger",
                        ),
                        MemberSpec(
                            "retry_after", "Retry-After", location="header", kind="bigInteger"
                        ),
                    ),
                ),
                ResponseSpec(
                    500,
                    error="Failure",
                    headers=(MemberSpec("x_request_id", "X-Request-Id", location="header"),),
                ),
            ),
        ),
        "DeleteByokV1Key": OperationSpec(
            name="DeleteByokV1Key",
            input=shapes.DeleteByokV1KeyRequest,
            output=shapes.DeleteByokV1KeyResponse,
            input_members=(MemberSpec("id_", "id", location="label", required=True),),
            output_members=(
                MemberSpec("x_request_id", "X-Request-Id", location="header"),
                MemberSpec(
                    "x_rate_limit_limit", "X-RateLimit-Limit", location="header", kind="bigInteger"
                ),
                MemberSpec(
                    "x_rate_limit_remaining",
                    "X-RateLimit-Remaining",
                    location="header",
                    kind="bigInteger",
                ),
                MemberSpec(
                    "x_rate_limit_reset", "X-RateLimit-Reset", location="header", kind="bigInteger"
                ),
            ),
            method="DELETE",
            uri="/byok/v1/keys/{id}",
            code=204,
            errors=("Failure",),
            idempotent=True,
            auth=(
                "httpBasic",
                "httpBearer",
            ),
            responses=(
                ResponseSpec(
                    204,
                    headers=(
                        MemberSpec("x_request_id", "X-Request-Id", location="header"),
                        MemberSpec(
                            "x_rate_limit_limit",
                            "X-RateLimit-Limit",
                            location="header",
                            kind="bigInteger",
                        ),
                        MemberSpec(
                            "x_rate_limit_remaining",
                            "X-RateLimit-Remaining",
                            location="header",
                            kind="bigInteger",
                        ),
                        MemberSpec(
                            "x_rate_limit_reset",
                            "X-RateLimit-Reset",
                            location="header",
                            kind="bigInteger",
                        ),
                    ),
                ),
                ResponseSpec(
                    400,
                    error="Failure",
                    headers=(MemberSpec("x_request_id", "X-Request-Id", location="header"),),
                ),
                ResponseSpec(
                    401,
                    error="Failure",
                    headers=(
                        MemberSpec("x_request_id", "X-Request-Id", location="header"),
                        MemberSpec("www_authenticate", "WWW-Authenticate", location="header"),
                    ),
                ),
                ResponseSpec(
                    403,
                    error="Failure",
                    headers=(MemberSpec("x_request_id", "X-Request-Id", location="header"),),
                ),
                ResponseSpec(
                    404,
                    error="Failure",
                    headers=(MemberSpec("x_request_id", "X-Request-Id", location="header"),),
                ),
                ResponseSpec(
                    429,
                    headers=(
                        MemberSpec("x_request_id", "X-Request-Id", location="header"),
                        MemberSpec(
                            "x_rate_limit_limit",
                            "X-RateLimit-Limit",
                            location="header",
                            kind="bigInteger",
                        ),
                        MemberSpec(
                            "x_rate_limit_remaining",
                            "X-RateLimit-Remaining",
                            location="header",
                            kind="bigInteger",
                        ),
                        MemberSpec(
                            "x_rate_limit_reset",
                            "X-RateLimit-Reset",
                            location="header",
                            kind="bigInteger",
                        ),
                        MemberSpec(
                            "retry_after", "Retry-After", location="header", kind="bigInteger"
                        ),
                    ),
                ),
                ResponseSpec(
                    500,
                    error="Failure",
                    headers=(MemberSpec("x_request_id", "X-Request-Id", location="header"),),
                ),
            ),
        ),
        "GetByokV1Key": OperationSpec(
            name="GetByokV1Key",
            input=shapes.GetByokV1KeyRequest,
            output=shapes.GetByokV1KeyResponse,
            input_members=(MemberSpec("id_", "id", location="label", required=True),),
            output_members=(
                MemberSpec("key", "key", location="payload", kind="structure"),
                MemberSpec("x_request_id", "X-Request-Id", location="header"),
                MemberSpec(
                    "x_rate_limit_limit", "X-RateLimit-Limit", location="header", kind="bigInteger"
                ),
                MemberSpec(
                    "x_rate_limit_remaining",
                    "X-RateLimit-Remaining",
                    location="header",
                    kind="bigInteger",
                ),
                MemberSpec(
                    "x_rate_limit_reset", "X-RateLimit-Reset", location="header", kind="bigInteger"
                ),
            ),
            method="GET",
            uri="/byok/v1/keys/{id}",
            code=200,
            errors=("Failure",),
            readonly=True,
            auth=(
                "httpBasic",
                "httpBearer",
            ),
            responses=(
                ResponseSpec(
                    200,
                    headers=(
                        MemberSpec("x_request_id", "X-Request-Id", location="header"),
                        MemberSpec(
                            "x_rate_limit_limit",
                            "X-RateLimit-Limit",
                            location="header",
                            kind="bigInteger",
                        ),
                        MemberSpec(
                            "x_rate_limit_remaining",
                            "X-RateLimit-Remaining",
                            location="header",
                            kind="bigInteger",
                        ),
                        MemberSpec(
                            "x_rate_limit_reset",
                            "X-RateLimit-Reset",
                            location="header",
                            kind="bigInteger",
                        ),
                    ),
                ),
                ResponseSpec(
                    400,
                    error="Failure",
                    headers=(MemberSpec("x_request_id", "X-Request-Id", location="header"),),
                ),
                ResponseSpec(
                    401,
                    error="Failure",
                    headers=(
                        MemberSpec("x_request_id", "X-Request-Id", location="header"),
                        MemberSpec("www_authenticate", "WWW-Authenticate", location="header"),
                    ),
                ),
                ResponseSpec(
                    403,
                    error="Failure",
                    headers=(MemberSpec("x_request_id", "X-Request-Id", location="header"),),
                ),
                ResponseSpec(
                    404,
                    error="Failure",
                    headers=(MemberSpec("x_request_id", "X-Request-Id", location="header"),),
                ),
                ResponseSpec(
                    429,
                    headers=(
                        MemberSpec("x_request_id", "X-Request-Id", location="header"),
                        MemberSpec(
                            "x_rate_limit_limit",
                            "X-RateLimit-Limit",
                            location="header",
                            kind="bigInteger",
                        ),
                        MemberSpec(
                            "x_rate_limit_remaining",
                            "X-RateLimit-Remaining",
                            location="header",
                            kind="bigInteger",
                        ),
                        MemberSpec(
                            "x_rate_limit_reset",
                            "X-RateLimit-Reset",
                            location="header",
                            kind="bigInteger",
                        ),
                        MemberSpec(
                            "retry_after", "Retry-After", location="header", kind="bigInteger"
                        ),
                    ),
                ),
                ResponseSpec(
                    500,
                    error="Failure",
                    headers=(MemberSpec("x_request_id", "X-Request-Id", location="header"),),
                ),
            ),
        ),
        "ListByokV1Keys": OperationSpec(
            name="ListByokV1Keys",
            input=shapes.ListByokV1KeysRequest,
            output=shapes.ListByokV1KeysResponse,
            input_members=(
                MemberSpec("display_name", "display_name", location="query"),
                MemberSpec("provider", "provider", location="query"),
                MemberSpec("state", "state", location="query"),
                MemberSpec("validation_phase", "validation_phase", location="query"),
                MemberSpec("validation_region", "validation_region", location="query"),
                MemberSpec("key", "key", location="query"),
                MemberSpec("page_size", "page_size", location="query", kind="bigInteger"),
                MemberSpec("page_token", "page_token", location="query"),
            ),
            output_members=(
                MemberSpec("key_list", "key_list", location="payload", kind="structure"),
                MemberSpec("x_request_id", "X-Request-Id", location="header"),
                MemberSpec(
                    "x_rate_limit_limit", "X-RateLimit-Limit", location="header", kind="bigInteger"
                ),
                MemberSpec(
                    "x_rate_limit_remaining",
                    "X-RateLimit-Remaining",
                    location="header",
                    kind="bigInteger",
                ),
                MemberSpec(
                    "x_rate_limit_reset", "X-RateLimit-Reset", location="header", kind="bigInteger"
                ),
            ),
            method="GET",
            uri="/byok/v1/keys",
            code=200,
            errors=("Failure",),
            readonly=True,
            paginator=PaginatorSpec(
                input_token="page_token",
                output_token="key_list.metadata.next_",
                page_size="page_size",
                items="key_list.data",
            ),
            auth=(
                "httpBasic",
                "httpBearer",
            ),
            responses=(
                ResponseSpec(
                    200,
                    headers=(
                        MemberSpec("x_request_id", "X-Request-Id", location="header"),
                        MemberSpec(
                            "x_rate_limit_limit",
                            "X-RateLimit-Limit",
                            location="header",
                            kind="bigInteger",
                        ),
                        MemberSpec(
                            "x_rate_limit_remaining",
                            "X-RateLimit-Remaining",
                            location="header",
                            kind="bigInteger",
                        ),
                        MemberSpec(
                            "x_rate_limit_reset",
                            "X-RateLimit-Reset",
                            location="header",
                            kind="bigInteger",
                        ),
                    ),
                ),
                ResponseSpec(
                    400,
                    error="Failure",
                    headers=(MemberSpec("x_request_id", "X-Request-Id", location="header"),),
                ),
                ResponseSpec(
                    401,
                    error="Failure",
                    headers=(
                        MemberSpec("x_request_id", "X-Request-Id", location="header"),
                        MemberSpec("www_authenticate", "WWW-Authenticate", location="header"),
                    ),
                ),
                ResponseSpec(
                    403,
                    error="Failure",
                    headers=(MemberSpec("x_request_id", "X-Request-Id", location="header"),),
                ),
                ResponseSpec(
                    429,
                    headers=(
                        MemberSpec("x_request_id", "X-Request-Id", location="header"),
                        MemberSpec(
                            "x_rate_limit_limit",
                            "X-RateLimit-Limit",
                            location="header",
                            kind="bigInteger",
                        ),
                        MemberSpec(
                            "x_rate_limit_remaining",
                            "X-RateLimit-Remaining",
                            location="header",
                            kind="bigInteger",
                        ),
                        MemberSpec(
                            "x_rate_limit_reset",
                            "X-RateLimit-Reset",
                            location="header",
                            kind="bigInteger",
                        ),
                        MemberSpec(
                            "retry_after", "Retry-After", location="header", kind="bigInteger"
                        ),
                    ),
                ),
                ResponseSpec(
                    500,
                    error="Failure",
                    headers=(MemberSpec("x_request_id", "X-Request-Id", location="header"),),
                ),
            ),
        ),
        "UpdateByokV1Key": OperationSpec(
            name="UpdateByokV1Key",
            input=shapes.UpdateByokV1KeyRequest,
            output=shapes.UpdateByokV1KeyResponse,
            input_members=(
                MemberSpec("id_", "id", location="label", required=True),
                MemberSpec("key_update", "key_update", location="payload", kind="structure"),
            ),
            output_members=(
                MemberSpec("key", "key", location="payload", kind="structure"),
                MemberSpec("x_request_id", "X-Request-Id", location="header"),
                MemberSpec(
                    "x_rate_limit_limit", "X-RateLimit-Limit", location="header", kind="bigInteger"
                ),
                MemberSpec(
                    "x_rate_limit_remaining",
                    "X-RateLimit-Remaining",
                    location="header",
                    kind="bigInteger",
                ),
                MemberSpec(
                    "x_rate_limit_reset", "X-RateLimit-Reset", location="header", kind="bigInteger"
                ),
            ),
            method="PATCH",
            uri="/byok/v1/keys/{id}",
            code=200,
            errors=("Failure",),
            auth=(
                "httpBasic",
                "httpBearer",
            ),
            responses=(
                ResponseSpec(
                    200,
                    headers=(
                        MemberSpec("x_request_id", "X-Request-Id", location="header"),
                        MemberSpec(
                            "x_rate_limit_limit",
                            "X-RateLimit-Limit",
                            location="header",
                            kind="bigInteger",
                        ),
                        MemberSpec(
                            "x_rate_limit_remaining",
                            "X-RateLimit-Remaining",
                            location="header",
                            kind="bigInteger",
                        ),
                        MemberSpec(
                            "x_rate_limit_reset",
                            "X-RateLimit-Reset",
                            location="header",
                            kind="bigInteger",
                        ),
                    ),
                ),
                ResponseSpec(
                    400,
                    error="Failure",
                    headers=(MemberSpec("x_request_id", "X-Request-Id", location="header"),),
                ),
                ResponseSpec(
                    401,
                    error="Failure",
                    headers=(
                        MemberSpec("x_request_id", "X-Request-Id", location="header"),
                        MemberSpec("www_authenticate", "WWW-Authenticate", location="header"),
                    ),
                ),
                ResponseSpec(
                    402,
                    error="Failure",
                    headers=(MemberSpec("x_request_id", "X-Request-Id", location="header"),),
                ),
                ResponseSpec(
                    403,
                    error="Failure",
                    headers=(MemberSpec("x_request_id", "X-Request-Id", location="header"),),
                ),
                ResponseSpec(
                    404,
                    error="Failure",
                    headers=(MemberSpec("x_request_id", "X-Request-Id", location="header"),),
                ),
                ResponseSpec(
                    409,
                    error="Failure",
                    headers=(
                        MemberSpec("x_request_id", "X-Request-Id", location="header"),
                        MemberSpec("location", "Location", location="header"),
                    ),
                ),
                ResponseSpec(
                    422,
                    error="Failure",
                    headers=(MemberSpec("x_request_id", "X-Request-Id", location="header"),),
                ),
                ResponseSpec(
                    429,
                    headers=(
                        MemberSpec("x_request_id", "X-Request-Id", location="header"),
                        MemberSpec(
                            "x_rate_limit_limit",
                            "X-RateLimit-Limit",
                            location="header",
                            kind="bigInteger",
                        ),
                        MemberSpec(
                            "x_rate_limit_remaining",
                            "X-RateLimit-Remaining",
                            location="header",
                            kind="bigInteger",
                        ),
                        MemberSpec(
                            "x_rate_limit_reset",
                            "X-RateLimit-Reset",
                            location="header",
                            kind="bigInteger",
                        ),
                        MemberSpec(
                            "retry_after", "Retry-After", location="header", kind="bigInteger"
                        ),
                    ),
                ),
                ResponseSpec(
                    500,
                    error="Failure",
                    headers=(MemberSpec("x_request_id", "X-Request-Id", location="header"),),
                ),
            ),
        ),
    },
    errors={
        "Failure": ErrorSpec(
            code="Failure",
            shape=shapes.Failure,
            exception=errors.Failure,
            fault="client",
            members=(MemberSpec("errors", "errors", kind="list", required=True),),
        ),
    },
    waiters={},
)
