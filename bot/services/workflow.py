"""The Workflow Builder step "Create CRM lead": a step's inputs become a stored lead (or the reason the
step fails), the step is completed or failed, and only then is the rep shown the lead's status and the
worker woken.

The inputs are checked and normalised exactly as the lead form's are (``build_contact``), and the
lead's owner is found as the form finds it (``LeadOwners``, through ``LeadCapture``). The step's own
execution id is the capture key, so Slack retrying the event finds the lead it stored the first time.

A workflow has nobody to ask "Create anyway?", so an earlier lead for the same person does not stop
it: the lead is created, and its activity note says which earlier lead it looks like, for whoever
reads it in the CRM.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from bot.domain.assembly import CaptureContext, SourceWorkflow, Surface
from bot.domain.contact import CONTACT_FIELDS, Contact, build_contact
from bot.domain.outbox import LeadRecord
from bot.errors import OwnerError, StoreError
from bot.ports import Clock
from bot.services.capture import LeadCapture
from bot.services.duplicates import DuplicateCheck

log = logging.getLogger(__name__)

STORE_DOWN = ("LeadBot could not save this lead just now (its database did not answer), so nothing was sent "
              "to the CRM. Run the workflow again in a few minutes.")
NO_SUBMITTER = ("This step has no \u201cSubmitted by\u201d: edit the workflow and set it to the person who used "
                "the workflow, so LeadBot knows whose lead it is and whom to tell its status.")


@dataclass(frozen=True)
class WorkflowRun:
    """One execution of the step, as Slack's function_executed event describes it."""

    values: Mapping[str, str]  # contact field name -> the step's input
    step_run: str  # function_execution_id: the same for Slack's retries of the event
    workflow_run: str  # workflow_execution_id
    team_id: str | None
    submitted_by: str  # the person who used the workflow: the rep
    submitter_name: str
    owner_id: str = ""  # the step's Owner input; "": the submitter


@dataclass(frozen=True)
class WorkflowResult:
    """``lead`` is stored (the step completes with :meth:`outputs`), or ``error`` says why the step fails."""

    lead: LeadRecord | None = None
    error: str = ""

    def outputs(self) -> dict[str, str]:
        """The step's outputs, as the manifest declares them."""
        if self.lead is None:
            return {}
        return {"lead_id": self.lead.id, "status": self.lead.status.value}


def problems_sentence(problems: Mapping[str, str]) -> str:
    """The form's messages as one readable text: ``Email: That email has no domain. Phone: …``. The
    fields are named as the form's labels (and the step's inputs) name them."""
    return " ".join(f"{field.capitalize()}: {message}" for field, message in problems.items())


def capture_key(step_run: str) -> str:
    """The outbox capture key of a step execution: Slack's retries of the event share it."""
    return f"workflow:{step_run}"


class WorkflowCapture:
    def __init__(self, capture: LeadCapture, clock: Clock, *, region: str,
                 duplicates: DuplicateCheck | None = None) -> None:
        self._capture = capture
        self._clock = clock
        self._region = region
        self._duplicates = duplicates

    def submit(self, run: WorkflowRun, finish: Callable[[WorkflowResult], None]) -> WorkflowResult:
        """Validate and store the lead, then ``finish`` (the surface completes or fails the step), then
        show the rep its status and wake the worker."""
        result = self._store(run)
        finish(result)
        if result.lead is not None:
            self._capture.announce(result.lead)
        return result

    def _store(self, run: WorkflowRun) -> WorkflowResult:
        if not run.submitted_by:
            return WorkflowResult(error=NO_SUBMITTER)
        contact, problems = build_contact(region=self._region,
                                          **{name: run.values.get(name, "") for name in CONTACT_FIELDS})
        if contact is None:
            return WorkflowResult(error=problems_sentence(problems))
        key = capture_key(run.step_run)
        try:
            workflow = SourceWorkflow(workflow_run=run.workflow_run, step_run=run.step_run,
                                      earlier_lead=self._earlier_lead(run, contact, key))
            context = CaptureContext(
                surface=Surface.WORKFLOW, user_id=run.submitted_by, user_name=run.submitter_name,
                team_id=run.team_id, owner_id=run.owner_id if run.owner_id not in ("", run.submitted_by) else None,
                workflow=workflow)
            record = self._capture.capture(contact, context, capture_key=key)
        except OwnerError as exc:
            return WorkflowResult(error=str(exc))
        except StoreError:
            log.exception("could not store a lead from a workflow step")
            return WorkflowResult(error=STORE_DOWN)
        return WorkflowResult(lead=record)

    def _earlier_lead(self, run: WorkflowRun, contact: Contact, key: str) -> str | None:
        if self._duplicates is None:
            return None
        # No user id: the note is read in the CRM, where "a lead you captured" would name nobody.
        earlier = self._duplicates.find(run.team_id, contact.model_dump(exclude_none=True), user_id="",
                                        capture_key=key)
        if earlier is None:
            return None
        return f"Created anyway, as a workflow cannot be asked: {earlier.sentence()} (LeadBot lead {earlier.lead_id})"
