"""``python -m bot owners …``: which CRM agent each Slack user's leads go to (see "Lead owners" in the
README). ``import`` replaces a workspace's imported mapping from a CSV, all or nothing; ``list`` shows
every mapping and where it came from."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from bot.domain.owners import parse_owner_csv
from bot.entrypoints.cli_outbox import _settings, _store, err, out
from bot.errors import OwnerError, SlackError
from bot.pii import mask_email

if TYPE_CHECKING:
    from bot.adapters.store import SqlLeadStore
    from bot.config import Settings
    from bot.slack.people import SlackUsersByEmail

app = typer.Typer(help="Lead owners: each Slack user's CRM agent.", no_args_is_help=True,
                  pretty_exceptions_enable=False)


def _people(settings: Settings, store: SqlLeadStore, team: str | None) -> SlackUsersByEmail | None:
    """Slack, asked with the bot token (SLACK_BOT_TOKEN, or the installed workspace ``team``'s own when
    LeadBot serves many), when there is one."""
    from bot.slack.app import build_web_client
    from bot.slack.people import SlackUsersByEmail

    if settings.slack_bot_token is not None:
        token: str | None = settings.slack_bot_token.get_secret_value()
    elif settings.multi_workspace and team:
        from bot.bootstrap import open_installations

        bot = open_installations(settings, store).bot_for(team)
        token = bot.bot_token if bot is not None else None
    else:
        token = None
    if not token:
        return None
    return SlackUsersByEmail(build_web_client(token, settings.slack_api_base_url, settings.slack_timeout_seconds))


@app.command("import")
def import_owners(
    file: Annotated[Path, typer.Argument(help="CSV with the header slack_user,agent_id.")],
    team: Annotated[str | None, typer.Option("--team", help="The workspace (T…); default: the bot token's.")] = None,
) -> None:
    """Replace the workspace's imported owners with FILE. A bad row is reported by line; nothing is
    half-imported. Reps' own settings (App Home) still come first."""
    from bot.adapters.clock import SystemClock
    from bot.adapters.team_store import SqlOwnerStore
    from bot.services.owners import LeadOwners

    settings = _settings()
    try:
        rows = parse_owner_csv(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        err.print(f"Cannot read {escape(str(file))}: {escape(getattr(exc, 'strerror', None) or type(exc).__name__)}"
                  " (it must be a UTF-8 CSV file)", highlight=False)
        raise typer.Exit(2) from None
    except OwnerError as exc:
        err.print(escape(str(exc)), highlight=False)
        raise typer.Exit(1) from None
    store = _store(settings)
    try:
        people = _people(settings, store, team.strip() if team else None)
        team_id = team.strip() if team else _bot_team(people)
        owners = LeadOwners(SqlOwnerStore(store.engine), SystemClock(), default_agent=settings.default_agent)
        count = owners.import_rows(team_id, rows, people)
    except OwnerError as exc:
        err.print(escape(str(exc)), highlight=False)
        raise typer.Exit(1) from None
    except SlackError as exc:
        err.print(f"Slack could not be asked ({escape(str(exc))}), so nothing was imported. Check SLACK_BOT_TOKEN "
                  "and that the app has the users:read.email scope (reinstall it after adding the scope).",
                  highlight=False)
        raise typer.Exit(2) from None
    finally:
        store.close()
    out.print(f"Imported {count} lead owner(s) for workspace {escape(team_id)}; they replace the earlier import.",
              highlight=False)


def _bot_team(people: SlackUsersByEmail | None) -> str:
    if people is None:
        err.print("Give the workspace with --team T… (with many workspaces, always), or set SLACK_BOT_TOKEN so "
                  "LeadBot can ask Slack which workspace it is in.", highlight=False)
        raise typer.Exit(2)
    return people.team_id()


@app.command("list")
def list_owners(
    team: Annotated[str | None, typer.Option("--team", help="Only this workspace (T…).")] = None,
    show_pii: Annotated[bool, typer.Option("--show-pii", help="Show the emails rows were imported as.")] = False,
) -> None:
    """Every lead owner mapping and where it came from (self: App Home; imported: an owners file), and
    the default for everyone else."""
    from bot.adapters.team_store import SqlOwnerStore

    settings = _settings()
    store = _store(settings, reading=True)
    try:
        entries = SqlOwnerStore(store.engine).entries(team)
    finally:
        store.close()
    table = Table("workspace", "slack user", "agent id", "source", "imported as", "updated (UTC)")
    for entry in entries:
        named = entry.imported_as or ""
        table.add_row(entry.team_id, entry.user_id, escape(entry.agent_id), entry.source.value,
                      escape(named if show_pii or not named else mask_email(named)),
                      entry.updated_at.strftime("%Y-%m-%d %H:%M:%S"))
    if entries:
        out.print(table)
    else:
        out.print("No rep has a CRM agent of their own yet (App Home, or python -m bot owners import FILE.csv).")
    default = settings.default_agent
    if settings.crm_agent_id:
        out.print(f"default: everyone else's leads go to CRM_AGENT_ID, agent {escape(settings.crm_agent_id)}.",
                  highlight=False)
    elif default:
        out.print(f"default: dry run, everyone else's leads get the placeholder agent {escape(default)}.",
                  highlight=False)
    else:
        out.print("default: none. CRM_AGENT_ID is not set, so reps without a mapping cannot capture leads.",
                  highlight=False)
