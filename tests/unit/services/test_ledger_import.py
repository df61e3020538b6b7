"""Import of an existing 相談台帳: analysis, every kind of bad row, all-or-nothing, idempotency.

The example files are in ``tests/data/ledger`` (fictitious people only; rebuilt by
``make_examples.py`` there). In ``ledger_messy.csv`` (CP932) the header is row 1 and:
2 good · 3 unparseable date · 4 令和7年13月 · 5 R7.2.30 · 6 unknown channel · 7 empty name ·
8 same 受付番号 as 2 · 9 a person already known (既存 花子) · 10 closed · 11 closed without a
reason · 12 and 13 the same content without 受付番号.
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from welfaredesk.app import AppContext
from welfaredesk.cli import main
from welfaredesk.domain.enums import CaseStage, ClosureStatus, Role, Sex
from welfaredesk.domain.errors import KnownError, PermissionDenied, ValidationError
from welfaredesk.services.dto import Principal
from welfaredesk.services.ledger_import import LedgerField, LedgerProblem
from welfaredesk.storage import search
from welfaredesk.storage.orm import (
    AuditEvent,
    Case,
    CaseAccess,
    CaseIssue,
    CaseNumberCounter,
    Closure,
    Consent,
    Consultation,
    HouseholdMember,
    LedgerImportRow,
    Person,
)

DATA = Path(__file__).parents[2] / "data" / "ledger"
GOOD = DATA / "ledger_good.xlsx"
MESSY = DATA / "ledger_messy.csv"
TODAY = dt.date(2026, 3, 31)


def _count(ctx: AppContext, model: type[object]) -> int:
    with ctx.db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _known_person(ctx: AppContext, supervisor: Principal, case_factory: Callable[..., int]) -> int:
    """既存 花子, already known to the desk (row 9 of the messy ledger)."""
    case_id = case_factory(
        supervisor,
        family_name="既存",
        given_name="花子",
        family_kana="キソン",
        given_kana="ハナコ",
        birth_date=dt.date(1975, 3, 4),
        received_at=dt.datetime(2025, 4, 2, 9, 0),
    )
    with ctx.db.read() as s:
        return s.get_one(Case, case_id).client_id


def test_analyse_finds_the_header_under_a_title_and_proposes_the_mapping(
    ctx: AppContext, supervisor: Principal
) -> None:
    analysis = ctx.ledger_import.analyse(supervisor, GOOD)
    assert (analysis.format, analysis.encoding, analysis.header_row) == ("xlsx", None, 2)
    assert analysis.row_count == 4
    assert analysis.proposed["受付日"] is LedgerField.RECEIVED_ON
    assert analysis.proposed["フリガナ"] is LedgerField.KANA
    assert analysis.proposed["相談内容"] is LedgerField.CONCERN
    assert analysis.proposed["終結理由"] is LedgerField.CLOSURE_REASON
    assert analysis.unmapped == ("備考",)
    assert analysis.sample_rows[0][1] == "2025-04-03"

    messy = ctx.ledger_import.analyse(supervisor, MESSY)
    assert (messy.format, messy.encoding, messy.header_row) == ("csv", "cp932", 1)
    assert messy.proposed["主訴"] is LedgerField.CONCERN
    assert messy.proposed["ふりがな"] is LedgerField.KANA


def test_utf8_csv_with_and_without_bom_is_read(
    ctx: AppContext, supervisor: Principal, tmp_path: Path
) -> None:
    text = MESSY.read_bytes().decode("cp932")
    for encoding in ("utf-8", "utf-8-sig"):
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes(text.encode(encoding))
        analysis = ctx.ledger_import.analyse(supervisor, path)
        assert analysis.encoding == encoding
        assert "氏名" in analysis.proposed


def test_good_xlsx_imports_every_row_as_cases(ctx: AppContext, supervisor: Principal) -> None:
    mapping = ctx.ledger_import.analyse(supervisor, GOOD).proposed
    result = ctx.ledger_import.run(supervisor, GOOD, mapping, today=TODAY)
    assert not result.refused
    assert result.check.problems == ()
    assert result.imported == 4
    assert result.case_numbers == ("R7-00001", "R7-00002", "R7-00003", "R7-00004")
    with ctx.db.read() as s:
        cases = {c.case_number: c for c in s.scalars(select(Case))}
        first = cases["R7-00001"]
        client = s.get_one(Person, first.client_id)
        assert (client.family_name, client.given_name) == ("見本", "一郎")
        assert client.family_kana == "ミホン"
        assert client.birth_date == dt.date(1955, 5, 6)
        assert client.sex == str(Sex.MALE)
        assert first.lead_worker_id == supervisor.user_id
        slip = s.scalars(select(Consultation).where(Consultation.case_id == first.id)).one()
        assert slip.channel_code == "visit"
        assert slip.issue_codes == ["poverty", "employment"]
        assert slip.received_at.date() == dt.date(2025, 4, 3)
        second = cases["R7-00002"]
        assert s.get_one(Person, second.client_id).birth_date == dt.date(1948, 11, 23)
        assert second.stage == str(CaseStage.MONITORING)
        slip2 = s.scalars(select(Consultation).where(Consultation.case_id == second.id)).one()
        assert (slip2.channel_code, slip2.consulter_type_code) == ("phone", "family")
        assert slip2.issue_codes == ["elderly", "care"]
        closed = cases["R7-00003"]
        assert closed.stage == str(CaseStage.CLOSED)
        assert closed.closed_on == dt.date(2025, 9, 30)
        closure = s.scalars(select(Closure).where(Closure.case_id == closed.id)).one()
        assert (closure.reason_code, closure.status) == ("handover", str(ClosureStatus.APPROVED))
        event = s.scalars(select(AuditEvent).where(AuditEvent.entity == "ledger_import")).one()
        assert event.detail["imported"] == 4
        assert event.detail["rows"] == 4


def test_every_kind_of_bad_row_is_reported_with_row_column_and_reason(
    ctx: AppContext, supervisor: Principal, case_factory: Callable[..., int]
) -> None:
    _known_person(ctx, supervisor, case_factory)
    mapping = ctx.ledger_import.analyse(supervisor, MESSY).proposed
    check = ctx.ledger_import.validate(supervisor, MESSY, mapping, today=TODAY)
    by_row = {p.row: p for p in check.problems}
    assert all(isinstance(p, LedgerProblem) for p in check.problems)
    assert by_row[3].column == "受付日"
    assert "4月頃" in by_row[3].reason
    assert by_row[4].column == "受付日"
    assert "13月" in by_row[4].reason
    assert by_row[5].column == "受付日"
    assert "2月30日という日付はありません" in by_row[5].reason
    assert by_row[6].column == "相談経路"
    assert "LINE" in by_row[6].reason
    assert "来所" in by_row[6].reason  # names the allowed values
    assert (by_row[7].column, by_row[7].reason) == (
        "氏名",
        "氏名が空欄です。氏名を入れてください。",
    )
    assert by_row[8].column == "受付番号"
    assert "2行目" in by_row[8].reason
    assert by_row[11].column == "終結理由"
    assert by_row[13].column == "氏名"
    assert "12行目" in by_row[13].reason
    assert set(by_row) == {3, 4, 5, 6, 7, 8, 11, 13}
    assert check.problem_rows == 8
    # the person already known is listed for a decision, with ids and case numbers only
    assert check.undecided == (9,)
    (match,) = check.matches
    assert match.row == 9
    (candidate,) = match.candidates
    assert candidate.case_numbers == ("R7-00001",)
    assert "氏名一致" in candidate.reasons
    assert check.ready_rows == 3  # rows 2, 10 and 12
    assert check.blocking


def test_problems_block_the_import_unless_only_valid_rows_are_chosen(
    ctx: AppContext, supervisor: Principal, case_factory: Callable[..., int]
) -> None:
    known = _known_person(ctx, supervisor, case_factory)
    mapping = ctx.ledger_import.analyse(supervisor, MESSY).proposed
    cases, people = _count(ctx, Case), _count(ctx, Person)

    refused = ctx.ledger_import.run(supervisor, MESSY, mapping, today=TODAY)
    assert refused.refused
    assert refused.imported == 0
    assert (_count(ctx, Case), _count(ctx, Person)) == (cases, people)

    dry = ctx.ledger_import.run(
        supervisor, MESSY, mapping, only_valid=True, dry_run=True, today=TODAY
    )
    assert dry.imported == 3
    assert (_count(ctx, Case), _count(ctx, Person)) == (cases, people)

    done = ctx.ledger_import.run(
        supervisor, MESSY, mapping, only_valid=True, decisions={9: known}, today=TODAY
    )
    assert not done.refused
    assert done.imported == 4
    assert done.skipped == 8
    # the known person got a new case; no new person for her
    assert _count(ctx, Case) == cases + 4
    assert _count(ctx, Person) == people + 3
    with ctx.db.read() as s:
        assert len(list(s.scalars(select(Case).where(Case.client_id == known)))) == 2


def test_an_undecided_match_is_never_merged(
    ctx: AppContext, supervisor: Principal, case_factory: Callable[..., int]
) -> None:
    known = _known_person(ctx, supervisor, case_factory)
    mapping = ctx.ledger_import.analyse(supervisor, MESSY).proposed
    ctx.ledger_import.run(supervisor, MESSY, mapping, only_valid=True, today=TODAY)
    with ctx.db.read() as s:
        assert len(list(s.scalars(select(Case).where(Case.client_id == known)))) == 1
        assert s.scalar(select(func.count()).where(Person.name_key == "既存花子")) == 1
    # deciding "a new person" imports her row as someone new
    result = ctx.ledger_import.run(
        supervisor, MESSY, mapping, only_valid=True, decisions={9: None}, today=TODAY
    )
    assert result.imported == 1
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).where(Person.name_key == "既存花子")) == 2


def test_a_person_who_is_not_a_candidate_cannot_be_picked(
    ctx: AppContext, supervisor: Principal, case_factory: Callable[..., int]
) -> None:
    _known_person(ctx, supervisor, case_factory)
    mapping = ctx.ledger_import.analyse(supervisor, MESSY).proposed
    check = ctx.ledger_import.validate(
        supervisor, MESSY, mapping, decisions={9: 99999}, today=TODAY
    )
    assert any(p.row == 9 and "候補にありません" in p.reason for p in check.problems)


def test_reimporting_the_same_file_creates_no_duplicates(
    ctx: AppContext, supervisor: Principal, tmp_path: Path
) -> None:
    mapping = ctx.ledger_import.analyse(supervisor, GOOD).proposed
    assert ctx.ledger_import.run(supervisor, GOOD, mapping, today=TODAY).imported == 4
    cases, people = _count(ctx, Case), _count(ctx, Person)
    copy = tmp_path / "renamed.xlsx"
    shutil.copyfile(GOOD, copy)
    again = ctx.ledger_import.run(supervisor, copy, mapping, today=TODAY)
    assert again.imported == 0
    assert again.check.already_imported == 4
    assert again.check.matches == ()
    assert (_count(ctx, Case), _count(ctx, Person)) == (cases, people)

    messy = ctx.ledger_import.analyse(supervisor, MESSY).proposed
    first = ctx.ledger_import.run(supervisor, MESSY, messy, only_valid=True, today=TODAY)
    assert first.imported == 4  # nobody is known yet: row 9 needs no decision
    second = ctx.ledger_import.run(supervisor, MESSY, messy, only_valid=True, today=TODAY)
    assert (second.imported, second.check.already_imported) == (0, 4)
    assert second.check.matches == ()


def test_a_row_added_to_the_ledger_later_is_imported_alone(
    ctx: AppContext, supervisor: Principal, tmp_path: Path
) -> None:
    path = tmp_path / "ledger.csv"
    rows = [["受付番号", "受付日", "氏名", "相談経路"], ["1", "R7.4.1", "見本 一", "来所"]]
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    mapping = ctx.ledger_import.analyse(supervisor, path).proposed
    assert ctx.ledger_import.run(supervisor, path, mapping, today=TODAY).imported == 1
    rows.append(["2", "R7.4.2", "見本 二", "電話"])
    rows.append(["1", "R8.4.1", "見本 三", "電話"])  # number 1 again, next year's ledger
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    result = ctx.ledger_import.run(supervisor, path, mapping, today=dt.date(2026, 5, 1))
    assert (result.imported, result.check.already_imported) == (2, 1)
    assert result.case_numbers == ("R7-00002", "R8-00001")


def test_the_mapping_must_name_real_columns_and_the_required_fields(
    ctx: AppContext, supervisor: Principal
) -> None:
    with pytest.raises(ValidationError, match="受付日"):
        ctx.ledger_import.validate(supervisor, GOOD, {"氏名": LedgerField.NAME})
    with pytest.raises(ValidationError, match="ありません"):
        ctx.ledger_import.validate(
            supervisor, GOOD, {"受付日": LedgerField.RECEIVED_ON, "なし": LedgerField.NAME}
        )
    with pytest.raises(ValidationError, match="二つの列"):
        ctx.ledger_import.validate(
            supervisor,
            GOOD,
            {"受付日": LedgerField.RECEIVED_ON, "氏名": LedgerField.NAME, "住所": LedgerField.NAME},
        )


def test_unreadable_files_get_a_message(
    ctx: AppContext, supervisor: Principal, tmp_path: Path
) -> None:
    with pytest.raises(KnownError, match="見つかりません"):
        ctx.ledger_import.analyse(supervisor, tmp_path / "none.csv")
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(KnownError, match=r"\.xlsx"):
        ctx.ledger_import.analyse(supervisor, old)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(KnownError, match="読めません"):
        ctx.ledger_import.analyse(supervisor, broken)


def test_only_supervisors_may_import(
    ctx: AppContext, new_user: Callable[..., Principal], admin: Principal
) -> None:
    counselor = new_user("tanaka", Role.COUNSELOR)
    for who in (counselor, admin):
        with pytest.raises(PermissionDenied):
            ctx.ledger_import.analyse(who, GOOD)
        with pytest.raises(PermissionDenied):
            ctx.ledger_import.run(who, GOOD, {})


def test_logs_carry_no_names(
    ctx: AppContext,
    supervisor: Principal,
    case_factory: Callable[..., int],
    caplog: pytest.LogCaptureFixture,
) -> None:
    _known_person(ctx, supervisor, case_factory)
    caplog.set_level(logging.DEBUG)
    mapping = ctx.ledger_import.analyse(supervisor, MESSY).proposed
    ctx.ledger_import.run(supervisor, MESSY, mapping, only_valid=True, today=TODAY)
    text = "\n".join(r.getMessage() for r in caplog.records)
    for word in ("見本", "既存", "花子", "LINE", "090"):
        assert word not in text
    with ctx.db.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.entity == "ledger_import")).one()
    assert all(isinstance(v, (int, str)) for v in event.detail.values())
    assert "見本" not in str(event.detail)


def test_command_line_import_prints_problems_and_exits_1_then_imports(
    database_location: str,
    ctx: AppContext,
    supervisor: Principal,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    database = database_location
    ctx.close()
    monkeypatch.setenv("WELFAREDESK_PASSWORD", "correct-horse-42")
    base = ["--db", database, "import", "ledger", "--user", supervisor.login]
    assert main([*base, str(MESSY)]) == 1
    captured = capsys.readouterr()
    assert "5\t受付日\t" in captured.out
    assert "6\t相談経路\t" in captured.out
    assert "何も取り込みませんでした" in captured.err
    assert main([*base, str(MESSY), "--only-valid", "--dry-run"]) == 0
    assert "保存していません" in capsys.readouterr().out
    assert main([*base, str(GOOD)]) == 0
    out = capsys.readouterr().out
    assert "4件を取り込みました" in out
    assert "備考 → (取り込まない)" in out
    assert main([*base, str(GOOD)]) == 0
    assert "取り込み済み 4行" in capsys.readouterr().out
    assert main([*base, str(GOOD), "--map", "受付日="]) == 2
    assert "受付日" in capsys.readouterr().err


def test_what_real_ledgers_contain_is_read(
    ctx: AppContext, supervisor: Principal, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["No.", "受付\n日", "氏　名", "電話番号(自宅)", "相談経路", "担当", "年齢"])
    sheet.append(
        [
            1.0,
            dt.datetime(2025, 4, 1, 10, 30),
            "見本　一郎",
            9012345678,
            "来所(窓口)",
            "sato",
            "45歳",
        ]
    )
    sheet.append([2, "2025/4/2 9:15", "見本 二郎", "03-0000-1111", "休日", "sato 職員", ""])
    path = tmp_path / "real.xlsx"
    book.save(path)
    analysis = ctx.ledger_import.analyse(supervisor, path)
    assert set(analysis.proposed.values()) == {
        LedgerField.LEDGER_NUMBER,
        LedgerField.RECEIVED_ON,
        LedgerField.NAME,
        LedgerField.PHONE,
        LedgerField.CHANNEL,
        LedgerField.WORKER,
        LedgerField.AGE,
    }
    result = ctx.ledger_import.run(supervisor, path, analysis.proposed, today=TODAY)
    assert result.check.problems == ()
    assert result.imported == 2
    with ctx.db.read() as s:
        people = {p.given_name: p for p in s.scalars(select(Person))}
        assert people["一郎"].phone == "09012345678"
        channels = set(s.scalars(select(Consultation.channel_code)))
    assert channels == {"visit", "holiday_window"}


def test_an_age_without_a_birth_date_counts_in_the_age_bands(
    ctx: AppContext, supervisor: Principal, tmp_path: Path
) -> None:
    """Ledgers often hold 年齢 but no 生年月日: the statistics still band those people."""
    path = tmp_path / "ledger.csv"
    rows = [
        ["受付日", "氏名", "年齢", "生年月日", "相談経路"],
        ["R7.5.1", "見本 一", "82歳", "", "来所"],
        ["R7.5.2", "見本 二", "45", "", "電話"],
        ["R7.5.3", "見本 三", "", "1950/1/1", "電話"],
        ["R7.5.4", "見本 四", "", "", "電話"],
    ]
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    mapping = ctx.ledger_import.analyse(supervisor, path).proposed
    assert ctx.ledger_import.run(supervisor, path, mapping, today=TODAY).imported == 4
    report = ctx.reports.fiscal_year(supervisor, 2025)
    bands = {row.label: row.values[0] for row in report.table("by_age").rows}
    assert bands["75歳以上"] == 2  # 82 told, and born 1950 (75 on 2025-05-03)
    assert bands["40～64歳"] == 1
    assert bands["不明"] == 1


def test_an_area_column_sets_the_cases_area_for_the_statistics(
    ctx: AppContext, supervisor: Principal, tmp_path: Path
) -> None:
    path = tmp_path / "ledger.csv"
    rows = [
        ["受付日", "氏名", "地区", "相談経路"],
        ["R7.5.1", "見本 一", "西圏域", "来所"],
        ["R7.5.2", "見本 二", "西", "電話"],
        ["R7.5.3", "見本 三", "北の方", "電話"],
    ]
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    analysis = ctx.ledger_import.analyse(supervisor, path)
    assert analysis.proposed["地区"] is LedgerField.AREA
    check = ctx.ledger_import.validate(supervisor, path, analysis.proposed)
    assert [(p.row, p.column) for p in check.problems] == [(4, "地区")]
    assert "西圏域" in check.problems[0].reason  # the allowed names are listed
    result = ctx.ledger_import.run(
        supervisor, path, analysis.proposed, only_valid=True, today=TODAY
    )
    assert result.imported == 2
    report = ctx.reports.fiscal_year(supervisor, 2025)
    areas = {row.label: row.values[0] for row in report.table("by_area").rows}
    assert areas["西圏域"] == 2


def test_a_notes_sheet_in_front_of_the_ledger_is_passed_over(
    ctx: AppContext, supervisor: Principal, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "説明"
    cover.append(["この台帳の書き方"])
    ledger = book.create_sheet("令和7年度")
    ledger.append(["受付日", "氏名", "相談経路"])
    ledger.append(["R7.6.1", "見本 一", "来所"])
    path = tmp_path / "台帳.xlsx"
    book.save(path)
    analysis = ctx.ledger_import.analyse(supervisor, path)
    assert analysis.sheet == "令和7年度"
    assert ctx.ledger_import.run(supervisor, path, analysis.proposed, today=TODAY).imported == 1


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    return path


def test_one_file_numbers_two_years_in_row_order_and_groups_the_same_new_person(
    ctx: AppContext, supervisor: Principal, case_factory: Callable[..., int], tmp_path: Path
) -> None:
    """The rows are written table by table: the result is what one intake per row makes."""
    case_factory(supervisor, received_at=dt.datetime(2025, 4, 2, 9, 0))  # R7-00001 is taken
    path = _write_csv(
        tmp_path / "ledger.csv",
        [
            line.split(",")
            for line in (
                "受付日,氏名,フリガナ,生年月日,相談経路,相談内容,課題,終結日,終結理由",
                "R7.5.1,見本 一,ミホン ハジメ,1950/1/1,来所,家賃を滞納している,困窮、就労,,",
                "R8.4.3,見本 二,ミホン ツギ,,電話,,,,",
                "R7.6.1,見本 一,ミホン ハジメ,1950/1/1,電話,仕事が見つからない,就労,R7.7.1,自立",
                "R8.4.4,見本 三,ミホン サブ,1960/2/2,来所,,困窮,,",
            )
        ],
    )
    mapping = ctx.ledger_import.analyse(supervisor, path).proposed
    people, counters = _count(ctx, Person), _counters(ctx)
    dry = ctx.ledger_import.run(supervisor, path, mapping, dry_run=True, today=dt.date(2026, 5, 1))
    assert dry.case_numbers == ("R7-00002", "R8-00001", "R7-00003", "R8-00002")
    assert (_count(ctx, Person), _counters(ctx)) == (people, counters)  # nothing kept

    result = ctx.ledger_import.run(supervisor, path, mapping, today=dt.date(2026, 5, 1))
    assert result.case_numbers == ("R7-00002", "R8-00001", "R7-00003", "R8-00002")
    assert _count(ctx, Person) == people + 3  # rows 2 and 4 are one person
    assert _counters(ctx) == {2025: 3, 2026: 2}
    with ctx.db.read() as s:
        cases = {c.case_number: c for c in s.scalars(select(Case))}
        first, again = cases["R7-00002"], cases["R7-00003"]
        assert first.client_id == again.client_id
        assert first.household_id == again.household_id is not None
        client = s.get_one(Person, first.client_id)
        assert first.client_kana_key == client.kana_key == "みほんはじめ"
        assert again.stage == str(CaseStage.CLOSED)
        closure = s.scalars(select(Closure).where(Closure.case_id == again.id)).one()
        assert closure.reason_code == "independent"
        members = s.scalars(
            select(HouseholdMember).where(HouseholdMember.person_id == client.id)
        ).all()
        assert [(m.household_id, m.relation_code) for m in members] == [
            (first.household_id, "client")
        ]
        for number in ("R7-00002", "R8-00001", "R7-00003", "R8-00002"):
            case = cases[number]
            assert case.fiscal_year == int(number[1]) + 2018
            assert case.serial == int(number[-5:])
            assert case.lead_worker_id == supervisor.user_id
            assert s.scalar(select(func.count()).where(Consent.case_id == case.id)) == 1
        issues = set(s.execute(select(CaseIssue.case_id, CaseIssue.issue_code)))
        assert {code for case_id, code in issues if case_id == first.id} == {
            "poverty",
            "employment",
        }
        assert {code for case_id, code in issues if case_id == cases["R8-00001"].id} == set()
        slips = {
            slip.case_id: slip.id
            for slip in s.scalars(
                select(Consultation).where(Consultation.case_id.in_([c.id for c in cases.values()]))
            )
        }
        hits = search.search(s, "滞納")
        assert [(h.record_id, h.case_id) for h in hits] == [(slips[first.id], first.id)]
        assert {h.case_id for h in search.search(s, "仕事")} == {again.id}
        assert s.scalar(select(func.count()).select_from(LedgerImportRow)) == 4
    again_run = ctx.ledger_import.run(supervisor, path, mapping, today=dt.date(2026, 5, 1))
    assert (again_run.imported, again_run.check.already_imported) == (0, 4)
    assert _counters(ctx) == {2025: 3, 2026: 2}


def _counters(ctx: AppContext) -> dict[int, int]:
    with ctx.db.read() as s:
        return {
            fy: last
            for fy, last in s.execute(
                select(CaseNumberCounter.fiscal_year, CaseNumberCounter.last_serial)
            )
        }


def test_each_of_intakes_duplicate_rules_lists_a_known_person_for_a_decision(
    ctx: AppContext, supervisor: Principal, case_factory: Callable[..., int], tmp_path: Path
) -> None:
    """The whole file is matched at once; every rule of intake's search still finds them."""
    known = _known_person(ctx, supervisor, case_factory)
    case_factory(
        supervisor,
        family_name="電話",
        given_name="有人",
        family_kana="デンワ",
        given_kana="アリト",
        phone="090-1111-2222",
        birth_date=None,
    )
    path = _write_csv(
        tmp_path / "ledger.csv",
        [
            ["受付日", "氏名", "フリガナ", "生年月日", "電話", "相談経路"],
            ["R7.5.1", "既存 花子", "", "", "", "来所"],  # the whole name
            ["R7.5.2", "別字 花子", "キソン ハナコ", "", "", "来所"],  # the whole ふりがな
            ["R7.5.3", "既存 良子", "", "1975/3/4", "", "来所"],  # surname and birth date
            ["R7.5.4", "別人 良子", "キソン ヨシコ", "1975/3/4", "", "来所"],  # kana surname, birth
            ["R7.5.5", "別人 二郎", "", "", "09011112222", "来所"],  # the phone
            ["R7.5.6", "既存 次郎", "", "1980/1/1", "", "来所"],  # surname, another birth date
            ["R7.5.7", "新人 三郎", "シンジン サブロウ", "1990/1/1", "03-1234-5678", "来所"],
        ],
    )  # fmt: skip
    mapping = ctx.ledger_import.analyse(supervisor, path).proposed
    check = ctx.ledger_import.validate(supervisor, path, mapping, today=TODAY)
    assert check.problems == ()
    assert check.undecided == (2, 3, 4, 5, 6)
    by_row = {m.row: {c.person_id for c in m.candidates} for m in check.matches}
    assert by_row[2] == by_row[3] == by_row[4] == by_row[5] == {known}
    assert known not in by_row[6]
    assert check.ready_rows == 2  # rows 7 and 8
    result = ctx.ledger_import.run(
        supervisor, path, mapping, decisions={2: known, 3: known}, only_valid=True, today=TODAY
    )
    assert result.imported == 4
    with ctx.db.read() as s:
        cases = s.scalars(select(Case).where(Case.client_id == known).order_by(Case.id)).all()
        assert len(cases) == 3  # two decided rows became cases of hers, in her household
        assert {c.household_id for c in cases} == {cases[0].household_id}
        assert {c.client_kana_key for c in cases} == {"きそんはなこ"}


