"""Shapes of Key Management API for BYOK (version 0.0.1)."""

from __future__ import annotations

from typing import Annotated, ClassVar

from annotated_types import Interval, Len
from pydantic import AliasChoices, Field, Tag

from .._runtime.core.model import (
    ApigenModel,
    ApigenNarrowed,
    Discriminated,
    OpenEnum,
    UnknownVariant,
)
from .._runtime.core.scalars import DateTime, Int32, UniqueItems

__all__ = [
    "ByokV1AwsKey",
    "ByokV1AwsKeyKind",
    "ByokV1AzureKey",
    "ByokV1AzureKeyKind",
    "ByokV1GcpKey",
    "ByokV1GcpKeyKind",
    "ByokV1Key",
    "ByokV1KeyApiVersion",
    "ByokV1KeyKind",
    "ByokV1KeyList",
    "ByokV1KeyListApiVersion",
    "ByokV1KeyListDataItem",
    "ByokV1KeyListKind",
    "ByokV1KeyProvider",
    "ByokV1KeyState",
    "ByokV1KeyUpdate",
    "ByokV1KeyUpdateApiVersion",
    "ByokV1KeyUpdateKind",
    "ByokV1KeyUpdateProvider",
    "ByokV1KeyUpdateState",
    "ByokV1KeyValidation",
    "ByokV1KeyValidationPhase",
    "CreateByokV1KeyRequest",
    "CreateByokV1KeyRequestBody",
    "CreateByokV1KeyResponse",
    "CreateByokV1KeyResponseBody",
    "DeleteByokV1KeyRequest",
    "DeleteByokV1KeyResponse",
    "Error",
    "ErrorSource",
    "Failure",
    "GetByokV1KeyRequest",
    "GetByokV1KeyResponse",
    "GetByokV1KeyResponseBody",
    "ListByokV1KeysRequest",
    "ListByokV1KeysResponse",
    "ListMeta",
    "ObjectMeta",
    "UnknownVariant",
    "UpdateByokV1KeyRequest",
    "UpdateByokV1KeyResponse",
    "UpdateByokV1KeyResponseBody",
]


class ByokV1AwsKeyKind(OpenEnum):
    """BYOK kind type."""

    AWS_KEY = "AwsKey"


class ByokV1AzureKeyKind(OpenEnum):
    """BYOK kind type."""

    AZURE_KEY = "AzureKey"


class ByokV1GcpKeyKind(OpenEnum):
    """BYOK kind type."""

    GCP_KEY = "GcpKey"


class ByokV1KeyApiVersion(OpenEnum):
    """APIVersion defines the schema version of this representation of a resource."""

    BYOK_V1 = "byok/v1"


class ByokV1KeyKind(OpenEnum):
    """Kind defines the object this REST resource represents."""

    KEY = "Key"


class ByokV1KeyListApiVersion(OpenEnum):
    """APIVersion defines the schema version of this representation of a resource."""

    BYOK_V1 = "byok/v1"


class ByokV1KeyListKind(OpenEnum):
    """Kind defines the object this REST resource represents."""

    KEY_LIST = "KeyList"


class ByokV1KeyProvider(OpenEnum):
    """The cloud provider of the Key."""

    AWS = "AWS"
    AZURE = "Azure"
    GCP = "GCP"


class ByokV1KeyState(OpenEnum):
    """
    The state of the key:

    AVAILABLE: key can be used for a Kafka cluster provisioning.

    IN_USE: key is already in use by a Kafka cluster provisioning.
    """

    AVAILABLE = "AVAILABLE"
    IN_USE = "IN_USE"


class ByokV1KeyUpdateApiVersion(OpenEnum):
    """APIVersion defines the schema version of this representation of a resource."""

    BYOK_V1 = "byok/v1"


class ByokV1KeyUpdateKind(OpenEnum):
    """Kind defines the object this REST resource represents."""

    KEY = "Key"


class ByokV1KeyUpdateProvider(OpenEnum):
    """The cloud provider of the Key."""

    AWS = "AWS"
    AZURE = "Azure"
    GCP = "GCP"


