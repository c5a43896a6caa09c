"""The two AWS STS operations the credential chain calls: ``AssumeRole`` and
``AssumeRoleWithWebIdentity``, described here as a generated service would be, so the
awsQuery codec writes their requests and reads their answers.

The runtime must not import generated code, and the chain needs only these two operations
and only the members it sets and reads (the members as in botocore's ``sts`` model,
API version 2011-06-15). ``request`` gives the unsigned ``POST /`` form; ``credentials``
reads the temporary keys of a 2xx answer, or raises the ``ServiceError`` an error answer
carries (its code and message, which STS never fills with a secret). Secrets (the secret
key, the session token, the web identity token) stay out of every ``repr``.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from ..core.http import HttpRequest, HttpResponse
from ..core.model import ApigenModel
from ..core.scalars import DateTime, Int32
from ..core.schema import OperationSpec, ServiceSpec
from ..core.xml_names import XmlNode, XmlStructure
from .aws_query import AwsQueryCodec

__all__ = ["ASSUME_ROLE", "ASSUME_ROLE_WITH_WEB_IDENTITY", "RoleCredentials", "credentials"]

ASSUME_ROLE = "AssumeRole"
ASSUME_ROLE_WITH_WEB_IDENTITY = "AssumeRoleWithWebIdentity"


class AssumeRoleRequest(ApigenModel):
    role_arn: str = Field(alias="RoleArn")
    role_session_name: str = Field(alias="RoleSessionName")
    duration_seconds: Int32 | None = Field(default=None, alias="DurationSeconds")
    external_id: str | None = Field(default=None, alias="ExternalId")
    serial_number: str | None = Field(default=None, alias="SerialNumber")
    token_code: str | None = Field(default=None, alias="TokenCode", repr=False)


class AssumeRoleWithWebIdentityRequest(ApigenModel):
    role_arn: str = Field(alias="RoleArn")
    role_session_name: str = Field(alias="RoleSessionName")
    web_identity_token: str = Field(alias="WebIdentityToken", repr=False)
    duration_seconds: Int32 | None = Field(default=None, alias="DurationSeconds")


class RoleCredentials(ApigenModel):
    """STS's ``Credentials``: temporary keys and when they expire."""

    access_key_id: str = Field(alias="AccessKeyId")
    secret_access_key: str = Field(alias="SecretAccessKey", repr=False)
    session_token: str = Field(alias="SessionToken", repr=False)
    expiration: DateTime = Field(alias="Expiration")


class AssumeRoleResponse(ApigenModel):
    credentials: RoleCredentials | None = Field(default=None, alias="Credentials")


class AssumeRoleWithWebIdentityResponse(AssumeRoleResponse):
    pass


_RESULT = (("Credentials", XmlNode(kind="structure", shape="RoleCredentials")),)
_INT = XmlNode(kind="integer")
_XML = {
    "AssumeRoleRequest": XmlStructure(
        "AssumeRoleRequest",
        members=(
            ("RoleArn", XmlNode()),
            ("RoleSessionName", XmlNode()),
            ("DurationSeconds", _INT),
            ("ExternalId", XmlNode()),
            ("SerialNumber", XmlNode()),
            ("TokenCode", XmlNode()),
        ),
    ),
    "AssumeRoleWithWebIdentityRequest": XmlStructure(
        "AssumeRoleWithWebIdentityRequest",
        members=(
            ("RoleArn", XmlNode()),
            ("RoleSessionName", XmlNode()),
            ("WebIdentityToken", XmlNode()),
            ("DurationSeconds", _INT),
        ),
    ),
    "RoleCredentials": XmlStructure(
        "Credentials",
        members=(
            ("AccessKeyId", XmlNode()),
            ("SecretAccessKey", XmlNode()),
            ("SessionToken", XmlNode()),
            ("Expiration", XmlNode(kind="timestamp")),
        ),
    ),
    "AssumeRoleResponse": XmlStructure("AssumeRoleResponse", members=_RESULT),
    "AssumeRoleWithWebIdentityResponse": XmlStructure(
        "AssumeRoleWithWebIdentityResponse", members=_RESULT
    ),
}

STS = ServiceSpec(
    name="STS",
    protocol="awsQuery",
    version="2011-06-15",
    signing_name="sts",
    endpoint_prefix="sts",
    xml_namespace="https://sts.amazonaws.com/doc/2011-06-15/",
    operations={
        ASSUME_ROLE: OperationSpec(ASSUME_ROLE, AssumeRoleRequest, AssumeRoleResponse),
        ASSUME_ROLE_WITH_WEB_IDENTITY: OperationSpec(
            ASSUME_ROLE_WITH_WEB_IDENTITY,
            AssumeRoleWithWebIdentityRequest,
            AssumeRoleWithWebIdentityResponse,
        ),
    },
    xml=_XML,
)
_CODEC = AwsQueryCodec(STS)


def request(operation: str, **params: Any) -> HttpRequest:
    """The unsigned request of ``operation`` (``ASSUME_ROLE``...) for its wire members
    (``RoleArn=...``); raises ``ParamValidationError`` for a value STS does not take."""
    spec = STS.operations[operation]
    return _CODEC.serialize_request(spec, spec.input.model_validate(params))


def credentials(operation: str, response: HttpResponse) -> RoleCredentials:
    """The keys of ``operation``'s answer; ``ServiceError`` for an error answer,
    ``ResponseParseError`` for an answer without keys."""
    from ..core.errors import ResponseParseError

    output = _CODEC.parse_response(STS.operations[operation], response)
    found = output.credentials if isinstance(output, AssumeRoleResponse) else None
    if found is None:
        raise ResponseParseError(f"{operation}: the answer holds no Credentials", [])
    return found
