"""The change feed (what other users saved) and the last save of a record."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import Role
from welfaredesk.domain.errors import NotFound
from welfaredesk.services.changes import diff_fields, input_text
from welfaredesk.services.dto import Principal
from welfaredesk.services.notes import NoteInput
from welfaredesk.storage.orm import AuditEvent, Case

CaseFactory = Callable[..., int]


def note(body: str = "長男と面談した。") -> NoteInput:
    return NoteInput(
        noted_on="2025-06-10",
        noted_time="10:30",
        method_code="interview",
        body=body,
        minutes=30,
    )


def audit_count(ctx: AppContext) -> int:
    with ctx.db.read() as s:
        return s.scalar(select(func.count(AuditEvent.id))) or 0


def case_version(ctx: AppContext, case_id: int) -> int:
    with ctx.db.read() as s:
        return s.get_one(Case, case_id).version


def test_feed_reports_other_users_writes_not_own(
    ctx: AppContext,
    supervisor: Principal,
    new_user: Callable[..., Principal],
    case_factory: CaseFactory,
) -> None:
    other = new_user("tanaka", Role.SUPERVISOR)
    case_id = case_factory(supervisor)
    start = ctx.changes.latest_marker()
    assert start > 0

    ctx.notes.save(other, case_id, note())

    mine = ctx.changes.changes_since(supervisor, start)
    assert mine.case_ids == {case_id}
    assert mine.list_changed
    assert mine.tasks_changed
    assert mine.changes >= 1
    assert mine.marker > start
    theirs = ctx.changes.changes_since(other, start)
    assert theirs.case_ids == frozenset()
    assert theirs.empty
    assert theirs.marker == mine.marker


def test_views_are_not_changes_and_polling_is_not_audited(
    ctx: AppContext,
    supervisor: Principal,
    new_user: Callable[..., Principal],
    case_factory: CaseFactory,
) -> None:
    other = new_user("tanaka", Role.SUPERVISOR)
    case_id = case_factory(supervisor)
    start = ctx.changes.latest_marker()
    ctx.notes.list(other, case_id)  # audited as a view
    ctx.cases.get(other, case_id)
    before = audit_count(ctx)

    feed = ctx.changes.changes_since(supervisor, start)
    ctx.changes.changes_since(supervisor, feed.marker)
    ctx.changes.latest_marker()

    assert feed.empty
    assert feed.case_ids == frozenset()
    assert not feed.list_changed
    assert feed.marker > start  # the view events are passed over, not read again
    assert audit_count(ctx) == before


def test_marker_is_monotonic_and_a_poll_without_changes_keeps_it(
    ctx: AppContext,
    supervisor: Principal,
    new_user: Callable[..., Principal],
    case_factory: CaseFactory,
) -> None:
    other = new_user("tanaka", Role.SUPERVISOR)
    case_id = case_factory(supervisor)
    markers = [ctx.changes.latest_marker()]
    for body in ("一回目", "二回目", "三回目"):
        ctx.notes.save(other, case_id, note(body))
        feed = ctx.changes.changes_since(supervisor, markers[-1])
        assert feed.case_ids == {case_id}
        markers.append(feed.marker)
        again = ctx.changes.changes_since(supervisor, feed.marker)
        assert again.empty
        assert again.marker == feed.marker
    assert markers == sorted(markers)
    assert len(set(markers)) == len(markers)
    # an old marker (another PC that slept) is never moved backwards
    stale = ctx.changes.changes_since(supervisor, markers[-1] + 5)
    assert stale.marker == markers[-1] + 5


def test_restricted_and_out_of_scope_cases_never_appear(
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    new_user: Callable[..., Principal],
    case_factory: CaseFactory,
) -> None:
    unnamed = new_user("tanaka", Role.SUPERVISOR)
    restricted = case_factory(supervisor, family_name="秘密")
    ctx.access.restrict(supervisor, restricted, "DV 被害のため", [], case_version(ctx, restricted))
    start = ctx.changes.latest_marker()

    ctx.notes.save(supervisor, restricted, note("避難先について相談した。"))

    for principal in (unnamed, counselor):
        feed = ctx.changes.changes_since(principal, start)
        assert restricted not in feed.case_ids
        assert feed.case_ids == frozenset()
        assert not feed.list_changed
        assert feed.changes == 0
        with pytest.raises(NotFound):
            ctx.changes.last_change(principal, restricted, "progress_note")


def test_access_changes_refresh_every_list_without_naming_the_case(
    ctx: AppContext,
    supervisor: Principal,
    new_user: Callable[..., Principal],
    case_factory: CaseFactory,
) -> None:
    unnamed = new_user("tanaka", Role.SUPERVISOR)
    case_id = case_factory(supervisor)
    start = ctx.changes.latest_marker()

    ctx.access.restrict(supervisor, case_id, "DV 被害のため", [], case_version(ctx, case_id))

    feed = ctx.changes.changes_since(unnamed, start)
    assert feed.case_ids == frozenset()
    assert feed.list_changed  # the case must leave the list


def test_a_flood_of_changes_is_capped(
    ctx: AppContext,
    supervisor: Principal,
    new_user: Callable[..., Principal],
    case_factory: CaseFactory,
) -> None:
    other = new_user("tanaka", Role.SUPERVISOR)
    case_id = case_factory(supervisor)
    start = ctx.changes.latest_marker()
    for body in ("一", "二", "三"):
        ctx.notes.save(other, case_id, note(body))

    feed = ctx.changes.changes_since(supervisor, start, limit=2)

    assert feed.truncated
    assert feed.list_changed
    assert feed.marker == ctx.changes.latest_marker()
    assert not feed.empty


def test_roles_without_case_access_get_no_case_ids(
    ctx: AppContext,
    admin: Principal,
    supervisor: Principal,
    new_user: Callable[..., Principal],
    case_factory: CaseFactory,
) -> None:
    case_id = case_factory(supervisor)
    start = ctx.changes.latest_marker()
    ctx.notes.save(supervisor, case_id, note())
    before = audit_count(ctx)

    feed = ctx.changes.changes_since(admin, start)

    assert feed.case_ids == frozenset()
    assert audit_count(ctx) == before  # no refusal is recorded for polling


def test_last_change_names_who_saved_the_record_and_when(
    ctx: AppContext,
    supervisor: Principal,
    new_user: Callable[..., Principal],
    case_factory: CaseFactory,
) -> None:
    other = new_user("tanaka", Role.SUPERVISOR)
    case_id = case_factory(supervisor)
    saved = ctx.notes.save(supervisor, case_id, note())
    ctx.notes.save(
        other,
        case_id,
        note("長男と面談した。次回は訪問。"),
        note_id=saved.id,
        version=saved.version,
    )
    ctx.notes.list(supervisor, case_id)  # a later view is not a save

    last = ctx.changes.last_change(supervisor, case_id, "progress_note", saved.id)

    assert last is not None
    assert last.user_name == "tanaka 職員"
    assert last.user_id == other.user_id
    assert not last.by_me
    assert "body" in last.fields
    mine = ctx.changes.last_change(other, case_id, "progress_note", saved.id)
    assert mine is not None
    assert mine.by_me
    # any save on the case (a case-level form locked by the case's version)
    case_level = ctx.changes.last_change(supervisor, case_id)
    assert case_level is not None
    assert case_level.user_id == other.user_id
    assert ctx.changes.last_change(supervisor, case_id, "support_plan", 999) is None


def test_last_change_is_scope_checked(
    ctx: AppContext,
    supervisor: Principal,
    counselor: Principal,
    case_factory: CaseFactory,
) -> None:
    case_id = case_factory(supervisor)
    with pytest.raises(NotFound):
        ctx.changes.last_change(counselor, case_id)


LABELS = {"body": "内容", "minutes": "時間", "next_action": "次の予定"}


def test_diff_fields_lists_only_what_differs_in_label_order() -> None:
    opened = {"body": "面談した。", "minutes": "30分", "next_action": ""}
    theirs = {"body": "面談した。\n長男も同席。", "minutes": "30分", "next_action": ""}
    mine = {"body": "面談した。", "minutes": "45分", "next_action": "訪問 "}

    diffs = diff_fields(opened, theirs, mine, LABELS)

    assert [d.field for d in diffs] == ["body", "minutes", "next_action"]
    body, minutes, nxt = diffs
    assert body.label == "内容"
    assert body.changed_by_them
    assert not body.changed_by_me
    assert not body.clash
    assert minutes.changed_by_me
    assert not minutes.changed_by_them
    assert nxt.mine == "訪問 "


def test_diff_fields_marks_a_clash_and_ignores_invisible_differences() -> None:
    opened = {"body": "面談した。", "minutes": "30分"}
    theirs = {"body": "面談した。長男も同席。", "minutes": "30分\r\n"}
    mine = {"body": "面談した。次回は訪問。", "minutes": "30分  "}

    diffs = diff_fields(opened, theirs, mine, LABELS)

    assert [d.field for d in diffs] == ["body"]
    assert diffs[0].clash
    assert diff_fields(opened, opened, opened, LABELS) == []


def test_input_text_is_the_users_input_by_label() -> None:
    text = input_text({"body": "一行目\n二行目", "minutes": "45分", "next_action": ""}, LABELS)
    assert text == "内容：\n一行目\n二行目\n時間：45分\n"
    assert input_text({}, LABELS) == ""