class ByokV1KeyUpdateState(OpenEnum):
    """
    The state of the key:

    AVAILABLE: key can be used for a Kafka cluster provisioning.

    IN_USE: key is already in use by a Kafka cluster provisioning.
    """

    AVAILABLE = "AVAILABLE"
    IN_USE = "IN_USE"


class ByokV1KeyValidationPhase(OpenEnum):
    """
    The validation phase of the key:

    INITIALIZING: Initial phase for new keys awaiting first successful validation.

    VALID: Last validation attempt succeeded.

    INVALID: Last validation attempt failed.
    """

    INITIALIZING = "INITIALIZING"
    VALID = "VALID"
    INVALID = "INVALID"


class ByokV1AwsKey(ApigenModel):
    """The AWS BYOK details"""

    __apigen_read_only__: ClassVar[frozenset[str]] = frozenset(["roles"])

    __apigen_not_null__: ClassVar[frozenset[str]] = frozenset(["roles"])

    key_arn: str = Field()
    """The Amazon Resource Name (ARN) of an AWS KMS key."""

    roles: list[str] | None = Field(default=None)
    """
    The Amazon Resource Names (ARNs) of IAM Roles created for this key-environment
    combination.
    """

    kind: ByokV1AwsKeyKind = Field()
    """BYOK kind type."""


class ByokV1AzureKey(ApigenModel):
    """The Azure BYOK details."""

    __apigen_read_only__: ClassVar[frozenset[str]] = frozenset(["application_id"])

    __apigen_not_null__: ClassVar[frozenset[str]] = frozenset(["application_id"])

    application_id: str | None = Field(default=None)
    """The Application ID created for this key-environment combination."""

    key_id: str = Field()
    """
    The unique Key Object Identifier URL without version of an Azure Key Vault key.
    """

    key_vault_id: str = Field()
    """Key Vault ID containing the key"""

    kind: ByokV1AzureKeyKind = Field()
    """BYOK kind type."""

    tenant_id: str = Field()
    """Tenant ID (uuid) hosting the Key Vault containing the key"""


class ByokV1GcpKey(ApigenModel):
    """The GCP BYOK details"""

    __apigen_read_only__: ClassVar[frozenset[str]] = frozenset(["security_group"])

    __apigen_not_null__: ClassVar[frozenset[str]] = frozenset(["security_group"])

    key_id: str = Field()
    """The Google Cloud Platform key ID."""

    security_group: str | None = Field(default=None)
    """The Google security group created for this key."""

    kind: ByokV1GcpKeyKind = Field()
    """BYOK kind type."""


class ByokV1KeyValidation(ApigenModel):
    """The validation details of the key."""

    __apigen_read_only__: ClassVar[frozenset[str]] = frozenset(["region"])

    __apigen_not_null__: ClassVar[frozenset[str]] = frozenset(["message", "region"])

    phase: ByokV1KeyValidationPhase = Field()
    """
    The validation phase of the key:

    INITIALIZING: Initial phase for new keys awaiting first successful validation.

    VALID: Last validation attempt succeeded.

    INVALID: Last validation attempt failed.
    """

    message: str | None = Field(default=None)
    """A message describing validation events."""

    since: DateTime = Field()
    """
    The timestamp since which the key is in the current validation phase. Changes to the
    validation message or phase will update this timestamp.
    """

    region: str | None = Field(default=None)
    """
    The cloud region where the key is deployed. This value is computed by the API after
    the key is successfully validated.
    """


