"""``python -m bot outbox …``: see and steer the delivery queue."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from bot.config import DRY_RUN_AGENT_ID, Mode, Settings, load_settings
from bot.database_url import sqlite_path
from bot.domain.outbox import LeadRecord, LeadStatus
from bot.errors import LeadBotError
from bot.logs import configure_logging
from bot.pii import mask_name, mask_text, mask_wire

if TYPE_CHECKING:
    from bot.adapters.store import SqlLeadStore

app = typer.Typer(help="See and steer the delivery queue (the outbox).", no_args_is_help=True,
                  pretty_exceptions_enable=False)
# Tables need room; a pipe or a narrow terminal would otherwise squeeze every column to "…".
out = Console(width=max(140, Console().width))
err = Console(stderr=True, soft_wrap=True)  # one message, one line, even in a pipe


def _settings(*, delivers: bool = False) -> Settings:
    """``delivers``: the command sends leads, so the CRM settings must make sense."""
    from bot.entrypoints.cli import notes_for

    try:
        settings = load_settings(server=False)
        if delivers:
            settings.require(Mode.SHELL)
    except LeadBotError as exc:
        err.print(f"[red]{escape(str(exc))}[/]")
        raise typer.Exit(2) from None
    configure_logging(settings.log_level, settings.log_format)
    for note in notes_for(settings):
        err.print(f"[yellow]{escape(note)}[/]", highlight=False)
    return settings


def _store(settings: Settings, *, reading: bool = False, missing_exit: int = 0) -> SqlLeadStore:
    """``reading``: a command that only looks never creates a database; without one it says so and
    exits with ``missing_exit``."""
    from bot.adapters.store import SqlLeadStore

    path = sqlite_path(settings.database_url)
    if reading and path is not None and not path.exists():
        err.print(f"No LeadBot database at {path} yet, so the outbox is empty. LeadBot creates it when it "
                  "first starts; if your leads are elsewhere, set DATABASE_URL to that database.",
                  highlight=False)
        raise typer.Exit(missing_exit)
    try:
        return SqlLeadStore.from_url(settings.database_url, writable=not reading)
    except LeadBotError as exc:
        err.print(f"[red]{escape(str(exc))}[/]", highlight=False)
        raise typer.Exit(2) from None


def _who(record: LeadRecord) -> str:
    name = record.contact_fields().get("name")
    return mask_name(name) if name else "(no name)"


@app.command("list")
def list_leads(
    status: Annotated[LeadStatus | None, typer.Option(help="Only leads with this status.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=1000, help="At most this many, newest first.")] = 50,
) -> None:
    """The newest leads in the outbox."""
    store = _store(_settings(), reading=True)
    try:
        records = store.list(status, limit)
        counts = store.count_by_status()
    finally:
        store.close()
    table = Table("id", "status", "tries", "captured (UTC)", "next try (UTC)", "via", "lead", "last error")
    for record in records:
        due = record.next_attempt_at.strftime("%m-%d %H:%M:%S") if not record.status.is_final else ""
        table.add_row(record.id[:8], record.status.value, str(record.attempts),
                      record.created_at.strftime("%Y-%m-%d %H:%M:%S"), due, record.surface, _who(record),
                      escape((record.last_error or "")[:60]))
    out.print(table)
    out.print(" ".join(f"{name}: {counts.get(name, 0)}" for name in LeadStatus))


def _find(store: SqlLeadStore, lead_id: str) -> LeadRecord:
    record = store.get(lead_id)
    if record is None:
        matches = [r for r in store.list(None, 1000) if r.id.startswith(lead_id)] if len(lead_id) >= 4 else []
        if len(matches) != 1:
            err.print(f"No single lead matches {escape(lead_id)!r}. See: python -m bot outbox list")
            raise typer.Exit(1)
        record = matches[0]
    return record


@app.command()
def show(
    lead_id: Annotated[str, typer.Argument(help="A lead id, or its first 8 characters.")],
    show_pii: Annotated[bool, typer.Option("--show-pii", help="Show names, emails and phones unmasked.")] = False,
) -> None:
    """One lead: its status, attempts, the CRM's last answer and the exact body (masked by default)."""
    store = _store(_settings(), reading=True, missing_exit=1)
    try:
        record = _find(store, lead_id)
    finally:
        store.close()
    for label, value in (
        ("id", record.id), ("status", record.status.value), ("attempts", record.attempts),
        ("captured", record.created_at.isoformat()), ("queued", record.queued_at.isoformat()),
        ("next attempt", record.next_attempt_at.isoformat()), ("surface", record.surface),
        ("slack", f"team {record.team_id or '-'} channel {record.channel_id or '-'} user {record.user_id}"),
        ("dry run", record.dry_run), ("crm message", record.crm_message or "-"),
        ("crm data", record.crm_response or "-"), ("last error", record.last_error or "-"),
    ):
        if not show_pii and label in ("crm message", "crm data", "last error"):
            value = mask_text(str(value), record.contact_fields().get("name"))  # the CRM may echo the contact
        out.print(f"[bold]{label:>13}[/] {escape(str(value))}", highlight=False)
    body = record.wire if show_pii else mask_wire(record.wire)
    out.print("[bold]         body[/]" + ("" if show_pii else " (masked; --show-pii to see it whole)"))
    out.print_json(json.dumps(body))


