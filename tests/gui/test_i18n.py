"""English mode translates what the services hand over (``gui.i18n``, context ``Data``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from welfaredesk import paths
from welfaredesk.domain.enums import CaseStage
from welfaredesk.domain.enums import label as ja_label
from welfaredesk.domain.errors import KnownError, ValidationError
from welfaredesk.domain.text import date_text, msg, set_translator
from welfaredesk.gui import i18n
from welfaredesk.gui.ops import run_op

WORDS = {
    "生年月日": "Date of birth",
    "日付を入力してください。": "Enter a date.",
    "相談受付日（{date}）より前の日付は入力できません。": (
        "Enter a date on or after the intake date ({date})."
    ),
    "{area}の{count}件": "{count} in {area}",
    "北部": "North",
    "保存できませんでした。": "Could not save.",
    "壊れた{x}": "broken {y}",
}


class FakeTranslator(QTranslator):
    """Translates the context ``Data`` from :data:`WORDS` (and the stage labels)."""

    def __init__(self, words: dict[str, str]) -> None:
        super().__init__()
        self.words = words

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        del disambiguation, n
        if context != i18n.DATA_CONTEXT:
            return None  # a null string: not translated here
        return self.words.get(source)

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def english(gui_app: QApplication) -> Iterator[FakeTranslator]:
    words = dict(WORDS)
    words[ja_label(CaseStage.INTAKE)] = "Intake"
    translator = FakeTranslator(words)
    language = gui_app.property(i18n.LANGUAGE_PROPERTY)
    gui_app.installTranslator(translator)
    gui_app.setProperty(i18n.LANGUAGE_PROPERTY, "en")
    set_translator(i18n.tr_data)
    yield translator
    set_translator(None)
    gui_app.setProperty(i18n.LANGUAGE_PROPERTY, language)
    gui_app.removeTranslator(translator)


@dataclass(frozen=True)
class Row:
    title: str
    stage: CaseStage
    opened: dt.date
    count: int
    name: str


class Pair(NamedTuple):
    heading: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Report:
    pairs: list[Pair]
    by_area: dict[str, str]
    note: str | None


def sample() -> Report:
    row = Row(
        msg("{area}の{count}件", area="北部", count=3),
        CaseStage.INTAKE,
        dt.date(2026, 4, 1),
        3,
        "山田 花子",
    )
    return Report(
        pairs=[Pair("生年月日", (row, row))],
        by_area={"north": "北部", "code": "ABC"},
        note=None,
    )


def test_japanese_mode_changes_nothing(gui_app: QApplication) -> None:
    assert not i18n.english()
    report = sample()
    assert i18n.translate_result(report) is report
    assert i18n.tr_data("生年月日") == "生年月日"
    assert i18n.label(CaseStage.INTAKE) == ja_label(CaseStage.INTAKE)
    error = ValidationError("birth_date", "生年月日", "日付を入力してください。")
    assert error.text() == "生年月日：日付を入力してください。"


def test_a_label_in_english(english: FakeTranslator) -> None:
    assert i18n.english()
    assert i18n.label(CaseStage.INTAKE) == "Intake"
    assert i18n.tr_data("生年月日") == "Date of birth"
    assert i18n.tr_data("山田 花子") == "山田 花子"  # people's data: no entry, unchanged
    assert i18n.tr_data("") == ""


def test_a_msg_has_its_template_translated_and_its_values_too(english: FakeTranslator) -> None:
    m = msg("相談受付日（{date}）より前の日付は入力できません。", date="2026-04-01")
    assert i18n.tr_data(m) == "Enter a date on or after the intake date (2026-04-01)."
    assert i18n.tr_data(msg("{area}の{count}件", area="北部", count=3)) == "3 in North"
    # a translation that broke a placeholder falls back to the template, not a crash
    assert i18n.tr_data(msg("壊れた{x}", x="北部")) == "壊れたNorth"
    assert i18n.tr_data(msg("未翻訳の{x}", x="北部")) == "未翻訳のNorth"
    dated = msg(
        "相談受付日（{date}）より前の日付は入力できません。", date=date_text(dt.date(2026, 4, 1))
    )
    assert i18n.tr_data(dated) == "Enter a date on or after the intake date (1 Apr 2026)."
    assert i18n.tr_data(date_text(dt.date(2026, 11, 6))) == "6 Nov 2026"


def test_errors_are_shown_in_english(english: FakeTranslator) -> None:
    error = ValidationError("birth_date", "生年月日", "日付を入力してください。")
    assert error.text() == "Date of birth: Enter a date."
    assert KnownError("保存できませんでした。").text() == "Could not save."
    dated = msg("相談受付日（{date}）より前の日付は入力できません。", date="2026-04-01")
    assert ValidationError("birth_date", "生年月日", dated).text() == (
        "Date of birth: Enter a date on or after the intake date (2026-04-01)."
    )


def test_translate_result_walks_nested_results(english: FakeTranslator) -> None:
    report = sample()
    out = i18n.translate_result(report)
    assert out is not report
    assert isinstance(out, Report)
    pair = out.pairs[0]
    assert isinstance(pair, Pair)
    assert pair.heading == "Date of birth"
    assert isinstance(pair.rows, tuple)
    assert len(pair.rows) == 2
    row = pair.rows[0]
    assert row.title == "3 in North"
    assert row.stage is CaseStage.INTAKE  # enums stay codes
    assert row.opened == dt.date(2026, 4, 1)
    assert row.count == 3
    assert row.name == "山田 花子"
    assert out.by_area == {"north": "North", "code": "ABC"}
    assert out.note is None
    assert report.pairs[0].heading == "生年月日"  # the service's result is not changed
    plain = (1, dt.date(2026, 1, 1), CaseStage.INTAKE, "ABC")
    assert i18n.translate_result(plain) is plain
    assert i18n.translate_result(["生年月日", 2]) == ["Date of birth", 2]


@dataclass(frozen=True)
class NoteLike:
    method: str
    body: str
    next_action: str
    goals: tuple[str, ...]


class GoalRow(NamedTuple):
    status: str
    goal: str


def test_what_people_typed_is_never_translated(english: FakeTranslator) -> None:
    """A body, a next action or a goal that reads exactly like a label stays as typed: an
    editor opened on it must not save the English back."""
    note = NoteLike(method="生年月日", body="生年月日", next_action="生年月日", goals=("生年月日",))
    out = i18n.translate_result(note)
    assert out.method == "Date of birth"  # a label of the service
    assert (out.body, out.next_action, out.goals) == ("生年月日", "生年月日", ("生年月日",))
    row = i18n.translate_result(GoalRow("生年月日", "生年月日"))
    assert row == ("Date of birth", "生年月日")
    # The program's own words in such a field are translated: a Msg, or a listed exception.
    said = i18n.translate_result(NoteLike("x", msg("{a}", a="生年月日"), "", ()))
    assert said.body == "Date of birth"


def test_the_program_text_exceptions_name_real_fields() -> None:
    from welfaredesk.domain import reports
    from welfaredesk.services import connection, ledger_import

    classes = {"ConnectionReport": connection.ConnectionReport, "ReportTable": reports.ReportTable}
    fields = {name: {f.name for f in dataclasses.fields(cls)} for name, cls in classes.items()}
    fields["LedgerProblem"] = set(ledger_import.LedgerProblem._fields)
    for owner, name in i18n.PROGRAM_TEXT_FIELDS:
        assert name in fields[owner], (owner, name)
        assert name in i18n.FREE_TEXT_FIELDS


def test_run_op_hands_over_translated_results(english: FakeTranslator, qtbot: QtBot) -> None:
    widget = QWidget()
    got: list[object] = []
    run_op(widget, lambda: ("生年月日", CaseStage.INTAKE, 3), got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5_000)
    assert got == [("Date of birth", CaseStage.INTAKE, 3)]


def test_run_op_in_japanese_mode_hands_over_the_result_itself(qtbot: QtBot) -> None:
    widget = QWidget()
    result = ("生年月日", CaseStage.INTAKE)
    got: list[object] = []
    run_op(widget, lambda: result, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5_000)
    assert got[0] is result


_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_JAPANESE = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


def data_messages(language: str) -> list[tuple[str, str, bool]]:
    """(source, translation, finished) of the context ``Data`` of a .ts file."""
    tree = ET.parse(paths.resources_dir() / "i18n" / f"welfaredesk_{language}.ts")
    found = []
    for context in tree.getroot().iter("context"):
        if context.findtext("name") != i18n.DATA_CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "" if translation is None else (translation.text or "")
            finished = translation is not None and translation.get("type") is None and bool(text)
            found.append((message.findtext("source") or "", text, finished))
    return found


def test_the_japanese_data_entries_are_their_source() -> None:
    messages = data_messages("ja")
    assert len(messages) > 500  # the catalogue was generated
    assert [m for m in messages if m[1] != m[0] or not m[2]] == []


def test_every_english_data_entry_is_finished_english_and_keeps_its_placeholders() -> None:
    """The services' and the domain's texts are all translated (issue 11)."""
    problems = []
    for source, text, finished in data_messages("en"):
        if not finished:
            problems.append(f"unfinished: {source!r}")
        elif _JAPANESE.search(text):
            problems.append(f"Japanese left: {source!r} -> {text!r}")
        elif sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ: {source!r} -> {text!r}")
    assert problems == [], f"{len(problems)} Data entries: " + "\n".join(problems[:40])


def test_verbatim_fields_are_never_translated(english: FakeTranslator) -> None:
    """A file's own headings (sent back as the column mapping) and the desk's own name (saved
    back by the settings dialog) reach the screens as written."""
    from welfaredesk.domain.calendar import HolidayWindowRule
    from welfaredesk.domain.case_number import NumberStyle
    from welfaredesk.services.ledger_import import LedgerAnalysis
    from welfaredesk.services.settings import DeskSettings

    desk = DeskSettings(
        name="生年月日",
        address="生年月日",
        phone="",
        number_style=NumberStyle.ERA,
        holiday_window=HolidayWindowRule(),
        approval_reasons=(),
        reason_choices=(("x", "生年月日"),),
        version="1",
        editable=True,
    )
    out = i18n.translate_result(desk)
    assert (out.name, out.address) == ("生年月日", "生年月日")
    assert out.reason_choices == (("x", "Date of birth"),)  # labels are still translated
    verbatim = {f.name for f in dataclasses.fields(LedgerAnalysis) if f.metadata.get("verbatim")}
    assert {"columns", "proposed", "sample_rows"} <= verbatim


def test_a_fiscal_year_is_named_by_its_western_year(english: FakeTranslator) -> None:
    from welfaredesk.domain.dates import fiscal_year_label

    label = fiscal_year_label(2026)
    assert label == "令和8年度"  # the services' and the printed forms' text is unchanged
    assert i18n.tr_data(label) == "FY2026"
    assert i18n.tr_data(msg("{fy}の集計", fy=label)) == "{fy}の集計".format(fy="FY2026")
    assert i18n.translate_result((label,)) == ("FY2026",)
