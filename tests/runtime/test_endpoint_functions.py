"""The rules language's library, on the examples of the Smithy specification
(smithy.io, "Rules engine standard library" and "AWS rules engine library"), and the
partition table against the pinned botocore's ``partitions.json``."""

from __future__ import annotations

import json
from pathlib import Path

import botocore
import pytest

from apigen.runtime.endpoints.aws_functions import (
    is_virtual_hostable_s3_bucket,
    parse_arn,
    partition,
)
from apigen.runtime.endpoints.functions import (
    get_attr,
    is_valid_host_label,
    parse_url,
    substring,
    uri_encode,
)
from apigen.runtime.endpoints.partitions import PARTITIONS, VERSION
from apigen.runtime.endpoints.rules import Endpoint, EndpointResolutionError, RuleSet


def test_the_partitions_are_botocores() -> None:
    data = json.loads(
        (Path(botocore.__file__).parent / "data" / "partitions.json").read_text(encoding="utf-8")
    )
    assert data["version"] == VERSION
    ours = [
        {
            "id": p["id"],
            "regionRegex": p["regionRegex"],
            "outputs": p["outputs"],
            "regions": sorted(p["regions"]),
        }
        for p in PARTITIONS
    ]
    theirs = [
        {
            "id": p["id"],
            "regionRegex": p["regionRegex"],
            "outputs": p["outputs"],
            "regions": sorted(p["regions"]),
        }
        for p in data["partitions"]
    ]
    assert ours == theirs


def test_partition_lookup_listed_then_pattern_then_aws() -> None:
    assert partition("us-west-2")["name"] == "aws"  # type: ignore[index]
    assert partition("cn-north-1")["dnsSuffix"] == "amazonaws.com.cn"  # type: ignore[index]
    assert partition("us-gov-west-9")["name"] == "aws-us-gov"  # type: ignore[index]  (pattern)
    assert partition("mars-east-1")["name"] == "aws"  # type: ignore[index]  (fallback)


@pytest.mark.parametrize(
    ("value", "start", "stop", "reverse", "expected"),
    [
        ("abcdefg", 0, 4, False, "abcd"),
        ("abcdefg", 0, 4, True, "defg"),
        ("abcdefg", 4, 2, False, None),
        ("abc", 0, 4, False, None),
        ("abcdéfg", 0, 3, False, None),
    ],
)
def test_substring(value: str, start: int, stop: int, reverse: bool, expected: str | None) -> None:
    assert substring(value, start, stop, reverse) == expected


def test_uri_encode_keeps_only_unreserved_characters() -> None:
    assert uri_encode("a/b c+d~e_f.g-h") == "a%2Fb%20c%2Bd~e_f.g-h"


def test_parse_url() -> None:
    assert parse_url("https://example.com:8443/a/b") == {
        "scheme": "https",
        "authority": "example.com:8443",
        "path": "/a/b",
        "normalizedPath": "/a/b/",
        "isIp": False,
    }
    assert parse_url("http://127.0.0.1")["isIp"] is True  # type: ignore[index]
    assert parse_url("http://[fe80::1]:80/")["isIp"] is True  # type: ignore[index]
    assert parse_url("https://example.com/?q=1") is None
    assert parse_url("ftp://example.com") is None


def test_host_labels() -> None:
    assert is_valid_host_label("us-east-1", False)
    assert not is_valid_host_label("a.b", False)
    assert is_valid_host_label("a.b", True)
    assert not is_valid_host_label("-a", False)
    assert not is_valid_host_label("a" * 64, False)


def test_s3_virtual_hostable_buckets() -> None:
    assert is_virtual_hostable_s3_bucket("my-bucket", False)
    assert not is_virtual_hostable_s3_bucket("My-Bucket", False)
    assert not is_virtual_hostable_s3_bucket("ab", False)
    assert not is_virtual_hostable_s3_bucket("a.b.c", False)
    assert is_virtual_hostable_s3_bucket("a.b.c", True)
    assert not is_virtual_hostable_s3_bucket("192.168.1.1", True)


def test_parse_arn() -> None:
    assert parse_arn("arn:aws:s3:us-east-1:012345678910:myresource/x:y") == {
        "partition": "aws",
        "service": "s3",
        "region": "us-east-1",
        "accountId": "012345678910",
        "resourceId": ["myresource", "x", "y"],
    }
    assert parse_arn("arn:aws:s3:::bucket") is not None
    assert parse_arn("arn:aws:s3:us-east-1:0123") is None
    assert parse_arn("arn::s3:::x") is None


def test_get_attr_paths() -> None:
    value = {"a": {"b": [1, 2]}}
    assert get_attr(value, "a.b[1]") == 2
    assert get_attr(value, "a.b[5]") is None
    assert get_attr(value, "x.y") is None


RULES = {
    "version": "1.0",
    "parameters": {
        "Region": {"type": "String", "required": True},
        "Fips": {"type": "Boolean", "default": False, "required": True},
    },
    "rules": [
        {
            "type": "tree",
            "conditions": [{"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "p"}],
            "rules": [
                {
                    "type": "error",
                    "conditions": [{"fn": "booleanEquals", "argv": [{"ref": "Fips"}, True]}],
                    "error": "no FIPS in {p#name}",
                },
                {
                    "type": "endpoint",
                    "conditions": [],
                    "endpoint": {
                        "url": "https://x.{Region}.{p#dnsSuffix}/{{literal}}",
                        "headers": {"x-h": ["{Region}"]},
                        "properties": {
                            "authSchemes": [{"name": "sigv4", "signingRegion": "{Region}"}]
                        },
                    },
                },
            ],
        }
    ],
}


def test_a_rule_set_assigns_templates_and_errors() -> None:
    rules = RuleSet(RULES)
    assert rules.resolve({"Region": "cn-north-1"}) == Endpoint(
        url="https://x.cn-north-1.amazonaws.com.cn/{literal}",
        headers={"x-h": ("cn-north-1",)},
        properties={"authSchemes": [{"name": "sigv4", "signingRegion": "cn-north-1"}]},
    )
    with pytest.raises(EndpointResolutionError, match="no FIPS in aws"):
        rules.resolve({"Region": "us-east-1", "Fips": True})
    with pytest.raises(EndpointResolutionError, match="Region is required"):
        rules.resolve({})
    with pytest.raises(EndpointResolutionError, match="Fips must be a Boolean"):
        rules.resolve({"Region": "us-east-1", "Fips": "yes"})