class ObjectMeta(ApigenModel):
    """
    ObjectMeta is metadata that all persisted resources must have, which includes all
    objects users must create.
    """

    __apigen_read_only__: ClassVar[frozenset[str]] = frozenset(
        ["created_at", "deleted_at", "resource_name", "self", "updated_at"]
    )

    __apigen_not_null__: ClassVar[frozenset[str]] = frozenset(
        ["created_at", "deleted_at", "resource_name", "self", "updated_at"]
    )

    self: str | None = Field(default=None)
    """
    Self is a Uniform Resource Locator (URL) at which an object can be addressed. This
    URL encodes the service location, API version, and other particulars necessary to
    locate the resource at a point in time
    """

    resource_name: str | None = Field(default=None)
    """
    Resource Name is a Uniform Resource Identifier (URI) that is globally unique across
    space and time. It is represented as a Confluent Resource Name
    """

    created_at: DateTime | None = Field(default=None)
    """
    The date and time at which this object was created. It is represented in RFC3339
    format and is in UTC.
    """

    updated_at: DateTime | None = Field(default=None)
    """
    The date and time at which this object was last updated. It is represented in
    RFC3339 format and is in UTC.
    """

    deleted_at: DateTime | None = Field(default=None)
    """
    The date and time at which this object was (or will be) deleted. It is represented
    in RFC3339 format and is in UTC.
    """


class ByokV1Key(ApigenModel):
    """
    Key objects represent customer managed keys on dedicated Confluent Cloud clusters.

    Keys are used to protect data at rest stored in your dedicated Confluent Cloud
    clusters on AWS, Azure, and GCP. This API allows you to upload and retrieve
    self-managed keys on Confluent Cloud.

    Related guide: Confluent Cloud Bring Your Own Key (BYOK) Management API
    (https://docs.confluent.io/cloud/current/clusters/byok/index.html).

    Quotas and Limits

    This resource is subject to the following quotas
    (https://docs.confluent.io/cloud/current/quotas/overview.html):

    Quota                  Description
    ---------------------  ----------------------------------------------
    byok.max_keys.per_org  BYOK keys in one Confluent Cloud organisation.
    """

    __apigen_read_only__: ClassVar[frozenset[str]] = frozenset(
        ["api_version", "id", "id_", "kind", "metadata", "provider", "state", "validation"]
    )

    __apigen_not_null__: ClassVar[frozenset[str]] = frozenset(
        [
            "api_version",
            "display_name",
            "id_",
            "key",
            "kind",
            "metadata",
            "provider",
            "state",
            "validation",
        ]
    )

    api_version: ByokV1KeyApiVersion | None = Field(default=None)
    """APIVersion defines the schema version of this representation of a resource."""

    kind: ByokV1KeyKind | None = Field(default=None)
    """Kind defines the object this REST resource represents."""

    id_: Annotated[str, Len(0, 255)] | None = Field(
        default=None, validation_alias=AliasChoices("id", "id_"), serialization_alias="id"
    )
    """
    ID is the "natural identifier" for an object within its scope/namespace; it is
    normally unique across time but not space. That is, you can assume that the ID will
    not be reclaimed and reused after an object is deleted ("time"); however, it may
    collide with IDs for other object kinds or objects of the same kind within a
    different scope/namespace ("space").
    """

    metadata: ObjectMeta | None = Field(default=None)

    key: (
        Annotated[
            Annotated[ByokV1AwsKey, Tag("AwsKey")]
            | Annotated[ByokV1AzureKey, Tag("AzureKey")]
            | Annotated[ByokV1GcpKey, Tag("GcpKey")]
            | UnknownVariant,
            Discriminated("kind"),
        ]
        | None
    ) = Field(default=None)
    """
    The cloud-specific key details.

    For AWS, provide the corresponding key_arn.

    For Azure, provide the corresponding key_id.

    For GCP, provide the corresponding key_id.
    """

    display_name: str | None = Field(default=None)
    """The human-readable name of the key object."""

    provider: ByokV1KeyProvider | None = Field(default=None)
    """The cloud provider of the Key."""

    state: ByokV1KeyState | None = Field(default=None)
    """
    The state of the key:

    AVAILABLE: key can be used for a Kafka cluster provisioning.

    IN_USE: key is already in use by a Kafka cluster provisioning.
    """

    validation: ByokV1KeyValidation | None = Field(default=None)
    """The validation details of the key."""


