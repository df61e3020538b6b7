"""The agency directory: search, edit with optimistic locking, deactivation, CSV round trip."""

from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import select

from welfaredesk.app import AppContext
from welfaredesk.domain.enums import AgencyKind, AuditAction
from welfaredesk.domain.errors import ConflictError, PermissionDenied, ValidationError
from welfaredesk.services.agencies import CSV_COLUMNS, AgencyEdit, AgencyService
from welfaredesk.services.dto import Principal
from welfaredesk.storage.orm import Agency, AuditEvent


@pytest.fixture
def agencies(ctx: AppContext) -> AgencyService:
    return AgencyService(ctx.db)


def _edit(**overrides: object) -> AgencyEdit:
    values: dict[str, object] = {
        "name": "みどり相談センター",
        "kana": "みどりそうだんせんたー",
        "kind": AgencyKind.CONSULTATION_AGENCY,
        "section": "みどり福祉会",
        "phone": "042-123-4567",
        "issue_codes": ("welfare",),
        "notes": "家計と福祉制度の相談",
    }
    values.update(overrides)
    return AgencyEdit(**values)  # type: ignore[arg-type]


def _events(ctx: AppContext, entity_id: int | None = None) -> list[AuditEvent]:
    with ctx.db.read() as s:
        query = select(AuditEvent).where(AuditEvent.entity == "agency").order_by(AuditEvent.id)
        if entity_id is not None:
            query = query.where(AuditEvent.entity_id == entity_id)
        return list(s.scalars(query))


def _count(ctx: AppContext) -> int:
    with ctx.db.read() as s:
        return len(list(s.scalars(select(Agency.id))))


def test_search_by_name_and_kana(agencies: AgencyService, counselor: Principal) -> None:
    by_name = agencies.search(counselor, "権利擁護")
    assert "権利擁護センターこだいら" in {r.name for r in by_name}
    katakana = agencies.search(counselor, "コダイラ")
    hiragana = agencies.search(counselor, "こだいら")
    assert katakana == hiragana
    assert "権利擁護センターこだいら" in {r.name for r in katakana}
    half_width = agencies.search(counselor, "ｾｲﾈﾝｺｳｹﾝ")
    assert [r.name for r in half_width] == ["成年後見制度"]
    everything = agencies.search(counselor)
    assert [r.kana for r in everything] == sorted(r.kana for r in everything)


def test_search_by_issue_matches_parent_and_children(
    agencies: AgencyService, supervisor: Principal
) -> None:
    tagged_parent = agencies.save(supervisor, _edit())
    # The parent category (福祉) finds agencies tagged with its child (成年後見・権利擁護).
    by_parent = {r.name for r in agencies.search(supervisor, issue_code="welfare")}
    assert "成年後見制度" in by_parent
    assert tagged_parent.name in by_parent
    # The child finds its own agencies and those tagged only with the parent.
    by_child = {r.name for r in agencies.search(supervisor, issue_code="guardianship")}
    assert {"成年後見制度", tagged_parent.name} <= by_child
    # An unrelated category does not.
    assert tagged_parent.name not in {
        r.name for r in agencies.search(supervisor, issue_code="employment")
    }


def test_search_by_kind_and_inactive_hidden(agencies: AgencyService, supervisor: Principal) -> None:
    programmes = agencies.search(supervisor, kind=AgencyKind.PROGRAMME)
    assert programmes
    assert {r.kind for r in programmes} == {"programme"}
    assert {r.kind_label for r in programmes} == {"制度・事業"}
    created = agencies.save(supervisor, _edit())
    agencies.set_active(supervisor, created.id, False, created.version)
    assert not agencies.search(supervisor, "みどり")
    hidden = agencies.search(supervisor, "みどり", include_inactive=True)
    assert [(r.id, r.active) for r in hidden] == [(created.id, False)]


def test_create_update_deactivate_are_audited(
    ctx: AppContext, agencies: AgencyService, supervisor: Principal
) -> None:
    created = agencies.save(supervisor, _edit())
    assert created.kana == "ミドリソウダンセンター"
    assert created.issue_labels == ("福祉",)
    assert created.version == 1
    fetched = agencies.get(supervisor, created.id)
    assert fetched == created

    edit = _edit(id=created.id, version=created.version, phone="0421234568", address="本町1-1")
    updated = agencies.save(supervisor, edit)
    assert updated.version == 2
    assert updated.address == "本町1-1"
    deactivated = agencies.set_active(supervisor, created.id, False, updated.version)
    assert not deactivated.active

    events = _events(ctx, created.id)
    assert [e.action for e in events] == [
        AuditAction.CREATE,
        AuditAction.UPDATE,
        AuditAction.UPDATE,
    ]
    assert sorted(events[1].detail["fields"]) == ["address", "phone"]
    assert events[2].detail == {"fields": ["active"]}
    # Field names only, never the values.
    assert "本町" not in str([e.detail for e in events])


def test_counselor_cannot_edit(agencies: AgencyService, counselor: Principal) -> None:
    with pytest.raises(PermissionDenied):
        agencies.save(counselor, _edit())
    with pytest.raises(PermissionDenied):
        agencies.export_csv(counselor)
    row = agencies.search(counselor, "成年後見制度")[0]
    with pytest.raises(PermissionDenied):
        agencies.set_active(counselor, row.id, False, 1)


