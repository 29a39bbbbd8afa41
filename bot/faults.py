"""Crash points for the fault tests: with ``LEADBOT_CRASH_AT=<name>`` in its environment, the process
kills itself with SIGKILL when it reaches ``crash_point(<name>)``, exactly as a power cut or the OOM
killer would. Unset (always, outside those tests) a crash point costs one dictionary lookup."""

from __future__ import annotations

import os
import signal

BEFORE_STORE = "before_store"  # a modal submission is valid, the lead not yet written
AFTER_STORE = "after_store"  # the lead is committed, Slack not yet answered
AFTER_CRM_ACCEPTED = "after_crm_accepted"  # the CRM created the lead, we have not recorded it
BEFORE_TURN = "before_turn"  # a chat message is in the inbox (and acked, or about to be), its turn not applied


def crash_point(name: str) -> None:
    if os.environ.get("LEADBOT_CRASH_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
