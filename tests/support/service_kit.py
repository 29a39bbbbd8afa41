"""The services wired over the in-memory fakes, as bot/bootstrap.py wires them over the real adapters."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Generic, TypeVar

from bot.domain.assembly import CaptureContext, Surface
from bot.domain.contact import Contact
from bot.domain.conversation import ConversationEngine
from bot.ports import ConversationKey
from bot.services.capture import LeadCapture
from bot.services.chat import ChatService, Rep
from bot.services.form import LeadForm
from bot.services.owners import LeadOwners
from tests.support.fakes import (
    FixedClock,
    InMemoryConversationStore,
    InMemoryLeadStore,
    InMemoryOwnerStore,
    RecordingMetrics,
    RecordingNotifier,
)

REGION = "US"
AGENT_ID = "agent-1"
IDLE_TIMEOUT = timedelta(minutes=30)
DM = ConversationKey("T0001", "D0DM", "", "U0REP")
REP = Rep(user_name="Rita Rep", team_name="Acme")
# One message with every field; "yes" then confirms it.
SAM = "Sam Lee, sam@lee.io, +44 20 7946 0958, Lee & Co"
SAM_CONTACT = Contact(name="Sam Lee", email="sam@lee.io", phone="+442079460958", company="Lee & Co")
MODAL = CaptureContext(surface=Surface.MODAL, user_id="U0REP", user_name="Rita Rep", team_id="T0001",
                       channel_id="C0SALES1")


class WakeCounter:
    """Stands in for the delivery worker's wake-up: counts how often the capture path woke it."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


@dataclass
class ServiceKit:
    dry_run: bool = False
    clock: FixedClock = field(default_factory=FixedClock)
    leads: InMemoryLeadStore = field(default_factory=InMemoryLeadStore)
    notifier: RecordingNotifier = field(default_factory=RecordingNotifier)
    metrics: RecordingMetrics = field(default_factory=RecordingMetrics)
    wakes: WakeCounter = field(default_factory=WakeCounter)

    def __post_init__(self) -> None:
        self.conversations = InMemoryConversationStore(self.leads)
        self.owner_store = InMemoryOwnerStore()
        self.owners = LeadOwners(self.owner_store, self.clock, default_agent=AGENT_ID)
        self.capture = LeadCapture(self.leads, self.clock, self.notifier, owners=self.owners, dry_run=self.dry_run,
                                   on_queued=self.wakes, metrics=self.metrics)
        self.chat = ChatService(ConversationEngine(REGION, idle_timeout=IDLE_TIMEOUT), self.conversations,
                                self.capture, self.clock)
        self.form = LeadForm(self.capture, self.chat, self.clock, region=REGION)


Result = TypeVar("Result")


class Answers(Generic[Result]):
    """A surface's answer to a service (the form's ``answer``, the workflow step's ``finish``): what it
    was given, and what the rep and the worker had been told by then."""

    def __init__(self, kit: ServiceKit) -> None:
        self.kit = kit
        self.results: list[Result] = []
        self.told_before: list[object] = []

    def __call__(self, result: Result) -> None:
        self.results.append(result)
        self.told_before.append((list(self.kit.notifier.events), self.kit.wakes.count))
