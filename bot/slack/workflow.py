"""The Workflow Builder step "Create CRM lead": Slack sends ``function_executed`` when a workflow reaches
the step; LeadBot stores the lead and completes the step with its id and status, or fails it with what
is wrong (the lead form's messages).

Bolt acknowledges the event at once and hands ``complete`` and ``fail`` the step's own token (the
event's ``bot_access_token``), which is the one functions.completeSuccess and completeError accept.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext, Complete, Fail

from bot.domain.contact import CONTACT_FIELDS
from bot.services.workflow import WorkflowResult, WorkflowRun
from bot.slack import web_api
from bot.slack.context import SlackDeps, workspace_key
from bot.slack.manifest import STEP_OWNER_INPUT, STEP_SUBMITTER_INPUT, WORKFLOW_STEP_CALLBACK_ID
from bot.slack.payload import text_at


def register(app: App, deps: SlackDeps) -> None:
    @app.function(WORKFLOW_STEP_CALLBACK_ID)
    def create_crm_lead(event: dict[str, Any], complete: Complete, fail: Fail, context: BoltContext) -> None:
        run = _run(workspace_key(context), event, deps)

        def finish(result: WorkflowResult) -> None:
            # A retried event whose step already finished is refused by Slack
            # (execution_not_in_running_state); the lead is the same one, so a warning is enough.
            if result.lead is not None:
                web_api.attempt("functions.completeSuccess", lambda: complete(outputs=result.outputs()),
                                context="completing the workflow step")
            else:
                web_api.attempt("functions.completeError", lambda: fail(error=result.error),
                                context="failing the workflow step")

        deps.workflow.submit(run, finish)


def _run(workspace: str, event: dict[str, Any], deps: SlackDeps) -> WorkflowRun:
    inputs = event.get("inputs")
    inputs = inputs if isinstance(inputs, dict) else {}
    submitter = text_at(inputs, STEP_SUBMITTER_INPUT)
    return WorkflowRun(
        values={field: text_at(inputs, field) for field in CONTACT_FIELDS},
        step_run=text_at(event, "function_execution_id"),
        workflow_run=text_at(event, "workflow_execution_id"),
        team_id=workspace or None,
        submitted_by=submitter,
        # No ack waits on this: Bolt acknowledged the event before the listener ran.
        submitter_name=deps.users.name_now(submitter, team=workspace) if submitter else "",
        owner_id=text_at(inputs, STEP_OWNER_INPUT),
    )
