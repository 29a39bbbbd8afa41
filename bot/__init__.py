"""LeadBot: a Slack app that turns conversations into CRM leads."""

__version__ = "0.1.0"
