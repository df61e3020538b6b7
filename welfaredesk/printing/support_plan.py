"""The support plan (支援計画書): one version of a case's plan, DTO in, PDF out.

The form prints who the plan is for (name, ふりがな, age), the version (第N版) and its status,
its dates (作成日; 決定日 and the meeting that decided it, once decided; the day the person
confirmed it), the person's wishes in their own words (本人の意向, printed first and boxed so
it stands out), the overall and short-term goals, a table of the plan's rows (課題, 目標,
支援内容, 担当, 頻度・期間, 事業区分), the next review date, and a signature block in which the
person confirms that the plan was explained and agrees to it. The furniture (title, case
number, 取扱注意, page n/m, who printed it when) is on every page
(:mod:`welfaredesk.printing.common`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from welfaredesk.printing import fonts
from welfaredesk.printing.common import (
    CONTENT_WIDTH,
    GRID,
    LABEL_FILL,
    RULE,
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

TITLE = "支援計画書"
"""The printed title of the form."""

CONSENT_STATEMENT = "上記の支援計画の内容について説明を受け、同意します。"
"""The sentence the person signs under."""

_BLANK = "&nbsp;" * 6
DATE_BLANKS = f"令和{_BLANK}年{_BLANK}月{_BLANK}日"
"""A date to fill in by hand (Paragraph markup: the blanks must not collapse)."""

WISHES_FILL = colors.HexColor("#f6f3e8")
"""The background of the 本人の意向 box."""


@dataclass(frozen=True)
class SupportPlanItem:
    """One row of the plan, formatted for display.

    Attributes:
        issue: the issue category label (``就労``), or ``""``.
        goal: what the row aims at.
        action: the support given (支援内容).
        responsible: who does it (``ハローワーク府中／山本``).
        frequency: how often and for how long (``月2回・6か月``).
        funding_programme: the funding programme (事業区分) label, or ``""``.
    """

    issue: str
    goal: str
    action: str
    responsible: str
    frequency: str
    funding_programme: str


@dataclass(frozen=True)
class SupportPlanDocument:
    """Everything the 支援計画書 prints, already formatted for display.

    Attributes:
        case_number: the case number (on every page).
        desk_name: the desk's name (footer and signature block).
        desk_address: the desk's address, printed under its name in the footer (``""``: none).
        desk_phone: the desk's telephone number, or ``""``.
        printed_by: the display name of the staff member printing.
        printed_at: when the form is printed.
        client_name: the person's full name.
        client_kana: the person's name in kana.
        client_age: the age as printed (``81歳``), or ``""``.
        plan_no: the version number (第N版).
        status: the status label (``案``, ``決定`` …).
        created_on: the day the version was created (作成日).
        author: who wrote the version.
        decided_on: the 決定日, or None.
        decided_meeting: the meeting that decided it (``支援調整会議 令和7年7月10日``), or ``""``.
        client_confirmed_on: the day the person signed the plan, or None.
        client_wishes: 本人の意向, in the person's own words.
        overall_goal: 総合的な目標.
        short_term_goals: 短期目標.
        items: the rows of the plan, in order.
        next_review_on: the next review date, or None.
        lead_worker: the staff member in charge (担当者).
    """

    case_number: str
    desk_name: str
    printed_by: str
    printed_at: datetime
    client_name: str
    client_kana: str
    client_age: str
    plan_no: int
    status: str
    created_on: date
    author: str = ""
    desk_phone: str = ""
    desk_address: str = ""
    decided_on: date | None = None
    decided_meeting: str = ""
    client_confirmed_on: date | None = None
    client_wishes: str = ""
    overall_goal: str = ""
    short_term_goals: str = ""
    items: tuple[SupportPlanItem, ...] = ()
    next_review_on: date | None = None
    lead_worker: str = ""


def _gap(height: float = 4 * mm) -> Spacer:
    return Spacer(1, height)


def _section(title: str, *body: Flowable) -> list[Flowable]:
    """A heading kept with the start of its body, then a gap."""
    return [CondPageBreak(25 * mm), section_heading(title), _gap(1.5 * mm), *body, _gap()]


def _text(text: str) -> FormParagraph:
    return FormParagraph(markup(text, empty="（記載なし）"), form_styles().body)


def _wishes_style() -> ParagraphStyle:
    body = form_styles().body
    return ParagraphStyle("wishes", parent=body, fontSize=12, leading=18)


def _outline(doc: SupportPlanDocument) -> list[Flowable]:
    styles = form_styles()
    decided = wareki_date(doc.decided_on, empty="（未決定）")
    if doc.decided_on is not None and doc.decided_meeting:
        decided = f"{decided}（{doc.decided_meeting}）"
    return _section(
        "基本情報",
        labelled_grid(
            [
                [("ふりがな", doc.client_kana)],
                [
                    ("氏名", FormParagraph(markup(doc.client_name), styles.body_large)),
                    ("年齢", doc.client_age or "—"),
                ],
                [("計画の版", f"第{doc.plan_no}版"), ("状況", doc.status)],
                [("作成日", wareki_date(doc.created_on)), ("作成者", doc.author or "—")],
                [("決定日", decided)],
                [("本人確認日", wareki_date(doc.client_confirmed_on, empty="（未確認）"))],
            ],
            label_width=24 * mm,
        ),
    )


def _wishes(doc: SupportPlanDocument) -> list[Flowable]:
    styles = form_styles()
    box = Table(
        [[FormParagraph(markup(doc.client_wishes, empty="（記載なし）"), _wishes_style())]],
        colWidths=[CONTENT_WIDTH],
        splitInRow=1,
    )
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, RULE),
                ("BACKGROUND", (0, 0), (-1, -1), WISHES_FILL),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    note = FormParagraph("ご本人が話された言葉のまま記載しています。", styles.small)
    return _section("本人の意向", note, _gap(1 * mm), box)


def _goals(doc: SupportPlanDocument) -> list[Flowable]:
    return _section(
        "目標",
        labelled_grid(
            [
                [("総合的な目標", _text(doc.overall_goal))],
                [("短期目標", _text(doc.short_term_goals))],
            ],
            label_width=28 * mm,
            split_in_row=True,
        ),
    )


def _items(doc: SupportPlanDocument) -> list[Flowable]:
    styles = form_styles()
    if not doc.items:
        return _section("支援内容", FormParagraph("（支援内容の記載なし）", styles.small))
    rows: list[list[str | Flowable]] = [
        [
            str(number),
            item.issue or "—",
            item.goal,
            item.action,
            item.responsible or "—",
            item.frequency or "—",
            item.funding_programme or "—",
        ]
        for number, item in enumerate(doc.items, start=1)
    ]
    widths = [8 * mm, 20 * mm, 34 * mm, 0.0, 30 * mm, 20 * mm, 22 * mm]
    widths[3] = CONTENT_WIDTH - sum(widths)
    table = data_table(
        ["No.", "課題", "目標", "支援内容", "担当（機関・担当者）", "頻度・期間", "事業区分"],
        rows,
        widths,
        split_in_row=True,
    )
    table.setStyle(TableStyle([("VALIGN", (0, 1), (-1, -1), "TOP")]))
    return _section("支援内容", table)


def _review(doc: SupportPlanDocument) -> list[Flowable]:
    return _section(
        "見直し",
        labelled_grid(
            [[("次回見直し予定日", wareki_date(doc.next_review_on, empty="（未定）"))]],
            label_width=32 * mm,
        ),
    )


def _signatures(doc: SupportPlanDocument) -> list[Flowable]:
    styles = form_styles()
    label = styles.label
    label_width = 26 * mm
    date_width = 62 * mm
    other = CONTENT_WIDTH - 2 * label_width - date_width
    # The phone on its own line: a number is never broken in the middle.
    desk = doc.desk_name + (f"\n電話 {doc.desk_phone.strip()}" if doc.desk_phone.strip() else "")
    box = Table(
        [
            [
                FormParagraph("本人署名", label),
                "",
                FormParagraph("日付", label),
                FormParagraph(DATE_BLANKS, styles.body),
            ],
            [
                FormParagraph("担当者", label),
                FormParagraph(markup(doc.lead_worker), styles.body),
                FormParagraph("相談窓口", label),
                FormParagraph(markup(desk), styles.body),
            ],
        ],
        colWidths=[label_width, other, label_width, date_width],
        rowHeights=[18 * mm, 12 * mm],
    )
    box.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BOX", (0, 0), (-1, -1), 1, RULE),
                ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL),
                ("BACKGROUND", (2, 0), (2, -1), LABEL_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    statement = ParagraphStyle(
        "statement", parent=styles.body, fontName=fonts.MINCHO, fontSize=11, leading=16
    )
    block: list[Flowable] = [
        section_heading("確認・署名"),
        _gap(2 * mm),
        FormParagraph(markup(CONSENT_STATEMENT), statement),
        _gap(2 * mm),
        box,
    ]
    return [KeepTogether(block)]


def build_support_plan(doc: SupportPlanDocument, out: Path) -> Path:
    """Write the 支援計画書 of one plan version as an A4 portrait PDF.

    Args:
        doc: what to print, already formatted for display.
        out: where to write the PDF (its folder must exist; an existing file is replaced).

    Returns:
        ``out``.
    """
    story: list[Flowable] = [
        *_outline(doc),
        *_wishes(doc),
        *_goals(doc),
        *_items(doc),
        *_review(doc),
        *_signatures(doc),
    ]
    furniture = PageFurniture(
        title=f"{TITLE}（第{doc.plan_no}版）",
        case_number=doc.case_number,
        desk_name=doc.desk_name,
        desk_address=doc.desk_address,
        desk_phone=doc.desk_phone,
        printed_by=doc.printed_by,
        printed_at=doc.printed_at,
    )
    return build_form(out, furniture, story)
