"""The screens in English (issue 11): no Japanese in the program's own words.

A fresh process configures the application in English and runs the screenshot tour on a small
demo database (``english_screens_probe.py``), reading every visible text of every screen:
window titles, labels, buttons, group boxes, tabs, menus and actions, table headers,
placeholders and tooltips. None of them may contain Japanese, except in the widgets listed in
:data:`DATA_WIDGETS`, which show people's data (names, addresses, agency names, case texts),
or words the services write around such data. Dates, the labels of the domain's codes, the
reference data and the services' own words are translated on the way to the screens
(``welfaredesk.gui.i18n``), so the widgets that show only them are checked like the chrome,
and so are the table cells, pick-list values and list items listed in :data:`SERVICE_CELLS`,
:data:`SERVICE_COMBOS` and :data:`SERVICE_ITEMS`. Other table cells, list items, pick-list
values and text fields are people's data and are not checked. Printed forms (the PDF
previews) stay Japanese.
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

import pytest

from tests.gui.english_screens_probe import CHROME
from tests.gui.tour import run_probe

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("english_screens_probe.py")
GUI = ROOT / "welfaredesk" / "gui"

JAPANESE = re.compile(r"[\u3001-\u303f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff60]")
"""Kana, kanji, Japanese punctuation and full-width forms (not the ideographic space)."""

DESK_NAME = "福祉総合相談窓口"
"""The demo desk's name (the default of the desk settings)."""


DATA_WIDGETS: dict[str, str] = {
    # People and the staff (data).
    "nameLabel": "the client's name",
    "kanaLabel": "the client's kana",
    "leadValue": "the lead worker's name",
    "userLabel": "the user's name (and role)",
    "lockUserLabel": "the user's name (and role)",
    "mainTabs": "a case tab: case number and client's name",
    "conflictHeadline": "the other user's name",
    "linkLabel": "the existing person's name",
    "addressValue": "the client's address",
    "reviewDialog": "the plan's goals (case text)",
    "planInForceLabel": "the plan's goal (case text)",
    "closureStateLabel": "the approver's name and the destination (case text)",
    "statusSummaryLabel": "agency name",
    # Agencies and teams: proper names.
    "detailGroup": "the agency's name",
    "notesValue": "the agency's notes",
    "consentAgenciesValue": "agency names",
    "chosenAgencyLabel": "agency name and section",
    "accessNoteLabel": "the team's name",
    "referralDialogMessageLabel": "a message that names the agency",
    # Deliberately Japanese.
    "detailTabs": "the meeting type's help text (reference data)",
    "reportLabel": "what the anonymisation masked (an export of data: stays Japanese)",
    "scaleLabel": "the evaluation scale of the printed 事業実績 sheet (printing/annual_xlsx)",
    "evaluationCombo": "the evaluation scale of the printed 事業実績 sheet (printing/annual_xlsx)",
    "pdfPreviewDialog": "the printed form's title: agency or meeting type",
    "legendLabel": "quotes the Japanese words the anonymised export writes",
}
"""Widgets whose Japanese is data (by object name, or its prefix before ``_``)."""


def _data_widget(widget: str) -> bool:
    return widget.partition(":")[2] in DATA_WIDGETS


