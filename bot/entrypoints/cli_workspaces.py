"""``python -m bot workspaces …``: each workspace's CRM connection and leads channel (many workspaces; see
"Connect each workspace's CRM" in the README). ``list`` never shows a token; ``crm`` reads the token from stdin, never
from the command line (where ``ps`` and shell history would keep it); ``rotate-key`` encrypts every stored
token again under the newest LEADBOT_SECRET_KEY key."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from bot.entrypoints.cli_outbox import _settings, _store, err, out
from bot.errors import LeadBotError

if TYPE_CHECKING:
    from bot.adapters.workspace_store import SqlWorkspaceStore
    from bot.config import Settings

app = typer.Typer(help="Many workspaces: each workspace's CRM connection and leads channel.", no_args_is_help=True,
                  pretty_exceptions_enable=False)


def _workspaces(settings: Settings, *, reading: bool = False) -> SqlWorkspaceStore:
    from bot.bootstrap import build_workspace_store

    store = _store(settings, reading=reading)
    try:
        return build_workspace_store(settings, store)
    except LeadBotError as exc:
        store.close()
        err.print(f"[red]{escape(str(exc))}[/]")
        raise typer.Exit(2) from None


@app.command("list")
def list_workspaces() -> None:
    """Every workspace: its CRM base URL, default agent and state (never the token)."""
    settings = _settings()
    try:
        workspaces = _workspaces(settings, reading=True).list()
    except LeadBotError as exc:
        err.print(f"[red]{escape(str(exc))}[/]")
        raise typer.Exit(1) from None
    if not workspaces:
        out.print("No workspace yet: install LeadBot in one (Add to Slack), then connect its CRM.")
        return
    table = Table("workspace", "crm base url", "default agent", "crm", "leads channel", "installer", "updated (UTC)")
    for workspace in workspaces:
        state = (workspace.crm_state.value if workspace.crm_state else "ok") if workspace.connected \
            else "not connected (dry run)"
        table.add_row(workspace.team_key, escape(workspace.crm_base_url or "-"), escape(workspace.agent_id or "-"),
                      state, workspace.leads_channel or "-", workspace.installer_id or "-",
                      workspace.updated_at.strftime("%Y-%m-%d %H:%M:%S"))
    out.print(table)


@app.command("crm")
def connect_crm(
    team: Annotated[str, typer.Argument(help="The workspace: team id (T…), or enterprise id (E…) for an org install.")],
    agent_id: Annotated[str, typer.Option("--agent-id", help="The default CRM agent of its unmapped reps.")],
    base_url: Annotated[str | None, typer.Option("--base-url", help="The CRM's base URL; default CRM_BASE_URL.")]
    = None,
) -> None:
    """Connect (or update) a workspace's CRM. The API token is read from stdin: pipe it in, or type it
    at the prompt; its leads waiting for a token go at once."""
    from bot.adapters.clock import SystemClock
    from bot.services.workspaces import CrmConnections

    settings = _settings()
    token = _read_token()
    store = _workspaces(settings)
    connections = CrmConnections(store, SystemClock(), default_base_url=settings.crm_base_url)
    try:
        workspace = connections.connect(team.strip(), token=token, base_url=base_url or "", agent_id=agent_id)
    except LeadBotError as exc:
        err.print(f"[red]{escape(str(exc))}[/]")
        raise typer.Exit(1) from None
    out.print(f"{escape(workspace.team_key)}: leads go to {escape(workspace.crm_base_url or '')} "
              f"(default agent {escape(workspace.agent_id or '')}); the token is stored encrypted.", highlight=False)


@app.command("channel")
def leads_channel(
    team: Annotated[str, typer.Argument(help="The workspace: team id (T…), or enterprise id (E…) for an org install.")],
    channel: Annotated[str, typer.Argument(help="The channel's id (C…); \"off\": post leads in no channel.")],
) -> None:
    """Post each lead the workspace's CRM accepts in CHANNEL (invite @LeadBot there), as its admins can
    in App Home; "off" stops the posts."""
    from bot.adapters.clock import SystemClock
    from bot.services.workspaces import CrmConnections

    settings = _settings()
    connections = CrmConnections(_workspaces(settings), SystemClock(), default_base_url=settings.crm_base_url)
    try:
        workspace = connections.set_leads_channel(team.strip(), "" if channel.strip().lower() == "off" else channel)
    except LeadBotError as exc:
        err.print(f"[red]{escape(str(exc))}[/]")
        raise typer.Exit(1) from None
    where = f"are posted in {workspace.leads_channel}" if workspace.leads_channel else "are not posted in a channel"
    out.print(f"{escape(workspace.team_key)}: leads the CRM accepts {where}.", highlight=False)


@app.command("rotate-key")
def rotate_key() -> None:
    """Encrypt every stored CRM token again under the first key of LEADBOT_SECRET_KEY; then the old key
    can be dropped from it."""
    settings = _settings()
    try:
        count = _workspaces(settings).reseal_all()
    except LeadBotError as exc:
        err.print(f"[red]{escape(str(exc))}[/]")
        raise typer.Exit(1) from None
    out.print(f"{count:,} CRM token(s) now encrypted under the newest key.")


def _read_token() -> str:
    if sys.stdin.isatty():
        err.print("CRM API token (input hidden): ", end="")
        import getpass

        return getpass.getpass("")
    token = sys.stdin.readline().strip()
    if not token:
        err.print("[red]No token on stdin: pipe it in, e.g. printf %s \"$TOKEN\" | python -m bot workspaces crm …[/]")
        raise typer.Exit(2)
    return token
