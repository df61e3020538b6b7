"""The referral slip (つなぎシート・紹介状): handed to an agency the desk refers a person to.

DTO in, PDF out; no database access. The slip reads like an official letter: the addressee
top left, the date and the sending desk top right, a formal lead sentence and 「記」, then the
person, how and why the desk connects them (同行・電話・紹介状), what is handed over, and only
the sections the person agreed to share with this agency (or that a statutory support meeting
shares). A section that is not shared prints nothing at all: its heading is only listed under
「記載していない項目」. The basis of the sharing, signature lines and a reply form for the
receiving agency close the slip.

When the basis is a support meeting under 生活困窮者自立支援法第9条, every page carries the
members' duty of confidentiality in a band above the footer (:attr:`PageFurniture.notice`).
The rest of the furniture (title, case number, 取扱注意, page n/m, who printed it when) is the
same as on every form (:mod:`welfaredesk.printing.common`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any, Final

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from welfaredesk.printing import fonts
from welfaredesk.printing.common import (
    CONFIDENTIAL,
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

TITLE = "つなぎシート（紹介状）"
"""The printed title of the form."""

BASIS_CONSENT: Final = "consent"
"""``basis``: the person agreed to share the printed items with this agency."""
BASIS_STATUTORY_MEETING: Final = "statutory_meeting"
"""``basis``: shared at a support meeting under 生活困窮者自立支援法第9条."""

STATUTORY_NOTICE = (
    "生活困窮者自立支援法第9条に基づく支援会議の構成員には守秘義務があります（同法第9条第5項）。"
)
"""Printed on every page when the basis is a statutory support meeting."""

HEADING_CONTACT = "住所・電話番号"
HEADING_HOUSEHOLD = "世帯の状況"
HEADING_CONCERN = "相談の概要"
HEADING_ISSUES = "課題の状況"
HEADING_HEALTH = "心身の状況"
HEADING_FINANCES = "経済状況・債務"
HEADING_STRENGTHS = "強み・支援上の留意点"
WITHHELD_HEADING = "記載していない項目（本人の同意の範囲外、または共有しない項目）"

LEAD_SENTENCE = "下記の方について、ご相談・ご支援をお願いしたく、ご紹介いたします。"


@dataclass(frozen=True)
class SlipIssue:
    """One row of the 課題・心身・経済 tables.

    Attributes:
        person: whom it concerns: 「本人」, a household member's relation and name, or
            「世帯全体」.
        category: the category label (``認知症``).
        note: what to know about it (free text).
    """

    person: str
    category: str
    note: str


@dataclass(frozen=True)
class SlipMember:
    """One household member in the 世帯の状況 table.

    Attributes:
        relation: the relation to the person (``夫``).
        name: full name.
        age: the age as printed (``84歳``), or ``""``.
        lives_together: whether the member lives with the person (同居).
        situations: the member's situation as printed.
    """

    relation: str
    name: str
    age: str
    lives_together: bool
    situations: str


@dataclass(frozen=True)
class ReferralSlipDocument:
    """Everything the referral slip prints, already chosen and formatted for display.

    Each optional section is None when it is not shared with this agency (outside the
    person's consent, or not chosen for this referral); nothing of it is printed then.

    Attributes:
        case_number: the case number (on every page).
        desk_name: the sending desk's name.
        desk_address: the desk's address.
        desk_phone: the desk's phone number.
        printed_by: the display name of the staff member printing.
        printed_at: when the slip is printed.
        agency_name: the receiving agency.
        agency_section: its section, or ``""``.
        agency_contact_person: the person there, or ``""`` (the slip then says 御中).
        referral_date: the planned or actual day of the referral (the slip's date).
        method: 「同行」「電話でつなぐ」「紹介状のみ」.
        staff_names: the staff in charge / accompanying.
        purpose: つなぐ理由・依頼したいこと (free text; may run across pages).
        handed_over: 引き継ぐ事項 (free text).
        client_name: the person's full name.
        client_kana: the reading in kana.
        client_birth_date: date of birth, or None.
        client_age: the age as printed, or ``""``.
        client_sex: the sex label, or ``""``.
        contact: (address, phone), or None when not shared.
        household: the household members, or None when not shared.
        concern: the summary of the consultation, or None when not shared.
        issues: the issues, or None when not shared.
        health: the physical and mental state, or None when not shared.
        finances: finances and debts, or None when not shared.
        strengths: (strengths, points to watch in support), or None when not shared.
        withheld: the headings not printed (listed under 「記載していない項目」).
        basis: :data:`BASIS_CONSENT` or :data:`BASIS_STATUTORY_MEETING`.
        basis_text: the basis as printed (``本人同意（令和7年5月1日、署名）``).
    """

    case_number: str
    desk_name: str
    desk_address: str
    desk_phone: str
    printed_by: str
    printed_at: datetime
    agency_name: str
    agency_section: str
    agency_contact_person: str
    referral_date: date
    method: str
    staff_names: tuple[str, ...]
    purpose: str
    handed_over: str
    client_name: str
    client_kana: str
    client_birth_date: date | None
    client_age: str
    client_sex: str
    contact: tuple[str, str] | None
    household: tuple[SlipMember, ...] | None
    concern: str | None
    issues: tuple[SlipIssue, ...] | None
    health: tuple[SlipIssue, ...] | None
    finances: tuple[SlipIssue, ...] | None
    strengths: tuple[str, str] | None
    withheld: tuple[str, ...]
    basis: str
    basis_text: str


@dataclass(frozen=True)
class _Styles:
    addressee: ParagraphStyle
    letter: ParagraphStyle
    lead: ParagraphStyle
    ki: ParagraphStyle
    notice: ParagraphStyle
    closing: ParagraphStyle


@cache
def _styles() -> _Styles:
    base = form_styles()
    return _Styles(
        addressee=ParagraphStyle("addressee", parent=base.body, fontSize=13, leading=19),
        letter=ParagraphStyle("letter", parent=base.body, fontSize=9.5, leading=13.5),
        lead=ParagraphStyle("lead", parent=base.body, fontSize=10.5, leading=16),
        ki=ParagraphStyle("ki", parent=base.body, fontSize=11, leading=15, alignment=TA_CENTER),
        notice=ParagraphStyle(
            "notice",
            parent=base.label,
            fontName=fonts.GOTHIC_BOLD,
            textColor=CONFIDENTIAL,
        ),
        closing=ParagraphStyle(
            "closing", parent=base.body, fontSize=11, leading=15, alignment=TA_RIGHT
        ),
    )


def _gap(height: float = 4 * mm) -> Spacer:
    return Spacer(1, height)


def _section(title: str, *body: Flowable) -> list[Flowable]:
    """A heading kept with the start of its body, then a gap."""
    return [CondPageBreak(30 * mm), section_heading(title), _gap(1.5 * mm), *body, _gap()]


def _shared(doc: ReferralSlipDocument, heading: str, value: object) -> bool:
    """Whether a section prints: shared (not None) and not listed as withheld."""
    return value is not None and heading not in doc.withheld


def _withheld(doc: ReferralSlipDocument) -> list[str]:
    """The headings to list as not printed: ``withheld``, plus any None section it omits."""
    listed = [heading for heading in doc.withheld if heading.strip()]
    sections: Sequence[tuple[str, object]] = (
        (HEADING_CONTACT, doc.contact),
        (HEADING_HOUSEHOLD, doc.household),
        (HEADING_CONCERN, doc.concern),
        (HEADING_ISSUES, doc.issues),
        (HEADING_HEALTH, doc.health),
        (HEADING_FINANCES, doc.finances),
        (HEADING_STRENGTHS, doc.strengths),
    )
    for heading, value in sections:
        if value is None and heading not in listed:
            listed.append(heading)
    return listed


def _flowing(text: str) -> list[Flowable]:
    """Free text as paragraphs (blank lines separate them), so it can break across pages."""
    styles = form_styles()
    clean = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    blocks = [block for block in clean.split("\n\n") if block.strip()] or [""]
    out: list[Flowable] = []
    for block in blocks:
        out.append(FormParagraph(markup(block, empty="（記載なし）"), styles.body))
        out.append(_gap(1.5 * mm))
    return out


def _letterhead(doc: ReferralSlipDocument) -> list[Flowable]:
    """Addressee top left; date, sender and staff top right; the lead sentence and 記."""
    styles = _styles()
    agency = _agency(doc)
    person = doc.agency_contact_person.strip()
    addressee: list[Flowable] = []
    if person:
        addressee.append(FormParagraph(markup(agency), styles.addressee))
        addressee.append(FormParagraph(f"{markup(person)}　様", styles.addressee))
    else:
        addressee.append(FormParagraph(f"{markup(agency)}　御中", styles.addressee))

    sender = [
        FormParagraph(markup(wareki_date(doc.referral_date)), styles.letter),
        _gap(2 * mm),
        FormParagraph(markup(doc.desk_name), styles.letter),
        FormParagraph(markup(doc.desk_address, empty=""), styles.letter),
        *(
            [FormParagraph(f"電話　{markup(doc.desk_phone)}", styles.letter)]
            if doc.desk_phone.strip()
            else []
        ),
        FormParagraph(f"担当　{markup('、'.join(doc.staff_names))}", styles.letter),
    ]
    left_width = 98 * mm
    head = Table(
        [[addressee, "", sender]],
        colWidths=[left_width, 12 * mm, CONTENT_WIDTH - left_width - 12 * mm],
    )
    head.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (0, 0), 0.8, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (0, 0), 4),
            ]
        )
    )
    return [
        head,
        _gap(6 * mm),
        FormParagraph(LEAD_SENTENCE, styles.lead),
        _gap(3 * mm),
        FormParagraph("記", styles.ki),
        _gap(3 * mm),
    ]


def _client(doc: ReferralSlipDocument) -> list[Flowable]:
    styles = form_styles()
    born = wareki_date(doc.client_birth_date)
    if doc.client_age.strip():
        born = f"{born}（{doc.client_age}）"
    rows: list[list[tuple[str, str | Flowable]]] = [
        [("ふりがな", doc.client_kana)],
        [("氏名", FormParagraph(markup(doc.client_name), styles.body_large))],
        [("生年月日（年齢）", born), ("性別", doc.client_sex)],
    ]
    if _shared(doc, HEADING_CONTACT, doc.contact) and doc.contact is not None:
        address, phone = doc.contact
        rows.append([("住所", address)])
        rows.append([("電話", phone)])
    grid = labelled_grid(rows, label_width=28 * mm)
    return _section("ご紹介する方", grid)


def _referral(doc: ReferralSlipDocument) -> list[Flowable]:
    grid = labelled_grid(
        [
            [("つなぎの方法", doc.method), ("日付", wareki_date(doc.referral_date))],
            [("担当・同行職員", "、".join(doc.staff_names))],
        ],
        label_width=28 * mm,
    )
    return [
        *_section("つなぎの方法", grid),
        *_section("つなぐ理由・依頼事項", *_flowing(doc.purpose)),
        *_section("引き継ぐ事項", *_flowing(doc.handed_over)),
    ]


def _household(members: Sequence[SlipMember]) -> list[Flowable]:
    if not members:
        return _section(HEADING_HOUSEHOLD, FormParagraph("（記載なし）", form_styles().small))
    rows: list[list[str | Flowable]] = [
        [
            member.relation,
            member.name,
            member.age,
            "同居" if member.lives_together else "別居",
            member.situations,
        ]
        for member in members
    ]
    widths = [18 * mm, 38 * mm, 16 * mm, 14 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    table = data_table(["続柄", "氏名", "年齢", "同居", "状況"], rows, widths, split_in_row=True)
    return _section(HEADING_HOUSEHOLD, table)


def _issue_table(title: str, issues: Sequence[SlipIssue]) -> list[Flowable]:
    if not issues:
        return _section(title, FormParagraph("（記載なし）", form_styles().small))
    rows: list[list[str | Flowable]] = [
        [issue.person, issue.category, issue.note] for issue in issues
    ]
    widths = [34 * mm, 34 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    table = data_table(["対象者", "分類", "内容"], rows, widths, split_in_row=True)
    return _section(title, table)


def _strengths(strengths: tuple[str, str]) -> list[Flowable]:
    strong, caution = strengths
    grid = labelled_grid(
        [[("強み", strong)], [("支援上の留意点", caution)]],
        label_width=30 * mm,
        split_in_row=True,
    )
    return _section(HEADING_STRENGTHS, grid)


def _shared_sections(doc: ReferralSlipDocument) -> list[Flowable]:
    story: list[Flowable] = []
    if _shared(doc, HEADING_HOUSEHOLD, doc.household) and doc.household is not None:
        story += _household(doc.household)
    if _shared(doc, HEADING_CONCERN, doc.concern) and doc.concern is not None:
        story += _section(HEADING_CONCERN, *_flowing(doc.concern))
    for heading, issues in (
        (HEADING_ISSUES, doc.issues),
        (HEADING_HEALTH, doc.health),
        (HEADING_FINANCES, doc.finances),
    ):
        if _shared(doc, heading, issues) and issues is not None:
            story += _issue_table(heading, issues)
    if _shared(doc, HEADING_STRENGTHS, doc.strengths) and doc.strengths is not None:
        story += _strengths(doc.strengths)
    return story


def _withheld_line(doc: ReferralSlipDocument) -> list[Flowable]:
    headings = _withheld(doc)
    if not headings:
        return []
    styles = form_styles()
    box = Table(
        [
            [FormParagraph(markup(WITHHELD_HEADING), styles.label)],
            [FormParagraph(markup("、".join(headings)), styles.body)],
        ],
        colWidths=[CONTENT_WIDTH],
    )
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return [KeepTogether([box]), _gap()]


def _basis(doc: ReferralSlipDocument) -> list[Flowable]:
    body: list[Flowable] = [labelled_grid([[("根拠", doc.basis_text)]], label_width=28 * mm)]
    if doc.basis == BASIS_STATUTORY_MEETING:
        body += [_gap(1.5 * mm), FormParagraph(STATUTORY_NOTICE, _styles().notice)]
    return [KeepTogether([section_heading("情報共有の根拠"), _gap(1.5 * mm), *body]), _gap()]


def _boxed(rows: list[list[Any]], widths: list[float], heights: list[float]) -> Table:
    """A form box: label cells (even columns) shaded, write-in cells blank or prefilled."""
    table = Table(rows, colWidths=widths, rowHeights=heights)
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BOX", (0, 0), (-1, -1), 1, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    for row_index, row in enumerate(rows):
        for col in range(0, len(row), 2):
            if row[col] != "":
                commands.append(("BACKGROUND", (col, row_index), (col, row_index), LABEL_FILL))
    table.setStyle(TableStyle(commands))
    return table


_BLANK = "&nbsp;" * 6
DATE_BLANKS = f"令和{_BLANK}年{_BLANK}月{_BLANK}日"
"""A date to fill in by hand (Paragraph markup: the blanks must not collapse)."""


def _agency(doc: ReferralSlipDocument) -> str:
    """The agency and its section, as one line."""
    return " ".join(part for part in (doc.agency_name, doc.agency_section) if part.strip())


def _signatures(doc: ReferralSlipDocument) -> list[Flowable]:
    styles = form_styles()
    agency = _agency(doc)
    if doc.basis == BASIS_STATUTORY_MEETING:
        statement = (
            "支援会議での情報共有に基づくご紹介です。本人の同意を確認できた場合は、"
            "下欄に署名をお願いします。"
        )
    else:
        statement = f"上記の内容を{agency}へ伝え、支援を受けることに同意します。"
    label = form_styles().label
    date_width = 64 * mm
    label_width = 30 * mm
    other = CONTENT_WIDTH - 2 * label_width - date_width
    box = _boxed(
        [
            [
                FormParagraph("本人署名<br/>（同意の確認）", label),
                "",
                FormParagraph("日付", label),
                FormParagraph(DATE_BLANKS, styles.body),
            ],
            [
                FormParagraph("担当職員", label),
                FormParagraph(markup("、".join(doc.staff_names)), styles.body),
                FormParagraph("連絡先", label),
                FormParagraph(markup(doc.desk_phone), styles.body),
            ],
        ],
        [label_width, other, label_width, date_width],
        [16 * mm, 11 * mm],
    )
    desk = _desk_contact(doc)
    block: list[Flowable] = [
        section_heading("署名"),
        _gap(1.5 * mm),
        FormParagraph(markup(statement), styles.small),
        _gap(1.5 * mm),
        box,
        _gap(1.5 * mm),
        FormParagraph(f"お問い合わせ先：{markup(desk)}", styles.small),
    ]
    return [KeepTogether(block), _gap(3 * mm), FormParagraph("以上", _styles().closing)]


def _reply(doc: ReferralSlipDocument) -> list[Flowable]:
    """The reply form the receiving agency fills in and returns, on a page of its own.

    It starts a new page so the agency can return it without sending back any of the
    person's details beyond the name and case number.
    """
    styles = form_styles()
    label = styles.label
    title = f"受理のご連絡（ご記入のうえ、{doc.desk_name}へご返送ください）"
    label_width = 30 * mm
    value_width = (CONTENT_WIDTH - 2 * label_width) / 2
    choice = _BLANK.join(("□ 受理", "□ 不受理", "□ 保留"))
    box = _boxed(
        [
            [
                FormParagraph("ご紹介した方", label),
                FormParagraph(f"{markup(doc.client_name)}　様", styles.body),
                FormParagraph("受付番号", label),
                FormParagraph(markup(doc.case_number), styles.body),
            ],
            [FormParagraph("受理日", label), FormParagraph(DATE_BLANKS, styles.body), "", ""],
            [
                FormParagraph("機関名", label),
                FormParagraph(markup(_agency(doc)), styles.body),
                "",
                "",
            ],
            [FormParagraph("ご担当者", label), "", FormParagraph("電話", label), ""],
            [FormParagraph("今後の対応", label), FormParagraph(choice, styles.body), "", ""],
            [FormParagraph("備考", label), "", "", ""],
        ],
        [label_width, value_width, label_width, value_width],
        [9 * mm, 10 * mm, 10 * mm, 12 * mm, 10 * mm, 40 * mm],
    )
    box.setStyle(
        TableStyle(
            [
                ("SPAN", (1, 1), (3, 1)),
                ("SPAN", (1, 2), (3, 2)),
                ("SPAN", (1, 4), (3, 4)),
                ("SPAN", (1, 5), (3, 5)),
                ("VALIGN", (0, 5), (0, 5), "TOP"),
                ("TOPPADDING", (0, 5), (0, 5), 5),
            ]
        )
    )
    back = f"返送先：{_desk_contact(doc)}（担当 {'、'.join(doc.staff_names)}）"
    block: list[Flowable] = [
        section_heading(title),
        _gap(1.5 * mm),
        FormParagraph(
            "お手数ですが、受理のご判断と今後の対応を下欄にご記入のうえ、"
            "郵送・持参またはファクスでご返送ください。",
            styles.small,
        ),
        _gap(1.5 * mm),
        box,
        _gap(1.5 * mm),
        FormParagraph(markup(back), styles.small),
    ]
    return [PageBreak(), KeepTogether(block)]


def _desk_contact(doc: ReferralSlipDocument) -> str:
    """The desk's name, address and phone, leaving out what is not set."""
    parts = [doc.desk_name, doc.desk_address.strip()]
    if doc.desk_phone.strip():
        parts.append(f"電話 {doc.desk_phone.strip()}")
    return "　".join(p for p in parts if p)


def build_referral_slip(doc: ReferralSlipDocument, out: Path) -> Path:
    """Write the referral slip (つなぎシート・紹介状) as an A4 portrait PDF.

    Only the shared sections print; a section that is None (or whose heading is listed in
    ``withheld``) prints nothing but its heading under 「記載していない項目」.

    Args:
        doc: what to print, already chosen and formatted for display.
        out: where to write the PDF (its folder must exist; an existing file is replaced).

    Returns:
        ``out``.

    Raises:
        ValueError: if ``doc.basis`` is neither ``"consent"`` nor ``"statutory_meeting"``.
    """
    if doc.basis not in (BASIS_CONSENT, BASIS_STATUTORY_MEETING):
        raise ValueError(f"unknown basis for sharing: {doc.basis!r}")
    story: list[Flowable] = [
        *_letterhead(doc),
        *_client(doc),
        *_referral(doc),
        *_shared_sections(doc),
        *_withheld_line(doc),
        *_basis(doc),
        *_signatures(doc),
        *_reply(doc),
    ]
    furniture = PageFurniture(
        title=TITLE,
        case_number=doc.case_number,
        desk_name=doc.desk_name,
        desk_address=doc.desk_address,
        desk_phone=doc.desk_phone,
        printed_by=doc.printed_by,
        printed_at=doc.printed_at,
        notice=STATUTORY_NOTICE if doc.basis == BASIS_STATUTORY_MEETING else "",
    )
    return build_form(out, furniture, story)
