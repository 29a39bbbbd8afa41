"""What the lead form says beside its inputs about where a prefilled value came from: "Guessed from
your text: check it" under a value a weak rule found (a list's last item, a guessed name), and the
company the email suggests, as a button the rep presses to take it, never as a prefilled value.
A personal address (gmail.com…) gets no suggestion; the form says why instead."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.domain.email_company import EmailOrigin, email_origin
from bot.domain.parsed_text import ParsedText
from bot.slack.mrkdwn import clip, plain

SUGGEST_COMPANY_ACTION = "use_suggested_company"
SUGGESTION_BLOCK = "company_suggestion"
GUESSED_HINT = "Guessed from your text: check it."
_BUTTON_TEXT_MAX = 75  # Slack's limit for a button's text
_HINT_MAX = 2000  # and for an input's hint


@dataclass(frozen=True)
class FormHints:
    guessed: frozenset[str] = field(default_factory=frozenset)
    email: EmailOrigin | None = None  # what the prefilled email says, when no company was given

    @classmethod
    def of(cls, parsed: ParsedText) -> FormHints:
        email = parsed.values.get("email")
        origin = email_origin(email) if email and "company" not in parsed.values else None
        return cls(frozenset(parsed.guessed), origin)

    def hint(self, field_name: str) -> str | None:
        if field_name in self.guessed:
            return GUESSED_HINT
        if field_name == "company" and self.email is not None:
            if self.email.personal:
                return clip(f"Their email is a personal address ({self.email.domain}), so it doesn't say where "
                            "they work.", _HINT_MAX)
            if self.email.company:
                return clip(f"Their email is at {self.email.domain}: press the button below if they work at "
                            f"\u201c{self.email.company}\u201d.", _HINT_MAX)
        return None

    def suggestion_block(self) -> dict[str, Any] | None:
        """The button that fills in the company the email suggests."""
        if self.email is None or not self.email.company:
            return None
        button = {"type": "button", "action_id": SUGGEST_COMPANY_ACTION, "value": self.email.company,
                  "text": plain(f"Use \u201c{self.email.company}\u201d", _BUTTON_TEXT_MAX)}
        return {"type": "actions", "block_id": SUGGESTION_BLOCK, "elements": [button]}


NO_HINTS = FormHints()
