"""Where in Slack (or outside it) a lead was captured. Its own module: the outbox's record and the
lead's assembly both need it, and neither should import the other."""

from __future__ import annotations

from enum import StrEnum


class Surface(StrEnum):
    MODAL = "modal"
    CHAT = "chat"
    SHORTCUT = "shortcut"  # the "Create lead from message" message shortcut
    WORKFLOW = "workflow"  # the "Create CRM lead" custom step in a Workflow Builder workflow
    SHELL = "shell"
