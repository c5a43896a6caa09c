"""Settings the paths reading infers (``frontends/resource_settings.path_settings``), on small
REST botocore models written here and imported as ``apigen import`` imports one.

A restJson1 model: an ``Api`` (``/v1/apis``, ``/v1/apis/{apiId}``) whose settings live at a
literal path below its item (``Put``/``Get``/``DeleteApiSettings`` on
``/v1/apis/{apiId}/settings``), account settings at a literal path without labels written by
a PATCH ``UpdateAccountSettings``, a collection below the item (``/v1/apis/{apiId}/stages``,
read by a GET and written by a PUT: no setting) and a literal path read by a ``List...`` GET (no setting either). A restXml
model: a ``Bucket`` read by HEAD, its policy a literal query on the item path (``PUT/GET/
DELETE /buckets/{Bucket}?policy``).

The fake reads back what was put, a second put replaces it, after the delete the read answers
the setting's declared not-found, a missing parent answers the parent's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from imported_models import fake_client, metadata, operation, spec_from_model, structure

from apigen import ir

# name: (method, uri, errors, {member: (shape, location)}, required, output members)
Op = tuple[str, str, tuple[str, ...], dict[str, tuple[str, str]], tuple[str, ...], dict[str, str]]
API = {"apiId": ("S", "uri")}
SETTINGS = {"apiId": ("S", "uri"), "logging": ("S", ""), "throttle": ("N", "")}
SETTINGS_OUT = {"apiId": "S", "logging": "S", "throttle": "N"}
NO_API, NO_SETTINGS = ("NoSuchApiException",), ("ApiSettingsNotFoundException",)
JSON_OPS: dict[str, Op] = {
    "CreateApi": ("POST", "/v1/apis", (), {"name": ("S", "")}, ("name",), {"apiId": "S"}),
    "GetApi": ("GET", "/v1/apis/{apiId}", NO_API, API, ("apiId",), {"apiId": "S", "name": "S"}),
    "DeleteApi": ("DELETE", "/v1/apis/{apiId}", NO_API, API, ("apiId",), {}),
    "ListApis": ("GET", "/v1/apis", (), {}, (), {"apis": "Apis"}),
    "PutApiSettings": ("PUT", "/v1/apis/{apiId}/settings", NO_API, SETTINGS, ("apiId",), {}),
    "GetApiSettings": (
        "GET",
        "/v1/apis/{apiId}/settings",
        NO_API + NO_SETTINGS,
        API,
        ("apiId",),
        SETTINGS_OUT,
    ),
    "DeleteApiSettings": (
        "DELETE",
        "/v1/apis/{apiId}/settings",
        NO_API + NO_SETTINGS,
        API,
        ("apiId",),
        {},
    ),
    "GetAccountSettings": ("GET", "/account-settings", (), {}, (), {"quota": "N", "tier": "S"}),
    "UpdateAccountSettings": (
        "PATCH",
        "/account-settings",
        (),
        {"quota": ("N", ""), "tier": ("S", "")},
        (),
        {"quota": "N", "tier": "S"},
    ),
    "GetStages": ("GET", "/v1/apis/{apiId}/stages", NO_API, API, ("apiId",), {}),
    "PutStages": ("PUT", "/v1/apis/{apiId}/stages", NO_API, API, ("apiId",), {}),
    "DeleteStage": (
        "DELETE",
        "/v1/apis/{apiId}/stages/{stageName}",
        NO_API,
        {"apiId": ("S", "uri"), "stageName": ("S", "uri")},
        ("apiId", "stageName"),
        {},
    ),
    "ListExports": ("GET", "/v1/apis/{apiId}/exports", NO_API, API, ("apiId",), {}),
    "PutExports": ("PUT", "/v1/apis/{apiId}/exports", NO_API, API, ("apiId",), {}),
}
BUCKET = {"Bucket": ("S", "uri")}
POLICY = {"Bucket": ("S", "uri"), "Policy": ("S", "")}
KEY = {"Bucket": ("S", "uri"), "Key": ("S", "uri")}
NO_BUCKET, NO_POLICY, NO_KEY = ("NoSuchBucket",), ("NoSuchBucketPolicy",), ("NoSuchKey",)
XML_OPS: dict[str, Op] = {
    "CreateBucket": ("POST", "/buckets", (), {"Bucket": ("S", "")}, ("Bucket",), {"Bucket": "S"}),
    "HeadBucket": ("HEAD", "/buckets/{Bucket}", NO_BUCKET, BUCKET, ("Bucket",), {}),
    "UpdateBucket": ("PUT", "/buckets/{Bucket}", (), BUCKET, ("Bucket",), {}),
    "DeleteBucket": ("DELETE", "/buckets/{Bucket}", (), BUCKET, ("Bucket",), {}),
    "ListBuckets": ("GET", "/buckets", (), {}, (), {"Buckets": "Buckets"}),
    # declaring no error (as S3's): a missing bucket answers the error naming the bucket,
    # not the one most operations declare (NoSuchKey)
    "PutBucketPolicy": ("PUT", "/buckets/{Bucket}?policy", (), POLICY, ("Bucket",), {}),
    "GetKey": ("GET", "/buckets/{Bucket}/keys/{Key}", NO_KEY, KEY, ("Bucket", "Key"), {}),
    "HeadKey": ("HEAD", "/buckets/{Bucket}/keys/{Key}", NO_KEY, KEY, ("Bucket", "Key"), {}),
    "PutKey": ("PUT", "/buckets/{Bucket}/keys/{Key}", NO_KEY, KEY, ("Bucket", "Key"), {}),
    "DeleteKey": ("DELETE", "/buckets/{Bucket}/keys/{Key}", NO_KEY, KEY, ("Bucket", "Key"), {}),
    "GetBucketPolicy": (
        "GET",
        "/buckets/{Bucket}?policy",
        NO_BUCKET + NO_POLICY,
        BUCKET,
        ("Bucket",),
        {"Policy": "S"},
    ),
    "DeleteBucketPolicy": (
        "DELETE",
        "/buckets/{Bucket}?policy",
        NO_BUCKET + NO_POLICY,
        BUCKET,
        ("Bucket",),
        {},
    ),
}


def _model(protocol: str, ops: dict[str, Op], errors: tuple[str, ...]) -> dict[str, Any]:
    shapes: dict[str, Any] = {
        "S": {"type": "string"},
        "N": {"type": "integer"},
        "Api": structure(apiId="S", name="S"),
        "Apis": {"type": "list", "member": {"shape": "Api"}},
        "BucketItem": structure(Bucket="S"),
        "Buckets": {"type": "list", "member": {"shape": "BucketItem"}},
    }
    operations = {}
    for name, (method, uri, raised, members, required, output) in ops.items():
        request = structure(*required, **{m: s for m, (s, _) in members.items()})
        for member, (_, location) in members.items():
            if location:
                request["members"][member] |= {"location": location, "locationName": member}
        shapes[f"{name}Request"] = request
        shapes[f"{name}Response"] = structure(**output)
        operations[name] = operation(name, method, uri, errors=raised, code=200)
    for error in errors:
        shapes[error] = {**structure(message="S"), "error": {"httpStatusCode": 404}}
        shapes[error]["exception"] = True
    return {
        "version": "2.0",
        "metadata": metadata("gateway", protocol),
        "operations": operations,
        "shapes": shapes,
    }


def _json() -> dict[str, Any]:
    return _model("rest-json", JSON_OPS, NO_API + NO_SETTINGS)


def _xml() -> dict[str, Any]:
    return _model("rest-xml", XML_OPS, NO_BUCKET + NO_POLICY + NO_KEY)


def _by_name(service: ir.Service) -> dict[str, ir.Resource]:
    return {r.name: r for r in service.resources}


def _roles(resource: ir.Resource) -> tuple[str | None, ...]:
    return (resource.create, resource.put, resource.read, resource.update, resource.delete)


def test_a_literal_path_under_an_item_is_its_setting(tmp_path: Path) -> None:
    found = _by_name(spec_from_model(tmp_path, "gateway", _json())[0])
    settings, account = found["ApiSettings"], found["AccountSettings"]
    assert settings.identifiers == found["Api"].identifiers
    assert [n for n, _ in settings.identifiers] == ["apiId"]
    assert "ApiSettings" in found["Api"].resources
    assert _roles(settings) == (None, "PutApiSettings", "GetApiSettings", None, "DeleteApiSettings")
    assert account.identifiers == ()
    assert _roles(account) == (None, "UpdateAccountSettings", "GetAccountSettings", None, None)
    # a collection of items (``/stages``) and a path a ``List...`` reads are no settings
    held = {n for r in found.values() for _, n in r.lifecycle_operations}
    assert not {"Stages", "Exports"} & set(found)
    assert not {"PutStages", "ListExports", "PutExports"} & held


def test_a_literal_query_on_an_item_path_is_its_setting_and_head_reads(tmp_path: Path) -> None:
    found = _by_name(spec_from_model(tmp_path, "gateway", _xml())[0])
    bucket, policy = found["Bucket"], found["BucketPolicy"]
    assert (bucket.read, bucket.update) == ("HeadBucket", "UpdateBucket")
    assert policy.identifiers == bucket.identifiers and "BucketPolicy" in bucket.resources
    assert _roles(policy) == (
        None,
        "PutBucketPolicy",
        "GetBucketPolicy",
        None,
        "DeleteBucketPolicy",
    )


def _refused(error: type[Exception], call: Any, **params: Any) -> str:
    with pytest.raises(error) as failed:
        call(**params)
    return type(failed.value).__name__


def test_the_fake_keeps_a_setting_under_its_item(tmp_path: Path, scratch_service: Any) -> None:
    _, text = spec_from_model(tmp_path, "gateway", _json())
    with fake_client(scratch_service, text, "gateway") as (client, error):
        api = client.create_api(name="one").api_id
        assert _refused(error, client.get_api_settings, api_id=api) == NO_SETTINGS[0]
        client.put_api_settings(api_id=api, logging="INFO", throttle=5)
        client.put_api_settings(api_id=api, logging="ERROR")  # a put replaces it all
        read = client.get_api_settings(api_id=api)
        assert (read.api_id, read.logging, read.throttle) == (api, "ERROR", None)
        put = client.put_api_settings
        assert _refused(error, put, api_id=api + "x", logging="x") == NO_API[0]
        client.delete_api_settings(api_id=api)
        assert _refused(error, client.get_api_settings, api_id=api) == NO_SETTINGS[0]

        unset = client.get_account_settings()  # it declares no not-found: nothing set yet
        assert (unset.quota, unset.tier) == (None, None)
        client.update_account_settings(quota=3)
        client.update_account_settings(tier="PRO")  # an update keeps the rest
        settings = client.get_account_settings()
        assert (settings.quota, settings.tier) == (3, "PRO")


def test_the_fake_keeps_a_setting_by_query(tmp_path: Path, scratch_service: Any) -> None:
    _, text = spec_from_model(tmp_path, "gateway", _xml())
    with fake_client(scratch_service, text, "gateway") as (client, error):
        client.create_bucket(bucket="b1")
        client.head_bucket(bucket="b1")
        assert _refused(error, client.head_bucket, bucket="b2") == NO_BUCKET[0]
        assert _refused(error, client.get_bucket_policy, bucket="b1") == NO_POLICY[0]
        client.put_bucket_policy(bucket="b1", policy="p1")
        client.put_bucket_policy(bucket="b1", policy="p2")
        assert client.get_bucket_policy(bucket="b1").policy == "p2"
        put = client.put_bucket_policy
        assert _refused(error, put, bucket="b2", policy="p") == NO_BUCKET[0]
        client.delete_bucket_policy(bucket="b1")
        assert _refused(error, client.get_bucket_policy, bucket="b1") == NO_POLICY[0]
