"""JSON Schema of the Smithy-like YAML spec format (``docs/spec-format.md`` explains it).

The schema checks structure only; meaning (dangling targets, labels missing from a URI, ...)
is checked by ``smithy_checks`` in the same run, on every part this schema did not reject.
"""

from __future__ import annotations

from typing import Any

_NAME = {"type": "string", "pattern": r"^[A-Za-z_][A-Za-z0-9_]*$"}
_LENGTH = {
    "type": "object",
    "properties": {
        "min": {"type": "integer", "minimum": 0},
        "max": {"type": "integer", "minimum": 0},
    },
    "additionalProperties": False,
    "minProperties": 1,
}
_RANGE = {
    "type": "object",
    "properties": {"min": {"type": "number"}, "max": {"type": "number"}},
    "additionalProperties": False,
    "minProperties": 1,
}
_DEPRECATED = {
    "oneOf": [
        {"type": "boolean"},
        {
            "type": "object",
            "properties": {"message": {"type": "string"}, "since": {"type": "string"}},
            "additionalProperties": False,
        },
    ]
}
_TIMESTAMP_FORMAT = {"enum": ["date-time", "epoch-seconds", "http-date"]}
PROTOCOLS = [
    "restJson1",
    "awsJson1_0",
    "awsJson1_1",
    "restXml",
    "awsQuery",
    "ec2Query",
    "rpcv2Cbor",
]
_STRINGS = {"type": "array", "items": {"type": "string"}}
# A string, or (botocore paginators) a list of them.
_ONE_OR_MANY = {"type": ["string", "array"], "items": {"type": "string"}, "minItems": 1}
_XML_NAMESPACE = {
    "type": "object",
    "required": ["uri"],
    "properties": {"uri": {"type": "string"}, "prefix": {"type": "string"}},
    "additionalProperties": False,
}
_AUTH = {"type": "array", "items": {"enum": ["sigv4", "sigv4a", "httpBearerAuth", "noAuth"]}}
# Smithy's ``suppress`` trait, for the validators a spec may silence (imported AWS models
# break some of Smithy's rules: S3's routes, Java-only patterns, botocore paginators).
_SUPPRESS = {
    "type": "array",
    "items": {
        "enum": [
            "HttpUriConflict",
            "HttpMethodSemantics",
            "PaginatedTrait",
            "PatternTrait",
            "HttpErrorTrait",
        ]
    },
}
# Wire traits of the XML, query and event-stream protocols (Smithy's names).
_WIRE_TRAITS: dict[str, Any] = {
    "xmlName": {"type": "string", "minLength": 1},
    "xmlNamespace": _XML_NAMESPACE,
    "xmlFlattened": {"type": "boolean"},
    "streaming": {"type": "boolean"},
    "mediaType": {"type": "string"},
    "suppress": _SUPPRESS,
}

# Traits shared by members and shapes.
_COMMON_TRAITS: dict[str, Any] = {
    "documentation": {"type": "string"},
    "length": _LENGTH,
    "range": _RANGE,
    "pattern": {"type": "string"},
    "sensitive": {"type": "boolean"},
    "deprecated": _DEPRECATED,
    "timestampFormat": _TIMESTAMP_FORMAT,
    "uniqueItems": {"type": "boolean"},
    "tags": {"type": "array", "items": {"type": "string"}},
}

MEMBER: dict[str, Any] = {
    "type": "object",
    "required": ["target"],
    "properties": {
        "target": _NAME,
        "required": {"type": "boolean"},
        "default": {},
        "idempotencyToken": {"type": "boolean"},
        "httpLabel": {"type": "boolean"},
        "httpQuery": {"type": "string", "minLength": 1},
        "httpQueryParams": {"type": "boolean"},
        "httpHeader": {"type": "string", "minLength": 1},
        "httpPrefixHeaders": {"type": "string"},
        "httpPayload": {"type": "boolean"},
        "httpResponseCode": {"type": "boolean"},
        "jsonName": {"type": "string", "minLength": 1},
        "xmlAttribute": {"type": "boolean"},
        "ec2QueryName": {"type": "string", "minLength": 1},
        "hostLabel": {"type": "boolean"},
        "eventPayload": {"type": "boolean"},
        "eventHeader": {"type": "boolean"},
        "contextParam": {"type": "string", "minLength": 1},
        "clientOptional": {"type": "boolean"},
        "resourceIdentifier": _NAME,
        **_WIRE_TRAITS,
        **_COMMON_TRAITS,
    },
    "additionalProperties": False,
}

_SHAPE_TYPES = [
    "structure",
    "union",
    "enum",
    "intEnum",
    "list",
    "map",
    "string",
    "integer",
    "long",
    "short",
    "byte",
    "float",
    "double",
    "boolean",
    "timestamp",
    "blob",
    "document",
    "bigInteger",
    "bigDecimal",
]

