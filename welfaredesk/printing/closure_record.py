"""The closure record (終結記録票): how and when a case ended, and any reopening, PDF out.

The sheet prints the person, the case's opening and closing dates, the reason of the closure
(with the destination agency of a hand-over), the summary, the approval (who and when, or
承認待ち, or 差し戻し with its reason) and the history of the case's closures and reopenings.
The furniture (title, case number, 取扱注意, page n/m, who printed it when) is on every page
(:mod:`welfaredesk.printing.common`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

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
    wareki_date,
    wareki_datetime,
)

TITLE = "終結記録票"
"""The printed title of the form."""


@dataclass(frozen=True)
class ClosureEntry:
    """One closure of the case, as printed.

    Attributes:
        status: the closure's status label (``終結``, ``承認待ち``, ``差し戻し``, ``再開``).
        reason: the closure reason label (``自立``).
        destination: the agency a hand-over went to, or ``""``.
        closed_on: the closure date.
        summary: how the support ended, free text.
        requested_by: who wrote the closure.
        approved_by: who approved it, or ``""``.
        approved_at: when it was approved, or None.
        return_reason: why it was sent back, or ``""``.
        reopened_on: when the case was reopened after it, or None.
        reopened_by: who reopened it, or ``""``.
        reopen_reason: why it was reopened, or ``""``.
    """

    status: str
    reason: str
    destination: str
    closed_on: date
    summary: str
    requested_by: str
    approved_by: str = ""
    approved_at: datetime | None = None
    return_reason: str = ""
    reopened_on: date | None = None
    reopened_by: str = ""
    reopen_reason: str = ""


@dataclass(frozen=True)
class ClosureRecordDocument:
    """Everything the closure record prints, already formatted for display.

    Attributes:
        case_number: the case number (on every page).
        desk_name: the desk's name (footer).
        desk_address: the desk's address, printed under its name in the footer (``""``: none).
        desk_phone: the desk's phone number, printed with the address (``""``: none).
        printed_by: the display name of the staff member printing.
        printed_at: when the sheet is printed.
        client_name: the person's full name.
        client_kana: the person's name in kana.
        client_age: the age on the closure date as printed (``81歳``), or ``""``.
        lead_worker: the case's lead worker (主担当), or ``""``.
        opened_on: the day the case was opened.
        case_closed_on: the day the case closed, or None while it is open.
        stage: the case's stage label now.
        current: the newest closure (printed in full).
        history: every closure of the case, oldest first.
    """

    case_number: str
    desk_name: str
    printed_by: str
    printed_at: datetime
    client_name: str
    client_kana: str
    client_age: str
    lead_worker: str
    opened_on: date
    case_closed_on: date | None
    stage: str
    current: ClosureEntry
    history: tuple[ClosureEntry, ...] = ()
    desk_address: str = ""
    desk_phone: str = ""


def _gap(height: float = 4 * mm) -> Spacer:
    return Spacer(1, height)


def _section(title: str, *body: Flowable) -> list[Flowable]:
    return [CondPageBreak(25 * mm), section_heading(title), _gap(1.5 * mm), *body, _gap()]


def _text(text: str, empty: str = "（記載なし）") -> FormParagraph:
    return FormParagraph(markup(text, empty=empty), form_styles().body)


def _outline(doc: ClosureRecordDocument) -> list[Flowable]:
    styles = form_styles()
    return _section(
        "基本情報",
        labelled_grid(
            [
                [("ふりがな", doc.client_kana)],
                [
                    ("氏名", FormParagraph(markup(doc.client_name), styles.body_large)),
                    ("年齢", doc.client_age),
                ],
                [("相談受付日", wareki_date(doc.opened_on)), ("主担当", doc.lead_worker or "—")],
                [
                    ("終結日", wareki_date(doc.case_closed_on, empty="（終結していません）")),
                    ("現在の段階", doc.stage),
                ],
            ],
            label_width=24 * mm,
        ),
    )


def _approval(entry: ClosureEntry, *, short: bool = False) -> str:
    if entry.approved_by:
        when = ""
        if entry.approved_at is not None:
            when = (
                f"{format_wareki(entry.approved_at.date())} {entry.approved_at:%H:%M}"
                if short
                else wareki_datetime(entry.approved_at)
            )
        return f"{entry.approved_by}　{when}".strip()
    if entry.status == "差し戻し":
        return "差し戻し"
    return "承認待ち"


def _current(doc: ClosureRecordDocument) -> list[Flowable]:
    entry = doc.current
    rows: list[list[tuple[str, str | Flowable]]] = [
        [("終結日", wareki_date(entry.closed_on)), ("状況", entry.status)],
        [("終結の理由", entry.reason)],
    ]
    if entry.destination:
        rows.append([("引継ぎ先", entry.destination)])
    rows.append([("終結に至る経過", _text(entry.summary))])
    rows.append([("記入者", entry.requested_by or "—"), ("承認", _approval(entry))])
    if entry.return_reason:
        rows.append([("差し戻しの理由", _text(entry.return_reason))])
    if entry.reopened_on is not None:
        rows.append(
            [("再開日", wareki_date(entry.reopened_on)), ("再開した職員", entry.reopened_by or "—")]
        )
        rows.append([("再開の理由", _text(entry.reopen_reason))])
    return _section("終結", labelled_grid(rows, label_width=28 * mm, split_in_row=True))


def _history(doc: ClosureRecordDocument) -> list[Flowable]:
    styles = form_styles()
    if len(doc.history) < 2:
        return _section(
            "終結と再開の履歴",
            FormParagraph("このケースの終結の記録は上記の1件です。", styles.small),
        )
    rows: list[list[str | Flowable]] = []
    for number, entry in enumerate(doc.history, start=1):
        reason = entry.reason + (f"（{entry.destination}）" if entry.destination else "")
        reopened = ""
        if entry.reopened_on is not None:
            reopened = f"{format_wareki(entry.reopened_on)}\n{entry.reopen_reason}".strip()
        rows.append(
            [
                str(number),
                format_wareki(entry.closed_on),
                FormParagraph(markup(reason), styles.table_body),
                entry.status,
                FormParagraph(markup(_approval(entry, short=True)), styles.table_body),
                FormParagraph(markup(reopened, empty="—"), styles.table_body),
            ]
        )
    widths = [9 * mm, 28 * mm, 40 * mm, 16 * mm, 40 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    table = data_table(
        ["No.", "終結日", "理由", "状況", "承認", "再開"], rows, widths, split_in_row=True
    )
    return _section("終結と再開の履歴", table)


def build_closure_record(doc: ClosureRecordDocument, out: Path) -> Path:
    """Write the closure record of a case as an A4 portrait PDF.

    Args:
        doc: what to print, already formatted for display.
        out: where to write the PDF (its folder must exist; an existing file is replaced).

    Returns:
        ``out``.
    """
    story: list[Flowable] = [*_outline(doc), *_current(doc), *_history(doc)]
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
