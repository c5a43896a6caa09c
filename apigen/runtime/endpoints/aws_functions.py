"""The AWS functions of the rules language: ``aws.partition``, ``aws.parseArn`` and
``aws.isVirtualHostableS3Bucket``.

``aws.partition`` looks a region up in ``partitions.PARTITIONS`` the way the AWS SDKs do: a
region a partition lists, else the first partition whose ``regionRegex`` matches, else the
``aws`` partition (so a new region works before the table knows it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from .functions import is_valid_host_label
from .partitions import PARTITIONS

__all__ = ["AWS", "parse_arn", "partition"]

_IPV4 = re.compile(r"\d+\.\d+\.\d+\.\d+")


@lru_cache(maxsize=256)
def _partition(region: str) -> dict[str, Any]:
    chosen = None
    for entry in PARTITIONS:
        if region in entry["regions"]:
            chosen = entry
            break
    else:  # a region no partition lists yet: the regexes are compiled only then
        for entry in PARTITIONS:
            if re.match(str(entry["regionRegex"]), region):
                chosen = entry
                break
    if chosen is None:
        chosen = next(entry for entry in PARTITIONS if entry["id"] == "aws")
    outputs = dict(chosen["outputs"])
    outputs.update(chosen["regions"].get(region) or {})
    return outputs


def partition(region: Any) -> dict[str, Any] | None:
    """The partition's outputs (``name``, ``dnsSuffix``, ``dualStackDnsSuffix``,
    ``supportsFIPS``, ``supportsDualStack``, ``implicitGlobalRegion``) for ``region``."""
    if not isinstance(region, str):
        return None
    return dict(_partition(region))


def parse_arn(value: Any) -> dict[str, Any] | None:
    """``{partition, service, region, accountId, resourceId}`` of an ARN (``resourceId``: the
    resource split at ``:`` and ``/``); None for anything that is not an ARN with a partition,
    a service and a resource."""
    if not isinstance(value, str):
        return None
    parts = value.split(":", 5)
    if len(parts) < 6 or parts[0] != "arn":
        return None
    _, arn_partition, service, region, account, resource = parts
    if not arn_partition or not service or not resource:
        return None
    return {
        "partition": arn_partition,
        "service": service,
        "region": region,
        "accountId": account,
        "resourceId": re.split(r"[:/]", resource),
    }


def is_virtual_hostable_s3_bucket(value: Any, allow_sub_domains: Any) -> bool:
    """A bucket name that can be a host name: 3..63 characters, lower case, valid host
    label(s), not an IPv4 address."""
    if not isinstance(value, str) or not 3 <= len(value) <= 63 or value.lower() != value:
        return False
    if _IPV4.fullmatch(value):
        return False
    return is_valid_host_label(value, allow_sub_domains)


AWS: dict[str, Callable[..., Any]] = {
    "aws.partition": partition,
    "aws.parseArn": parse_arn,
    "aws.isVirtualHostableS3Bucket": is_virtual_hostable_s3_bucket,
}