_ENUM_VALUE = {
    "oneOf": [
        {"type": ["string", "integer"]},
        {
            "type": "object",
            "required": ["value"],
            "properties": {
                "value": {"type": ["string", "integer"]},
                "documentation": {"type": "string"},
            },
            "additionalProperties": False,
        },
    ]
}

SHAPE: dict[str, Any] = {
    "type": "object",
    "required": ["type"],
    "properties": {
        "type": {"enum": _SHAPE_TYPES},
        "members": {"type": "object", "additionalProperties": MEMBER},
        "member": MEMBER,
        "key": MEMBER,
        "value": MEMBER,
        "values": {
            "oneOf": [
                {"type": "array", "items": {"type": "string"}, "minItems": 1},
                {"type": "object", "additionalProperties": _ENUM_VALUE, "minProperties": 1},
            ]
        },
        "error": {"enum": ["client", "server"]},
        "httpError": {"type": "integer", "minimum": 100, "maximum": 599},
        "errorCode": {"type": "string"},
        "retryable": {
            "oneOf": [
                {"type": "boolean"},
                {
                    "type": "object",
                    "properties": {"throttling": {"type": "boolean"}},
                    "additionalProperties": False,
                },
            ]
        },
        "exactlyOneOf": {"type": "boolean"},
        "default": {},
        "requiresLength": {"type": "boolean"},
        "sparse": {"type": "boolean"},
        "xmlOrder": _STRINGS,
        **_WIRE_TRAITS,
        **_COMMON_TRAITS,
    },
    "additionalProperties": False,
}

_MATCHER = {
    "type": "object",
    "minProperties": 1,
    "maxProperties": 1,
    "properties": {
        "output": {"$ref": "#/$defs/pathMatcher"},
        "inputOutput": {"$ref": "#/$defs/pathMatcher"},
        "success": {"type": "boolean"},
        "errorType": {"type": "string"},
        "status": {"type": "integer", "minimum": 100, "maximum": 599},
    },
    "additionalProperties": False,
}

_OPERATION_EXTENSIONS: dict[str, Any] = {
    "wireName": {"type": "string", "minLength": 1},
    "resultWrapper": {"type": "string", "minLength": 1},
    "inputDocumentation": {"type": "string"},
    "outputDocumentation": {"type": "string"},
    "hostPrefix": {"type": "string", "minLength": 1},
    "auth": _AUTH,
    "unsignedPayload": {"type": "boolean"},
    "suppress": _SUPPRESS,
    "endpointDiscovery": {
        "type": "object",
        "properties": {"required": {"type": "boolean"}},
        "additionalProperties": False,
    },
    "endpointOperation": {"type": "boolean"},
    "httpChecksum": {
        "type": "object",
        "properties": {
            "requestAlgorithmMember": {"type": "string"},
            "requestChecksumRequired": {"type": "boolean"},
            "requestValidationModeMember": {"type": "string"},
            "responseAlgorithms": _STRINGS,
        },
        "additionalProperties": False,
    },
    "httpChecksumRequired": {"type": "boolean"},
    "requestCompression": {
        "type": "object",
        "required": ["encodings"],
        "properties": {"encodings": _STRINGS},
        "additionalProperties": False,
    },
    "staticContextParams": {
        "type": "object",
        "additionalProperties": {
            "type": "object",
            "required": ["value"],
            "properties": {"value": {}},
            "additionalProperties": False,
        },
    },
    "operationContextParams": {
        "type": "object",
        "additionalProperties": {
            "type": "object",
            "required": ["path"],
            "properties": {"path": {"type": "string"}},
            "additionalProperties": False,
        },
    },
}

_NAMES = {"type": "array", "items": _NAME}
_NAMED = {"type": "object", "propertyNames": _NAME, "additionalProperties": _NAME}

# Smithy 2.0 resources (docs/spec-format.md "Resources"); ``arn`` and ``lifecycle`` are ours.
RESOURCE: dict[str, Any] = {
    "type": "object",
    "properties": {
        "documentation": {"type": "string"},
        "identifiers": _NAMED,
        "properties": _NAMED,
        **{role: _NAME for role in ("create", "put", "read", "update", "delete", "list")},
        "operations": _NAMES,
        "collectionOperations": _NAMES,
        "resources": _NAMES,
        "arn": {"type": "string", "minLength": 1},
        "lifecycle": {
            "type": "object",
            "required": ["member"],
            "properties": {
                "member": _NAME,
                "transitions": {
                    "type": "object",
                    "propertyNames": _NAME,
                    "additionalProperties": {
                        "type": "array",
                        "items": {"type": ["string", "null"]},
                        "minItems": 1,
                    },
                },
            },
            "additionalProperties": False,
        },
    },
    "additionalProperties": False,
}