SERVICE_CELLS: dict[str, frozenset[str] | None] = {
    # Labels of the domain's codes, reference data, dates (by column header; None: all).
    "caseTable": frozenset({"Area", "Stage", "Consent", "Next due", "Opened"}),
    "auditTable": frozenset({"Date and time", "Action", "Target", "Details"}),
    "accessTable": frozenset({"Role", "Why they can see it"}),
    "agencyTable": frozenset({"Kind", "Issues", "Issues handled"}),
    "agendaTable": frozenset({"Consent", "Purpose", "Plan", "Meeting decision"}),
    "closureHistoryTable": frozenset({"Closed on", "Reason", "Status", "Reopened on"}),
    "meetingTable": frozenset({"Date and time", "Meeting", "Status"}),
    "membersTable": frozenset({"Relation", "Situation"}),
    "slipMembersTable": frozenset({"Relation"}),
    "planItemsTable": frozenset({"Issue"}),
    "problemTable": frozenset({"Column"}),
    "referralTable": frozenset({"Planned", "Method", "Status", "Confirm by"}),
    "reviewTable": frozenset({"Decision", "Due", "Reviewed"}),
    "slipsTable": frozenset({"Received", "Channel", "Consulter"}),
    "slipConsultationsTable": frozenset({"Received", "Channel", "Consulter"}),
    "tasksTree": frozenset({"Due by", "Kind of task"}),
    "timelineTable": frozenset({"When", "Kind", "What happened"}),  # its title: the first line
    "userTable": frozenset({"Role", "Status"}),
    "issueTree": None,
    # The dashboard's tables (not caseloadTable: the lead workers' names).
    "stagesTable": None,
    "consentTable": None,
    "monthlyTable": None,
    "complex_needsTable": None,
    "overdueTable": None,
    "referralsTable": None,
    # The report's table (services/reports): titles, rows and columns.
    "tableView": None,
}
"""Table cells written by the services or the domain, not by people (by table and column)."""

SERVICE_COMBOS = frozenset(
    {
        "basisCombo",
        "channelCombo",
        "consentMethodCombo",
        "consentStatusCombo",
        "consulterTypeCombo",
        "decisionCombo",
        "firstResponseCombo",
        "issueCombo",
        "memberTable",  # the relation of a household member
        "methodCombo",
        "mostPressingCombo",
        "purposeCombo",
        "sexCombo",
        "statusCombo",
        "typeCombo",
        "viewCombo",  # built-in views of the case list
    }
)
"""Pick-lists whose values are the domain's labels or reference data (not staff or people)."""

SERVICE_ITEMS = frozenset({"tableList", "planVersionList"})
"""Lists whose items are the services' words: the report's tables, the plan's versions."""


@pytest.fixture(scope="module")
def english_texts(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, str]]:
    """Every visible text of the screenshot tour in English (a fresh process)."""
    records: list[dict[str, str]] = run_probe(
        PROBE, tmp_path_factory.mktemp("english"), "--cases", "30"
    )
    return records


@pytest.mark.slow
def test_the_tour_covers_the_main_screens(english_texts: list[dict[str, str]]) -> None:
    screens = {r["screen"] for r in english_texts}
    for screen in (
        "login",
        "main_window",
        "case_basic",
        "intake_empty",
        "note_editor",
        "meetings",
        "report_screen",
        "user_admin",
        "backup_dialog",
        "about",
        "about_licences",
    ):
        assert screen in screens, screen
    menus = {r["text"] for r in english_texts if r["kind"] == "menu"}
    assert "&File" in menus
    assert "&Help" in menus


@pytest.mark.slow
def test_no_japanese_in_the_programs_own_words(english_texts: list[dict[str, str]]) -> None:
    """Chrome with Japanese, outside the widgets that show data, bypasses the translation."""
    found: dict[str, set[str]] = defaultdict(set)
    for record in english_texts:
        # The desk's own name (a proper name, shown as the desk wrote it) is data.
        text = record["text"].replace(DESK_NAME, "")
        if record["kind"] not in CHROME or not JAPANESE.search(text):
            continue
        if _data_widget(record["widget"]):
            continue
        found[f"{record['screen']}: {record['kind']} {record['widget']}"].add(record["text"])
    assert dict(found) == {}


@pytest.mark.slow
def test_the_about_dialog_is_english(english_texts: list[dict[str, str]]) -> None:
    about = [r for r in english_texts if r["screen"] in {"about", "about_licences"}]
    texts = {r["text"] for r in about}
    assert "About WelfareDesk" in texts
    assert "&Licences" in texts
    assert "A file on this PC (SQLite)" in texts
    assert not [r for r in about if JAPANESE.search(r["text"])]


