"""Progress notes: validation, last contact, search index, authorship, locking, confirmation,
templates, closed cases, scope and audit."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import AuditAction, CaseStage, Role
from welfaredesk.domain.errors import (
    ConflictError,
    KnownError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from welfaredesk.services.dto import Principal
from welfaredesk.services.notes import (
    DRAFT_FORM,
    NoteFilter,
    NoteInput,
    NoteService,
    TemplateInput,
    draft_key,
)
from welfaredesk.storage import search
from welfaredesk.storage.orm import AuditEvent, Case, Draft, NoteTemplate, ProgressNote

CaseFactory = Callable[..., int]
UserFactory = Callable[..., Principal]
NOW = dt.datetime(2025, 7, 1, 17, 0)
BODY = "母の認知症について長男と面談した。介護保険の申請を勧めた。"


@pytest.fixture
def notes(ctx: AppContext) -> NoteService:
    return ctx.notes


def note(**overrides: Any) -> NoteInput:
    values: dict[str, Any] = {
        "noted_on": "2025-06-10",
        "noted_time": "10:30",
        "method_code": "interview",
        "body": BODY,
        "minutes": 45,
        "funding_programme_code": "comprehensive_consultation",
    }
    values.update(overrides)
    return NoteInput(**values)


def case_row(ctx: AppContext, case_id: int) -> Case:
    with ctx.db.read() as s:
        return s.get_one(Case, case_id)


def events(ctx: AppContext, entity: str) -> list[AuditEvent]:
    with ctx.db.read() as s:
        return list(
            s.scalars(select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.id))
        )


def test_save_lists_updates_last_contact_and_audits_without_content(
    ctx: AppContext, notes: NoteService, counselor: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(counselor)
    assert case_row(ctx, case_id).last_contact_on == dt.date(2025, 6, 2)
    version = case_row(ctx, case_id).version

    saved = notes.save(counselor, case_id, note(), now=NOW)
    assert saved.staff_id == counselor.user_id  # the user by default
    assert saved.method_label == "面談"
    assert saved.noted_at == dt.datetime(2025, 6, 10, 10, 30)
    assert saved.minutes == 45
    assert saved.can_edit
    case = case_row(ctx, case_id)
    assert case.last_contact_on == dt.date(2025, 6, 10)
    assert case.version == version  # derived data: an open editor of the case stays valid
    # an older note does not move the last contact back
    notes.save(counselor, case_id, note(noted_on="2025-06-05", method_code="phone"), now=NOW)
    assert case_row(ctx, case_id).last_contact_on == dt.date(2025, 6, 10)
    assert ctx.cases.get(counselor, case_id, today=dt.date(2025, 6, 22)).days_since_contact == 12

    page = notes.list(counselor, case_id)
    assert page.total == 2
    assert [n.method_code for n in page.notes] == ["interview", "phone"]  # newest first
    assert notes.list(counselor, case_id, limit=1, offset=1).notes[0].method_code == "phone"

    created = [e for e in events(ctx, "progress_note") if e.action == AuditAction.CREATE]
    assert len(created) == 2
    assert created[0].entity_id == saved.id
    assert "body" in created[0].detail["fields"]
    for event in events(ctx, "progress_note"):
        assert "認知症" not in json.dumps(event.detail, ensure_ascii=False)


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"noted_on": ""}, "noted_on"),
        ({"noted_on": "2025-13-40"}, "noted_on"),
        ({"noted_on": "2025-07-05"}, "noted_on"),  # in the future
        ({"noted_on": "2025-05-01"}, "noted_on"),  # before the case was opened
        ({"noted_time": ""}, "noted_time"),
        ({"noted_time": "25:00"}, "noted_time"),
        ({"method_code": "telepathy"}, "method_code"),
        ({"minutes": -5}, "minutes"),
        ({"minutes": 24 * 60 + 1}, "minutes"),
        ({"staff_id": 9999}, "staff_id"),
        ({"funding_programme_code": "nothing"}, "funding_programme_code"),
        ({"body": "  \n "}, "body"),
        ({"next_action_on": "someday"}, "next_action_on"),
        ({"next_action_on": "2025-07-10", "next_action": ""}, "next_action"),
    ],
)
def test_validation_names_the_field(
    ctx: AppContext,
    notes: NoteService,
    counselor: Principal,
    case_factory: CaseFactory,
    overrides: dict[str, Any],
    field: str,
) -> None:
    case_id = case_factory(counselor)
    with pytest.raises(ValidationError) as info:
        notes.save(counselor, case_id, note(**overrides), now=NOW)
    assert info.value.field == field
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(ProgressNote)) == 0


def test_the_search_index_finds_a_notes_words_and_an_edit_replaces_them(
    ctx: AppContext, notes: NoteService, counselor: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(counselor)
    saved = notes.save(counselor, case_id, note(next_action="地域包括に連絡する"), now=NOW)
    with ctx.db.read() as s:
        hits = search.search(s, "介護保険")
        assert (search.Hit("note", saved.id, case_id)) in hits
        assert search.Hit("note", saved.id, case_id) in search.search(s, "地域包括")
    assert [n.id for n in notes.list(counselor, case_id, NoteFilter(text="介護")).notes] == [
        saved.id
    ]
    assert notes.list(counselor, case_id, NoteFilter(text="債務")).total == 0

    notes.save(
        counselor,
        case_id,
        note(body="家計の債務について相談を受けた。"),
        note_id=saved.id,
        version=saved.version,
        now=NOW,
    )
    with ctx.db.read() as s:
        assert search.Hit("note", saved.id, case_id) not in search.search(s, "介護保険")
        assert search.Hit("note", saved.id, case_id) in search.search(s, "債務")
    assert notes.list(counselor, case_id, NoteFilter(text="債務")).total == 1


def test_filters(
    ctx: AppContext,
    notes: NoteService,
    counselor: Principal,
    supervisor: Principal,
    case_factory: CaseFactory,
) -> None:
    case_id = case_factory(supervisor)
    notes.save(supervisor, case_id, note(noted_on="2025-06-03"), now=NOW)
    notes.save(
        supervisor,
        case_id,
        note(noted_on="2025-06-20", method_code="phone", staff_id=counselor.user_id),
        now=NOW,
    )
    asked = notes.save(
        supervisor, case_id, note(noted_on="2025-06-25", needs_acknowledgement=True), now=NOW
    )

    def methods(**flt: Any) -> list[str]:
        return [n.method_code for n in notes.list(supervisor, case_id, NoteFilter(**flt)).notes]

    assert methods(method_code="phone") == ["phone"]
    assert methods(staff_id=counselor.user_id) == ["phone"]
    assert len(methods(date_from=dt.date(2025, 6, 20))) == 2
    assert len(methods(date_to=dt.date(2025, 6, 20))) == 2  # the whole last day counts
    page = notes.list(supervisor, case_id, NoteFilter(awaiting_acknowledgement=True))
    assert [n.id for n in page.notes] == [asked.id]
    assert page.notes[0].awaiting_acknowledgement


def test_only_the_author_or_a_supervisor_edits_and_a_stale_edit_is_refused(
    ctx: AppContext,
    notes: NoteService,
    counselor: Principal,
    supervisor: Principal,
    new_user: UserFactory,
    case_factory: CaseFactory,
) -> None:
    team_mate = new_user("tanaka", Role.COUNSELOR)
    case_id = case_factory(counselor)
    # make the case visible to the team mate through the supervisor's reassignment rights
    with ctx.db.write() as s:
        s.get_one(Case, case_id).co_worker_id = team_mate.user_id
    saved = notes.save(counselor, case_id, note(), now=NOW)
    assert not notes.get(team_mate, saved.id).can_edit
    with pytest.raises(PermissionDenied):
        notes.save(team_mate, case_id, note(body="書き換え"), note_id=saved.id, version=1, now=NOW)

    edited = notes.save(
        counselor, case_id, note(minutes=60), note_id=saved.id, version=saved.version, now=NOW
    )
    assert edited.minutes == 60
    assert edited.version == saved.version + 1
    with pytest.raises(ConflictError):  # opened before the edit
        notes.save(supervisor, case_id, note(), note_id=saved.id, version=saved.version, now=NOW)
    by_boss = notes.save(
        supervisor, case_id, note(minutes=30), note_id=saved.id, version=edited.version, now=NOW
    )
    assert by_boss.minutes == 30
    assert by_boss.staff_id == counselor.user_id
    update = [e for e in events(ctx, "progress_note") if e.action == AuditAction.UPDATE]
    assert update[0].detail["fields"] == ["minutes"]


def test_supervisors_acknowledge_with_a_comment(
    ctx: AppContext,
    notes: NoteService,
    counselor: Principal,
    supervisor: Principal,
    case_factory: CaseFactory,
) -> None:
    case_id = case_factory(counselor)
    asked = notes.save(counselor, case_id, note(needs_acknowledgement=True), now=NOW)
    assert asked.awaiting_acknowledgement
    with pytest.raises(PermissionDenied):
        notes.acknowledge(counselor, asked.id, "", asked.version)
    with pytest.raises(ConflictError):
        notes.acknowledge(supervisor, asked.id, "", asked.version - 1)
    done = notes.acknowledge(supervisor, asked.id, "  介護者の負担に注意。 ", asked.version)
    assert not done.awaiting_acknowledgement
    assert done.acknowledged_by_name == "sato 職員"
    assert done.acknowledgement_comment == "介護者の負担に注意。"
    assert done.acknowledged_at is not None
    with pytest.raises(KnownError):
        notes.acknowledge(supervisor, asked.id, "", done.version)
    event = next(e for e in events(ctx, "progress_note") if e.detail.get("acknowledged"))
    assert event.user_id == supervisor.user_id
    assert "介護者" not in json.dumps(event.detail, ensure_ascii=False)

    # changing the content withdraws the confirmation
    changed = notes.save(
        counselor,
        case_id,
        note(body="内容を訂正した。", needs_acknowledgement=True),
        note_id=asked.id,
        version=done.version,
        now=NOW,
    )
    assert changed.awaiting_acknowledgement
    assert changed.acknowledgement_comment == ""


def test_saving_deletes_the_draft_in_the_same_unit_of_work(
    ctx: AppContext, notes: NoteService, counselor: Principal, case_factory: CaseFactory
) -> None:
    case_id = case_factory(counselor)
    key = draft_key(case_id)
    ctx.drafts.save(counselor, DRAFT_FORM, key, {"body": "書きかけ"})
    notes.save(counselor, case_id, note(), draft=(DRAFT_FORM, key), now=NOW)
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Draft)) == 0
    assert draft_key(case_id, 7) == f"{case_id}/7"


def test_closed_case_is_refused_and_scope_hides_notes(
    ctx: AppContext,
    notes: NoteService,
    counselor: Principal,
    supervisor: Principal,
    new_user: UserFactory,
    case_factory: CaseFactory,
    admin: Principal,
) -> None:
    case_id = case_factory(counselor)
    saved = notes.save(counselor, case_id, note(needs_acknowledgement=True), now=NOW)
    outsider = new_user("yamamoto", Role.COUNSELOR)
    with pytest.raises(NotFound):
        notes.list(outsider, case_id)
    with pytest.raises(NotFound):
        notes.save(outsider, case_id, note(), now=NOW)
    with pytest.raises(NotFound):
        notes.get(outsider, saved.id)
    with pytest.raises(PermissionDenied):
        notes.save(admin, case_id, note(), now=NOW)

    with ctx.db.write() as s:
        s.get_one(Case, case_id).stage = str(CaseStage.CLOSED)
    with pytest.raises(KnownError, match="終結"):
        notes.save(counselor, case_id, note(), now=NOW)
    with pytest.raises(KnownError, match="終結"):
        notes.acknowledge(supervisor, saved.id, "", saved.version)
    assert notes.list(counselor, case_id).total == 1  # still readable


def test_default_templates_are_loaded_and_offered_per_method(
    ctx: AppContext, notes: NoteService, counselor: Principal
) -> None:
    interview = notes.templates(counselor, "interview")
    titles = [t.title for t in interview]
    assert titles[0] == "面談の記録"
    assert "【相談内容】" in interview[0].body
    assert "次回面談の日程調整" in titles  # a stock phrase for every method
    assert all(t.method_code in (None, "interview") for t in interview)
    visit = notes.templates(counselor, "home_visit")
    assert "【訪問時の様子】" in visit[0].body
    with ctx.db.read() as s:
        methods = set(s.scalars(select(NoteTemplate.method_code)))
    assert {"interview", "phone", "home_visit", "accompanied_referral", "agency_liaison"} <= methods


def test_templates_are_edited_by_supervisors_and_administrators(
    ctx: AppContext,
    notes: NoteService,
    counselor: Principal,
    supervisor: Principal,
    admin: Principal,
) -> None:
    form = TemplateInput(title="家計の確認", body="家計の状況を確認した。", method_code="phone")
    with pytest.raises(PermissionDenied):
        notes.save_template(counselor, form)
    with pytest.raises(ValidationError) as info:
        notes.save_template(supervisor, dataclasses.replace(form, title=" "))
    assert info.value.field == "title"
    with pytest.raises(ValidationError) as info:
        notes.save_template(supervisor, dataclasses.replace(form, body=""))
    assert info.value.field == "body"
    with pytest.raises(ValidationError) as info:
        notes.save_template(supervisor, dataclasses.replace(form, method_code="x"))
    assert info.value.field == "method_code"

    created = notes.save_template(supervisor, form)
    assert created.method_label == "電話"
    assert "家計の確認" in [t.title for t in notes.templates(counselor, "phone")]
    assert "家計の確認" not in [t.title for t in notes.templates(counselor, "interview")]
    changed = notes.save_template(
        admin,
        dataclasses.replace(form, method_code=None),
        template_id=created.id,
        version=created.version,
    )
    assert changed.method_code is None
    with pytest.raises(ConflictError):
        notes.deactivate_template(admin, created.id, created.version)
    gone = notes.deactivate_template(admin, created.id, changed.version)
    assert not gone.active
    assert "家計の確認" not in [t.title for t in notes.templates(counselor, "phone")]
    everything = notes.templates(admin, all_methods=True, include_inactive=True)
    assert "家計の確認" in [t.title for t in everything]
    actions = [(e.action, e.user_id) for e in events(ctx, "note_template")]
    assert actions == [
        (AuditAction.CREATE, supervisor.user_id),
        (AuditAction.UPDATE, admin.user_id),
        (AuditAction.UPDATE, admin.user_id),
    ]


def test_print_record_writes_the_pdf_and_is_audited(
    ctx: AppContext,
    notes: NoteService,
    counselor: Principal,
    case_factory: CaseFactory,
    tmp_path: Path,
) -> None:
    case_id = case_factory(counselor)
    notes.save(counselor, case_id, note(), now=NOW)
    notes.save(counselor, case_id, note(noted_on="2025-06-20"), now=NOW)
    out = notes.print_record(
        counselor, case_id, tmp_path / "record.pdf", date_from=dt.date(2025, 6, 15), now=NOW
    )
    assert out.read_bytes().startswith(b"%PDF")
    printed = [e for e in events(ctx, "case") if e.action == AuditAction.PRINT]
    assert printed[-1].detail == {"form": "progress_record", "notes": 1}
    notes.record_output(counselor, case_id, to_file=True)
    exported = [e for e in events(ctx, "case") if e.action == AuditAction.EXPORT]
    assert exported[-1].detail == {"form": "progress_record", "output": "file"}
    with pytest.raises(ValidationError):
        notes.print_record(
            counselor,
            case_id,
            tmp_path / "x.pdf",
            date_from=dt.date(2025, 6, 15),
            date_to=dt.date(2025, 6, 1),
        )
