"""The lead form's use case: a submitted form becomes a stored lead (or a list of problems to show),
the surface answers Slack, and only then is the rep shown its status and the worker woken."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from bot.domain.assembly import FormOrigin, form_context
from bot.domain.contact import CONTACT_FIELDS, build_contact
from bot.domain.outbox import LeadRecord
from bot.errors import OwnerError, StoreError
from bot.faults import AFTER_STORE, BEFORE_STORE, crash_point
from bot.ports import Clock, ConversationKey
from bot.services.capture import LeadCapture
from bot.services.chat import ChatService

log = logging.getLogger(__name__)

OWNER_BLOCK = "owner"  # the form's owner picker, where a problem with the owner is shown
STORE_DOWN = "LeadBot could not save this lead just now, so nothing was sent. Press Create lead again."


@dataclass(frozen=True)
class FormSubmission:
    """What the rep submitted, and where the form came from."""

    values: Mapping[str, str]  # field name -> what was in the input
    user_id: str
    user_name: str
    origin: FormOrigin
    capture_key: str  # the same for a double submit of one form
    resend_of: str = ""  # the failed lead an "Edit and resend" form edits
    conversation: ConversationKey | None = None  # the chat that offered this form
    owner_id: str = ""  # whose CRM agent gets the lead (the form's owner picker); "": the rep


@dataclass(frozen=True)
class FormResult:
    """``problems`` (field -> message) keep the form open; otherwise ``lead`` is stored, or None when a
    resend found its lead no longer failed (a double click)."""

    problems: dict[str, str] = field(default_factory=dict)
    lead: LeadRecord | None = None


class LeadForm:
    def __init__(self, capture: LeadCapture, chat: ChatService, clock: Clock, *, region: str) -> None:
        self._capture = capture
        self._chat = chat
        self._clock = clock
        self._region = region

    def submit(self, form: FormSubmission, answer: Callable[[FormResult], None]) -> FormResult:
        """Validate and store the lead, then ``answer`` (the surface acks Slack with the result), then
        show the rep its status, end the chat that offered the form, and wake the worker."""
        result = self._store(form)
        answer(result)
        if result.lead is not None:
            if form.resend_of:
                self._capture.announce(result.lead, fresh=False)
            else:
                if form.conversation is not None:
                    self._chat.end_via_form(form.conversation)  # the chat offered this form: it is done
                self._capture.announce(result.lead)
        return result

    def _store(self, form: FormSubmission) -> FormResult:
        contact, problems = build_contact(region=self._region,
                                          **{name: form.values.get(name, "") for name in CONTACT_FIELDS})
        if contact is None:
            return FormResult(problems=problems)
        context = form_context(form.origin, user_id=form.user_id, user_name=form.user_name, notes=contact.notes,
                               now=self._clock.now(), owner_id=form.owner_id or None)
        crash_point(BEFORE_STORE)
        try:
            if form.resend_of:
                record = self._capture.resubmit(form.resend_of, contact, context)
            else:
                record = self._capture.capture(contact, context, capture_key=form.capture_key)
        except OwnerError as exc:
            # Said on the owner picker; a resend form has none (its lead keeps its owner).
            return FormResult(problems={"name" if form.resend_of else OWNER_BLOCK: str(exc)})
        except StoreError:
            log.exception("could not store a lead from the form")
            return FormResult(problems={"name": STORE_DOWN})
        crash_point(AFTER_STORE)
        return FormResult(lead=record)