OPERATION: dict[str, Any] = {
    "type": "object",
    "properties": {
        "documentation": {"type": "string"},
        "http": {
            "type": "object",
            "required": ["method", "uri"],
            "properties": {
                "method": {"enum": ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD"]},
                "uri": {"type": "string", "pattern": "^/"},
                "code": {"type": "integer", "minimum": 100, "maximum": 599},
            },
            "additionalProperties": False,
        },
        "input": _NAME,
        "output": _NAME,
        "errors": {"type": "array", "items": _NAME},
        "readonly": {"type": "boolean"},
        "idempotent": {"type": "boolean"},
        "deprecated": _DEPRECATED,
        "paginated": {
            "type": "object",
            "properties": {
                "inputToken": _ONE_OR_MANY,
                "outputToken": _ONE_OR_MANY,
                "pageSize": {"type": "string"},
                "items": _ONE_OR_MANY,
                "moreResults": {"type": "string"},
                "nonAggregateKeys": _STRINGS,
            },
            "additionalProperties": False,
        },
        "waiters": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "required": ["acceptors"],
                "properties": {
                    "documentation": {"type": "string"},
                    "minDelay": {"type": "integer", "minimum": 1},
                    "maxDelay": {"type": "integer", "minimum": 1},
                    "maxAttempts": {"type": "integer", "minimum": 1},
                    "acceptors": {
                        "type": "array",
                        "minItems": 1,
                        "items": {
                            "type": "object",
                            "required": ["state", "matcher"],
                            "properties": {
                                "state": {"enum": ["success", "failure", "retry"]},
                                "matcher": _MATCHER,
                            },
                            "additionalProperties": False,
                        },
                    },
                },
                "additionalProperties": False,
            },
        },
        "tags": {"type": "array", "items": {"type": "string"}},
        **_OPERATION_EXTENSIONS,
    },
    "additionalProperties": False,
}

_SERVICE_EXTENSIONS: dict[str, Any] = {
    "serviceId": {"type": "string", "minLength": 1},
    "abbreviation": {"type": "string"},
    "uid": {"type": "string"},
    "auth": _AUTH,
    "signatureVersion": {"type": "string"},
    "xmlNamespace": _XML_NAMESPACE,
    "awsQueryCompatible": {"type": "boolean"},
    "globalEndpoint": {"type": "string"},
    "checksumFormat": {"type": "string"},
    "protocolSettings": {"type": "object"},
    "clientContextParams": {
        "type": "object",
        "additionalProperties": {
            "type": "object",
            "required": ["type"],
            "properties": {
                "type": {"enum": ["string", "boolean"]},
                "documentation": {"type": "string"},
            },
            "additionalProperties": False,
        },
    },
    "deprecated": _DEPRECATED,
}

SPEC: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["smithy", "service", "operations", "shapes"],
    "properties": {
        "smithy": {"const": "2.0"},
        "service": {
            "type": "object",
            "required": ["name", "namespace", "version", "protocol"],
            "properties": {
                "name": _NAME,
                "namespace": {
                    "type": "string",
                    "pattern": r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$",
                },
                "version": {"type": "string"},
                "title": {"type": "string"},
                "protocol": {"enum": PROTOCOLS},
                "protocols": {"type": "array", "items": {"enum": PROTOCOLS}, "minItems": 1},
                "endpointPrefix": {"type": "string"},
                "sigv4": {"type": "string"},
                "targetPrefix": {"type": ["string", "null"]},
                "documentation": {"type": "string"},
                "errors": {"type": "array", "items": _NAME},
                **_SERVICE_EXTENSIONS,
            },
            "additionalProperties": False,
        },
        "resources": {"type": "object", "propertyNames": _NAME, "additionalProperties": RESOURCE},
        "endpointRules": {
            "type": "object",
            "required": ["version", "parameters", "rules"],
            "properties": {
                "version": {"type": "string"},
                "parameters": {"type": "object"},
                "rules": {"type": "array"},
            },
        },
        "operations": {"type": "object", "propertyNames": _NAME, "additionalProperties": OPERATION},
        "shapes": {"type": "object", "propertyNames": _NAME, "additionalProperties": SHAPE},
    },
    "additionalProperties": False,
    "$defs": {
        "pathMatcher": {
            "type": "object",
            "required": ["path", "expected", "comparator"],
            "properties": {
                "path": {"type": "string"},
                "expected": {"type": ["string", "boolean"]},
                "comparator": {
                    "enum": ["stringEquals", "booleanEquals", "allStringEquals", "anyStringEquals"]
                },
            },
            "additionalProperties": False,
        }
    },
}
