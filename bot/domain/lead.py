"""The CRM's Create Lead V3 request body, as ``../shared/crm/create-lead-v3.md`` documents it.

Python names are snake_case; the wire names are camelCase (``metaData`` and ``linkedIn`` are the
CRM's own spellings). Fields left ``None`` are left out of the JSON, never sent as null, and unknown
fields are refused, so a body we build can only hold what the CRM documents.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel

# Where the CRM takes this body (POST, below its base URL).
LEADS_PATH = "/v3/leads"


class _Wire(BaseModel):
    model_config = ConfigDict(
        alias_generator=to_camel, populate_by_name=True, extra="forbid", frozen=True
    )


class LeadMetaData(_Wire):
    address: str | None = None
    company: str | None = None
    website: str | None = None
    notes: str | None = None
    source: str | None = None
    currency: str | None = None
    value: float | None = None
    expected_close_date: str | None = None
    sub_industry: str | None = None
    language: str | None = None
    linked_in: str | None = Field(default=None, alias="linkedIn")
    facebook: str | None = None
    instagram: str | None = None
    demo_date: str | None = None
    demo_time: str | None = None
    demo_link: str | None = None
    lost_reason: str | None = None


class NoteEntry(_Wire):
    text: str
    agent_id: str | None = None
    agent_name: str | None = None
    timestamp: str | None = None


class CrmActivity(_Wire):
    id: str
    title: str
    date: str | None = None
    due_date: str | None = None
    completed: bool | None = None
    responded: bool | None = None
    first_engaged: bool | None = None
    second_engaged: bool | None = None
    note: str | None = None
    notes_history: list[NoteEntry] | None = None
    metadata: dict[str, Any] | None = None


class Lead(_Wire):
    agent_id: str = Field(min_length=1)
    email: str | None = None
    name: str | None = None
    phone: str | None = None
    meta_data: LeadMetaData | None = Field(default=None, alias="metaData")
    hot_score: float | None = None
    last_activity_date: str | None = None
    crm_activities: list[CrmActivity] | None = None


class CreateLeadRequest(_Wire):
    lead: Lead

    def to_wire(self) -> dict[str, Any]:
        return self.model_dump(by_alias=True, exclude_none=True, mode="json")

    def to_json(self) -> str:
        return self.model_dump_json(by_alias=True, exclude_none=True)
