"""Shapes of AWS Glue (version 2017-03-31)."""

from __future__ import annotations

from typing import Annotated

from annotated_types import Interval, Len
from pydantic import AliasChoices, Field

from .._runtime.core.model import ApigenModel, ApigenOneOf, OpenEnum
from .._runtime.core.scalars import EpochSeconds, Int32, Pattern

__all__ = [
    "AccessDeniedException",
    "AlreadyExistsException",
    "AuthenticationConfiguration",
    "AuthenticationConfigurationInput",
    "AuthenticationType",
    "AuthorizationCodeProperties",
    "BatchDeleteConnectionRequest",
    "BatchDeleteConnectionResponse",
    "ConflictException",
    "Connection",
    "ConnectionInput",
    "ConnectionPropertyKey",
    "ConnectionStatus",
    "ConnectionType",
    "CreateConnectionRequest",
    "CreateConnectionResponse",
    "DeleteConnectionRequest",
    "DeleteConnectionResponse",
    "EntityNotFoundException",
    "ErrorDetail",
    "FederationSourceException",
    "GetConnectionRequest",
    "GetConnectionResponse",
    "GetConnectionsFilter",
    "GetConnectionsRequest",
    "GetConnectionsResponse",
    "GlueEncryptionException",
    "InternalServiceException",
    "InvalidInputException",
    "OAuth2ClientApplication",
    "OAuth2GrantType",
    "OAuth2Properties",
    "OAuth2PropertiesInput",
    "OperationTimeoutException",
    "PhysicalConnectionRequirements",
    "ResourceNumberLimitExceededException",
    "TestConnectionInput",
    "TestConnectionRequest",
    "TestConnectionResponse",
    "UpdateConnectionRequest",
    "UpdateConnectionResponse",
]


class AuthenticationType(OpenEnum):
    """The AuthenticationType enum."""

    BASIC = "BASIC"
    OAUTH2 = "OAUTH2"
    CUSTOM = "CUSTOM"


class ConnectionPropertyKey(OpenEnum):
    """The ConnectionPropertyKey enum."""

    HOST = "HOST"
    PORT = "PORT"
    USER_NAME = "USERNAME"
    PASSWORD = "PASSWORD"
    ENCRYPTED_PASSWORD = "ENCRYPTED_PASSWORD"
    JDBC_DRIVER_JAR_URI = "JDBC_DRIVER_JAR_URI"
    JDBC_DRIVER_CLASS_NAME = "JDBC_DRIVER_CLASS_NAME"
    JDBC_ENGINE = "JDBC_ENGINE"
    JDBC_ENGINE_VERSION = "JDBC_ENGINE_VERSION"
    CONFIG_FILES = "CONFIG_FILES"
    INSTANCE_ID = "INSTANCE_ID"
    JDBC_CONNECTION_URL = "JDBC_CONNECTION_URL"
    JDBC_ENFORCE_SSL = "JDBC_ENFORCE_SSL"
    CUSTOM_JDBC_CERT = "CUSTOM_JDBC_CERT"
    SKIP_CUSTOM_JDBC_CERT_VALIDATION = "SKIP_CUSTOM_JDBC_CERT_VALIDATION"
    CUSTOM_JDBC_CERT_STRING = "CUSTOM_JDBC_CERT_STRING"
    CONNECTION_URL = "CONNECTION_URL"
    KAFKA_BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS"
    KAFKA_SSL_ENABLED = "KAFKA_SSL_ENABLED"
    KAFKA_CUSTOM_CERT = "KAFKA_CUSTOM_CERT"
    KAFKA_SKIP_CUSTOM_CERT_VALIDATION = "KAFKA_SKIP_CUSTOM_CERT_VALIDATION"
    KAFKA_CLIENT_KEYSTORE = "KAFKA_CLIENT_KEYSTORE"
    KAFKA_CLIENT_KEYSTORE_PASSWORD = "KAFKA_CLIENT_KEYSTORE_PASSWORD"
    KAFKA_CLIENT_KEY_PASSWORD = "KAFKA_CLIENT_KEY_PASSWORD"
    ENCRYPTED_KAFKA_CLIENT_KEYSTORE_PASSWORD = "ENCRYPTED_KAFKA_CLIENT_KEYSTORE_PASSWORD"
    ENCRYPTED_KAFKA_CLIENT_KEY_PASSWORD = "ENCRYPTED_KAFKA_CLIENT_KEY_PASSWORD"
    SECRET_ID = "SECRET_ID"
    CONNECTOR_URL = "CONNECTOR_URL"
    CONNECTOR_TYPE = "CONNECTOR_TYPE"
    CONNECTOR_CLASS_NAME = "CONNECTOR_CLASS_NAME"
    KAFKA_SASL_MECHANISM = "KAFKA_SASL_MECHANISM"
    KAFKA_SASL_PLAIN_USERNAME = "KAFKA_SASL_PLAIN_USERNAME"
    KAFKA_SASL_PLAIN_PASSWORD = "KAFKA_SASL_PLAIN_PASSWORD"
    ENCRYPTED_KAFKA_SASL_PLAIN_PASSWORD = "ENCRYPTED_KAFKA_SASL_PLAIN_PASSWORD"
    KAFKA_SASL_SCRAM_USERNAME = "KAFKA_SASL_SCRAM_USERNAME"
    KAFKA_SASL_SCRAM_PASSWORD = "KAFKA_SASL_SCRAM_PASSWORD"
    KAFKA_SASL_SCRAM_SECRETS_ARN = "KAFKA_SASL_SCRAM_SECRETS_ARN"
    ENCRYPTED_KAFKA_SASL_SCRAM_PASSWORD = "ENCRYPTED_KAFKA_SASL_SCRAM_PASSWORD"
    KAFKA_SASL_GSSAPI_KEYTAB = "KAFKA_SASL_GSSAPI_KEYTAB"
    KAFKA_SASL_GSSAPI_KRB5_CONF = "KAFKA_SASL_GSSAPI_KRB5_CONF"
    KAFKA_SASL_GSSAPI_SERVICE = "KAFKA_SASL_GSSAPI_SERVICE"
    KAFKA_SASL_GSSAPI_PRINCIPAL = "KAFKA_SASL_GSSAPI_PRINCIPAL"
    ROLE_ARN = "ROLE_ARN"
    REGION = "REGION"
    WORKGROUP_NAME = "WORKGROUP_NAME"
    CLUSTER_IDENTIFIER = "CLUSTER_IDENTIFIER"
    DATABASE = "DATABASE"


