"""The default database is the same from every directory, reading commands create nothing, and a
database an earlier LeadBot left in ./data is used and pointed out, through the real CLI."""

from __future__ import annotations

from pathlib import Path

from tests.support.processes import bot_env, run_bot

LEAD = "Sam Lee, sam@lee.io, Acme Inc\nskip\nyes\n"


def test_the_outbox_is_the_same_from_any_directory_and_reading_creates_nothing(tmp_path: Path) -> None:
    xdg = tmp_path / "xdg"
    env = bot_env(XDG_DATA_HOME=str(xdg))
    here, elsewhere = tmp_path / "here", tmp_path / "elsewhere"
    here.mkdir()
    elsewhere.mkdir()
    database = xdg / "leadbot" / "leadbot.sqlite3"

    empty = run_bot("outbox", "list", env=env, cwd=elsewhere)
    assert empty.returncode == 0, empty.stderr
    assert f"No LeadBot database at {database} yet" in empty.stderr
    doctor = run_bot("doctor", env=env, cwd=elsewhere)
    assert f"SQLite file {database} does not exist yet" in doctor.stdout
    assert not xdg.exists() and list(elsewhere.iterdir()) == []  # looking made no file, no data/

    captured = run_bot("shell", env=env, cwd=here, input_text=LEAD)
    assert captured.returncode == 0, captured.stderr
    listed = run_bot("outbox", "list", env=env, cwd=elsewhere)
    assert listed.returncode == 0, listed.stderr
    assert "dry_run: 1" in listed.stdout and "S** L**" in listed.stdout
    assert list(here.iterdir()) == [] and list(elsewhere.iterdir()) == []
    doctor = run_bot("doctor", env=env, cwd=elsewhere)
    assert f"✓ database  SQLite file {database}, schema at revision" in doctor.stdout


def test_an_earlier_leadbots_data_directory_is_used_and_the_move_is_explained(tmp_path: Path) -> None:
    env = bot_env(XDG_DATA_HOME=str(tmp_path / "xdg"))
    old = tmp_path / "checkout"
    old.mkdir()
    # LeadBot 0.1's default: a relative path, resolved against the directory it ran in.
    made = run_bot("shell", env=env | {"DATABASE_URL": "sqlite:///data/leadbot.sqlite3"}, cwd=old, input_text=LEAD)
    assert made.returncode == 0, made.stderr

    listed = run_bot("outbox", "list", env=env, cwd=old)
    assert listed.returncode == 0, listed.stderr
    assert "dry_run: 1" in listed.stdout
    legacy = old / "data" / "leadbot.sqlite3"
    assert f"Using {legacy}, the database of an earlier LeadBot" in listed.stderr
    assert f"mv {legacy} {tmp_path / 'xdg' / 'leadbot' / 'leadbot.sqlite3'}" in listed.stderr
    doctor = run_bot("doctor", env=env, cwd=old)
    assert f"Using {legacy}" in doctor.stdout
