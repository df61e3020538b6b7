"""The progress record (支援経過記録票): a case's progress notes in date order, PDF out.

The form prints who the record is about (name, kana, lead worker), the period printed and the
number of notes with the minutes spent, then one table row per note: 日時, 方法 (with the
funding programme and an outreach mark), 職員, 時間(分), and 内容 with the next action and its
date. A note that asked for a supervisor's confirmation carries 「確認待ち」 or 「確認済」 with
who confirmed it, when, and their comment. The furniture (title, case number, 取扱注意, page
n/m, who printed it when) is on every page (:mod:`welfaredesk.printing.common`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from welfaredesk.domain.wareki import format_wareki
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
)

TITLE = "支援経過記録票"
"""The printed title of the form."""


@dataclass(frozen=True)
class ProgressRecordEntry:
    """One progress note as printed.

    Attributes:
        noted_at: when the contact or activity took place.
        method: the method label (``面談``, ``電話``).
        staff: the staff member's name, or ``""``.
        minutes: the minutes spent, or None.
        funding_programme: the funding programme (事業区分) label, or ``""``.
        outreach: whether it was outreach (アウトリーチ).
        body: the content, free text (newlines kept).
        next_action: the next action, free text, or ``""``.
        next_action_on: the date of the next action, or None.
        needs_acknowledgement: whether a supervisor's confirmation was asked.
        acknowledged_by: who confirmed it, or ``""`` while it waits.
        acknowledged_at: when it was confirmed, or None.
        acknowledgement_comment: the supervisor's comment, or ``""``.
    """

    noted_at: datetime
    method: str
    staff: str
    minutes: int | None
    body: str
    funding_programme: str = ""
    outreach: bool = False
    next_action: str = ""
    next_action_on: date | None = None
    needs_acknowledgement: bool = False
    acknowledged_by: str = ""
    acknowledged_at: datetime | None = None
    acknowledgement_comment: str = ""


@dataclass(frozen=True)
class ProgressRecordDocument:
    """Everything the progress record prints, already formatted for display.

    Attributes:
        case_number: the case number (on every page).
        desk_name: the desk's name (footer).
        desk_address: the desk's address, printed under its name in the footer (``""``: none).
        desk_phone: the desk's phone number, printed with the address (``""``: none).
        printed_by: the display name of the staff member printing.
        printed_at: when the record is printed.
        client_name: the person's full name.
        client_kana: the person's name in kana.
        lead_worker: the case's lead worker (主担当), or ``""``.
        date_from: the first day printed, or None for the beginning.
        date_to: the last day printed, or None for up to now.
        entries: the notes, oldest first.
    """

    case_number: str
    desk_name: str
    printed_by: str
    printed_at: datetime
    client_name: str
    client_kana: str
    lead_worker: str = ""
    date_from: date | None = None
    date_to: date | None = None
    entries: tuple[ProgressRecordEntry, ...] = ()
    desk_address: str = ""
    desk_phone: str = ""


def _short(day: date) -> str:
    return format_wareki(day, style="short")


def _period(doc: ProgressRecordDocument) -> str:
    if doc.date_from is None and doc.date_to is None:
        return "全期間"
    start = format_wareki(doc.date_from) if doc.date_from else "受付から"
    end = format_wareki(doc.date_to) if doc.date_to else "現在まで"
    return f"{start} 〜 {end}"


def _outline(doc: ProgressRecordDocument) -> list[Flowable]:
    styles = form_styles()
    total_minutes = sum(e.minutes or 0 for e in doc.entries)
    count = f"{len(doc.entries)}件（記録された時間の合計 {total_minutes}分）"
    return [
        section_heading("基本情報"),
        Spacer(1, 1.5 * mm),
        labelled_grid(
            [
                [("ふりがな", doc.client_kana), ("主担当", doc.lead_worker or "（未定）")],
                [
                    ("氏名", FormParagraph(markup(doc.client_name), styles.body_large)),
                    ("件数", count),
                ],
                [("期間", _period(doc))],
            ],
            label_width=20 * mm,
        ),
        Spacer(1, 4 * mm),
    ]


class _Styles:
    """The shared styles plus a right-aligned one for the minutes."""

    _cached: _Styles | None = None

    def __init__(self) -> None:
        base = form_styles()
        self.table_body = base.table_body
        self.small = base.small
        self.table_number = ParagraphStyle("table_number", parent=base.table_body, alignment=2)

    @classmethod
    def get(cls) -> _Styles:
        if cls._cached is None:
            cls._cached = cls()
        return cls._cached


def _method_cell(entry: ProgressRecordEntry) -> FormParagraph:
    styles = form_styles()
    text = markup(entry.method)
    if entry.outreach:
        text += "<br/><font size=8>（アウトリーチ）</font>"
    if entry.funding_programme:
        # the short name: 「包括的相談支援事業(重層的支援体制整備事業)」 → its first part
        programme = entry.funding_programme.split("(")[0].split("（")[0]
        text += f"<br/><font size=7>{markup(programme)}</font>"
    return FormParagraph(text, styles.table_body)


def _content_cell(entry: ProgressRecordEntry) -> FormParagraph:
    styles = form_styles()
    parts = [markup(entry.body)]
    if entry.next_action.strip() or entry.next_action_on is not None:
        when = f"（{_short(entry.next_action_on)}）" if entry.next_action_on else ""
        action = markup(entry.next_action, empty="")
        parts.append(f"<b>【次回】</b>{action}{markup(when, empty='')}")
    if entry.needs_acknowledgement:
        if entry.acknowledged_by:
            at = entry.acknowledged_at
            when = f" {_short(at.date())}" if at else ""
            line = f"<b>■ 確認済</b> {markup(entry.acknowledged_by)}{markup(when, empty='')}"
            if entry.acknowledgement_comment.strip():
                line += f"<br/>「{markup(entry.acknowledgement_comment)}」"
        else:
            line = "<b>□ 確認待ち</b>"
        parts.append(f"<font size=8.5>{line}</font>")
    return FormParagraph("<br/>".join(parts), styles.table_body)


def _notes(doc: ProgressRecordDocument) -> list[Flowable]:
    styles = _Styles.get()
    heading: list[Flowable] = [
        CondPageBreak(25 * mm),
        section_heading("支援経過"),
        Spacer(1, 1.5 * mm),
    ]
    if not doc.entries:
        return [*heading, FormParagraph("（この期間の記録はありません）", styles.small)]
    rows: list[list[str | Flowable]] = []
    for entry in doc.entries:
        when = f"{_short(entry.noted_at.date())}<br/>{entry.noted_at:%H:%M}"
        rows.append(
            [
                FormParagraph(when, styles.table_body),
                _method_cell(entry),
                entry.staff,
                FormParagraph(
                    "" if entry.minutes is None else str(entry.minutes), styles.table_number
                ),
                _content_cell(entry),
            ]
        )
    widths = [19 * mm, 30 * mm, 21 * mm, 17 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    table = data_table(
        ["日時", "方法", "職員", "時間(分)", "内容・次回の予定"], rows, widths, split_in_row=True
    )
    return [*heading, table]


def build_progress_record(doc: ProgressRecordDocument, out: Path) -> Path:
    """Write the progress record of one case as an A4 portrait PDF.

    Args:
        doc: what to print, already formatted for display.
        out: where to write the PDF (its folder must exist; an existing file is replaced).

    Returns:
        ``out``.
    """
    story: list[Flowable] = [*_outline(doc), *_notes(doc)]
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