class ConnectionStatus(OpenEnum):
    """The ConnectionStatus enum."""

    READY = "READY"
    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"


class ConnectionType(OpenEnum):
    """The ConnectionType enum."""

    JDBC = "JDBC"
    SFTP = "SFTP"
    MONGODB = "MONGODB"
    KAFKA = "KAFKA"
    NETWORK = "NETWORK"
    MARKETPLACE = "MARKETPLACE"
    CUSTOM = "CUSTOM"
    SALESFORCE = "SALESFORCE"
    VIEW_VALIDATION_REDSHIFT = "VIEW_VALIDATION_REDSHIFT"
    VIEW_VALIDATION_ATHENA = "VIEW_VALIDATION_ATHENA"


class OAuth2GrantType(OpenEnum):
    """The OAuth2GrantType enum."""

    AUTHORIZATION_CODE = "AUTHORIZATION_CODE"
    CLIENT_CREDENTIALS = "CLIENT_CREDENTIALS"
    JWT_BEARER = "JWT_BEARER"


class AccessDeniedException(ApigenModel):
    """Access to a resource was denied."""

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )
    """A message describing the problem."""


class AlreadyExistsException(ApigenModel):
    """A resource to be created or added already exists."""

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )
    """A message describing the problem."""


class OAuth2ClientApplication(ApigenModel):
    """The OAuth2 client app used for the connection."""

    user_managed_client_application_client_id: (
        Annotated[str, Len(0, 2048), Pattern(r"[^\x09-\x0d ]+", spec=r"\S+")] | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices(
            "UserManagedClientApplicationClientId", "user_managed_client_application_client_id"
        ),
        serialization_alias="UserManagedClientApplicationClientId",
    )
    """The client application clientID if the ClientAppType is USER_MANAGED."""

    aws_managed_client_application_reference: (
        Annotated[str, Len(0, 2048), Pattern(r"[^\x09-\x0d ]+", spec=r"\S+")] | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices(
            "AWSManagedClientApplicationReference", "aws_managed_client_application_reference"
        ),
        serialization_alias="AWSManagedClientApplicationReference",
    )
    """The reference to the SaaS-side client app that is AWS managed."""