class ByokV1KeyListDataItem(ByokV1Key, ApigenNarrowed):
    """A ByokV1Key with id, metadata, key, provider, state and validation required."""

    id_: Annotated[str, Len(0, 255)] = Field(
        validation_alias=AliasChoices("id", "id_"), serialization_alias="id"
    )
    """
    ID is the "natural identifier" for an object within its scope/namespace; it is
    normally unique across time but not space. That is, you can assume that the ID will
    not be reclaimed and reused after an object is deleted ("time"); however, it may
    collide with IDs for other object kinds or objects of the same kind within a
    different scope/namespace ("space").
    """

    metadata: ObjectMeta = Field()

    key: Annotated[
        Annotated[ByokV1AwsKey, Tag("AwsKey")]
        | Annotated[ByokV1AzureKey, Tag("AzureKey")]
        | Annotated[ByokV1GcpKey, Tag("GcpKey")]
        | UnknownVariant,
        Discriminated("kind"),
    ] = Field()
    """
    The cloud-specific key details.

    For AWS, provide the corresponding key_arn.

    For Azure, provide the corresponding key_id.

    For GCP, provide the corresponding key_id.
    """

    provider: ByokV1KeyProvider = Field()
    """The cloud provider of the Key."""

    state: ByokV1KeyState = Field()
    """
    The state of the key:

    AVAILABLE: key can be used for a Kafka cluster provisioning.

    IN_USE: key is already in use by a Kafka cluster provisioning.
    """

    validation: ByokV1KeyValidation = Field()
    """The validation details of the key."""


class ListMeta(ApigenModel):
    """ListMeta describes metadata that resource collections may have"""

    __apigen_nullable__: ClassVar[frozenset[str]] = frozenset(
        ["first", "last", "next", "next_", "prev"]
    )

    __apigen_not_null__: ClassVar[frozenset[str]] = frozenset(["total_size"])

    first: str | None = Field(default=None)
    """
    A link to the first page of results. If a response does not contain a first link,
    then direct navigation to the first page is not supported.
    """

    last: str | None = Field(default=None)
    """
    A link to the last page of results. If a response does not contain a last link, then
    direct navigation to the last page is not supported.
    """

    prev: str | None = Field(default=None)
    """
    A link to the previous page of results. If a response does not contain a prev link,
    then either there is no previous data or backwards traversal through the result set
    is not supported.
    """

    next_: str | None = Field(
        default=None, validation_alias=AliasChoices("next", "next_"), serialization_alias="next"
    )
    """
    A link to the next page of results. If a response does not contain a next link, then
    there is no more data available.
    """

    total_size: Annotated[Int32, Interval(ge=0)] | None = Field(default=None)
    """
    Number of records in the full result set. This response may be paginated and have a
    smaller number of records.
    """


class ByokV1KeyList(ApigenModel):
    """
    Key objects represent customer managed keys on dedicated Confluent Cloud clusters.

    Keys are used to protect data at rest stored in your dedicated Confluent Cloud
    clusters on AWS, Azure, and GCP. This API allows you to upload and retrieve
    self-managed keys on Confluent Cloud.

    Related guide: Confluent Cloud Bring Your Own Key (BYOK) Management API
    (https://docs.confluent.io/cloud/current/clusters/byok/index.html).

    Quotas and Limits

    This resource is subject to the following quotas
    (https://docs.confluent.io/cloud/current/quotas/overview.html):

    Quota                  Description
    ---------------------  ----------------------------------------------
    byok.max_keys.per_org  BYOK keys in one Confluent Cloud organisation.
    """

    __apigen_read_only__: ClassVar[frozenset[str]] = frozenset(["api_version", "kind"])

    api_version: ByokV1KeyListApiVersion = Field()
    """APIVersion defines the schema version of this representation of a resource."""

    kind: ByokV1KeyListKind = Field()
    """Kind defines the object this REST resource represents."""

    metadata: ListMeta = Field()

    data: Annotated[list[ByokV1KeyListDataItem], UniqueItems] = Field()
    """
    A data property that contains an array of resource items. Each entry in the array is
    a separate resource.
    """