def test_stale_save_is_refused(agencies: AgencyService, supervisor: Principal) -> None:
    created = agencies.save(supervisor, _edit())
    agencies.save(supervisor, _edit(id=created.id, version=created.version, notes="一人目"))
    with pytest.raises(ConflictError, match="ほかの利用者が先に"):
        agencies.save(supervisor, _edit(id=created.id, version=created.version, notes="二人目"))
    with pytest.raises(ConflictError):
        agencies.set_active(supervisor, created.id, False, created.version)
    assert agencies.get(supervisor, created.id).notes == "一人目"


@pytest.mark.parametrize(
    ("overrides", "label"),
    [
        ({"name": "  "}, "名称"),
        ({"name": "あ" * 201}, "名称"),
        ({"kana": "Midori"}, "ふりがな"),
        ({"kana": ""}, "ふりがな"),
        ({"kind": "hospital"}, "種別"),
        ({"phone": "123-4567"}, "電話"),
        ({"issue_codes": ("no_such_issue",)}, "扱う課題"),
        ({"area_id": 99999}, "圏域"),
        ({"contact_person": "x" * 101}, "担当者"),
    ],
)
def test_validation_names_the_field(
    agencies: AgencyService, supervisor: Principal, overrides: dict[str, object], label: str
) -> None:
    with pytest.raises(ValidationError) as info:
        agencies.save(supervisor, _edit(**overrides))
    assert info.value.label == label
    assert info.value.text().startswith(f"{label}：")


def test_kind_label_is_accepted(agencies: AgencyService, supervisor: Principal) -> None:
    created = agencies.save(supervisor, _edit(kind="地域の担い手"))
    assert created.kind == AgencyKind.COMMUNITY


def test_csv_round_trip_is_unchanged(
    ctx: AppContext, agencies: AgencyService, supervisor: Principal
) -> None:
    agencies.save(supervisor, _edit(area_id=1, network_member=True))
    text = agencies.export_csv(supervisor)
    rows = list(csv.reader(io.StringIO(text)))
    assert tuple(rows[0]) == CSV_COLUMNS
    total = _count(ctx)
    assert len(rows) == total + 1
    assert _events(ctx)[-1].action == AuditAction.EXPORT
    assert _events(ctx)[-1].detail == {"rows": total}

    result = agencies.import_csv(supervisor, "\ufeff" + text)
    assert result.errors == ()
    assert (result.created, result.updated, result.unchanged) == (0, 0, total)
    assert _count(ctx) == total


def test_import_creates_and_updates(
    ctx: AppContext, agencies: AgencyService, supervisor: Principal
) -> None:
    text = agencies.export_csv(supervisor)
    first = list(csv.reader(io.StringIO(text)))[1]
    first[CSV_COLUMNS.index("受付時間")] = "平日 9時〜17時"
    new = ["つばめ食堂", "つばめしょくどう", "地域の担い手", *[""] * 5, "isolation"]
    new += ["", "0", "", "1"]
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows([CSV_COLUMNS, first, new])
    before = _count(ctx)

    preview = agencies.import_csv(supervisor, out.getvalue(), dry_run=True)
    assert (preview.created, preview.updated, preview.errors) == (1, 1, ())
    assert _count(ctx) == before

    result = agencies.import_csv(supervisor, out.getvalue())
    assert (result.created, result.updated, result.unchanged) == (1, 1, 0)
    assert _count(ctx) == before + 1
    found = agencies.search(supervisor, "つばめ")
    assert [r.kana for r in found] == ["ツバメショクドウ"]
    assert _events(ctx)[-1].detail == {"import": True, "created": 1, "updated": 1, "unchanged": 0}


def test_import_with_a_bad_row_writes_nothing(
    ctx: AppContext, agencies: AgencyService, supervisor: Principal
) -> None:
    good = ["ひだまり食堂", "ひだまりしょくどう", "地域の担い手"] + [""] * 10
    bad = ["こもれび会", "Komorebi", "地域の担い手"] + [""] * 10
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows([CSV_COLUMNS, good, bad])
    before, audited = _count(ctx), len(_events(ctx))

    result = agencies.import_csv(supervisor, "\ufeff" + out.getvalue())
    assert len(result.errors) == 1
    assert result.errors[0].startswith("3行目 ふりがな：")
    assert (result.created, result.updated, result.unchanged) == (0, 0, 0)
    assert _count(ctx) == before
    assert len(_events(ctx)) == audited


def test_import_reports_header_and_duplicates(
    agencies: AgencyService, supervisor: Principal
) -> None:
    wrong = agencies.import_csv(supervisor, "name,kana\r\nA,あ\r\n")
    assert wrong.errors[0].startswith("1行目 見出し：")
    row = ["ひだまり食堂", "ひだまりしょくどう", "地域の担い手"] + [""] * 10
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows([CSV_COLUMNS, row, replace_phone(row)])
    dup = agencies.import_csv(supervisor, out.getvalue())
    assert dup.errors == ("3行目 名称：2行目と同じ名称です。",)


def replace_phone(row: list[str]) -> list[str]:
    """A copy of a CSV row with another phone number."""
    copy = list(row)
    copy[CSV_COLUMNS.index("電話")] = "0421112222"
    return copy