KANA_KANJI = re.compile(r"[\u3040-\u30fa\u30fc-\u30ff\u3400-\u9fff\uf900-\ufaff]")
"""Japanese words (kana and kanji; punctuation alone, such as ・ or （, only joins data)."""

JAPANESE_LITERALS: dict[str, str] = {
    # The screenshot tour's made-up input and the smoke test's throwaway account.
    "application.py": "demo data of the screenshots and the smoke test, the translation probe",
    # Sample texts that size table columns (never shown).
    "main_window.py": "column-width samples",
    "search_tab.py": "column-width samples",
    "tasks_tab.py": "column-width samples",
    "intake_dialog.py": "column-width samples; the separators typed between situations",
    # Where a chart's label may break (never shown).
    "dashboard_tab.py": "line-break characters of chart labels",
    # The user guide is written in Japanese (docs/guide): F1 opens its headings by anchor.
    "help_viewer.py": "anchors of the Japanese user guide's headings, which F1 opens",
    # Each language named in itself, so that anyone finds theirs.
    "settings_dialog.py": "日本語, the language's own name",
    # The printed 事業実績 sheet (stays Japanese).
    "report_dialog.py": "the printed 事業実績 sheet's title and file name; a message for a "
    "state the screen cannot reach",
    # English text that quotes the Japanese words the anonymised export writes.
    "anonymize_dialog.py": "quotes the export's Japanese tokens",
}
"""Files of welfaredesk/gui that may hold Japanese string literals, and why."""


def _japanese_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    return [
        f"{path.name}:{node.lineno}: {node.value[:40]!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and KANA_KANJI.search(node.value)
    ]


def test_no_japanese_literal_bypasses_the_translation() -> None:
    """The program's words are English in the code, translated with tr(); Japanese literals
    are only where :data:`JAPANESE_LITERALS` says why."""
    found = [
        literal
        for path in sorted(GUI.rglob("*.py"))
        if path.name not in JAPANESE_LITERALS and "forms" not in path.parts
        for literal in _japanese_literals(path)
    ]
    assert found == []


def test_demo_takes_the_screens_language() -> None:
    """``welfaredesk demo --screenshots DIR --lang en`` (default: this PC's setting)."""
    from welfaredesk import cli

    args = cli._parser().parse_args(["demo", "--screenshots", "shots", "--lang", "en"])
    assert args.lang == "en"
    assert cli._parser().parse_args(["demo"]).lang is None
    with pytest.raises(SystemExit):
        cli._parser().parse_args(["demo", "--lang", "fr"])


def _service_text(record: dict[str, str]) -> str | None:
    """The part of a cell, combo or list item that the services or the domain wrote, if any."""
    name = record["widget"].partition(":")[2]
    kind = record["kind"]
    if kind in {"cell", "header"} and name in SERVICE_CELLS:
        columns = SERVICE_CELLS[name]
        if columns is not None and record.get("column") not in columns:
            return None
        # A timeline entry is its title (the services' words), then what people wrote.
        return record["text"].partition("\n")[0] if name == "timelineTable" else record["text"]
    if (kind == "combo" and name in SERVICE_COMBOS) or (kind == "item" and name in SERVICE_ITEMS):
        return record["text"]
    return None


@pytest.mark.slow
def test_no_japanese_in_what_the_services_say(english_texts: list[dict[str, str]]) -> None:
    """Dates, the domain's labels, the reference data and the services' words in tables,
    pick-lists and lists are English on English screens (people's data stays as written)."""
    found: dict[str, set[str]] = defaultdict(set)
    for record in english_texts:
        text = _service_text(record)
        if text is None or not JAPANESE.search(text):
            continue
        where = (
            f"{record['screen']}: {record['kind']} {record['widget']} {record.get('column', '')}"
        )
        found[where.strip()].add(text[:80])
    assert dict(found) == {}