class ByokV1KeyUpdate(ApigenModel):
    """
    Key objects represent customer managed keys on dedicated Confluent Cloud clusters.

    Keys are used to protect data at rest stored in your dedicated Confluent Cloud
    clusters on AWS, Azure, and GCP. This API allows you to upload and retrieve
    self-managed keys on Confluent Cloud.

    Related guide: Confluent Cloud Bring Your Own Key (BYOK) Management API
    (https://docs.confluent.io/cloud/current/clusters/byok/index.html).

    Quotas and Limits

    This resource is subject to the following quotas
    (https://docs.confluent.io/cloud/current/quotas/overview.html):

    Quota                  Description
    ---------------------  ----------------------------------------------
    byok.max_keys.per_org  BYOK keys in one Confluent Cloud organisation.
    """

    __apigen_read_only__: ClassVar[frozenset[str]] = frozenset(
        ["api_version", "id", "id_", "kind", "metadata", "provider", "state", "validation"]
    )

    __apigen_not_null__: ClassVar[frozenset[str]] = frozenset(
        [
            "api_version",
            "display_name",
            "id_",
            "kind",
            "metadata",
            "provider",
            "state",
            "validation",
        ]
    )

    api_version: ByokV1KeyUpdateApiVersion | None = Field(default=None)
    """APIVersion defines the schema version of this representation of a resource."""

    kind: ByokV1KeyUpdateKind | None = Field(default=None)
    """Kind defines the object this REST resource represents."""

    id_: Annotated[str, Len(0, 255)] | None = Field(
        default=None, validation_alias=AliasChoices("id", "id_"), serialization_alias="id"
    )
    """
    ID is the "natural identifier" for an object within its scope/namespace; it is
    normally unique across time but not space. That is, you can assume that the ID will
    not be reclaimed and reused after an object is deleted ("time"); however, it may
    collide with IDs for other object kinds or objects of the same kind within a
    different scope/namespace ("space").
    """

    metadata: ObjectMeta | None = Field(default=None)

    display_name: str | None = Field(default=None)
    """The human-readable name of the key object."""

    provider: ByokV1KeyUpdateProvider | None = Field(default=None)
    """The cloud provider of the Key."""

    state: ByokV1KeyUpdateState | None = Field(default=None)
    """
    The state of the key:

    AVAILABLE: key can be used for a Kafka cluster provisioning.

    IN_USE: key is already in use by a Kafka cluster provisioning.
    """

    validation: ByokV1KeyValidation | None = Field(default=None)
    """The validation details of the key."""


class CreateByokV1KeyRequestBody(ByokV1Key, ApigenNarrowed):
    """A ByokV1Key with key required."""

    key: Annotated[
        Annotated[ByokV1AwsKey, Tag("AwsKey")]
        | Annotated[ByokV1AzureKey, Tag("AzureKey")]
        | Annotated[ByokV1GcpKey, Tag("GcpKey")]
        | UnknownVariant,
        Discriminated("kind"),
    ] = Field()
    """
    The cloud-specific key details.

    For AWS, provide the corresponding key_arn.

    For Azure, provide the corresponding key_id.

    For GCP, provide the corresponding key_id.
    """


class CreateByokV1KeyRequest(ApigenModel):
    """The CreateByokV1KeyRequest structure."""

    __apigen_not_null__: ClassVar[frozenset[str]] = frozenset(["key"])

    key: CreateByokV1KeyRequestBody | None = Field(default=None)


class CreateByokV1KeyResponseBody(ByokV1Key, ApigenNarrowed):
    """A ByokV1Key with key required."""

    key: Annotated[
        Annotated[ByokV1AwsKey, Tag("AwsKey")]
        | Annotated[ByokV1AzureKey, Tag("AzureKey")]
        | Annotated[ByokV1GcpKey, Tag("GcpKey")]
        | UnknownVariant,
        Discriminated("kind"),
    ] = Field()
    """
    The cloud-specific key details.

    For AWS, provide the corresponding key_arn.

    For Azure, provide the corresponding key_id.

    For GCP, provide the corresponding key_id.
    """


