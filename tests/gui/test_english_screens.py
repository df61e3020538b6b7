"""The screens in English (issue 11): no Japanese in the program's own words.

A fresh process configures the application in English and runs the screenshot tour on a small
demo database (``english_screens_probe.py``), reading every visible text of every screen:
window titles, labels, buttons, group boxes, tabs, menus and actions, table headers,
placeholders and tooltips. None of them may contain Japanese, except in the widgets listed in
:data:`DATA_WIDGETS`, which show data: people's names, dates in 和暦, labels of the domain's
codes, the reference data, and the messages the services write (in Japanese, by design, for
now). Table cells, list items, pick-list values and text fields are data and are not checked.
Printed forms (the PDF previews) stay Japanese.
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("english_screens_probe.py")
GUI = ROOT / "welfaredesk" / "gui"

JAPANESE = re.compile(r"[\u3001-\u303f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff60]")
"""Kana, kanji, Japanese punctuation and full-width forms (not the ideographic space)."""

CHROME = (
    "title",
    "label",
    "button",
    "group",
    "tab",
    "tooltip",
    "placeholder",
    "header",
    "action",
    "menu",
)

DATA_WIDGETS: dict[str, str] = {
    # People and the staff (data).
    "nameLabel": "the client's name",
    "kanaLabel": "the client's kana",
    "leadValue": "the lead worker's name",
    "userLabel": "the user's name and role label (domain.enums)",
    "lockUserLabel": "the user's name and role label (domain.enums)",
    "mainTabs": "a case tab: case number and client's name",
    "conflictHeadline": "the other user's name and the time in 和暦",
    "linkLabel": "the existing person's name",
    "addressValue": "the client's address",
    "reviewDialog": "the plan's goals (case text)",
    # Dates in 和暦 (domain.wareki.format_wareki).
    "caseNumberLabel": "the opening date in 和暦",
    "openedValue": "a date in 和暦",
    "birthValue": "a date in 和暦",
    "dashboardDateLabel": "today and the fiscal year in 和暦",
    "reviewDueLabel": "a date in 和暦",
    "reviewSummaryLabel": "a date in 和暦",
    "meetingTitle": "meeting type (reference data), date in 和暦, status label",
    # Labels of the domain's codes (domain.enums.label) and what is built from them.
    "stageValue": "stage label",
    "sexValue": "sex label",
    "consentValue": "consent status label",
    "consentStatusValue": "consent status and method labels, date in 和暦",
    "slipConsentLabel": "consent status label",
    "consentInfoValue": "shared-information labels",
    "planInForceLabel": "plan status label, date in 和暦, the plan's goal",
    "closureStateLabel": "closure reason label, approver's name, dates in 和暦",
    "statusSummaryLabel": "agency name, date in 和暦, referral status label",
    # Reference data from the database (areas, agencies, pick-lists, meeting types).
    "areaValue": "area name",
    "detailGroup": "the agency's name",
    "issuesValue": "issue categories (pick-list)",
    "notesValue": "the agency's notes",
    "consentAgenciesValue": "agency names",
    "chosenAgencyLabel": "agency name and section",
    "situationHintLabel": "household situations (pick-list), quoted as examples",
    "detailTabs": "the meeting type's help text (reference data)",
    # Written by the services or the printing modules (Japanese by design, for now).
    "messageLabel": "messages of services/* (login, validation)",
    "referralDialogMessageLabel": "validation message of services/referrals",
    "accessNoteLabel": "team note of services/access",
    "noteLabel": "the report table's note (services/reports)",
    "reportTitleLabel": "the report's title and period (services/reports)",
    "tableView": "the report table's column headers (services/reports)",
    "monthlyTable": "fiscal-year column headers (services/dashboard)",
    "reportLabel": "what the anonymisation masked (services/case_export)",
    "scaleLabel": "the evaluation scale of the printed 事業実績 sheet (printing/annual_xlsx)",
    "evaluationCombo": "the evaluation scale of the printed 事業実績 sheet (printing/annual_xlsx)",
    "pdfPreviewDialog": "the printed form's title: agency or meeting type",
    "legendLabel": "quotes the Japanese words the anonymised export writes",
}
"""Widgets whose Japanese is data (by object name, or its prefix before ``_``)."""


def _data_widget(widget: str) -> bool:
    name = widget.partition(":")[2]
    return name in DATA_WIDGETS or name.partition("_")[0] in {
        "stageStep",  # stage labels of the progress bar (domain.enums)
        "consentInfo",  # shared-information labels (domain.enums)
        "consentMeeting",  # meeting kind labels (domain.enums)
        "sharedInfo",  # shared-information labels (domain.enums)
    }


@pytest.fixture(scope="module")
def english_texts(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, str]]:
    """Every visible text of the screenshot tour in English (a fresh process)."""
    folder = tmp_path_factory.mktemp("english")
    out = folder / "texts.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "WELFAREDESK_HOME": str(folder / "home"),
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    result = subprocess.run(
        [sys.executable, str(PROBE), str(out), "--cases", "30"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=env,
        timeout=280,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    records: list[dict[str, str]] = json.loads(out.read_text(encoding="utf-8"))
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
        if record["kind"] not in CHROME or not JAPANESE.search(record["text"]):
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
    # Each language named in itself, so that anyone finds theirs.
    "settings_dialog.py": "日本語, the language's own name",
    # Field names inside the domain's Japanese validation messages (services' words).
    "audit_viewer.py": "field labels of domain date-parsing messages",
    "report_dialog.py": "field labels of domain messages; the printed 事業実績 sheet's title "
    "and file name; a message for a state the screen cannot reach",
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
