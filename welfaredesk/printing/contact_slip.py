"""The contact slip (連絡票): one per consultation, DTO in, PDF out (domain.md §9.2, §9.4).

The layout follows the national 相談受付・申込票 (anchors.md §6.1): labelled grids for the
reception, the consulter and the person, a household table, the presenting concern as flowing
text (it may run onto further pages), the whole issue checklist with ○ for each item that
applies and ◎ for the most pressing, flags, consent with a signature box, and the first
response. The furniture (title, case number, 取扱注意, page n/m, who printed it when) is on
every page (:mod:`welfaredesk.printing.common`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

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
    MUTED,
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
    wareki_datetime,
)

TITLE = "連絡票"
"""The printed title of the form."""


@dataclass(frozen=True)
class ContactSlipMember:
    """One household member in the 世帯の状況 table.

    Attributes:
        relation: the relation to the person (``妻``, ``長男``).
        name: full name.
        kana: reading in kana.
        birth_date: date of birth, or None when unknown.
        age: the age as printed (``78歳``), or ``""``.
        lives_together: whether the member lives with the person (同居).
        situations: the member's situation as printed (``要介護2、デイサービス利用``).
    """

    relation: str
    name: str
    kana: str
    birth_date: date | None
    age: str
    lives_together: bool
    situations: str


@dataclass(frozen=True)
class ChecklistItem:
    """One item of the issue checklist.

    Attributes:
        category: the category label (``生活・経済``).
        item: the item label (``収入・生活費``).
        checked: whether the item applies (○).
        most_pressing: whether it is the most pressing issue (◎).
    """

    category: str
    item: str
    checked: bool
    most_pressing: bool = False


@dataclass(frozen=True)
class ContactSlipDocument:
    """Everything the contact slip prints, already formatted for display.

    Attributes:
        case_number: the case number (on every page).
        desk_name: the desk's name (footer).
        desk_address: the desk's address, printed under its name in the footer (``""``: none).
        desk_phone: the desk's phone number, printed with the address (``""``: none).
        printed_by: the display name of the staff member printing.
        printed_at: when the slip is printed.
        received_at: when the consultation was received (受付日時).
        channel: the 受付経路 label (``来庁``, ``電話``…).
        staff_name: the staff member who took the consultation (受付者).
        consulter_type: the 相談者種別 label (``本人``, ``家族``…).
        consulter_name: the consulter's name when not the person, or ``""``.
        consulter_relation: the consulter's relation to the person, or ``""``.
        consulter_contact: how to reach the consulter, or ``""``.
        referring_agency: the referring agency (紹介元), or ``""``.
        client_name: the person's full name.
        client_kana: the person's name in kana.
        client_birth_date: the person's date of birth, or None.
        client_age: the age as printed (``81歳``), or ``""``.
        client_sex: the sex label (``男性``, ``女性``, ``その他``), or ``""``.
        client_address: the address.
        client_area: the area or district (地区), with 市内/市外 as the caller words it.
        client_phone: phone numbers as printed.
        members: the household members.
        presenting_concern: the 主訴, free text (newlines kept; may run across pages).
        checklist: the whole issue checklist, in display order.
        complex_needs_suspected: 複合的課題の疑い.
        economic_hardship: 経済的困窮.
        urgent: 緊急性.
        did_not_know_where_to_ask: 「どこに相談したらよいか不明」.
        consent_status: the 本人同意 status label.
        consent_date: the day consent was given, or None.
        consent_method: how consent was obtained (``書面``, ``口頭``…), or ``""``.
        consent_agencies: the agencies the person agreed to share information with.
        consent_meetings: the meetings the person agreed the case may be discussed at.
        first_response: the first response label (初回対応).
        first_response_note: a note on the first response, or ``""``.
    """

    case_number: str
    desk_name: str
    printed_by: str
    printed_at: datetime
    received_at: datetime
    channel: str
    staff_name: str
    consulter_type: str
    consulter_name: str
    consulter_relation: str
    consulter_contact: str
    referring_agency: str
    client_name: str
    client_kana: str
    client_birth_date: date | None
    client_age: str
    client_sex: str
    client_address: str
    client_area: str
    client_phone: str
    presenting_concern: str
    consent_status: str
    first_response: str
    members: tuple[ContactSlipMember, ...] = ()
    checklist: tuple[ChecklistItem, ...] = ()
    complex_needs_suspected: bool = False
    economic_hardship: bool = False
    urgent: bool = False
    did_not_know_where_to_ask: bool = False
    consent_date: date | None = None
    consent_method: str = ""
    consent_agencies: tuple[str, ...] = field(default=())
    consent_meetings: tuple[str, ...] = field(default=())
    first_response_note: str = ""
    desk_address: str = ""
    desk_phone: str = ""


def _gap(height: float = 4 * mm) -> Spacer:
    return Spacer(1, height)


def _section(title: str, *body: Flowable) -> list[Flowable]:
    """A heading kept with the start of its body, then a gap."""
    return [CondPageBreak(30 * mm), section_heading(title), _gap(1.5 * mm), *body, _gap()]


def _reception(doc: ContactSlipDocument) -> list[Flowable]:
    return _section(
        "受付情報",
        labelled_grid(
            [
                [("受付日時", wareki_datetime(doc.received_at)), ("受付経路", doc.channel)],
                [("受付者", doc.staff_name), ("紹介元", doc.referring_agency)],
            ]
        ),
    )


def _consulter(doc: ContactSlipDocument) -> list[Flowable]:
    return _section(
        "相談者",
        labelled_grid(
            [
                [("相談者種別", doc.consulter_type), ("氏名", doc.consulter_name)],
                [("本人との関係", doc.consulter_relation), ("連絡先", doc.consulter_contact)],
            ]
        ),
    )


def _client(doc: ContactSlipDocument) -> list[Flowable]:
    styles = form_styles()
    return _section(
        "本人",
        labelled_grid(
            [
                [("ふりがな", doc.client_kana)],
                [("氏名", FormParagraph(markup(doc.client_name), styles.body_large))],
                [("生年月日", wareki_date(doc.client_birth_date)), ("年齢", doc.client_age)],
                [("性別", doc.client_sex), ("電話", doc.client_phone)],
                [("住所", doc.client_address)],
                [("圏域", doc.client_area)],
            ],
            label_width=20 * mm,
        ),
    )


def _household(doc: ContactSlipDocument) -> list[Flowable]:
    styles = form_styles()
    if not doc.members:
        return _section("世帯の状況", FormParagraph("（世帯員の記載なし）", styles.small))
    rows: list[list[str | Flowable]] = []
    for member in doc.members:
        name = f"<font size=8>{markup(member.kana, empty='')}</font><br/>{markup(member.name)}"
        rows.append(
            [
                member.relation,
                FormParagraph(name, styles.table_body),
                wareki_date(member.birth_date),
                member.age,
                "同居" if member.lives_together else "別居",
                member.situations,
            ]
        )
    widths = [15 * mm, 34 * mm, 52 * mm, 14 * mm, 13 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    table = data_table(
        ["続柄", "氏名（ふりがな）", "生年月日", "年齢", "同居", "状況"], rows, widths
    )
    return _section("世帯の状況", table)


def _concern(doc: ContactSlipDocument) -> list[Flowable]:
    styles = form_styles()
    text = doc.presenting_concern.replace("\r\n", "\n").replace("\r", "\n").strip()
    blocks = [block for block in text.split("\n\n") if block.strip()] or [""]
    paragraphs: list[Flowable] = []
    for block in blocks:
        paragraphs.append(FormParagraph(markup(block, empty="（記載なし）"), styles.body))
        paragraphs.append(_gap(1.5 * mm))
    return _section("主訴", *paragraphs)


def _checklist(items: Sequence[ChecklistItem]) -> list[Flowable]:
    styles = form_styles()
    legend = FormParagraph("◎ 最も困っていること　○ 該当する項目　□ 該当しない項目", styles.small)
    if not items:
        return _section("課題（チェック）", FormParagraph("（チェック項目なし）", styles.small))
    grouped: dict[str, list[ChecklistItem]] = {}
    for item in items:
        grouped.setdefault(item.category, []).append(item)
    muted = MUTED.hexval().replace("0x", "#")
    rows: list[list[tuple[str, str | Flowable]]] = []
    for category, entries in grouped.items():
        parts: list[str] = []
        for entry in entries:
            label = markup(entry.item)
            if entry.most_pressing:
                parts.append(f"<font name='BIZUDGothic-Bold'>◎{label}</font>")
            elif entry.checked:
                parts.append(f"○{label}")
            else:
                parts.append(f"<font color='{muted}'>□{label}</font>")
        rows.append([(category, FormParagraph("　".join(parts), styles.body))])
    return _section(
        "課題（チェック）", legend, _gap(1 * mm), labelled_grid(rows, label_width=30 * mm)
    )


def _flags(doc: ContactSlipDocument) -> list[Flowable]:
    def mark(value: bool) -> str:
        return "■ あり" if value else "□ なし"

    return _section(
        "特記事項（フラグ）",
        labelled_grid(
            [
                [
                    ("複合的課題の疑い", mark(doc.complex_needs_suspected)),
                    ("経済的困窮", mark(doc.economic_hardship)),
                ],
                [
                    ("緊急性", mark(doc.urgent)),
                    ("相談先が不明だった", mark(doc.did_not_know_where_to_ask)),
                ],
            ],
            label_width=34 * mm,
        ),
    )


def _signature_box() -> Table:
    styles = form_styles()
    label_width = 24 * mm
    date_line = "令和　　　年　　　月　　　日"
    table = Table(
        [
            [
                FormParagraph("署名", styles.label),
                "",
                FormParagraph("日付", styles.label),
                date_line,
            ]
        ],
        colWidths=[label_width, CONTENT_WIDTH - 2 * label_width - 60 * mm, label_width, 60 * mm],
        rowHeights=[16 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BOX", (0, 0), (-1, -1), 1, RULE),
                ("BACKGROUND", (0, 0), (0, 0), LABEL_FILL),
                ("BACKGROUND", (2, 0), (2, 0), LABEL_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("FONTNAME", (3, 0), (3, 0), fonts.MINCHO),
                ("FONTSIZE", (3, 0), (3, 0), 10),
            ]
        )
    )
    return table


def _consent(doc: ContactSlipDocument) -> list[Flowable]:
    styles = form_styles()
    grid = labelled_grid(
        [
            [("同意状況", doc.consent_status), ("同意日", wareki_date(doc.consent_date))],
            [("確認方法", doc.consent_method)],
            [("情報共有先", "、".join(doc.consent_agencies))],
            [("会議での検討", "、".join(doc.consent_meetings))],
        ]
    )
    statement = FormParagraph(
        "「個人情報に関する管理・取扱規程」の説明を受け、支援に必要な関係機関との情報共有"
        "および上記会議での検討に同意します。",
        styles.small,
    )
    block: list[Flowable] = [
        section_heading("本人同意"),
        _gap(1.5 * mm),
        grid,
        _gap(2 * mm),
        statement,
        _gap(1.5 * mm),
        _signature_box(),
    ]
    return [KeepTogether(block), _gap()]


def _first_response(doc: ContactSlipDocument) -> list[Flowable]:
    rows: list[list[tuple[str, str | Flowable]]] = [[("初回対応", doc.first_response)]]
    if doc.first_response_note.strip():
        rows.append([("対応内容", doc.first_response_note)])
    return _section("初回対応", labelled_grid(rows))


def build_contact_slip(doc: ContactSlipDocument, out: Path) -> Path:
    """Write the contact slip (連絡票) of one consultation as an A4 portrait PDF.

    Args:
        doc: what to print, already formatted for display.
        out: where to write the PDF (its folder must exist; an existing file is replaced).

    Returns:
        ``out``.
    """
    story: list[Flowable] = [
        *_reception(doc),
        *_consulter(doc),
        *_client(doc),
        *_household(doc),
        *_concern(doc),
        *_checklist(doc.checklist),
        *_flags(doc),
        *_consent(doc),
        *_first_response(doc),
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
