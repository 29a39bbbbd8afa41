"""One rep message applied to a conversation: commands, corrections and contact details, then the
next question, the summary, or the end."""

from __future__ import annotations

from collections.abc import Callable

from bot.domain.contact import MAX_NOTES
from bot.domain.conversation.commands import Command, detect_command
from bot.domain.conversation.owner_clause import take_owner
from bot.domain.conversation.state import (
    ASK_ORDER,
    CANONICAL,
    IDENTITY,
    MAX_FAILURES,
    MAX_IDLE_TURNS,
    ConversationState,
    Reply,
    ReplyKind,
    Stage,
)
from bot.domain.conversation.suggestion import company_question, declined, takes_it
from bot.domain.conversation.text import explain_miss, interpret, keep_notes_that_fit, shown_value

QUESTIONS = {
    "name": "What's the lead's name?",
    "email": "What's their email address? (or say `skip`)",
    "phone": "What's their phone number? Include the country code for numbers outside your region. "
             "(or say `skip`)",
    "company": "Which company are they with? (or say `skip`)",
    "notes": "Anything the CRM should know? Say `notes: …`, or `skip`.",
}


RETRY = {
    "name": "What's the lead's name?",
    "email": "Try the email again, or say `skip`.",
    "phone": "Try the number again, or say `skip`.",
    "company": "Try the company again, or say `skip`.",
    "notes": "Try the notes again with `notes: …`, or say `skip`.",
}


HELP = (
    "I'm collecting a lead for the CRM. Tell me the name, email, phone and company in any order, several "
    "at once if you like (`Sam Lee, sam@lee.io, +44 20 7946 0958, Lee & Co`). You can say `email: …` or "
    "`change company to …` to fix something, `skip` to leave out an optional field, `back` to redo the "
    "last one, `start over`, or `cancel`."
)



