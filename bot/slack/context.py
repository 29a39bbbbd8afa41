"""What the Slack surfaces need from the rest of the app, built once by bootstrap."""

from __future__ import annotations

from dataclasses import dataclass

from bot.adapters.slack_notifier import SlackNotifier
from bot.ports import Clock, LeadStore
from bot.services.capture import LeadCapture
from bot.services.chat import ChatService
from bot.slack.users import UserDirectory


@dataclass(frozen=True)
class SlackDeps:
    region: str
    capture: LeadCapture
    store: LeadStore
    notifier: SlackNotifier
    users: UserDirectory
    clock: Clock
    chat: ChatService
