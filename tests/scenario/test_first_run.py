"""What a new user meets on a first run, through the real CLI: every mistake ends in one line that
names the cause and the fix, a non-zero exit, and no traceback."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.fake_slack import FakeSlack
from tests.support.harness import SIGNING_SECRET
from tests.support.processes import bot_env, run_bot

SUPPORTED = "use sqlite:///path/to/file.sqlite3 or postgresql://user:password@host:5432/dbname"
# Runs the CLI as if psycopg were not installed (the "postgres" extra left out).
WITHOUT_PSYCOPG = ("-c", "import sys; sys.modules['psycopg'] = None; sys.argv[0] = 'leadbot'; "
                   "from bot.entrypoints.cli import main; main()")


def one_clear_line(result: subprocess.CompletedProcess[str], *needles: str) -> str:
    """The run failed, without a traceback, and one line of its output says all of ``needles``."""
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Traceback" not in output, output
    lines = [line for line in output.splitlines() if all(needle in line for needle in needles)]
    assert lines, f"no line says {needles}:\n{output}"
    return lines[0]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return bot_env(XDG_DATA_HOME=str(tmp_path / "xdg"))


@pytest.mark.parametrize("command", [["doctor"], ["run"], ["shell"], ["outbox", "list"], ["outbox", "drain"],
                                     ["serve"]])
@pytest.mark.parametrize(("url", "says"), [
    ("not a url", f"is not a database URL; {SUPPORTED}"),
    ("mysql://leadbot:hunter2@localhost/leadbot", f"uses mysql://, which LeadBot does not support; {SUPPORTED}"),
])
def test_an_unusable_database_url(command: list[str], url: str, says: str, env: dict[str, str]) -> None:
    result = run_bot(*command, env=env | {"DATABASE_URL": url}, input_text="")
    one_clear_line(result, "DATABASE_URL (from the environment)", says)
    assert "hunter2" not in result.stdout + result.stderr


@pytest.mark.parametrize("command", [["outbox", "list"], ["shell"]])
def test_postgresql_without_its_driver_installed(command: list[str], env: dict[str, str]) -> None:
    result = run_bot(*command, env=env | {"DATABASE_URL": "postgresql://u:hunter2@127.0.0.1:1/db"},
                     python=WITHOUT_PSYCOPG, input_text="")
    one_clear_line(result, "DATABASE_URL needs the postgresql+psycopg driver, which is not installed",
                   "pip install 'leadbot[postgres]'")


def test_doctor_names_a_missing_driver(env: dict[str, str]) -> None:
    result = run_bot("doctor", env=env | {"DATABASE_URL": "postgresql://u:hunter2@127.0.0.1:1/db"},
                     python=WITHOUT_PSYCOPG)
    one_clear_line(result, "✗ database", "postgresql+psycopg driver, which is not installed")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.fixture
def slack_env(env: dict[str, str], fake_slack: FakeSlack, tmp_path: Path) -> dict[str, str]:
    return env | {"SLACK_BOT_TOKEN": "xoxb-1-first-run", "SLACK_SIGNING_SECRET": SIGNING_SECRET,
                  "SLACK_API_BASE_URL": fake_slack.api_url, "DATABASE_URL": f"sqlite:///{tmp_path / 'b.sqlite3'}"}


def test_serve_on_a_port_already_in_use(slack_env: dict[str, str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        result = run_bot("serve", "--host", "127.0.0.1", "--port", port, env=slack_env)
    one_clear_line(result, f"Port {port} on 127.0.0.1 is already in use", "PORT or --port")
    assert result.returncode == 2


@pytest.mark.parametrize("command", ["serve", "socket"])
def test_slack_refusing_connections_at_start_up(command: str, slack_env: dict[str, str]) -> None:
    base = f"http://127.0.0.1:{_free_port()}/api/"  # nothing listens there: connection refused
    env = slack_env | {"SLACK_API_BASE_URL": base, "SLACK_APP_TOKEN": "xapp-1-first-run"}
    result = run_bot(command, env=env)
    one_clear_line(result, f"Slack could not be reached at {base}", "Check the network",
                   "SLACK_API_BASE_URL")
    assert result.returncode == 2
    assert '"level": "ERROR"' not in result.stderr  # said once, above, not also as log noise


def test_doctor_says_slack_cannot_be_reached(env: dict[str, str]) -> None:
    base = f"http://127.0.0.1:{_free_port()}/api/"
    result = run_bot("doctor", env=env | {"SLACK_BOT_TOKEN": "xoxb-1-doctor", "SLACK_API_BASE_URL": base})
    one_clear_line(result, f"✗ slack     cannot reach Slack at {base}: URLError")
    assert result.returncode == 1


def test_slack_not_answering_at_start_up(slack_env: dict[str, str]) -> None:
    with socket.socket() as silent:  # accepts connections (the backlog) and never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        base = f"http://127.0.0.1:{silent.getsockname()[1]}/api/"
        result = run_bot("serve", env=slack_env | {"SLACK_API_BASE_URL": base, "SLACK_TIMEOUT_SECONDS": "0.5"})
    one_clear_line(result, f"Slack could not be reached at {base} (timed out)", "Check the network")
    assert result.returncode == 2


def test_a_crm_token_without_a_default_agent_is_a_doctor_warning(env: dict[str, str]) -> None:
    # Reps may each have their own CRM agent (lead owners): CRM_AGENT_ID is only the default.
    doctor = run_bot("doctor", env=env | {"CRM_API_TOKEN": "crm-first-run-token"})
    assert "✗ config" not in doctor.stdout
    assert "! owners" in doctor.stdout and "no rep has a CRM agent" in doctor.stdout
    assert "python -m bot owners import" in doctor.stdout
    assert "crm-first-run-token" not in doctor.stdout


def test_only_the_bot_token_says_what_is_missing_instead_of_starting_the_terminal(env: dict[str, str]) -> None:
    result = run_bot("run", env=env | {"SLACK_BOT_TOKEN": "xoxb-1-only"}, input_text="Sam Lee\n")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "Some Slack settings are set, but neither mode is complete" in result.stderr
    assert "SLACK_APP_TOKEN is not set" in result.stderr and "SLACK_SIGNING_SECRET is not set" in result.stderr
    assert "LeadBot terminal" not in result.stdout


def test_run_names_an_invalid_slack_setting_rather_than_calling_it_missing(env: dict[str, str]) -> None:
    result = run_bot("run", env=env | {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xoxb-not-an-app-token"},
                     input_text="")
    one_clear_line(result, "SLACK_APP_TOKEN (from the environment) must be an app-level token starting with xapp-")
    assert "SLACK_APP_TOKEN is not set" not in result.stderr and "xoxb-not-an-app-token" not in result.stderr


@contextlib.contextmanager
def unwritable(directory: Path) -> Iterator[None]:
    """A directory this process cannot write: chmod for a user; root ignores modes, so chattr +i."""
    directory.mkdir()
    as_root = os.geteuid() == 0
    if as_root:
        made = subprocess.run(["chattr", "+i", str(directory)], capture_output=True).returncode == 0
    else:
        directory.chmod(0o555)
        made = True
    if not made or os.access(directory, os.W_OK):
        pytest.skip("cannot make a directory unwritable here (root without chattr)")
    try:
        yield
    finally:
        if as_root:
            subprocess.run(["chattr", "-i", str(directory)], check=True)
        else:
            directory.chmod(0o755)


@pytest.mark.parametrize("below", ["", "sub"])
def test_a_read_only_data_directory_is_named(below: str, env: dict[str, str], tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    database = locked / below / "leadbot.sqlite3"
    with unwritable(locked):
        result = run_bot("shell", env=env | {"DATABASE_URL": f"sqlite:///{database}"}, input_text="")
        line = one_clear_line(result, str(locked), "writable")
        doctor = run_bot("doctor", env=env | {"DATABASE_URL": f"sqlite:///{database}"})
        one_clear_line(doctor, "✗ database", f"{locked} is not writable")
    assert "server is up" not in line
    assert result.returncode == 2


def test_a_region_alias_suggests_the_iso_code(env: dict[str, str]) -> None:
    result = run_bot("shell", env=env | {"DEFAULT_PHONE_REGION": "uk"}, input_text="")
    one_clear_line(result, "DEFAULT_PHONE_REGION (from the environment) must be an ISO 3166 region code: use GB")


def test_a_bad_env_line_names_the_file_and_line(env: dict[str, str], tmp_path: Path) -> None:
    dotenv = tmp_path / "leadbot.env"
    dotenv.write_text("LOG_LEVEL=INFO\nSLACK_BOT_TOKEN xoxb-secret-in-a-bad-line\n")
    for command in (["doctor"], ["shell"]):
        result = run_bot(*command, env=env | {"LEADBOT_ENV_FILE": str(dotenv)}, input_text="")
        one_clear_line(result, f"{dotenv} line 2 is not a KEY=value line")
        assert "xoxb-secret-in-a-bad-line" not in result.stdout + result.stderr
        assert "Python-dotenv could not parse" not in result.stderr


def test_a_bad_port_does_not_stop_the_shell_or_the_outbox_but_stops_serve(env: dict[str, str],
                                                                          tmp_path: Path) -> None:
    env = env | {"PORT": "abc", "DATABASE_URL": f"sqlite:///{tmp_path / 'p.sqlite3'}"}
    shell = run_bot("shell", env=env, input_text="quit\n")
    assert shell.returncode == 0, shell.stderr
    assert "PORT (from the environment)" in shell.stderr and "skipped: only serve and socket use it" in shell.stderr
    listed = run_bot("outbox", "list", env=env)
    assert listed.returncode == 0, listed.stderr
    serve = run_bot("serve", env=env | {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"})
    one_clear_line(serve, "PORT (from the environment)", "valid integer")
    assert "skipped" not in serve.stderr
