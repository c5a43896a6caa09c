"""AWS's partitions: what ``aws.partition`` answers for a region.

The content of botocore's ``botocore/data/partitions.json`` (version 1.1), carried as
Python so the generated package needs neither botocore nor a data file; each region maps to
the outputs it overrides (none today). ``tests/runtime/endpoints/test_partitions.py``
compares it with the pinned botocore's file: update both together.
"""

from __future__ import annotations

from typing import Any

__all__ = ["PARTITIONS", "VERSION"]

VERSION = "1.1"

PARTITIONS: tuple[dict[str, Any], ...] = (
    {
        "id": "aws",
        "regionRegex": r"^(us|eu|ap|sa|ca|me|af|il|mx)\-\w+\-\d+$",
        "outputs": {
            "dnsSuffix": "amazonaws.com",
            "dualStackDnsSuffix": "api.aws",
            "implicitGlobalRegion": "us-east-1",
            "name": "aws",
            "supportsDualStack": True,
            "supportsFIPS": True,
        },
        "regions": {
            "af-south-1": {},
            "ap-east-1": {},
            "ap-east-2": {},
            "ap-northeast-1": {},
            "ap-northeast-2": {},
            "ap-northeast-3": {},
            "ap-south-1": {},
            "ap-south-2": {},
            "ap-southeast-1": {},
            "ap-southeast-2": {},
            "ap-southeast-3": {},
            "ap-southeast-4": {},
            "ap-southeast-5": {},
            "ap-southeast-6": {},
            "ap-southeast-7": {},
            "aws-global": {},
            "ca-central-1": {},
            "ca-west-1": {},
            "eu-central-1": {},
            "eu-central-2": {},
            "eu-north-1": {},
            "eu-south-1": {},
            "eu-south-2": {},
            "eu-west-1": {},
            "eu-west-2": {},
            "eu-west-3": {},
            "il-central-1": {},
            "me-central-1": {},
            "me-south-1": {},
            "me-west-1": {},
            "mx-central-1": {},
            "sa-east-1": {},
            "sa-west-1": {},
            "us-east-1": {},
            "us-east-2": {},
            "us-west-1": {},
            "us-west-2": {},
        },
    },
    {
        "id": "aws-cn",
        "regionRegex": r"^cn\-\w+\-\d+$",
        "outputs": {
            "dnsSuffix": "amazonaws.com.cn",
            "dualStackDnsSuffix": "api.amazonwebservices.com.cn",
            "implicitGlobalRegion": "cn-northwest-1",
            "name": "aws-cn",
            "supportsDualStack": True,
            "supportsFIPS": True,
        },
        "regions": {
            "aws-cn-global": {},
            "cn-north-1": {},
            "cn-northwest-1": {},
        },
    },
    {
        "id": "aws-eusc",
        "regionRegex": r"^eusc\-(de)\-\w+\-\d+$",
        "outputs": {
            "dnsSuffix": "amazonaws.eu",
            "dualStackDnsSuffix": "api.amazonwebservices.eu",
            "implicitGlobalRegion": "eusc-de-east-1",
            "name": "aws-eusc",
            "supportsDualStack": True,
            "supportsFIPS": True,
        },
        "regions": {
            "eusc-de-east-1": {},
        },
    },
    {
        "id": "aws-iso",
        "regionRegex": r"^us\-iso\-\w+\-\d+$",
        "outputs": {
            "dnsSuffix": "c2s.ic.gov",
            "dualStackDnsSuffix": "api.aws.ic.gov",
            "implicitGlobalRegion": "us-iso-east-1",
            "name": "aws-iso",
            "supportsDualStack": True,
            "supportsFIPS": True,
        },
        "regions": {
            "aws-iso-global": {},
            "us-iso-east-1": {},
            "us-iso-west-1": {},
        },
    },
    {
        "id": "aws-iso-b",
        "regionRegex": r"^us\-isob\-\w+\-\d+$",
        "outputs": {
            "dnsSuffix": "sc2s.sgov.gov",
            "dualStackDnsSuffix": "api.aws.scloud",
            "implicitGlobalRegion": "us-isob-east-1",
            "name": "aws-iso-b",
            "supportsDualStack": True,
            "supportsFIPS": True,
        },
        "regions": {
            "aws-iso-b-global": {},
            "us-isob-east-1": {},
            "us-isob-west-1": {},
        },
    },
    {
        "id": "aws-iso-e",
        "regionRegex": r"^eu\-isoe\-\w+\-\d+$",
        "outputs": {
            "dnsSuffix": "cloud.adc-e.uk",
            "dualStackDnsSuffix": "api.cloud-aws.adc-e.uk",
            "implicitGlobalRegion": "eu-isoe-west-1",
            "name": "aws-iso-e",
            "supportsDualStack": True,
            "supportsFIPS": True,
        },
        "regions": {
            "aws-iso-e-global": {},
            "eu-isoe-west-1": {},
        },
    },
    {
        "id": "aws-iso-f",
        "regionRegex": r"^us\-isof\-\w+\-\d+$",
        "outputs": {
            "dnsSuffix": "csp.hci.ic.gov",
            "dualStackDnsSuffix": "api.aws.hci.ic.gov",
            "implicitGlobalRegion": "us-isof-south-1",
            "name": "aws-iso-f",
            "supportsDualStack": True,
            "supportsFIPS": True,
        },
        "regions": {
            "aws-iso-f-global": {},
            "us-isof-east-1": {},
            "us-isof-south-1": {},
        },
    },
    {
        "id": "aws-us-gov",
        "regionRegex": r"^us\-gov\-\w+\-\d+$",
        "outputs": {
            "dnsSuffix": "amazonaws.com",
            "dualStackDnsSuffix": "api.aws",
            "implicitGlobalRegion": "us-gov-west-1",
            "name": "aws-us-gov",
            "supportsDualStack": True,
            "supportsFIPS": True,
        },
        "regions": {
            "aws-us-gov-global": {},
            "us-gov-east-1": {},
            "us-gov-west-1": {},
        },
    },
)
