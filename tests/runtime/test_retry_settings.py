"""Retry settings as the AWS SDKs read them: the client's argument, then AWS_MAX_ATTEMPTS and
AWS_RETRY_MODE, then the profile's max_attempts and retry_mode in the config file."""

from __future__ import annotations

from pathlib import Path

import pytest
from client_fakes import AWS_KEYS, THINGS, FakeServer, ThingsClient

from apigen.runtime.client import config
from apigen.runtime.client.base import ClientConfigError
from apigen.runtime.client.retries import RetryConfig


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in config._ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    config.clear_cache()


def _config_file(tmp_path: Path, text: str) -> None:
    (tmp_path / ".aws").mkdir()
    (tmp_path / ".aws" / "config").write_text(text, encoding="utf-8")


def _resolved_retry(**options: object) -> RetryConfig:
    client = ThingsClient(transport=FakeServer(THINGS, lambda *_: None), **{**AWS_KEYS, **options})  # type: ignore[arg-type]
    client._resolved()
    return client._retry.config


def test_the_environment_sets_attempts_and_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_MAX_ATTEMPTS", "5")
    monkeypatch.setenv("AWS_RETRY_MODE", "adaptive")
    retry = _resolved_retry()
    assert (retry.max_attempts, retry.mode) == (5, "adaptive")


def test_the_config_file_profile_sets_them(tmp_path: Path) -> None:
    _config_file(tmp_path, "[profile slow]\nmax_attempts = 7\nretry_mode = standard\n")
    retry = _resolved_retry(profile="slow")
    assert (retry.max_attempts, retry.mode) == (7, "standard")


def test_the_environment_wins_over_the_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _config_file(tmp_path, "[default]\nmax_attempts = 7\n")
    monkeypatch.setenv("AWS_MAX_ATTEMPTS", "2")
    assert _resolved_retry().max_attempts == 2


def test_the_client_argument_wins_over_both(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_MAX_ATTEMPTS", "9")
    assert _resolved_retry(retries=4).max_attempts == 4


def test_defaults_without_any_setting() -> None:
    assert _resolved_retry() == RetryConfig()


def test_bad_settings_are_a_clear_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_MAX_ATTEMPTS", "many")
    with pytest.raises(ClientConfigError, match="retry settings"):
        _resolved_retry()
    monkeypatch.setenv("AWS_MAX_ATTEMPTS", "2")
    monkeypatch.setenv("AWS_RETRY_MODE", "eager")
    config.clear_cache()
    with pytest.raises(ClientConfigError, match="retry mode"):
        _resolved_retry()
