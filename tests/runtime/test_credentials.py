"""Credential/region resolution order, errors and secret hiding.

Every test passes an explicit ``environ`` dict whose file variables (or HOME)
point into ``tmp_path``, so the real environment and home are never read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from apigen.runtime.auth.credentials import (
    Credentials,
    NoCredentialsError,
    PartialCredentialsError,
    resolve_credentials,
    resolve_region,
)


def _env(tmp_path: Path, credentials: str = "", config: str = "", **extra: str) -> dict[str, str]:
    cred_file = tmp_path / "credentials"
    config_file = tmp_path / "config"
    if credentials:
        cred_file.write_text(credentials, encoding="utf-8")
    if config:
        config_file.write_text(config, encoding="utf-8")
    return {
        "AWS_SHARED_CREDENTIALS_FILE": str(cred_file),
        "AWS_CONFIG_FILE": str(config_file),
        **extra,
    }


CRED_FILE = """\
[default]
aws_access_key_id = FILE_DEFAULT
aws_secret_access_key = file-default-secret

[work]
aws_access_key_id = FILE_WORK
aws_secret_access_key = file-work-secret
aws_session_token = file-work-token
"""

CONFIG_FILE = """\
[default]
region = eu-west-1
aws_access_key_id = CONFIG_DEFAULT
aws_secret_access_key = config-default-secret

[profile work]
region = us-west-2
aws_access_key_id = CONFIG_WORK
aws_secret_access_key = config-work-secret

[profile cfgonly]
region = ap-south-1
aws_access_key_id = CONFIG_ONLY
aws_secret_access_key = config-only-secret
aws_security_token = legacy-token

[cfgbare]
aws_access_key_id = NOT_A_PROFILE
aws_secret_access_key = ignored