class OAuth2Properties(ApigenModel):
    """A structure containing properties for OAuth2 authentication."""

    o_auth2_grant_type: OAuth2GrantType | None = Field(
        default=None,
        validation_alias=AliasChoices("OAuth2GrantType", "o_auth2_grant_type"),
        serialization_alias="OAuth2GrantType",
    )
    """
    The OAuth2 grant type. For example, AUTHORIZATION_CODE, JWT_BEARER, or
    CLIENT_CREDENTIALS.
    """

    o_auth2_client_application: OAuth2ClientApplication | None = Field(
        default=None,
        validation_alias=AliasChoices("OAuth2ClientApplication", "o_auth2_client_application"),
        serialization_alias="OAuth2ClientApplication",
    )
    """The client application type. For example, AWS_MANAGED or USER_MANAGED."""

    token_url: (
        Annotated[
            str,
            Len(0, 256),
            Pattern(
                r"^(https?)://[!\#%\&\+-;=\?-Z_a-z\|\~]*[\#%\&\+\-/-9=@-Z_a-z\|\~]",
                spec=r"^(https?)://[-a-zA-Z0-9+&@#/%?=~_|!:,.;]*[-a-zA-Z0-9+&@#/%=~_|]",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("TokenUrl", "token_url"),
        serialization_alias="TokenUrl",
    )
    """
    The URL of the provider's authentication server, to exchange an authorization code
    for an access token.
    """

    token_url_parameters_map: (
        dict[Annotated[str, Len(1, 128)], Annotated[str, Len(1, 512)]] | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("TokenUrlParametersMap", "token_url_parameters_map"),
        serialization_alias="TokenUrlParametersMap",
    )
    """A map of parameters that are added to the token GET request."""


class AuthenticationConfiguration(ApigenModel):
    """A structure containing the authentication configuration."""

    authentication_type: AuthenticationType | None = Field(
        default=None,
        validation_alias=AliasChoices("AuthenticationType", "authentication_type"),
        serialization_alias="AuthenticationType",
    )
    """A structure containing the authentication configuration."""

    secret_arn: (
        Annotated[
            str,
            Pattern(
                r"^arn:aws(\-(cn|us\-gov|iso(\-[bef])?))?:secretsmanager:[^\n\r\x85\u2028\u2029]*(?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)",
                spec=r"^arn:aws(-(cn|us-gov|iso(-[bef])?))?:secretsmanager:.*$",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("SecretArn", "secret_arn"),
        serialization_alias="SecretArn",
    )
    """The secret manager ARN to store credentials."""

    o_auth2_properties: OAuth2Properties | None = Field(
        default=None,
        validation_alias=AliasChoices("OAuth2Properties", "o_auth2_properties"),
        serialization_alias="OAuth2Properties",
    )
    """The properties for OAuth2 authentication."""


class AuthorizationCodeProperties(ApigenModel):
    """
    The set of properties required for the OAuth2 AUTHORIZATION_CODE grant type
    workflow.
    """

    authorization_code: (
        Annotated[str, Len(1, 4096), Pattern(r"[^\x09-\x0d ]+", spec=r"\S+")] | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("AuthorizationCode", "authorization_code"),
        serialization_alias="AuthorizationCode",
        repr=False,
    )
    """
    An authorization code to be used in the third leg of the AUTHORIZATION_CODE grant
    workflow. This is a single-use code which becomes invalid once exchanged for an
    access token, thus it is acceptable to have this value as a request parameter.
    """

    redirect_uri: (
        Annotated[
            str,
            Len(0, 512),
            Pattern(
                r"^(https?)://[^\x09-\x0d \#\$\./\?][^\n\r\x85\u2028\u2029][^\x09-\x0d ]*(?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)",
                spec=r"^(https?):\/\/[^\s/$.?#].[^\s]*$",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("RedirectUri", "redirect_uri"),
        serialization_alias="RedirectUri",
    )
    """
    The redirect URI where the user gets redirected to by authorization server when
    issuing an authorization code. The URI is subsequently used when the authorization
    code is exchanged for an access token.
    """


class OAuth2PropertiesInput(ApigenModel):
    """A structure containing properties for OAuth2 in the CreateConnection request."""

    o_auth2_grant_type: OAuth2GrantType | None = Field(
        default=None,
        validation_alias=AliasChoices("OAuth2GrantType", "o_auth2_grant_type"),
        serialization_alias="OAuth2GrantType",
    )
    """
    The OAuth2 grant type in the CreateConnection request. For example,
    AUTHORIZATION_CODE, JWT_BEARER, or CLIENT_CREDENTIALS.
    """

    o_auth2_client_application: OAuth2ClientApplication | None = Field(
        default=None,
        validation_alias=AliasChoices("OAuth2ClientApplication", "o_auth2_client_application"),
        serialization_alias="OAuth2ClientApplication",
    )
    """
    The client application type in the CreateConnection request. For example,
    AWS_MANAGED or USER_MANAGED.
    """

    token_url: (
        Annotated[
            str,
            Len(0, 256),
            Pattern(
                r"^(https?)://[!\#%\&\+-;=\?-Z_a-z\|\~]*[\#%\&\+\-/-9=@-Z_a-z\|\~]",
                spec=r"^(https?)://[-a-zA-Z0-9+&@#/%?=~_|!:,.;]*[-a-zA-Z0-9+&@#/%=~_|]",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("TokenUrl", "token_url"),
        serialization_alias="TokenUrl",
    )
    """
    The URL of the provider's authentication server, to exchange an authorization code
    for an access token.
    """

    token_url_parameters_map: (
        dict[Annotated[str, Len(1, 128)], Annotated[str, Len(1, 512)]] | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("TokenUrlParametersMap", "token_url_parameters_map"),
        serialization_alias="TokenUrlParametersMap",
    )
    """A map of parameters that are added to the token GET request."""

    authorization_code_properties: AuthorizationCodeProperties | None = Field(
        default=None,
        validation_alias=AliasChoices(
            "AuthorizationCodeProperties", "authorization_code_properties"
        ),
        serialization_alias="AuthorizationCodeProperties",
    )
    """The set of properties required for the OAuth2 AUTHORIZATION_CODE grant type."""


class AuthenticationConfigurationInput(ApigenModel):
    """
    A structure containing the authentication configuration in the CreateConnection
    request.
    """

    authentication_type: AuthenticationType | None = Field(
        default=None,
        validation_alias=AliasChoices("AuthenticationType", "authentication_type"),
        serialization_alias="AuthenticationType",
    )
    """
    A structure containing the authentication configuration in the CreateConnection
    request.
    """

    secret_arn: (
        Annotated[
            str,
            Pattern(
                r"^arn:aws(\-(cn|us\-gov|iso(\-[bef])?))?:secretsmanager:[^\n\r\x85\u2028\u2029]*(?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)",
                spec=r"^arn:aws(-(cn|us-gov|iso(-[bef])?))?:secretsmanager:.*$",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("SecretArn", "secret_arn"),
        serialization_alias="SecretArn",
    )
    """The secret manager ARN to store credentials in the CreateConnection request."""

    o_auth2_properties: OAuth2PropertiesInput | None = Field(
        default=None,
        validation_alias=AliasChoices("OAuth2Properties", "o_auth2_properties"),
        serialization_alias="OAuth2Properties",
    )
    """The properties for OAuth2 authentication in the CreateConnection request."""


class BatchDeleteConnectionRequest(ApigenModel):
    """The BatchDeleteConnectionRequest structure."""

    catalog_id: (
        Annotated[
            str,
            Len(1, 255),
            Pattern(
                r"[\x09 -\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*",
                spec=r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("CatalogId", "catalog_id"),
        serialization_alias="CatalogId",
    )
    """
    The ID of the Data Catalog in which the connections reside. If none is provided, the
    AWS account ID is used by default.
    """

    connection_name_list: Annotated[
        list[
            Annotated[
                str,
                Len(1, 255),
                Pattern(
                    r"[\x09 -\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*",
                    spec=r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*",
                ),
            ]
        ],
        Len(0, 25),
    ] = Field(
        validation_alias=AliasChoices("ConnectionNameList", "connection_name_list"),
        serialization_alias="ConnectionNameList",
    )
    """A list of names of the connections to delete."""


class ErrorDetail(ApigenModel):
    """Contains details about an error."""

    error_code: (
        Annotated[
            str,
            Len(1, 255),
            Pattern(
                r"[\x09 -\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*",
                spec=r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("ErrorCode", "error_code"),
        serialization_alias="ErrorCode",
    )
    """The code associated with this error."""

    error_message: (
        Annotated[
            str,
            Len(0, 2048),
            Pattern(
                r"[\x09\x0a\x0d -\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*",
                spec=r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\r\n\t]*",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("ErrorMessage", "error_message"),
        serialization_alias="ErrorMessage",
    )
    """A message describing the error."""


class BatchDeleteConnectionResponse(ApigenModel):
    """The BatchDeleteConnectionResponse structure."""

    succeeded: (
        list[
            Annotated[
                str,
                Len(1, 255),
                Pattern(
                    r"[\x09 -\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*",
                    spec=r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*",
                ),
            ]
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("Succeeded", "succeeded"),
        serialization_alias="Succeeded",
    )
    """A list of names of the connection definitions that were successfully deleted."""

    errors: (
        dict[
            Annotated[
                str,
                Len(1, 255),
                Pattern(
                    r"[\x09 -\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*",
                    spec=r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*",
                ),
            ],
            ErrorDetail,
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("Errors", "errors"),
        serialization_alias="Errors",
    )
    """
    A map of the names of connections that were not successfully deleted to error
    details.
    """


class ConflictException(ApigenModel):
    """The request conflicts with the current state of the resource."""

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )
    """A message describing the problem."""


class PhysicalConnectionRequirements(ApigenModel):
    """Specifies the physical requirements for a connection."""

    subnet_id: (
        Annotated[
            str,
            Len(1, 255),
            Pattern(
                r"[\x09 -\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*",
                spec=r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("SubnetId", "subnet_id"),
        serialization_alias="SubnetId",
    )
    """The subnet ID used by the connection."""

    security_group_id_list: (
        Annotated[
            list[
                Annotated[
                    str,
                    Len(1, 255),
                    Pattern(
                        r"[\x09 -\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*",
                        spec=r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*",
                    ),
                ]
            ],
            Len(0, 50),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("SecurityGroupIdList", "security_group_id_list"),
        serialization_alias="SecurityGroupIdList",
    )
    """The security group ID list used by the connection."""

    availability_zone: (
        Annotated[
            str,
            Len(1, 255),
            Pattern(
                r"[\x09 -\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*",
                spec=r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("AvailabilityZone", "availability_zone"),
        serialization_alias="AvailabilityZone",
    )
    """The connection's Availability Zone."""


class Connection(ApigenModel):
    """Defines a connection to a data source."""

    name: (
        Annotated[
            str,
            Len(1, 255),
            Pattern(
                r"[\x09 -\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*",
                spec=r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*",
            ),
        ]
        | None
    ) = Field(
        default=None, validation_alias=AliasChoices("Name", "name"), serialization_alias="Name"
    )
    """The name of the connection definition."""

    description: (
        Annotated[
            str,
            Len(0, 2048),
            Pattern(
                r"[\x09\x0a\x0d -\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*",
                spec=r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\r\n\t]*",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("Description", "description"),
        serialization_alias="Description",
    )
    """The description of the connection."""

    connection_type: ConnectionType | None = Field(
        default=None,
        validation_alias=AliasChoices("ConnectionType", "connection_type"),
        serialization_alias="ConnectionType",
    )
    """The type of the connection. Currently, SFTP is not supported."""

    match_criteria: (
        Annotated[
            list[
                Annotated[
                    str,
                    Len(1, 255),
                    Pattern(
                        r"[\x09 -\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*",
                        spec=r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*",
                    ),
                ]
            ],
            Len(0, 10),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("MatchCriteria", "match_criteria"),
        serialization_alias="MatchCriteria",
    )
    """A list of criteria that can be used in selecting this connection."""

    connection_properties: (
        Annotated[dict[ConnectionPropertyKey, Annotated[str, Len(0, 1024)]], Len(0, 100)] | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("ConnectionProperties", "connection_properties"),
        serialization_alias="ConnectionProperties",
        repr=False,
    )
    """
    These key-value pairs define parameters for the connection:

    - HOST - The host URI: either the fully qualified domain name (FQDN) or the IPv4
      address of the database host.
    - PORT - The port number, between 1024 and 65535, of the port on which the database
      host is listening for database connections.
    - USER_NAME - The name under which to log in to the database. The value string for
      USER_NAME is "USERNAME".
    - PASSWORD - A password, if one is used, for the user name.
    - ENCRYPTED_PASSWORD - When you enable connection password protection by setting
      ConnectionPasswordEncryption in the Data Catalog encryption settings, this field
      stores the encrypted password.
    - JDBC_DRIVER_JAR_URI - The Amazon Simple Storage Service (Amazon S3) path of the
      JAR file that contains the JDBC driver to use.
    - JDBC_DRIVER_CLASS_NAME - The class name of the JDBC driver to use.
    - JDBC_ENGINE - The name of the JDBC engine to use.
    - JDBC_ENGINE_VERSION - The version of the JDBC engine to use.
    - CONFIG_FILES - (Reserved for future use.)
    - INSTANCE_ID - The instance ID to use.
    - JDBC_CONNECTION_URL - The URL for connecting to a JDBC data source.
    - JDBC_ENFORCE_SSL - A Boolean string (true, false) specifying whether Secure
      Sockets Layer (SSL) with hostname matching is enforced for the JDBC connection on
      the client. The default is false.
    - CUSTOM_JDBC_CERT - An Amazon S3 location specifying the customer's root
      certificate. AWS Glue uses this root certificate to validate the customer's
      certificate when connecting to the customer database. AWS Glue only handles X.509
      certificates. The certificate provided must be DER-encoded and supplied in Base64
      encoding PEM format.
    - SKIP_CUSTOM_JDBC_CERT_VALIDATION - By default, this is false. AWS Glue validates
      the Signature algorithm and Subject Public Key Algorithm for the customer
      certificate. The only permitted algorithms for the Signature algorithm are
      SHA256withRSA, SHA384withRSA or SHA512withRSA. For the Subject Public Key
      Algorithm, the key length must be at least 2048. You can set the value of this
      property to true to skip AWS Glue's validation of the customer certificate.
    - CUSTOM_JDBC_CERT_STRING - A custom JDBC certificate string which is used for
      domain match or distinguished name match to prevent a man-in-the-middle attack. In
      Oracle database, this is used as the SSL_SERVER_CERT_DN; in Microsoft SQL Server,
      this is used as the hostNameInCertificate.
    - CONNECTION_URL - The URL for connecting to a general (non-JDBC) data source.
    - SECRET_ID - The secret ID used for the secret manager of credentials.
    - CONNECTOR_URL - The connector URL for a MARKETPLACE or CUSTOM connection.
    - CONNECTOR_TYPE - The connector type for a MARKETPLACE or CUSTOM connection.
    - CONNECTOR_CLASS_NAME - The connector class name for a MARKETPLACE or CUSTOM
      connection.
    - KAFKA_BOOTSTRAP_SERVERS - A comma-separated list of host and port pairs that are
      the addresses of the Apache Kafka brokers in a Kafka cluster to which a Kafka
      client will connect to and bootstrap itself.
    - KAFKA_SSL_ENABLED - Whether to enable or disable SSL on an Apache Kafka
      connection. Default value is "true".
    - KAFKA_CUSTOM_CERT - The Amazon S3 URL for the private CA cert file (.pem format).
      The default is an empty string.
    - KAFKA_SKIP_CUSTOM_CERT_VALIDATION - Whether to skip the validation of the CA cert
      file or not. AWS Glue validates for three algorithms: SHA256withRSA, SHA384withRSA
      and SHA512withRSA. Default value is "false".
    - KAFKA_CLIENT_KEYSTORE - The Amazon S3 location of the client keystore file for
      Kafka client side authentication (Optional).
    - KAFKA_CLIENT_KEYSTORE_PASSWORD - The password to access the provided keystore
      (Optional).
    - KAFKA_CLIENT_KEY_PASSWORD - A keystore can consist of multiple keys, so this is
      the password to access the client key to be used with the Kafka server side key
      (Optional).
    - ENCRYPTED_KAFKA_CLIENT_KEYSTORE_PASSWORD - The encrypted version of the Kafka
      client keystore password (if the user has the AWS Glue encrypt passwords setting
      selected).
    - ENCRYPTED_KAFKA_CLIENT_KEY_PASSWORD - The encrypted version of the Kafka client
      key password (if the user has the AWS Glue encrypt passwords setting selected).
    - KAFKA_SASL_MECHANISM - "SCRAM-SHA-512", "GSSAPI", "AWS_MSK_IAM", or "PLAIN". These
      are the supported SASL Mechanisms.
    - KAFKA_SASL_PLAIN_USERNAME - A plaintext username used to authenticate with the
      "PLAIN" mechanism.
    - KAFKA_SASL_PLAIN_PASSWORD - A plaintext password used to authenticate with the
      "PLAIN" mechanism.
    - ENCRYPTED_KAFKA_SASL_PLAIN_PASSWORD - The encrypted version of the Kafka SASL
      PLAIN password (if the user has the AWS Glue encrypt passwords setting selected).
    - KAFKA_SASL_SCRAM_USERNAME - A plaintext username used to authenticate with the
      "SCRAM-SHA-512" mechanism.
    - KAFKA_SASL_SCRAM_PASSWORD - A plaintext password used to authenticate with the
      "SCRAM-SHA-512" mechanism.
    - ENCRYPTED_KAFKA_SASL_SCRAM_PASSWORD - The encrypted version of the Kafka SASL
      SCRAM password (if the user has the AWS Glue encrypt passwords setting selected).
    - KAFKA_SASL_SCRAM_SECRETS_ARN - The Amazon Resource Name of a secret in AWS Secrets
      Manager.
    - KAFKA_SASL_GSSAPI_KEYTAB - The S3 location of a Kerberos keytab file. A keytab
      stores long-term keys for one or more principals. For more information, see MIT
      Kerberos Documentation: Keytab.
    - KAFKA_SASL_GSSAPI_KRB5_CONF - The S3 location of a Kerberos krb5.conf file. A
      krb5.conf stores Kerberos configuration information, such as the location of the
      KDC server. For more information, see MIT Kerberos Documentation: krb5.conf.
    - KAFKA_SASL_GSSAPI_SERVICE - The Kerberos service name, as set with
      sasl.kerberos.service.name in your Kafka Configuration.
    - KAFKA_SASL_GSSAPI_PRINCIPAL - The name of the Kerberos principal used by AWS Glue.
      For more information, see Kafka Documentation: Configuring Kafka Brokers.
    - ROLE_ARN - The role to be used for running queries.
    - REGION - The AWS Region where queries will be run.
    - WORKGROUP_NAME - The name of an Amazon Redshift serverless workgroup or Amazon
      Athena workgroup in which queries will run.
    - CLUSTER_IDENTIFIER - The cluster identifier of an Amazon Redshift cluster in which
      queries will run.
    - DATABASE - The Amazon Redshift database that you are connecting to.
    """

    physical_connection_requirements: PhysicalConnectionRequirements | None = Field(
        default=None,
        validation_alias=AliasChoices(
            "PhysicalConnectionRequirements", "physical_connection_requirements"
        ),
        serialization_alias="PhysicalConnectionRequirements",
    )
    """
    The physical connection requirements, such as virtual private cloud (VPC) and
    SecurityGroup, that are needed to make this connection successfully.
    """

    creation_time: EpochSeconds | None = Field(
        default=None,
        validation_alias=AliasChoices("CreationTime", "creation_time"),
        serialization_alias="CreationTime",
    )
    """The timestamp of the time that this connection definition was created."""

    last_updated_time: EpochSeconds | None = Field(
        default=None,
        validation_alias=AliasChoices("LastUpdatedTime", "last_updated_time"),
        serialization_alias="LastUpdatedTime",
    )
    """The timestamp of the last time the connection definition was updated."""

    last_updated_by: (
        Annotated[
            str,
            Len(1, 255),
            Pattern(
                r"[\x09 -\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*",
                spec=r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("LastUpdatedBy", "last_updated_by"),
        serialization_alias="LastUpdatedBy",
    )
    """The user, group, or role that last updated this connection definition."""

    status: ConnectionStatus | None = Field(
        default=None,
        validation_alias=AliasChoices("Status", "status"),
        serialization_alias="Status",
    )
    """The status of the connection. Can be one of: READY, IN_PROGRESS, or FAILED."""

    status_reason: Annotated[str, Len(1, 16384)] | None = Field(
        default=None,
        validation_alias=AliasChoices("StatusReason", "status_reason"),
        serialization_alias="StatusReason",
    )
    """The reason for the connection status."""

    last_connection_validation_time: EpochSeconds | None = Field(
        default=None,
        validation_alias=AliasChoices(
            "LastConnectionValidationTime", "last_connection_validation_time"
        ),
        serialization_alias="LastConnectionValidationTime",
    )
    """A timestamp of the time this connection was last validated."""

    authentication_configuration: AuthenticationConfiguration | None = Field(
        default=None,
        validation_alias=AliasChoices(
            "AuthenticationConfiguration", "authentication_configuration"
        ),
        serialization_alias="AuthenticationConfiguration",
    )
    """The authentication properties of the connection."""


class ConnectionInput(ApigenModel):
    """A structure that is used to specify a connection to create or update."""

    name: Annotated[
        str,
        Len(1, 255),
        Pattern(
            r"[\x09 -\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*",
            spec=r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*",
        ),
    ] = Field(validation_alias=AliasChoices("Name", "name"), serialization_alias="Name")
    """The name of the connection."""

    description: (
        Annotated[
            str,
            Len(0, 2048),
            Pattern(
                r"[\x09\x0a\x0d -\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*",
                spec=r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\r\n\t]*",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("Description", "description"),
        serialization_alias="Description",
    )
    """The description of the connection."""

    connection_type: ConnectionType = Field(
        validation_alias=AliasChoices("ConnectionType", "connection_type"),
        serialization_alias="ConnectionType",
    )
    """
    The type of the connection. Currently, these types are supported:

    - JDBC - Designates a connection to a database through Java Database Connectivity
      (JDBC). JDBC Connections use the following ConnectionParameters.
      - Required: All of (HOST, PORT, JDBC_ENGINE) or JDBC_CONNECTION_URL.
      - Required: All of (USERNAME, PASSWORD) or SECRET_ID.
      - Optional: JDBC_ENFORCE_SSL, CUSTOM_JDBC_CERT, CUSTOM_JDBC_CERT_STRING,
        SKIP_CUSTOM_JDBC_CERT_VALIDATION. These parameters are used to configure SSL
        with JDBC.
    - KAFKA - Designates a connection to an Apache Kafka streaming platform. KAFKA
      Connections use the following ConnectionParameters.
      - Required: KAFKA_BOOTSTRAP_SERVERS.
      - Optional: KAFKA_SSL_ENABLED, KAFKA_CUSTOM_CERT,
        KAFKA_SKIP_CUSTOM_CERT_VALIDATION. These parameters are used to configure SSL
        with KAFKA.
      - Optional: KAFKA_CLIENT_KEYSTORE, KAFKA_CLIENT_KEYSTORE_PASSWORD,
        KAFKA_CLIENT_KEY_PASSWORD, ENCRYPTED_KAFKA_CLIENT_KEYSTORE_PASSWORD,
        ENCRYPTED_KAFKA_CLIENT_KEY_PASSWORD. These parameters are used to configure TLS
        client configuration with SSL in KAFKA.
      - Optional: KAFKA_SASL_MECHANISM. Can be specified as SCRAM-SHA-512, GSSAPI, or
        AWS_MSK_IAM.
      - Optional: KAFKA_SASL_SCRAM_USERNAME, KAFKA_SASL_SCRAM_PASSWORD,
        ENCRYPTED_KAFKA_SASL_SCRAM_PASSWORD. These parameters are used to configure
        SASL/SCRAM-SHA-512 authentication with KAFKA.
      - Optional: KAFKA_SASL_GSSAPI_KEYTAB, KAFKA_SASL_GSSAPI_KRB5_CONF,
        KAFKA_SASL_GSSAPI_SERVICE, KAFKA_SASL_GSSAPI_PRINCIPAL. These parameters are
        used to configure SASL/GSSAPI authentication with KAFKA.
    - MONGODB - Designates a connection to a MongoDB document database. MONGODB
      Connections use the following ConnectionParameters.
      - Required: CONNECTION_URL.
      - Required: All of (USERNAME, PASSWORD) or SECRET_ID.
    - SALESFORCE - Designates a connection to Salesforce using OAuth authentication.
      - Requires the AuthenticationConfiguration member to be configured.
    - VIEW_VALIDATION_REDSHIFT - Designates a connection used for view validation by
      Amazon Redshift.
    - VIEW_VALIDATION_ATHENA - Designates a connection used for view validation by
      Amazon Athena.
    - NETWORK - Designates a network connection to a data source within an Amazon
      Virtual Private Cloud environment (Amazon VPC). NETWORK Connections do not require
      ConnectionParameters. Instead, provide a PhysicalConnectionRequirements.
    - MARKETPLACE - Uses configuration settings contained in a connector purchased from
      AWS Marketplace to read from and write to data stores that are not natively
      supported by AWS Glue. MARKETPLACE Connections use the following
      ConnectionParameters.
      - Required: CONNECTOR_TYPE, CONNECTOR_URL, CONNECTOR_CLASS_NAME, CONNECTION_URL.
      - Required for JDBC CONNECTOR_TYPE connections: All of (USERNAME, PASSWORD) or
        SECRET_ID.
    - CUSTOM - Uses configuration settings contained in a custom connector to read from
      and write to data stores that are not natively supported by AWS Glue.

    SFTP is not supported.

    For more information about how optional ConnectionProperties are used to configure
    features in AWS Glue, consult AWS Glue connection properties.

    For more information about how optional ConnectionProperties are used to configure
    features in AWS Glue Studio, consult Using connectors and connections.
    """

    match_criteria: (
        Annotated[
            list[
                Annotated[
                    str,
                    Len(1, 255),
                    Pattern(
                        r"[\x09 -\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*",
                        spec=r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*",
                    ),
                ]
            ],
            Len(0, 10),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("MatchCriteria", "match_criteria"),
        serialization_alias="MatchCriteria",
    )
    """A list of criteria that can be used in selecting this connection."""

    connection_properties: Annotated[
        dict[ConnectionPropertyKey, Annotated[str, Len(0, 1024)]], Len(0, 100)
    ] = Field(
        validation_alias=AliasChoices("ConnectionProperties", "connection_properties"),
        serialization_alias="ConnectionProperties",
        repr=False,
    )
    """These key-value pairs define parameters for the connection."""

    physical_connection_requirements: PhysicalConnectionRequirements | None = Field(
        default=None,
        validation_alias=AliasChoices(
            "PhysicalConnectionRequirements", "physical_connection_requirements"
        ),
        serialization_alias="PhysicalConnectionRequirements",
    )
    """
    The physical connection requirements, such as virtual private cloud (VPC) and
    SecurityGroup, that are needed to successfully make this connection.
    """

    authentication_configuration: AuthenticationConfigurationInput | None = Field(
        default=None,
        validation_alias=AliasChoices(
            "AuthenticationConfiguration", "authentication_configuration"
        ),
        serialization_alias="AuthenticationConfiguration",
    )
    """
    The authentication properties of the connection. Used for a Salesforce connection.
    """

    validate_credentials: bool = Field(
        default=True,
        validation_alias=AliasChoices("ValidateCredentials", "validate_credentials"),
        serialization_alias="ValidateCredentials",
    )
    """
    A flag to validate the credentials during create connection. Used for a Salesforce
    connection. Default is true.
    """


class CreateConnectionRequest(ApigenModel):
    """The CreateConnectionRequest structure."""

    catalog_id: (
        Annotated[
            str,
            Len(1, 255),
            Pattern(
                r"[\x09 -\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*",
                spec=r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("CatalogId", "catalog_id"),
        serialization_alias="CatalogId",
    )
    """
    The ID of the Data Catalog in which to create the connection. If none is provided,
    the AWS account ID is used by default.
    """

    connection_input: ConnectionInput = Field(
        validation_alias=AliasChoices("ConnectionInput", "connection_input"),
        serialization_alias="ConnectionInput",
    )
    """A ConnectionInput object defining the connection to create."""

    tags: (
        Annotated[dict[Annotated[str, Len(1, 128)], Annotated[str, Len(0, 256)]], Len(0, 50)] | None
    ) = Field(
        default=None, validation_alias=AliasChoices("Tags", "tags"), serialization_alias="Tags"
    )
    """The tags you assign to the connection."""


class CreateConnectionResponse(ApigenModel):
    """The CreateConnectionResponse structure."""

    create_connection_status: ConnectionStatus | None = Field(
        default=None,
        validation_alias=AliasChoices("CreateConnectionStatus", "create_connection_status"),
        serialization_alias="CreateConnectionStatus",
    )
    """
    The status of the connection creation request. The request can take some time for
    certain authentication types, for example when creating an OAuth connection with
    token exchange over VPC.
    """


class DeleteConnectionRequest(ApigenModel):
    """The DeleteConnectionRequest structure."""

    catalog_id: (
        Annotated[
            str,
            Len(1, 255),
            Pattern(
                r"[\x09 -\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*",
                spec=r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("CatalogId", "catalog_id"),
        serialization_alias="CatalogId",
    )
    """
    The ID of the Data Catalog in which the connection resides. If none is provided, the
    AWS account ID is used by default.
    """

    connection_name: Annotated[
        str,
        Len(1, 255),
        Pattern(
            r"[\x09 -\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*",
            spec=r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*",
        ),
    ] = Field(
        validation_alias=AliasChoices("ConnectionName", "connection_name"),
        serialization_alias="ConnectionName",
    )
    """The name of the connection to delete."""


class DeleteConnectionResponse(ApigenModel):
    """The DeleteConnectionResponse structure."""


class EntityNotFoundException(ApigenModel):
    """A specified entity does not exist."""

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )
    """A message describing the problem."""


class FederationSourceException(ApigenModel):
    """A federation source failed."""

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )
    """The message describing the problem."""


class GetConnectionRequest(ApigenModel):
    """The GetConnectionRequest structure."""

    catalog_id: (
        Annotated[
            str,
            Len(1, 255),
            Pattern(
                r"[\x09 -\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*",
                spec=r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("CatalogId", "catalog_id"),
        serialization_alias="CatalogId",
    )
    """
    The ID of the Data Catalog in which the connection resides. If none is provided, the
    AWS account ID is used by default.
    """

    name: Annotated[
        str,
        Len(1, 255),
        Pattern(
            r"[\x09 -\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*",
            spec=r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*",
        ),
    ] = Field(validation_alias=AliasChoices("Name", "name"), serialization_alias="Name")
    """The name of the connection definition to retrieve."""

    hide_password: bool = Field(
        default=False,
        validation_alias=AliasChoices("HidePassword", "hide_password"),
        serialization_alias="HidePassword",
    )
    """
    Allows you to retrieve the connection metadata without returning the password. For
    instance, the AWS Glue console uses this flag to retrieve the connection, and does
    not display the password. Set this parameter when the caller might not have
    permission to use the AWS KMS key to decrypt the password, but it does have
    permission to access the rest of the connection properties.
    """


class GetConnectionResponse(ApigenModel):
    """The GetConnectionResponse structure."""

    connection: Connection | None = Field(
        default=None,
        validation_alias=AliasChoices("Connection", "connection"),
        serialization_alias="Connection",
    )
    """The requested connection definition."""


class GetConnectionsFilter(ApigenModel):
    """
    Filters the connection definitions that are returned by the GetConnections API
    operation.
    """

    match_criteria: (
        Annotated[
            list[
                Annotated[
                    str,
                    Len(1, 255),
                    Pattern(
                        r"[\x09 -\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*",
                        spec=r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*",
                    ),
                ]
            ],
            Len(0, 10),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("MatchCriteria", "match_criteria"),
        serialization_alias="MatchCriteria",
    )
    """
    A criteria string that must match the criteria recorded in the connection definition
    for that connection definition to be returned.
    """

    connection_type: ConnectionType | None = Field(
        default=None,
        validation_alias=AliasChoices("ConnectionType", "connection_type"),
        serialization_alias="ConnectionType",
    )
    """The type of connections to return. Currently, SFTP is not supported."""


class GetConnectionsRequest(ApigenModel):
    """The GetConnectionsRequest structure."""

    catalog_id: (
        Annotated[
            str,
            Len(1, 255),
            Pattern(
                r"[\x09 -\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*",
                spec=r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("CatalogId", "catalog_id"),
        serialization_alias="CatalogId",
    )
    """
    The ID of the Data Catalog in which the connections reside. If none is provided, the
    AWS account ID is used by default.
    """

    filter_: GetConnectionsFilter | None = Field(
        default=None,
        validation_alias=AliasChoices("Filter", "filter_"),
        serialization_alias="Filter",
    )
    """A filter that controls which connections are returned."""

    hide_password: bool = Field(
        default=False,
        validation_alias=AliasChoices("HidePassword", "hide_password"),
        serialization_alias="HidePassword",
    )
    """
    Allows you to retrieve the connection metadata without returning the password. For
    instance, the AWS Glue console uses this flag to retrieve the connection, and does
    not display the password. Set this parameter when the caller might not have
    permission to use the AWS KMS key to decrypt the password, but it does have
    permission to access the rest of the connection properties.
    """

    next_token: str | None = Field(
        default=None,
        validation_alias=AliasChoices("NextToken", "next_token"),
        serialization_alias="NextToken",
    )
    """A continuation token, if this is a continuation call."""

    max_results: Annotated[Int32, Interval(ge=1, le=1000)] | None = Field(
        default=None,
        validation_alias=AliasChoices("MaxResults", "max_results"),
        serialization_alias="MaxResults",
    )
    """The maximum number of connections to return in one response."""


class GetConnectionsResponse(ApigenModel):
    """The GetConnectionsResponse structure."""

    connection_list: list[Connection] | None = Field(
        default=None,
        validation_alias=AliasChoices("ConnectionList", "connection_list"),
        serialization_alias="ConnectionList",
    )
    """A list of requested connection definitions."""

    next_token: str | None = Field(
        default=None,
        validation_alias=AliasChoices("NextToken", "next_token"),
        serialization_alias="NextToken",
    )
    """
    A continuation token, if the list of connections returned does not include the last
    of the filtered connections.
    """


class GlueEncryptionException(ApigenModel):
    """An encryption operation failed."""

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )
    """The message describing the problem."""


class InternalServiceException(ApigenModel):
    """An internal service error occurred."""

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )
    """A message describing the problem."""


class InvalidInputException(ApigenModel):
    """The input provided was not valid."""

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )
    """A message describing the problem."""


class OperationTimeoutException(ApigenModel):
    """The operation timed out."""

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )
    """A message describing the problem."""


class ResourceNumberLimitExceededException(ApigenModel):
    """A resource numerical limit was exceeded."""

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )
    """A message describing the problem."""


class TestConnectionInput(ApigenModel):
    """A structure that is used to specify testing a connection to a service."""

    connection_type: ConnectionType = Field(
        validation_alias=AliasChoices("ConnectionType", "connection_type"),
        serialization_alias="ConnectionType",
    )
    """
    The type of connection to test. This operation is only available for the JDBC or
    SALESFORCE connection types.
    """

    connection_properties: Annotated[
        dict[ConnectionPropertyKey, Annotated[str, Len(0, 1024)]], Len(0, 100)
    ] = Field(
        validation_alias=AliasChoices("ConnectionProperties", "connection_properties"),
        serialization_alias="ConnectionProperties",
        repr=False,
    )
    """
    The key-value pairs that define parameters for the connection.

    JDBC connections use the following connection properties:

    - Required: All of (HOST, PORT, JDBC_ENGINE) or JDBC_CONNECTION_URL.
    - Required: All of (USERNAME, PASSWORD) or SECRET_ID.
    - Optional: JDBC_ENFORCE_SSL, CUSTOM_JDBC_CERT, CUSTOM_JDBC_CERT_STRING,
      SKIP_CUSTOM_JDBC_CERT_VALIDATION. These parameters are used to configure SSL with
      JDBC.

    SALESFORCE connections require the AuthenticationConfiguration member to be
    configured.
    """

    authentication_configuration: AuthenticationConfigurationInput | None = Field(
        default=None,
        validation_alias=AliasChoices(
            "AuthenticationConfiguration", "authentication_configuration"
        ),
        serialization_alias="AuthenticationConfiguration",
    )
    """
    A structure containing the authentication configuration in the TestConnection
    request. Required for a connection to Salesforce using OAuth authentication.
    """


class TestConnectionRequest(ApigenOneOf):
    """The TestConnectionRequest structure."""

    connection_name: (
        Annotated[
            str,
            Len(1, 255),
            Pattern(
                r"[\x09 -\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*",
                spec=r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("ConnectionName", "connection_name"),
        serialization_alias="ConnectionName",
    )
    """
    Optional. The name of the connection to test. If only name is provided, the
    operation will get the connection and use that for testing.
    """

    test_connection_input: TestConnectionInput | None = Field(
        default=None,
        validation_alias=AliasChoices("TestConnectionInput", "test_connection_input"),
        serialization_alias="TestConnectionInput",
    )
    """A structure that is used to specify testing a connection to a service."""


class TestConnectionResponse(ApigenModel):
    """The TestConnectionResponse structure."""


class UpdateConnectionRequest(ApigenModel):
    """The UpdateConnectionRequest structure."""

    catalog_id: (
        Annotated[
            str,
            Len(1, 255),
            Pattern(
                r"[\x09 -\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*",
                spec=r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("CatalogId", "catalog_id"),
        serialization_alias="CatalogId",
    )
    """
    The ID of the Data Catalog in which the connection resides. If none is provided, the
    AWS account ID is used by default.
    """

    name: Annotated[
        str,
        Len(1, 255),
        Pattern(
            r"[\x09 -\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*",
            spec=r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*",
        ),
    ] = Field(validation_alias=AliasChoices("Name", "name"), serialization_alias="Name")
    """The name of the connection definition to update."""

    connection_input: ConnectionInput = Field(
        validation_alias=AliasChoices("ConnectionInput", "connection_input"),
        serialization_alias="ConnectionInput",
    )
    """A ConnectionInput object that redefines the connection in question."""


class UpdateConnectionResponse(ApigenModel):
    """The UpdateConnectionResponse structure."""
