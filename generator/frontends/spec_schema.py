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
                "inputToken": {"type": "string"},
                "outputToken": {"type": "string"},
                "pageSize": {"type": "string"},
                "items": {"type": "string"},
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
    },
    "additionalProperties": False,
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
                "protocol": {"enum": ["restJson1", "awsJson1_0", "awsJson1_1", "rpcv2Cbor"]},
                "awsQueryCompatible": {"type": "boolean"},
                "endpointPrefix": {"type": "string"},
                "sigv4": {"type": "string"},
                "targetPrefix": {"type": ["string", "null"]},
                "documentation": {"type": "string"},
                "errors": {"type": "array", "items": _NAME},
            },
            "additionalProperties": False,
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
