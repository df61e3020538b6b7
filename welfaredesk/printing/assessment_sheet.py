"""The assessment sheet (アセスメントシート): one dated version of a case's assessment, PDF out.

The sheet prints who was assessed and when (和暦, 第N回), the household-wide issue matrix (one
row per issue: the person it concerns or 世帯全体, the category, where the information came
from and a note), the person's strengths, the risk, urgency and the flags, the triage decision
with its reason, the lead and co-worker (with the reason when a complex case's lead is not a
coordinator) and the summary. The furniture (title, case number, 取扱注意, page n/m, who
printed it when) is on every page (:mod:`welfaredesk.printing.common`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from welfaredesk.printing.common import (
    CONTENT_WIDTH,
    FormParagraph,
    PageFurniture,
    build_form,
    data_table,
    form_styles,
    labelled_grid,
    markup,
    section_heading,
    wareki_date,
)

TITLE = "アセスメントシート"
"""The printed title of the form."""


@dataclass(frozen=True)
class AssessmentSheetItem:
    """One row of the issue matrix.

    Attributes:
        person: who the issue concerns (``山田 花子``), or ``世帯全体``.
        relation: the person's relation to the client (``本人``, ``長男``), or ``""``.
        category: the issue category label, with its parent (``健康・介護／介護``).
        source: where the information came from (``本人``, ``家族``, ``関係機関からの聞き取り``,
            ``訪問時の観察``).
        note: free text (newlines kept).
    """

    person: str
    relation: str
    category: str
    source: str
    note: str


@dataclass(frozen=True)
class AssessmentSheetDocument:
    """Everything the assessment sheet prints, already formatted for display.

    Attributes:
        case_number: the case number (on every page).
        desk_name: the desk's name (footer).
        desk_address: the desk's address, printed under its name in the footer (``""``: none).
        desk_phone: the desk's phone number, printed with the address (``""``: none).
        printed_by: the display name of the staff member printing.
        printed_at: when the sheet is printed.
        sequence: the version number of the assessment (第N回).
        assessed_on: the assessment date.
        assessor: the staff member who made the assessment.
        client_name: the person's full name.
        client_kana: the person's name in kana.
        client_age: the age on the assessment date as printed (``81歳``), or ``""``.
        items: the issue matrix, in the order recorded.
        strengths: the person's and household's strengths (強み), free text.
        risk: the risk, free text.
        urgency: the urgency label, or ``""``.
        coordination_needed: whether coordination between agencies is needed.
        complex_needs: whether the case has complex needs (複合的課題).
        triage: the triage decision label, or ``""`` when none was made.
        triage_reason: why, free text.
        lead_worker: the case's lead worker (主担当), or ``""``.
        co_worker: the case's co-worker (副担当), or ``""``.
        lead_reason: why the lead of a complex case is not a coordinator, or ``""``.
        summary: the summary of the assessment, free text.
    """

    case_number: str
    desk_name: str
    printed_by: str
    printed_at: datetime
    sequence: int
    assessed_on: date
    assessor: str
    client_name: str
    client_kana: str
    client_age: str
    items: tuple[AssessmentSheetItem, ...] = ()
    strengths: str = ""
    risk: str = ""
    urgency: str = ""
    coordination_needed: bool = False
    complex_needs: bool = False
    triage: str = ""
    triage_reason: str = ""
    lead_worker: str = ""
    co_worker: str = ""
    lead_reason: str = ""
    summary: str = ""
    desk_address: str = ""
    desk_phone: str = ""


def _gap(height: float = 4 * mm) -> Spacer:
    return Spacer(1, height)


def _section(title: str, *body: Flowable) -> list[Flowable]:
    """A heading kept with the start of its body, then a gap."""
    return [CondPageBreak(25 * mm), section_heading(title), _gap(1.5 * mm), *body, _gap()]


def _text(text: str) -> FormParagraph:
    return FormParagraph(markup(text, empty="（記載なし）"), form_styles().body)


def _mark(value: bool) -> str:
    return "■ あり" if value else "□ なし"


def _outline(doc: AssessmentSheetDocument) -> list[Flowable]:
    styles = form_styles()
    return _section(
        "基本情報",
        labelled_grid(
            [
                [
                    ("課題分析日", wareki_date(doc.assessed_on)),
                    ("回数", f"第{doc.sequence}回"),
                ],
                [("記入者", doc.assessor)],
                [("ふりがな", doc.client_kana)],
                [
                    ("氏名", FormParagraph(markup(doc.client_name), styles.body_large)),
                    ("年齢", doc.client_age),
                ],
            ],
            label_width=22 * mm,
        ),
    )


def _matrix(doc: AssessmentSheetDocument) -> list[Flowable]:
    styles = form_styles()
    if not doc.items:
        return _section("世帯の課題", FormParagraph("（課題の記載なし）", styles.small))
    rows: list[list[str | Flowable]] = []
    for number, item in enumerate(doc.items, start=1):
        who = markup(item.person)
        if item.relation:
            who += f"<br/><font size=8>（{markup(item.relation)}）</font>"
        rows.append(
            [
                str(number),
                FormParagraph(who, styles.table_body),
                item.category,
                item.source,
                item.note,
            ]
        )
    widths = [9 * mm, 30 * mm, 38 * mm, 38 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    table = data_table(["No.", "対象者", "課題の分類", "情報源", "内容・メモ"], rows, widths)
    legend = FormParagraph(
        "世帯全体にかかわる課題は「世帯全体」として記載しています。", styles.small
    )
    return _section("世帯の課題", legend, _gap(1 * mm), table)


def _judgement(doc: AssessmentSheetDocument) -> list[Flowable]:
    return _section(
        "見立て",
        labelled_grid(
            [
                [("強み", _text(doc.strengths))],
                [("リスク", _text(doc.risk))],
                [("緊急度", doc.urgency or "—"), ("複合的課題", _mark(doc.complex_needs))],
                [("関係機関の調整", _mark(doc.coordination_needed))],
            ],
            label_width=28 * mm,
        ),
    )


def _triage(doc: AssessmentSheetDocument) -> list[Flowable]:
    rows: list[list[tuple[str, str | Flowable]]] = [
        [("振り分け", doc.triage or "（未決定）")],
        [("理由", _text(doc.triage_reason))],
        [("主担当", doc.lead_worker or "（未定）"), ("副担当", doc.co_worker or "—")],
    ]
    if doc.lead_reason.strip():
        rows.append([("主担当を推進員以外にする理由", _text(doc.lead_reason))])
    return [KeepTogether(_section("振り分け・担当", labelled_grid(rows, label_width=28 * mm)))]


def _summary(doc: AssessmentSheetDocument) -> list[Flowable]:
    styles = form_styles()
    text = doc.summary.replace("\r\n", "\n").replace("\r", "\n").strip()
    blocks = [block for block in text.split("\n\n") if block.strip()] or [""]
    paragraphs: list[Flowable] = []
    for block in blocks:
        paragraphs.append(FormParagraph(markup(block, empty="（記載なし）"), styles.body))
        paragraphs.append(_gap(1.5 * mm))
    return _section("まとめ", *paragraphs)


def build_assessment_sheet(doc: AssessmentSheetDocument, out: Path) -> Path:
    """Write the assessment sheet of one assessment version as an A4 portrait PDF.

    Args:
        doc: what to print, already formatted for display.
        out: where to write the PDF (its folder must exist; an existing file is replaced).

    Returns:
        ``out``.
    """
    story: list[Flowable] = [
        *_outline(doc),
        *_matrix(doc),
        *_judgement(doc),
        *_triage(doc),
        *_summary(doc),
    ]
    furniture = PageFurniture(
        title=TITLE,
        case_number=doc.case_number,
        desk_name=doc.desk_name,
        desk_address=doc.desk_address,
        desk_phone=doc.desk_phone,
        printed_by=doc.printed_by,
        printed_at=doc.printed_at,
    )
    return build_form(out, furniture, story)
