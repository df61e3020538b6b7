"""Frozen data handed from the services to the GUI and to printing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from welfaredesk.domain.enums import CaseStage, ConsentStatus, Role


@dataclass(frozen=True, slots=True)
class Principal:
    """The logged-in user, as the services see them."""

    user_id: int
    login: str
    display_name: str
    role: Role
    team_id: int | None


@dataclass(frozen=True, slots=True)
class UserRow:
    """A staff member in lists and pickers."""

    id: int
    login: str
    display_name: str
    display_kana: str
    role: Role
    team_id: int | None
    active: bool


@dataclass(frozen=True, slots=True)
class CaseRow:
    """One line of the case list."""

    id: int
    case_number: str
    client_name: str
    client_kana: str
    age: int | None
    area: str
    stage: CaseStage
    lead_worker: str
    complex_needs: bool
    consent: ConsentStatus
    days_since_contact: int | None
    next_due_on: dt.date | None
    opened_on: dt.date
    restricted: bool


@dataclass(frozen=True, slots=True)
class CasePage:
    """The first ids of a case list, how many cases match in all, and the first rows.

    ``rows`` belong to the first ``len(rows)`` ids (None: the case left the user's scope).
    """

    ids: tuple[int, ...]
    total: int
    rows: tuple[CaseRow | None, ...] = ()

    @property
    def complete(self) -> bool:
        """Whether ``ids`` are all the matching cases."""
        return len(self.ids) >= self.total


@dataclass(frozen=True, slots=True)
class MemberRow:
    """A household member shown in the case view."""

    person_id: int
    name: str
    kana: str
    relation: str
    age: int | None
    lives_together: bool
    situations: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ConsultationRow:
    """A contact slip summary."""

    id: int
    received_at: dt.datetime
    channel: str
    consulter_type: str
    staff: str
    presenting_concern: str


class NoteRow(NamedTuple):
    """A progress note in the case view.

    A named tuple, not a dataclass like the other views: a case opens with up to 200 of
    them, and a frozen dataclass costs two to three times as much to build.
    """

    id: int
    noted_at: dt.datetime
    method: str
    staff: str
    body: str


@dataclass(frozen=True, slots=True)
class CaseDetail:
    """Everything the case view shows on its first tab."""

    id: int
    case_number: str
    version: int
    stage: CaseStage
    client_name: str
    client_kana: str
    birth_date: dt.date | None
    age: int | None
    sex: str
    address: str
    phone: str
    area: str
    opened_on: dt.date
    closed_on: dt.date | None
    lead_worker: str
    co_worker: str
    complex_needs: bool
    economic_hardship: bool
    urgent: bool
    consent: ConsentStatus
    restricted: bool
    members: tuple[MemberRow, ...] = field(default_factory=tuple)
    consultations: tuple[ConsultationRow, ...] = field(default_factory=tuple)
    notes: tuple[NoteRow, ...] = field(default_factory=tuple)
    lead_worker_id: int | None = None
    co_worker_id: int | None = None
    lead_reason: str = ""
    client_id: int | None = None
    days_since_contact: int | None = None
    """Days since the last contact with the case (its newest note or slip), or None."""


@dataclass(frozen=True, slots=True)
class CaseFilter:
    """What the case list shows: every set field narrows the list (AND).

    Attributes:
        text: a case number, a name in kanji or kana, or a phone number.
        stages: only these stages (any of them).
        open_only: leave out closed cases.
        closed_only: only closed cases.
        mine_only: only cases where the user is the lead or the co-worker.
        worker_ids: only cases where one of these users is the lead or the co-worker.
        lead_worker_ids: only cases led by one of these users (the caseload of a worker).
        team_ids: only cases of these teams.
        area_ids: only cases of these areas (圏域).
        issue_codes: only cases with one of these issue categories (on a contact slip or an
            assessment).
        flags: only cases with every one of these flags (:data:`CASE_FLAGS`).
        consents: only cases with one of these consent states.
        referral_statuses: only cases with a referral in one of these states.
        overdue_only: only open cases whose next due date is before today.
        needs_attention: only open cases marked urgent, or with no contact for
            :data:`ATTENTION_DAYS` days or more (要確認).
        coordinator_lead: only cases led by a 包括化推進員 (coordinator role).
        fiscal_years: only cases opened in these fiscal years (the case number's year).
        opened_from: only cases opened on or after this day.
        opened_until: only cases opened on or before this day.
        sort_key: a :data:`welfaredesk.services.cases.SORT_KEYS` entry.
        descending: sort order.
    """

    text: str = ""
    stages: tuple[CaseStage, ...] = ()
    open_only: bool = False
    closed_only: bool = False
    mine_only: bool = False
    worker_ids: tuple[int, ...] = ()
    lead_worker_ids: tuple[int, ...] = ()
    team_ids: tuple[int, ...] = ()
    area_ids: tuple[int, ...] = ()
    issue_codes: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    consents: tuple[ConsentStatus, ...] = ()
    referral_statuses: tuple[str, ...] = ()
    overdue_only: bool = False
    needs_attention: bool = False
    coordinator_lead: bool = False
    fiscal_years: tuple[int, ...] = ()
    opened_from: dt.date | None = None
    opened_until: dt.date | None = None
    sort_key: str = "opened_on"
    descending: bool = True


CASE_FLAGS: tuple[str, ...] = (
    "complex_needs",
    "economic_hardship",
    "urgent",
    "did_not_know_where",
    "restricted",
)
"""The case flags a :class:`CaseFilter` can require (column names of ``case_file``)."""

ATTENTION_DAYS = 30
"""Days without contact after which an open case needs attention (要確認)."""


@dataclass(frozen=True, slots=True)
class PicklistEntry:
    """A pick-list value for a combo box."""

    code: str
    label: str
    parent_code: str | None
    help_text: str


@dataclass(frozen=True, slots=True)
class DatabaseInfo:
    """What the status bar says about the database."""

    dialect: str
    location: str
    revision: str | None
    case_count: int


@dataclass(frozen=True, slots=True)
class AreaOption:
    """An area (圏域) for a combo box."""

    id: int
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class AgencyOption:
    """An entry of the agency directory for a picker (紹介元, 引継ぎ先 …)."""

    id: int
    name: str
    kana: str
    kind: str
    issue_codes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AgencyRow:
    """One line of the agency directory (関係機関一覧)."""

    id: int
    name: str
    kana: str
    kind: str
    kind_label: str
    section: str
    phone: str
    area_name: str
    issue_codes: tuple[str, ...]
    network_member: bool
    active: bool
    opening_hours: str = ""
    issue_labels: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AgencyDetail:
    """An agency with every field, for the edit form (``version`` for optimistic locking)."""

    id: int
    version: int
    name: str
    kana: str
    kind: str
    kind_label: str
    section: str
    address: str
    phone: str
    opening_hours: str
    contact_person: str
    area_id: int | None
    area_name: str
    issue_codes: tuple[str, ...]
    issue_labels: tuple[str, ...]
    network_member: bool
    notes: str
    active: bool


@dataclass(frozen=True, slots=True)
class ImportResult:
    """The outcome of an agency CSV import; with errors, nothing was written."""

    created: int
    updated: int
    unchanged: int
    errors: tuple[str, ...]