class CreateByokV1KeyResponse(ApigenModel):
    """The CreateByokV1KeyResponse structure."""

    __apigen_not_null__: ClassVar[frozenset[str]] = frozenset(
        [
            "key",
            "location",
            "x_rate_limit_limit",
            "x_rate_limit_remaining",
            "x_rate_limit_reset",
            "x_request_id",
        ]
    )

    key: CreateByokV1KeyResponseBody | None = Field(default=None)
    """A Key was created."""

    x_request_id: str | None = Field(default=None)
    """The unique identifier for the API request."""

    x_rate_limit_limit: int | None = Field(default=None)
    """The maximum number of requests you're permitted to make per time period."""

    x_rate_limit_remaining: int | None = Field(default=None)
    """The number of requests remaining in the current rate limit window."""

    x_rate_limit_reset: int | None = Field(default=None)
    """
    The relative time in seconds until the current rate-limit window resets.

    Important: This differs from Github and Twitter's same-named header which uses UTC
    epoch seconds. We use relative time to avoid client/server time synchronization
    issues.
    """

    location: str | None = Field(default=None)
    """Key resource uri"""


class DeleteByokV1KeyRequest(ApigenModel):
    """The DeleteByokV1KeyRequest structure."""

    id_: str = Field(validation_alias=AliasChoices("id", "id_"), serialization_alias="id")
    """The unique identifier for the key."""


class DeleteByokV1KeyResponse(ApigenModel):
    """The DeleteByokV1KeyResponse structure."""

    __apigen_not_null__: ClassVar[frozenset[str]] = frozenset(
        ["x_rate_limit_limit", "x_rate_limit_remaining", "x_rate_limit_reset", "x_request_id"]
    )

    x_request_id: str | None = Field(default=None)
    """The unique identifier for the API request."""

    x_rate_limit_limit: int | None = Field(default=None)
    """The maximum number of requests you're permitted to make per time period."""

    x_rate_limit_remaining: int | None = Field(default=None)
    """The number of requests remaining in the current rate limit window."""

    x_rate_limit_reset: int | None = Field(default=None)
    """
    The relative time in seconds until the current rate-limit window resets.

    Important: This differs from Github and Twitter's same-named header which uses UTC
    epoch seconds. We use relative time to avoid client/server time synchronization
    issues.
    """


class ErrorSource(ApigenModel):
    """
    If this error was caused by a particular part of the API request, the source will
    point to the query string parameter or request body property that caused it.
    """

    __apigen_not_null__: ClassVar[frozenset[str]] = frozenset(["parameter", "pointer"])

    pointer: str | None = Field(default=None)
    """
    A JSON Pointer [RFC6901] to the associated entity in the request document [e.g.
    "/spec" for a spec object, or "/spec/title" for a specific field].
    """

    parameter: str | None = Field(default=None)
    """A string indicating which query parameter caused the error."""


class Error(ApigenModel):
    """Describes a particular error encountered while performing an operation."""

    __apigen_nullable__: ClassVar[frozenset[str]] = frozenset(["message"])

    __apigen_not_null__: ClassVar[frozenset[str]] = frozenset(
        ["code", "detail", "error_code", "id_", "source", "status", "title"]
    )

    id_: Annotated[str, Len(0, 255)] | None = Field(
        default=None, validation_alias=AliasChoices("id", "id_"), serialization_alias="id"
    )
    """A unique identifier for this particular occurrence of the problem."""

    status: str | None = Field(default=None)
    """The HTTP status code applicable to this problem, expressed as a string value."""

    code: str | None = Field(default=None)
    """An application-specific error code, expressed as a string value."""

    title: str | None = Field(default=None)
    """
    A short, human-readable summary of the problem. It SHOULD NOT change from occurrence
    to occurrence of the problem, except for purposes of localization.
    """

    detail: str | None = Field(default=None)
    """A human-readable explanation specific to this occurrence of the problem."""

    source: ErrorSource | None = Field(default=None)

    error_code: Int32 | None = Field(default=None)

    message: str | None = Field(default=None)


class Failure(ApigenModel):
    """Provides information about problems encountered while performing an operation."""

    errors: Annotated[list[Error], UniqueItems] = Field()
    """List of errors which caused this operation to fail"""


class GetByokV1KeyRequest(ApigenModel):
    """The GetByokV1KeyRequest structure."""

    id_: str = Field(validation_alias=AliasChoices("id", "id_"), serialization_alias="id")
    """The unique identifier for the key."""