@app.command()
def retry(
    lead_id: Annotated[str | None, typer.Argument(help="The failed lead to queue again.")] = None,
    failed: Annotated[bool, typer.Option("--failed", help="Queue every failed lead again.")] = False,
) -> None:
    """Queue failed leads again, unchanged (say, after fixing CRM_API_TOKEN)."""
    from bot.adapters.clock import SystemClock

    if (lead_id is None) == (not failed):
        err.print("Give a lead id or --failed (not both).")
        raise typer.Exit(2)
    store = _store(_settings(delivers=True))
    try:
        now = SystemClock().now()
        if failed:
            out.print(f"Queued {store.retry_failed(now)} failed lead(s) again. {_PICKED_UP}")
            return
        record = _find(store, lead_id or "")
        if store.resubmit(record.id, None, now) is None:
            hint = " (send it with: python -m bot outbox send-dry-run)" if record.status is LeadStatus.DRY_RUN else ""
            err.print(f"Lead {record.id} is {record.status.value}, not failed; nothing to retry{hint}.")
            raise typer.Exit(1)
        out.print(f"Lead {record.id} is queued again. {_PICKED_UP}")
    finally:
        store.close()


_PICKED_UP = ("A running LeadBot (serve or socket) picks queued leads up within about a second; "
              "without one, run: python -m bot outbox drain")


@app.command("send-dry-run")
def send_dry_run(
    lead_id: Annotated[str | None, typer.Option("--id", help="Only this lead (default: every dry-run lead).")] = None,
) -> None:
    """Queue leads stored in a dry run for the CRM, now that CRM_API_TOKEN and CRM_AGENT_ID are set."""
    from bot.adapters.clock import SystemClock

    settings = _settings(delivers=True)
    if settings.crm_dry_run or settings.crm_agent_id is None:
        err.print("Dry-run leads can only be sent once the CRM is configured: set CRM_API_TOKEN and "
                  "CRM_AGENT_ID (see .env.example), then run this again.", highlight=False)
        raise typer.Exit(2)
    store = _store(settings)
    try:
        now = SystemClock().now()
        if lead_id is not None:
            record = _find(store, lead_id)
            if record.status is not LeadStatus.DRY_RUN:
                err.print(f"Lead {record.id} is {record.status.value}, not dry_run; nothing to send.")
                raise typer.Exit(1)
            records = [record]
        else:
            records = store.list(LeadStatus.DRY_RUN, 100_000)
        # A lead whose owner had no agent of their own got the placeholder in the dry run: it goes out as
        # the configured default's. A lead owned by a mapped rep keeps that rep's agent.
        agent = settings.crm_agent_id
        queued = sum(store.send_dry_run(r.id, r.with_agent(agent) if r.lead.get("agentId") == DRY_RUN_AGENT_ID
                                        else r.body, now) for r in records)
    finally:
        store.close()
    out.print(f"Queued {queued} dry-run lead(s) for the CRM as agent {escape(settings.crm_agent_id)}. "
              + _PICKED_UP, highlight=False)


@app.command()
def drain(
    limit: Annotated[int | None, typer.Option(min=1, help="Stop after this many attempts.")] = None,
) -> None:
    """Deliver every lead that is due now, then exit (for cron, or after an outage)."""
    from bot.bootstrap import build_drain_core

    settings = _settings(delivers=True)
    store: SqlLeadStore = _store(settings)
    core, slack = build_drain_core(settings, store)
    try:
        attempted = core.delivery.deliver_due(limit)
        counts = store.count_by_status()
        if slack is not None and not slack.flush(timeout=60):
            err.print("Slack was slow; some status messages will be caught up by the running LeadBot.")
    finally:
        if slack is not None:
            slack.close()
        core.close()
    out.print(f"Attempted {attempted} deliveries. Outbox now: "
              + ", ".join(f"{name} {counts.get(name, 0)}" for name in LeadStatus))

