"""``python -m bot outbox …``: see and steer the delivery queue."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from bot.config import Mode, Settings, load_settings
from bot.domain.outbox import LeadRecord, LeadStatus
from bot.errors import LeadBotError
from bot.logs import configure_logging
from bot.pii import mask_name, mask_wire

if TYPE_CHECKING:
    from bot.adapters.store import SqlLeadStore

app = typer.Typer(help="See and steer the delivery queue (the outbox).", no_args_is_help=True,
                  pretty_exceptions_enable=False)
# Tables need room; a pipe or a narrow terminal would otherwise squeeze every column to "…".
out = Console(width=max(140, Console().width))
err = Console(stderr=True)


def _settings() -> Settings:
    try:
        settings = load_settings()
        settings.require(Mode.SHELL)
    except LeadBotError as exc:
        err.print(f"[red]{escape(str(exc))}[/]")
        raise typer.Exit(2) from None
    configure_logging(settings.log_level, settings.log_format)
    return settings


def _store(settings: Settings) -> SqlLeadStore:
    from bot.adapters.store import SqlLeadStore

    try:
        return SqlLeadStore.from_url(settings.database_url)
    except LeadBotError as exc:
        err.print(f"[red]{escape(str(exc))}[/]")
        raise typer.Exit(2) from None


def _who(record: LeadRecord) -> str:
    name = record.lead.get("name") or record.lead.get("email") or record.lead.get("phone") or "?"
    return mask_name(name) if name == record.lead.get("name") else "(no name)"


@app.command("list")
def list_leads(
    status: Annotated[LeadStatus | None, typer.Option(help="Only leads with this status.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=1000, help="At most this many, newest first.")] = 50,
) -> None:
    """The newest leads in the outbox."""
    store = _store(_settings())
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
    store = _store(_settings())
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
    store = _store(_settings())
    try:
        now = SystemClock().now()
        if failed:
            out.print(f"Queued {store.retry_failed(now)} failed lead(s) again.")
            return
        record = _find(store, lead_id or "")
        if store.resubmit(record.id, None, now) is None:
            err.print(f"Lead {record.id} is {record.status.value}, not failed; nothing to retry.")
            raise typer.Exit(1)
        out.print(f"Lead {record.id} is queued again.")
    finally:
        store.close()


@app.command()
def drain(
    limit: Annotated[int | None, typer.Option(min=1, help="Stop after this many attempts.")] = None,
) -> None:
    """Deliver every lead that is due now, then exit (for cron, or after an outage)."""
    from bot.adapters.slack_notifier import SlackNotifier
    from bot.bootstrap import build_core
    from bot.ports import Notifier
    from bot.slack.app import build_web_client

    settings = _settings()
    store: SqlLeadStore = _store(settings)
    notifier: Notifier = _Quiet()
    slack: SlackNotifier | None = None
    if settings.slack_bot_token is not None:
        # Reps' status messages keep up with deliveries made here too.
        notifier = slack = SlackNotifier(build_web_client(settings.slack_bot_token.get_secret_value(),
                                                          settings.slack_api_base_url,
                                                          settings.slack_timeout_seconds), store)
    core = build_core(settings, store, notifier)
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


class _Quiet:
    """No Slack token: deliveries still happen, nobody is told in Slack."""

    def lead_status_changed(self, record: LeadRecord) -> None:
        pass