class GetByokV1KeyResponseBody(ByokV1Key, ApigenNarrowed):
    """
    A ByokV1Key with api_version, kind, id, key, provider, state and validation
    required.
    """

    api_version: ByokV1KeyApiVersion = Field()
    """APIVersion defines the schema version of this representation of a resource."""

    kind: ByokV1KeyKind = Field()
    """Kind defines the object this REST resource represents."""

    id_: Annotated[str, Len(0, 255)] = Field(
        validation_alias=AliasChoices("id", "id_"), serialization_alias="id"
    )
    """
    ID is the "natural identifier" for an object within its scope/namespace; it is
    normally unique across time but not space. That is, you can assume that the ID will
    not be reclaimed and reused after an object is deleted ("time"); however, it may
    collide with IDs for other object kinds or objects of the same kind within a
    different scope/namespace ("space").
    """

    key: Annotated[
        Annotated[ByokV1AwsKey, Tag("AwsKey")]
        | Annotated[ByokV1AzureKey, Tag("AzureKey")]
        | Annotated[ByokV1GcpKey, Tag("GcpKey")]
        | UnknownVariant,
        Discriminated("kind"),
    ] = Field()
    """
    The cloud-specific key details.

    For AWS, provide the corresponding key_arn.

    For Azure, provide the corresponding key_id.

    For GCP, provide the corresponding key_id.
    """

    provider: ByokV1KeyProvider = Field()
    """The cloud provider of the Key."""

    state: ByokV1KeyState = Field()
    """
    The state of the key:

    AVAILABLE: key can be used for a Kafka cluster provisioning.

    IN_USE: key is already in use by a Kafka cluster provisioning.
    """

    validation: ByokV1KeyValidation = Field()
    """The validation details of the key."""


class GetByokV1KeyResponse(ApigenModel):
    """The GetByokV1KeyResponse structure."""

    __apigen_not_null__: ClassVar[frozenset[str]] = frozenset(
        [
            "key",
            "x_rate_limit_limit",
            "x_rate_limit_remaining",
            "x_rate_limit_reset",
            "x_request_id",
        ]
    )

    key: GetByokV1KeyResponseBody | None = Field(default=None)
    """Key."""

    x_request_id: str | None = Field(default=None)
    """The unique identifier for the API request."""

    x_rate_limit_limit: int | None = Field(default=None)
    """The maximum number of requests you're permitted to make per time period."""

    x_rate_limit_remaining: int | None = Field(default=None)
    """The number of requests remaining in the current rate limit window."""

    x_rate_limit_reset: int | None = Field(default=None)
    """
    The relative time in seconds until the current rate-limit window resets.

    Important: This differs from Github and Twitter's same-named header which uses UTC
    epoch seconds. We use relative time to avoid client/server time synchronization
    issues.
    """


class ListByokV1KeysRequest(ApigenModel):
    """The ListByokV1KeysRequest structure."""

    __apigen_not_null__: ClassVar[frozenset[str]] = frozenset(
        [
            "display_name",
            "key",
            "page_size",
            "page_token",
            "provider",
            "state",
            "validation_phase",
            "validation_region",
        ]
    )

    display_name: str | None = Field(default=None)
    """Filter the results by a partial search of display_name."""

    provider: str | None = Field(default=None)
    """Filter the results by exact match for provider."""

    state: str | None = Field(default=None)
    """Filter the results by exact match for state."""

    validation_phase: str | None = Field(default=None)
    """Filter the results by exact match for validation_phase."""

    validation_region: str | None = Field(default=None)
    """Filter keys by the cloud region where they are deployed."""

    key: str | None = Field(default=None)
    """
    Filters results by a partial match on the key identifier: key_arn for AWS, key_id
    for Azure and GCP.
    """

    page_size: Annotated[int, Interval(le=100)] = Field(default=10)
    """A pagination size for collection requests."""

    page_token: Annotated[str, Len(0, 255)] | None = Field(default=None)
    """An opaque pagination token for collection requests."""