class TurnHandler:
    """One turn's work; keeps ``run`` readable by giving each command its own method."""

    def __init__(self, region: str, state: ConversationState, text: str,
                 name_of: Callable[[str], str] = str) -> None:
        self.region = region
        # What the last message declined counts for that turn only ("OK, no phone."): a `skip` now is for the
        # question asked since, never the declined field again (which looped on "no tiene teléfono", "skip").
        self.state = state.changed(declined=()) if state.declined else state
        self.text = text
        self.name_of = name_of
        self.said: list[str] = []

    def update(self, **changes: object) -> None:
        # A third of a turn's updates change nothing (the idle count stays 0, asking stays None): no copy.
        changed = {name: value for name, value in changes.items() if getattr(self.state, name) != value}
        if changed:
            self.state = self.state.changed(**changed)

    def run(self) -> tuple[ConversationState, list[Reply]]:
        deciding = self.state.stage is Stage.DUPLICATE
        command = detect_command(self.text, confirming=self.state.stage is Stage.CONFIRMING, deciding=deciding)
        if deciding and command is not Command.CONFIRM:
            self.update(duplicate="")  # only "create anyway" accepts the earlier lead; a later confirm asks again
        # ("no, perdón: cancela todo" cancels; its "no" turns down nothing)
        if (self.state.suggested and self.state.asking == "company" and self.state.stage is Stage.COLLECTING
                and command is not Command.CANCEL):
            answered = self.answer_suggestion(command is Command.CONFIRM or takes_it(self.text))
            if answered is not None:
                return answered
        if command is None:
            return self.content()
        handlers = {  # (made only for a command: most turns give contact details)
            Command.CANCEL: self.cancel, Command.START_OVER: self.start_over, Command.HELP: self.help,
            Command.BACK: self.back, Command.SKIP: self.skip, Command.CONFIRM: self.confirm,
            Command.EDIT: self.edit, Command.GREETING: self.greeting,
        }
        return handlers[command]()

    def answer_suggestion(self, accepted: bool) -> tuple[ConversationState, list[Reply]] | None:
        """`yes` takes the company the email suggested; `no` skips the company, and what follows a "no,"
        ("no, it's Adler Consulting") is read as the answer. None: the message is about something else."""
        suggested = self.state.suggested
        if accepted:
            self.update(suggested="")
            self.text = f"company: {suggested}"
            return self.content()
        rest = declined(self.text)
        if rest is None:
            return None
        self.update(suggested="", skipped=(*self.state.skipped, "company"))
        if not rest:
            return self.next_step(progressed=True)
        self.text = rest
        return self.content()

    # --- commands ------------------------------------------------------------------------------

    def cancel(self) -> tuple[ConversationState, list[Reply]]:
        self.update(stage=Stage.CANCELLED, asking=None)
        return self.state, [Reply(ReplyKind.ENDED, "Cancelled. Nothing was sent to the CRM.")]

    def start_over(self) -> tuple[ConversationState, list[Reply]]:
        # The transcript keeps only this turn: what came before was thrown away on purpose.
        threw_away = bool(self.state.fields or self.state.skipped)  # else it achieves nothing, like "hi" again
        self.state = ConversationState(turns=self.state.turns[-1:], started=self.state.last, last=self.state.last,
                                       idle=0 if threw_away else self.state.idle)
        self.said.append("OK, starting over.")
        return self.next_step(progressed=threw_away)

    def help(self) -> tuple[ConversationState, list[Reply]]:
        self.said.append(HELP)
        return self.next_step(progressed=False)

    def greeting(self) -> tuple[ConversationState, list[Reply]]:
        if self.state.fields:
            return self.next_step(progressed=False)
        self.said.append("Hi! Let's add a lead. Tell me what you know, several details at once is fine.")
        # Only the greeting that opens the conversation moves it on; "hi" again and again must not loop.
        return self.next_step(progressed=self.state.asking is None)

    def back(self) -> tuple[ConversationState, list[Reply]]:
        if not self.state.order:
            self.said.append("There's nothing to go back to yet.")
            return self.next_step(progressed=False)
        last = self.state.order[-1]
        fields = {k: v for k, v in self.state.fields.items() if k != last}
        self.update(fields=fields, order=self.state.order[:-1], stage=Stage.COLLECTING,
                    skipped=tuple(s for s in self.state.skipped if s != last))
        self.said.append(f"OK, let's redo the {last}.")
        return self.ask(last)

    def skip(self) -> tuple[ConversationState, list[Reply]]:
        asked = self.state.asking
        if asked is None:
            self.said.append("There's nothing to skip right now.")
            return self.next_step(progressed=False)
        if asked in self.state.fields:
            # Re-asked after a bad correction: skipping keeps what we had.
            self.said.append(f"OK, keeping the {asked} as {shown_value(self.state.fields[asked])}.")
            self.update(asking=None)
            return self.next_step(progressed=False)
        if asked in IDENTITY and not self._identity_possible_without(asked):
            self.said.append("I need at least a name, an email or a phone number for a lead, so I can't skip this.")
            return self.ask(asked, progressed=False, retry=True)
        self.update(skipped=(*self.state.skipped, asked), asking=None)
        return self.next_step(progressed=True)

    def confirm(self) -> tuple[ConversationState, list[Reply]]:
        contact = self.state.contact(self.region)
        if self.state.stage not in (Stage.CONFIRMING, Stage.DUPLICATE) or contact is None:
            self.said.append("Not yet, I still need a bit more.")
            return self.next_step(progressed=False)
        self.update(stage=Stage.CONFIRMED, asking=None)
        return self.state, [Reply(ReplyKind.CONFIRMED, "Great, I'm saving the lead now.",
                                  dict(self.state.fields))]

    def edit(self) -> tuple[ConversationState, list[Reply]]:
        # Asking what should change achieves nothing yet: "no", "asdf", "no", "asdf"... must still end.
        if self._abandon_if_idle_too_long(progressed=False):
            return self.state, [self._ended()]
        self.update(stage=Stage.COLLECTING, asking=None)
        return self.state, [Reply(ReplyKind.SAY, "What should change? For example `phone +44 20 7946 0958`, "
                                  "`company Initech` or `notes: wants a demo`.")]

    # --- content -------------------------------------------------------------------------------

    def content(self) -> tuple[ConversationState, list[Reply]]:
        owner = take_owner(self.text)
        if owner is not None:
            self.text = owner.rest
            if owner.problem:
                self.said.append(owner.problem)
            else:
                self.update(owner=owner.user_id)
                self.said.append("Got it: the lead is yours." if owner.user_id is None
                                 else f"Got it: the lead is for {shown_value(self.name_of(owner.user_id))}.")
            if not self.text.strip():
                return self.next_step(progressed=owner.problem is None)
        found = interpret(self.text, self.region, asking=self.state.asking,
                          filled=frozenset(self.state.fields), name=self.state.fields.get("name"),
                          company=self.state.fields.get("company"), phone=self.state.fields.get("phone"))
        notes_left_out = keep_notes_that_fit(found, self.text)
        fields = dict(self.state.fields)
        order = list(self.state.order)
        fixed = list(self.state.fixed)
        fails = dict(self.state.fails)
        understood: list[str] = []
        for name, value in sorted(found.values.items(), key=lambda item: CANONICAL.index(item[0])):
            previous = fields.get(name)
            if previous == value:
                continue
            fields[name] = value
            fails.pop(name, None)
            if previous is None:
                order.append(name)
                understood.append(f"{name} {shown_value(value)}")
            else:
                fixed.append(name)
                understood.append(f"changed the {name} to {shown_value(value)}")
        removed = [name for name in CANONICAL if name in found.removed and name in fields]
        for name in removed:
            # "remove the phone number": gone, and not asked for again
            del fields[name]
            order = [kept for kept in order if kept != name]
            understood.append(f"removed the {name}")
        # "no email, only a mobile: …": the email is skipped as if the rep had said "skip" when asked
        declined = tuple(sorted((found.declined | set(removed)) - set(fields) - set(self.state.skipped)))
        skipped = tuple(s for s in (*self.state.skipped, *declined) if s not in fields)
        self.update(fields=fields, order=tuple(order), fixed=tuple(dict.fromkeys(fixed)), skipped=skipped,
                    fails=fails, declined=declined)
        if understood:
            said = "Got it: " + "; ".join(understood)
            self.said.append(said if said.endswith(".") else said + ".")  # ("… Co., Ltd." keeps its one dot)
        if notes_left_out:
            self.said.append(f"Notes hold at most {MAX_NOTES:,} characters, so I kept the first {MAX_NOTES:,} "
                             f"and left out the last {notes_left_out:,}.")
        problems = dict(found.problems)
        if told := [name for name in declined if name not in removed]:
            self.said.append(f"OK, no {' or '.join(told)}.")
        if not understood and not problems and self.state.asking and not declined:
            problems[self.state.asking] = explain_miss(self.text, self.state.asking, self.region)
        replies: list[Reply] = []
        for name, message in problems.items():
            count = self.state.fails.get(name, 0) + 1
            self.update(fails={**self.state.fails, name: count})
            self.said.append(message)
            if count >= MAX_FAILURES:
                self.update(fails={**self.state.fails, name: 0})
                replies.append(Reply(ReplyKind.OFFER_FORM, f"That's {count} tries for the {name}. "
                                     "Want to use the form instead? I've filled in what we have.",
                                     dict(self.state.fields)))
        if problems:
            state, more = self.ask(next(iter(problems)), progressed=bool(understood), retry=True)
            # The form is offered only to a conversation that goes on; an ended one says so last.
            return state, more if state.stage.is_over else more + replies
        if not understood and self.state.stage in (Stage.CONFIRMING, Stage.DUPLICATE):
            self.said.append("I didn't find anything to change there.")
            return self.next_step(progressed=False)
        return self.next_step(progressed=bool(understood))

    # --- where next ----------------------------------------------------------------------------

    def _identity_possible_without(self, field_name: str) -> bool:
        """Another identity field is filled, or could still be asked for."""
        others = [f for f in IDENTITY if f != field_name]
        return any(f in self.state.fields or f not in self.state.skipped for f in others)

    def next_step(self, *, progressed: bool) -> tuple[ConversationState, list[Reply]]:
        missing = [f for f in ASK_ORDER if f not in self.state.fields and f not in self.state.skipped]
        if missing:
            return self.ask(missing[0], progressed=progressed)
        if not any(f in self.state.fields for f in IDENTITY):
            self.update(skipped=tuple(s for s in self.state.skipped if s not in IDENTITY))
            self.said.append("I need at least a name, an email or a phone number for a lead.")
            return self.ask("name", progressed=progressed)
        return self.summarise(progressed=progressed)

    def ask(self, field_name: str, *, progressed: bool = True, retry: bool = False
            ) -> tuple[ConversationState, list[Reply]]:
        if self._abandon_if_idle_too_long(progressed):
            return self.state, [self._ended()]
        question = RETRY[field_name] if retry else QUESTIONS[field_name]
        suggested = ""
        if field_name == "company" and not retry:
            question, suggested = company_question(self.state.fields, question)
        self.update(asking=field_name, stage=Stage.COLLECTING, suggested=suggested)
        if field_name in IDENTITY and field_name not in self.state.fields and not self._identity_possible_without(
                field_name):
            # The last way left to identify the lead: never invite a `skip` that would be refused.
            others = " or ".join(f for f in IDENTITY if f != field_name)
            question = question.replace("or say `skip`", f"or give me their {others} instead")
        return self.state, [Reply(ReplyKind.SAY, " ".join([*self.said, question]))]

    def summarise(self, *, progressed: bool) -> tuple[ConversationState, list[Reply]]:
        if self._abandon_if_idle_too_long(progressed):
            return self.state, [self._ended()]
        self.update(asking=None, stage=Stage.CONFIRMING)
        lines = [f"{f.capitalize()}: {shown_value(self.state.fields.get(f, '—'))}"
                 for f in (*ASK_ORDER, "notes") if f in self.state.fields or f != "notes"]
        if self.state.owner:
            lines.append(f"Owner: {shown_value(self.name_of(self.state.owner))}")
        text = " ".join(self.said + ["Here's the lead:"]) + "\n" + "\n".join(lines) + (
            "\nConfirm to send it to the CRM, or tell me what to change (add notes with `notes: …`).")
        return self.state, [Reply(ReplyKind.SUMMARY, text, dict(self.state.fields))]

    def _abandon_if_idle_too_long(self, progressed: bool) -> bool:
        """Count this turn as idle (it achieved nothing) or not; after ``MAX_IDLE_TURNS`` idle turns in a
        row, end the conversation as abandoned and say so (True)."""
        idle = 0 if progressed else self.state.idle + 1
        self.update(idle=idle)
        if idle >= MAX_IDLE_TURNS:
            self.update(stage=Stage.ABANDONED, asking=None)
            return True
        return False

    def _ended(self) -> Reply:
        return Reply(ReplyKind.ENDED, "We seem to be going round in circles, so I'll stop here. Nothing was "
                     "sent to the CRM. Message me again or use `/newlead` to start fresh.", dict(self.state.fields))
