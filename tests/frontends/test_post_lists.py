"""A collection's ``List...`` POST that takes a name to filter by (Bedrock AgentCore's
``POST /browser-profiles``, ``ListBrowserProfiles`` with ``name``) lists: it carries a name
as a create's input does, but the collection's ``PUT``, ``CreateBrowserProfile``, creates.
On a small rest-json botocore model written here, imported as ``apigen import`` imports one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from imported_models import metadata, operation, spec_from_model, structure

LABEL = {"shape": "S", "location": "uri", "locationName": "profileId"}
MODEL: dict[str, Any] = {
    "version": "2.0",
    "metadata": metadata("profiles", "rest-json"),
    "operations": {
        "CreateProfile": operation("CreateProfile", "PUT", "/profiles"),
        "ListProfiles": operation("ListProfiles", "POST", "/profiles"),
        "GetProfile": operation("GetProfile", "GET", "/profiles/{profileId}"),
        "DeleteProfile": operation("DeleteProfile", "DELETE", "/profiles/{profileId}"),
    },
    "shapes": {
        "S": {"type": "string"},
        "Summary": structure(profileId="S", name="S"),
        "Summaries": {"type": "list", "member": {"shape": "Summary"}},
        "CreateProfileRequest": structure("name", name="S"),
        "CreateProfileResponse": structure("profileId", profileId="S"),
        "ListProfilesRequest": structure(name="S", nextToken="S"),
        "ListProfilesResponse": structure(profileSummaries="Summaries", nextToken="S"),
        "GetProfileRequest": {**structure("profileId"), "members": {"profileId": LABEL}},
        "GetProfileResponse": structure(profileId="S", name="S"),
        "DeleteProfileRequest": {**structure("profileId"), "members": {"profileId": LABEL}},
        "DeleteProfileResponse": structure(),
    },
}


def test_a_list_post_taking_a_name_lists_and_the_create_put_creates(tmp_path: Path) -> None:
    service, _ = spec_from_model(tmp_path, "profiles", MODEL)
    profile = next(r for r in service.resources if r.name == "Profile")
    assert (profile.create, profile.list) == ("CreateProfile", "ListProfiles"), profile
    assert (profile.read, profile.delete) == ("GetProfile", "DeleteProfile"), profile