class ListByokV1KeysResponse(ApigenModel):
    """The ListByokV1KeysResponse structure."""

    __apigen_not_null__: ClassVar[frozenset[str]] = frozenset(
        [
            "key_list",
            "x_rate_limit_limit",
            "x_rate_limit_remaining",
            "x_rate_limit_reset",
            "x_request_id",
        ]
    )

    key_list: ByokV1KeyList | None = Field(default=None)
    """Key."""

    x_request_id: str | None = Field(default=None)
    """The unique identifier for the API request."""

    x_rate_limit_limit: int | None = Field(default=None)
    """The maximum number of requests you're permitted to make per time period."""

    x_rate_limit_remaining: int | None = Field(default=None)
    """The number of requests remaining in the current rate limit window."""

    x_rate_limit_reset: int | None = Field(default=None)
    """
    The relative time in seconds until the current rate-limit window resets.

    Important: This differs from Github and Twitter's same-named header which uses UTC
    epoch seconds. We use relative time to avoid client/server time synchronization
    issues.
    """


class UpdateByokV1KeyRequest(ApigenModel):
    """The UpdateByokV1KeyRequest structure."""

    __apigen_not_null__: ClassVar[frozenset[str]] = frozenset(["key_update"])

    id_: str = Field(validation_alias=AliasChoices("id", "id_"), serialization_alias="id")
    """The unique identifier for the key."""

    key_update: ByokV1KeyUpdate | None = Field(default=None)


class UpdateByokV1KeyResponseBody(ByokV1Key, ApigenNarrowed):
    """
    A ByokV1Key with api_version, kind, id, key, provider, state and validation
    required.
    """

    api_version: ByokV1KeyApiVersion = Field()
    """APIVersion defines the schema version of this representation of a resource."""

    kind: ByokV1KeyKind = Field()
    """Kind defines the object this REST resource represents."""

    id_: Annotated[str, Len(0, 255)] = Field(
        validation_alias=AliasChoices("id", "id_"), serialization_alias="id"
    )
    """
    ID is the "natural identifier" for an object within its scope/namespace; it is
    normally unique across time but not space. That is, you can assume that the ID will
    not be reclaimed and reused after an object is deleted ("time"); however, it may
    collide with IDs for other object kinds or objects of the same kind within a
    different scope/namespace ("space").
    """

    key: Annotated[
        Annotated[ByokV1AwsKey, Tag("AwsKey")]
        | Annotated[ByokV1AzureKey, Tag("AzureKey")]
        | Annotated[ByokV1GcpKey, Tag("GcpKey")]
        | UnknownVariant,
        Discriminated("kind"),
    ] = Field()
    """
    The cloud-specific key details.

    For AWS, provide the corresponding key_arn.

    For Azure, provide the corresponding key_id.

    For GCP, provide the corresponding key_id.
    """

    provider: ByokV1KeyProvider = Field()
    """The cloud provider of the Key."""

    state: ByokV1KeyState = Field()
    """
    The state of the key:

    AVAILABLE: key can be used for a Kafka cluster provisioning.

    IN_USE: key is already in use by a Kafka cluster provisioning.
    """

    validation: ByokV1KeyValidation = Field()
    """The validation details of the key."""


class UpdateByokV1KeyResponse(ApigenModel):
    """The UpdateByokV1KeyResponse structure."""

    __apigen_not_null__: ClassVar[frozenset[str]] = frozenset(
        [
            "key",
            "x_rate_limit_limit",
            "x_rate_limit_remaining",
            "x_rate_limit_reset",
            "x_request_id",
        ]
    )

    key: UpdateByokV1KeyResponseBody | None = Field(default=None)
    """Key."""

    x_request_id: str | None = Field(default=None)
    """The unique identifier for the API request."""

    x_rate_limit_limit: int | None = Field(default=None)
    """The maximum number of requests you're permitted to make per time period."""

    x_rate_limit_remaining: int | None = Field(default=None)
    """The number of requests remaining in the current rate limit window."""

    x_rate_limit_reset: int | None = Field(default=None)
    """
    The relative time in seconds until the current rate-limit window resets.

    Important: This differs from Github and Twitter's same-named header which uses UTC
    epoch seconds. We use relative time to avoid client/server time synchronization
    issues.
    """
