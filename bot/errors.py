"""LeadBot's one exception tree.

Every error the bot raises on purpose derives from :class:`LeadBotError`, so an entry point can catch
that one class, show its message to a person and exit or answer cleanly. Messages never contain
secrets, and never a full email address or phone number.

    LeadBotError
    ├── ConfigError              a setting is missing or invalid; names the variable and the fix
    ├── ContactError             one contact field failed validation; ``field`` names it
    ├── OwnerError               a lead owner or an owners file is not usable; says why
    ├── WorkspaceError           a workspace's CRM connection or leads channel as typed is not usable
    ├── StoreError               the database could not be reached or written
    ├── CrmError                 posting a lead to the CRM did not create it
    │   ├── CrmTransientError    worth retrying: timeouts, connection errors, 408, 429, 5xx
    │   │   └── CrmWaitingError  the workspace's CRM token was refused: wait for a new one, do not give up
    │   └── CrmRejectedError     the CRM refused the lead: other 4xx or ``success: false``
    └── SlackError               a Slack Web API call did not do what was asked; ``method`` names it
        ├── SlackUnavailableError  slow, unreachable, dropped, rate limited or 5xx: may work later
        └── SlackRefusedError      Slack answered ``ok: false``; ``error`` is its code
"""

from __future__ import annotations


class LeadBotError(Exception):
    """Base class of every error LeadBot raises on purpose."""


class ConfigError(LeadBotError):
    """A setting is missing or invalid. The message names the variable and how to fix it."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("Configuration problem:\n" + "\n".join(f"  - {p}" for p in problems))


class ContactError(LeadBotError):
    """A contact field (name, email, phone, company, notes) is not acceptable.

    ``message`` is written for the sales rep who typed the value.
    """

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


class OwnerError(LeadBotError):
    """A lead owner cannot be used (no CRM agent for them), or an owners file has problems; the message
    says which, line by line for a file."""


class WorkspaceError(LeadBotError):
    """A workspace's CRM connection or leads channel cannot be stored as typed. ``field`` is ``token``,
    ``base_url``, ``agent_id`` or ``channel``; ``message`` is written for the admin who typed it."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


class StoreError(LeadBotError):
    """The lead store could not be reached or written."""


class CrmError(LeadBotError):
    """Posting a lead to the CRM did not create it."""

    def __init__(self, message: str, *, status_code: int | None = None) -> None:
        self.message = message
        self.status_code = status_code
        super().__init__(message if status_code is None else f"HTTP {status_code}: {message}")


class CrmTransientError(CrmError):
    """A failure worth retrying later. ``retry_after`` is the CRM's ``Retry-After`` in seconds, if any."""

    def __init__(
        self, message: str, *, status_code: int | None = None, retry_after: float | None = None
    ) -> None:
        self.retry_after = retry_after
        super().__init__(message, status_code=status_code)


class CrmWaitingError(CrmTransientError):
    """The workspace's CRM refused its token (401): its leads wait in the outbox, however long, until an
    admin connects a new token (which sends them at once)."""


class CrmRejectedError(CrmError):
    """The CRM refused the lead; retrying the same body will not help. ``message`` is the CRM's reason."""


class SlackError(LeadBotError):
    """A Slack Web API call failed. ``method`` is the API method, ``error`` a short reason (Slack's
    error code, or the kind of network failure); neither carries tokens or user text."""

    def __init__(self, method: str, error: str) -> None:
        self.method = method
        self.error = error
        super().__init__(f"Slack {method} failed: {error}")


class SlackUnavailableError(SlackError):
    """Slack was slow, unreachable, dropped the connection, rate limited us or answered 5xx.
    ``retry_after`` is Slack's ``Retry-After`` in seconds, when it gave one."""

    def __init__(self, method: str, error: str, *, retry_after: float | None = None) -> None:
        self.retry_after = retry_after
        super().__init__(method, error)


class SlackRefusedError(SlackError):
    """Slack answered ``ok: false`` (``invalid_blocks``, ``channel_not_found``, ``expired_trigger_id``…)."""
