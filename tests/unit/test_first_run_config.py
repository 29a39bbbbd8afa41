"""First-run configuration: where the default database lives, which DATABASE_URLs work, a broken .env
line, and settings only a server needs, which must not stop the shell or the outbox commands."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.config import Mode, load_settings
from bot.database_url import LEGACY_DATABASE, default_database_path, legacy_note, sqlite_path
from bot.errors import ConfigError
from tests.support.env_files import WriteEnv

pytestmark = pytest.mark.usefixtures("clean_env")

SUPPORTED = "use sqlite:///path/to/file.sqlite3 or postgresql://user:password@host:5432/dbname"


def _problems(**env: str) -> list[str]:
    with pytest.MonkeyPatch.context() as mp:
        for key, value in env.items():
            mp.setenv(key, value)
        with pytest.raises(ConfigError) as info:
            load_settings()
    return info.value.problems


def test_the_default_database_is_in_the_xdg_data_dir_whatever_the_directory(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    expected = Path(os.environ["XDG_DATA_HOME"]) / "leadbot" / "leadbot.sqlite3"
    for where in (tmp_path, tmp_path / "elsewhere"):
        where.mkdir(exist_ok=True)
        monkeypatch.chdir(where)
        assert sqlite_path(load_settings().database_url) == expected
    assert not expected.parent.exists()  # reading the settings creates nothing


def test_a_relative_xdg_data_home_is_ignored_as_the_spec_says(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", "relative/dir")
    assert default_database_path() == Path(os.environ["HOME"]) / ".local" / "share" / "leadbot" / "leadbot.sqlite3"


def test_an_earlier_leadbots_database_in_data_is_still_used_and_named(tmp_path: Path) -> None:
    LEGACY_DATABASE.parent.mkdir()
    LEGACY_DATABASE.write_bytes(b"")
    settings = load_settings()
    assert sqlite_path(settings.database_url) == tmp_path / "data" / "leadbot.sqlite3"
    note = legacy_note(settings.database_url)
    assert note is not None and f"mv {tmp_path / 'data' / 'leadbot.sqlite3'} {default_database_path()}" in note


def test_an_earlier_database_that_is_not_used_is_pointed_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    LEGACY_DATABASE.parent.mkdir()
    LEGACY_DATABASE.write_bytes(b"")
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'other.sqlite3'}")
    note = legacy_note(load_settings().database_url)
    assert note is not None and "is not used" in note
    assert f"DATABASE_URL=sqlite:///{tmp_path / 'data' / 'leadbot.sqlite3'}" in note


def test_no_note_without_an_earlier_database() -> None:
    assert legacy_note(load_settings().database_url) is None


@pytest.mark.parametrize(("url", "says"), [
    ("not a url", f"is not a database URL; {SUPPORTED}"),
    ("mysql://leadbot:hunter2@db/leadbot", f"uses mysql://, which LeadBot does not support; {SUPPORTED}"),
    ("oracle://scott:hunter2@db", f"uses oracle://, which LeadBot does not support; {SUPPORTED}"),
    ("postgresql+psycopg2://u:hunter2@db/x", "asks for the driver postgresql+psycopg2, which LeadBot does not "
                                              "install; use postgresql:// (LeadBot picks the driver)"),
    ("sqlite://", "names no file; use sqlite:///path/to/file.sqlite3"),
    ("sqlite:///:memory:", "names no file; use sqlite:///path/to/file.sqlite3"),
])
def test_an_unusable_database_url_is_named_with_the_supported_ones(url: str, says: str) -> None:
    [problem] = _problems(DATABASE_URL=url)
    assert problem.startswith(f"DATABASE_URL (from the environment) {says}")
    assert "hunter2" not in problem


@pytest.mark.parametrize("url", ["sqlite:///relative.sqlite3", "sqlite:////abs/leadbot.sqlite3",
                                 "postgresql://leadbot:pw@db:5432/leadbot", "postgresql+psycopg://u@h/d"])
def test_supported_database_urls_load(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", url)
    assert load_settings().database_url == url


def test_a_bad_env_line_is_named_by_file_and_line_without_its_value(write_env: WriteEnv) -> None:
    path = write_env("PORT=3000\nSLACK_BOT_TOKEN xoxb-secret-value\nCRM_AGENT_ID=a\nNOTES='unclosed\n")
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert info.value.problems == [
        f"{path} line {n} is not a KEY=value line: fix or remove it (quote a value that holds spaces or #)"
        for n in (2, 4)
    ]
    assert "xoxb-secret-value" not in str(info.value)


@pytest.mark.parametrize(("variable", "value"), [("PORT", "abc"), ("WEB_THREADS", "0"),
                                                 ("SLACK_APP_TOKEN", "xoxb-not-an-app-token")])
def test_server_only_settings_do_not_stop_the_shell_but_stop_a_server(variable: str, value: str,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(variable, value)
    settings = load_settings(server=False)
    [skipped] = settings.ignored_problems
    assert skipped.startswith(f"{variable} (from the environment) ")
    assert value not in skipped or variable != "SLACK_APP_TOKEN"
    settings.require(Mode.SHELL)  # does not raise
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert info.value.problems == [skipped]


def test_other_problems_still_stop_the_shell_and_name_only_themselves(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PORT", "abc")
    monkeypatch.setenv("DEFAULT_PHONE_REGION", "uk")
    with pytest.raises(ConfigError) as info:
        load_settings(server=False)
    assert [p.split(" ")[0] for p in info.value.problems] == ["DEFAULT_PHONE_REGION"]


@pytest.mark.parametrize(("env", "mode", "started"), [
    ({}, None, False),
    ({"SLACK_BOT_TOKEN": "xoxb-1"}, None, True),
    ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"}, Mode.HTTP, True),
    ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "SLACK_APP_TOKEN": "xapp-1"}, Mode.SOCKET, True),
    # CRM_AGENT_ID is only the default owner's agent: a CRM token without it still starts.
    ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1", "CRM_API_TOKEN": "t"}, Mode.SOCKET, True),
])
def test_which_slack_mode_run_starts(env: dict[str, str], mode: Mode | None, started: bool,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    settings = load_settings()
    assert (settings.slack_mode, settings.slack_started) == (mode, started)