[profile sso]
sso_session = corp
"""

ENV_KEYS = {"AWS_ACCESS_KEY_ID": "ENV", "AWS_SECRET_ACCESS_KEY": "env-secret"}


def test_explicit_arguments_win(tmp_path: Path) -> None:
    environ = _env(tmp_path, CRED_FILE, CONFIG_FILE, **ENV_KEYS)
    creds = resolve_credentials("ARG", "arg-secret", "arg-token", environ=environ)
    assert creds == Credentials("ARG", "arg-secret", "arg-token")


def test_partial_explicit_arguments_are_an_error(tmp_path: Path) -> None:
    with pytest.raises(PartialCredentialsError, match="both access_key and secret_key"):
        resolve_credentials(access_key="ARG", environ=_env(tmp_path, CRED_FILE))


def test_environment_beats_files(tmp_path: Path) -> None:
    environ = _env(tmp_path, CRED_FILE, CONFIG_FILE, AWS_PROFILE="work", **ENV_KEYS)
    assert resolve_credentials(environ=environ) == Credentials("ENV", "env-secret")


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        ({"AWS_SESSION_TOKEN": "session"}, "session"),
        ({"AWS_SECURITY_TOKEN": "legacy"}, "legacy"),
        ({"AWS_SESSION_TOKEN": "session", "AWS_SECURITY_TOKEN": "legacy"}, "session"),
        ({"AWS_SESSION_TOKEN": ""}, None),
    ],
)
def test_environment_token(tmp_path: Path, tokens: dict[str, str], expected: str | None) -> None:
    creds = resolve_credentials(environ=_env(tmp_path, **ENV_KEYS, **tokens))
    assert creds.token == expected


def test_partial_environment_is_an_error(tmp_path: Path) -> None:
    environ = _env(tmp_path, CRED_FILE, AWS_ACCESS_KEY_ID="ENV")
    with pytest.raises(PartialCredentialsError, match="AWS_SECRET_ACCESS_KEY is not set"):
        resolve_credentials(environ=environ)


def test_empty_environment_values_count_as_unset(tmp_path: Path) -> None:
    environ = _env(tmp_path, CRED_FILE, AWS_ACCESS_KEY_ID="", AWS_SECRET_ACCESS_KEY="")
    assert resolve_credentials(environ=environ).access_key == "FILE_DEFAULT"


def test_profile_argument_skips_environment_keys(tmp_path: Path) -> None:
    environ = _env(tmp_path, CRED_FILE, **ENV_KEYS)
    creds = resolve_credentials(profile="work", environ=environ)
    assert creds == Credentials("FILE_WORK", "file-work-secret", "file-work-token")


@pytest.mark.parametrize(
    ("profile", "extra", "expected_key"),
    [
        (None, {}, "FILE_DEFAULT"),
        (None, {"AWS_PROFILE": "work"}, "FILE_WORK"),
        (None, {"AWS_DEFAULT_PROFILE": "work"}, "FILE_WORK"),
        (None, {"AWS_PROFILE": "cfgonly", "AWS_DEFAULT_PROFILE": "work"}, "CONFIG_ONLY"),
        ("work", {"AWS_PROFILE": "cfgonly"}, "FILE_WORK"),
    ],
)
def test_profile_selection(
    tmp_path: Path, profile: str | None, extra: dict[str, str], expected_key: str
) -> None:
    environ = _env(tmp_path, CRED_FILE, CONFIG_FILE, **extra)
    assert resolve_credentials(profile=profile, environ=environ).access_key == expected_key


def test_config_file_used_when_credentials_file_lacks_profile(tmp_path: Path) -> None:
    creds = resolve_credentials(profile="cfgonly", environ=_env(tmp_path, CRED_FILE, CONFIG_FILE))
    assert creds == Credentials("CONFIG_ONLY", "config-only-secret", "legacy-token")


def test_config_default_section_without_credentials_file(tmp_path: Path) -> None:
    creds = resolve_credentials(environ=_env(tmp_path, config=CONFIG_FILE))
    assert creds.access_key == "CONFIG_DEFAULT"


def test_config_file_needs_profile_prefix(tmp_path: Path) -> None:
    with pytest.raises(NoCredentialsError, match="'cfgbare' does not exist"):
        resolve_credentials(profile="cfgbare", environ=_env(tmp_path, CRED_FILE, CONFIG_FILE))


def test_default_file_locations_follow_environ_home(tmp_path: Path) -> None:
    aws = tmp_path / ".aws"
    aws.mkdir()
    (aws / "credentials").write_text(CRED_FILE, encoding="utf-8")
    (aws / "config").write_text(CONFIG_FILE, encoding="utf-8")
    environ = {"HOME": str(tmp_path), "AWS_PROFILE": "work"}
    assert resolve_credentials(environ=environ).access_key == "FILE_WORK"
    assert resolve_region(environ=environ) == "us-west-2"


def test_nothing_found_says_where_it_looked(tmp_path: Path) -> None:
    environ = _env(tmp_path)
    with pytest.raises(NoCredentialsError) as info:
        resolve_credentials(environ=environ)
    message = str(info.value)
    assert "AWS_ACCESS_KEY_ID" in message
    assert environ["AWS_SHARED_CREDENTIALS_FILE"] in message
    assert environ["AWS_CONFIG_FILE"] in message
    assert "'default'" in message


def test_missing_named_profile(tmp_path: Path) -> None:
    with pytest.raises(NoCredentialsError, match="'nope' does not exist"):
        resolve_credentials(environ=_env(tmp_path, CRED_FILE, AWS_PROFILE="nope"))


def test_unsupported_profile_kind_is_named(tmp_path: Path) -> None:
    config = "[profile assume]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = d\n"
    with pytest.raises(NoCredentialsError, match=r"role_arn.*STS"):
        resolve_credentials(profile="assume", environ=_env(tmp_path, "", config))


def test_partial_profile_is_an_error(tmp_path: Path) -> None:
    environ = _env(tmp_path, "[default]\naws_access_key_id = ONLY\n")
    with pytest.raises(PartialCredentialsError, match="only one of"):
        resolve_credentials(environ=environ)


def test_malformed_file_is_reported(tmp_path: Path) -> None:
    environ = _env(tmp_path, "this is not ini\n")
    with pytest.raises(ValueError, match="cannot parse AWS config file"):
        resolve_credentials(environ=environ)


@pytest.mark.parametrize(
    ("region", "profile", "extra", "expected"),
    [
        ("arg-1", None, {"AWS_REGION": "env-1", "AWS_DEFAULT_REGION": "env-2"}, "arg-1"),
        (None, None, {"AWS_REGION": "env-1", "AWS_DEFAULT_REGION": "env-2"}, "env-1"),
        (None, None, {"AWS_DEFAULT_REGION": "env-2"}, "env-2"),
        (None, None, {}, "eu-west-1"),
        (None, "work", {}, "us-west-2"),
        (None, None, {"AWS_PROFILE": "cfgonly"}, "ap-south-1"),
        (None, "missing", {}, None),
    ],
)
def test_region_resolution_order(
    tmp_path: Path,
    region: str | None,
    profile: str | None,
    extra: dict[str, str],
    expected: str | None,
) -> None:
    environ = _env(tmp_path, CRED_FILE, CONFIG_FILE, **extra)
    assert resolve_region(region, profile, environ=environ) == expected


def test_region_none_without_config(tmp_path: Path) -> None:
    assert resolve_region(environ=_env(tmp_path)) is None


def test_repr_hides_secrets() -> None:
    creds = Credentials("AKIDEXAMPLE", "super-secret-key", "session-token-value")
    for text in (repr(creds), str(creds)):
        assert "AKIDEXAMPLE" in text
        assert "super-secret-key" not in text
        assert "session-token-value" not in text
