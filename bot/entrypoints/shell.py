"""``python -m bot shell``: the chat conversation in a terminal, with the same engine, store and delivery.

It reads lines from a terminal or a pipe, so scripts and tests can drive it. Without ``CRM_API_TOKEN``
it runs dry: each confirmed lead is stored and the exact JSON body it would send is printed on a line
of its own. With CRM settings it really sends, and shows what the CRM answered.
"""

from __future__ import annotations

import getpass
import time
from collections.abc import Iterator
from typing import TextIO

from rich.console import Console
from rich.markup import escape

from bot.adapters.store import SqlLeadStore
from bot.bootstrap import build_core
from bot.config import Settings
from bot.domain.assembly import Surface
from bot.domain.conversation import Reply, ReplyKind
from bot.domain.outbox import LeadRecord, LeadStatus
from bot.ports import ConversationKey
from bot.services.chat import Rep

QUIT = {"quit", "exit", ":q", "bye"}
INTRO = (
    "[bold]LeadBot[/] terminal. Tell me about a lead, e.g. "
    "[cyan]Sam Lee, sam@lee.io, +44 20 7946 0958, Lee & Co[/]. "
    "Type [cyan]help[/] for what I understand, [cyan]quit[/] to leave."
)
_STYLE = {ReplyKind.SUMMARY: "bold", ReplyKind.CONFIRMED: "green", ReplyKind.ENDED: "yellow",
          ReplyKind.OFFER_FORM: "yellow", ReplyKind.SAY: "", ReplyKind.DUPLICATE: "yellow"}


class ConsoleNotifier:
    """Shows delivery progress in the terminal, one line per status change."""

    def __init__(self, console: Console) -> None:
        self._console = console

    def lead_stored(self, record: LeadRecord) -> None:
        pass  # the shell shows the confirmation and delivers at once (see Shell._deliver)

    def lead_status_changed(self, record: LeadRecord) -> None:
        status = record.status
        if status is LeadStatus.SENDING:
            line = "[dim]Sending the lead to the CRM…[/]"
        elif status is LeadStatus.DRY_RUN:
            line = "[yellow]Dry run: the lead is saved but was not sent (CRM_API_TOKEN is not set).[/]"
        elif status is LeadStatus.DELIVERED:
            line = f"[green]Created in the CRM.[/] The CRM said: {escape(record.crm_message or '')}"
        elif status is LeadStatus.RETRYING:
            line = (f"[yellow]The CRM did not take it yet ({escape(record.last_error or '')}).[/] It stays "
                    "queued; a running LeadBot (serve or socket) keeps retrying.")
        elif status is LeadStatus.FAILED:
            line = f"[red]The CRM refused the lead:[/] {escape(record.last_error or 'no reason given')}"
        else:
            line = "Lead saved."
        self._console.print(f"bot › {line}", highlight=False)


class Shell:
    def __init__(self, settings: Settings, console: Console, stdin: TextIO) -> None:
        self._settings = settings
        self._console = console
        self._stdin = stdin
        store = SqlLeadStore.from_url(settings.database_url)
        self._core = build_core(settings, store, ConsoleNotifier(console))
        self._user = getpass.getuser() or "you"
        # A fresh conversation per session, so a draft left by an earlier run never leaks in.
        self._key = ConversationKey("local", "shell", f"{time.time():.6f}", self._user)

    def run(self) -> int:
        self._console.print(INTRO, highlight=False)
        try:
            for line in self._lines():
                if line.strip().lower() in QUIT:
                    break
                if line.strip():
                    self._turn(line)
            self._drop_draft()
        finally:
            self._core.close()
        return 0

    def _drop_draft(self) -> None:
        """Leaving mid-draft: each shell session has a conversation of its own (see ``_key``), so no later
        session could resume it. Cancel it, so it is not left behind half-done, and say so."""
        if not self._core.chat.is_active(self._key):
            return
        self._core.chat.handle(self._key, "cancel", Rep(user_name=self._user, surface=Surface.SHELL))
        self._console.print("bot › [yellow]Your unfinished lead was dropped: nothing was saved or sent to the "
                            "CRM. The next shell starts a new one.[/]", highlight=False)

    def _lines(self) -> Iterator[str]:
        interactive = self._stdin.isatty()
        while True:
            try:
                line = self._console.input("[bold cyan]you ›[/] ") if interactive else self._stdin.readline()
            except (EOFError, KeyboardInterrupt):
                return
            if not interactive and line == "":
                return
            yield line.rstrip("\n")

    def _turn(self, text: str) -> None:
        outcome = self._core.chat.handle(self._key, text, Rep(user_name=self._user, surface=Surface.SHELL))
        for reply in outcome.replies:
            self._say(reply)
        if outcome.lead is not None:
            self._deliver(outcome.lead)

    def _say(self, reply: Reply) -> None:
        text = escape(reply.text)
        if reply.kind is ReplyKind.SUMMARY:
            text += "\n[dim](type yes to confirm, or tell me what to change)[/]"
        elif reply.kind is ReplyKind.DUPLICATE:
            text += "\n[dim](type create anyway, or cancel)[/]"
        elif reply.kind is ReplyKind.OFFER_FORM:
            text = escape("That's three tries for one field. The form is in Slack (/newlead); here, "
                          "try once more, say skip, or cancel.")
        style = _STYLE[reply.kind]
        self._console.print(f"bot › [{style}]{text}[/]" if style else f"bot › {text}", highlight=False)

    def _deliver(self, lead: LeadRecord) -> None:
        if lead.dry_run:
            self._console.print("bot › Dry run: this is the exact JSON LeadBot would send:", highlight=False)
            # Printed raw, on a line of its own, so a script can take it as it is.
            self._console.file.write(lead.body + "\n")
            self._console.file.flush()
        self._core.delivery.deliver_due()
