"""The words the free-text reader knows by heart: lead-ins, job titles, name particles, company
suffixes, and the common words that end a name or a company in a message typed in lower case. Each
module holds one topic's lists; they are all read here, as ``words.X``."""

from __future__ import annotations

from bot.domain.wordlists.common import COMMON as COMMON
from bot.domain.wordlists.common import PLACEHOLDERS as PLACEHOLDERS
from bot.domain.wordlists.company_words import BUSINESS_NOUNS as BUSINESS_NOUNS
from bot.domain.wordlists.company_words import CJK_BUSINESS_ENDINGS as CJK_BUSINESS_ENDINGS
from bot.domain.wordlists.company_words import COMPANY_AFTER_FROM as COMPANY_AFTER_FROM
from bot.domain.wordlists.company_words import COMPANY_DOES as COMPANY_DOES
from bot.domain.wordlists.company_words import COMPANY_INTROS as COMPANY_INTROS
from bot.domain.wordlists.company_words import COMPANY_JOINERS as COMPANY_JOINERS
from bot.domain.wordlists.company_words import COMPANY_NOUNS as COMPANY_NOUNS
from bot.domain.wordlists.company_words import COMPANY_PREFIX as COMPANY_PREFIX
from bot.domain.wordlists.company_words import COMPANY_SUFFIX as COMPANY_SUFFIX
from bot.domain.wordlists.company_words import COMPANY_VERBS as COMPANY_VERBS
from bot.domain.wordlists.company_words import IS as IS
from bot.domain.wordlists.company_words import LOWER_CASE_VERBS as LOWER_CASE_VERBS
from bot.domain.wordlists.company_words import SUFFIXED_JOINERS as SUFFIXED_JOINERS
from bot.domain.wordlists.company_words import THAI_COMPANY_WORD as THAI_COMPANY_WORD
from bot.domain.wordlists.company_words import TITLE_COMPANY_INTROS as TITLE_COMPANY_INTROS
from bot.domain.wordlists.company_words import WORKS as WORKS
from bot.domain.wordlists.company_words import WORKS_AT as WORKS_AT
from bot.domain.wordlists.company_words import WORKS_AT_END as WORKS_AT_END
from bot.domain.wordlists.company_words import is_cjk_business as is_cjk_business
from bot.domain.wordlists.lead_ins import GREETING_PHRASES as GREETING_PHRASES
from bot.domain.wordlists.lead_ins import LEAD_IN as LEAD_IN
from bot.domain.wordlists.lead_ins import LEAD_IN_AFTER as LEAD_IN_AFTER
from bot.domain.wordlists.lead_ins import LEAD_IN_MORPHEMES as LEAD_IN_MORPHEMES
from bot.domain.wordlists.lead_ins import LOWER_CASE_LEAD_IN as LOWER_CASE_LEAD_IN
from bot.domain.wordlists.lead_ins import MESSAGE_NOUNS as MESSAGE_NOUNS
from bot.domain.wordlists.lead_ins import TRAILING as TRAILING
from bot.domain.wordlists.lead_ins import is_lead_in_morpheme as is_lead_in_morpheme
from bot.domain.wordlists.matching import Compounding as Compounding
from bot.domain.wordlists.matching import plain as plain
from bot.domain.wordlists.name_words import FROM_PARTICLES as FROM_PARTICLES
from bot.domain.wordlists.name_words import HEDGES as HEDGES
from bot.domain.wordlists.name_words import HONORIFIC_PREFIXES as HONORIFIC_PREFIXES
from bot.domain.wordlists.name_words import HONORIFIC_SUFFIXES as HONORIFIC_SUFFIXES
from bot.domain.wordlists.name_words import NAME_ENDERS as NAME_ENDERS
from bot.domain.wordlists.name_words import PARTICLES as PARTICLES
from bot.domain.wordlists.name_words import PRONOUNS as PRONOUNS
from bot.domain.wordlists.name_words import TITLES_AFTER_NAME as TITLES_AFTER_NAME
from bot.domain.wordlists.places import BUILDING_WORDS as BUILDING_WORDS
from bot.domain.wordlists.places import CASELESS_TIME_MARKS as CASELESS_TIME_MARKS
from bot.domain.wordlists.places import EVENT_WORDS as EVENT_WORDS
from bot.domain.wordlists.places import MEETING_WORDS as MEETING_WORDS
from bot.domain.wordlists.places import PLACES as PLACES
from bot.domain.wordlists.places import PLACES_IN_BUILDINGS as PLACES_IN_BUILDINGS
from bot.domain.wordlists.places import TIME_WORDS as TIME_WORDS
from bot.domain.wordlists.places import WEEKDAYS as WEEKDAYS
from bot.domain.wordlists.places import is_caseless_department_or_time as is_caseless_department_or_time
from bot.domain.wordlists.references import CURRENCY_CODES as CURRENCY_CODES
from bot.domain.wordlists.references import REFERENCE_LABELS as REFERENCE_LABELS
from bot.domain.wordlists.references import REFERENCE_WORDS as REFERENCE_WORDS
from bot.domain.wordlists.references import is_reference_label as is_reference_label
from bot.domain.wordlists.roles import CASELESS_DEPARTMENT_ENDINGS as CASELESS_DEPARTMENT_ENDINGS
from bot.domain.wordlists.roles import CASELESS_DEPARTMENT_STARTS as CASELESS_DEPARTMENT_STARTS
from bot.domain.wordlists.roles import DEPARTMENTS as DEPARTMENTS
from bot.domain.wordlists.roles import FIELDS_OF_STUDY as FIELDS_OF_STUDY
from bot.domain.wordlists.roles import HEAD_ROLES as HEAD_ROLES
from bot.domain.wordlists.roles import LOWER_CASE_ROLES as LOWER_CASE_ROLES
from bot.domain.wordlists.roles import ROLE_LEAD_IN as ROLE_LEAD_IN
from bot.domain.wordlists.roles import ROLES as ROLES
from bot.domain.wordlists.roles import TITLE_WORDS as TITLE_WORDS