def test_a_decided_person_with_a_restricted_case_gets_restricted_cases(
    ctx: AppContext,
    supervisor: Principal,
    case_factory: Callable[..., int],
    new_user: Callable[..., Principal],
    tmp_path: Path,
) -> None:
    known = _known_person(ctx, supervisor, case_factory)
    other = new_user("kimura", Role.SUPERVISOR)
    with ctx.db.read() as s:
        case = s.scalars(select(Case).where(Case.client_id == known)).one()
        case_id, version = case.id, case.version
    ctx.access.restrict(supervisor, case_id, "DV の相談のため", [other.user_id], version)
    path = _write_csv(
        tmp_path / "ledger.csv",
        [
            ["受付日", "氏名", "相談経路"],
            ["R7.5.1", "既存 花子", "来所"],
            ["R7.5.2", "既存 花子", "電話"],
        ],
    )
    mapping = ctx.ledger_import.analyse(supervisor, path).proposed
    result = ctx.ledger_import.run(
        supervisor, path, mapping, decisions={2: known, 3: known}, today=TODAY
    )
    assert result.imported == 2
    with ctx.db.read() as s:
        new = s.scalars(select(Case).where(Case.case_number.in_(result.case_numbers))).all()
        assert all(c.restricted for c in new)
        named = set(
            s.execute(
                select(CaseAccess.case_id, CaseAccess.user_id).where(
                    CaseAccess.case_id.in_([c.id for c in new])
                )
            )
        )
    assert named == {(c.id, u) for c in new for u in (supervisor.user_id, other.user_id)}
