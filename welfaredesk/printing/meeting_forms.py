"""The papers of a meeting: 次第 (agenda), 出席者名簿 (attendance list) and 会議録 (minutes).

DTO in, PDF out; no database access. One :class:`MeetingDocument` feeds all three forms.

* A 支援会議 (生活困窮者自立支援法第9条) prints its legal basis and the members' duty of
  confidentiality (同条第5項) on every page, in the notice band above the footer
  (:attr:`PageFurniture.notice`), as the referral slip does for a sharing decided there.
* A 相談支援包括化推進会議 carries no individual case: its papers print aggregate numbers only
  (:attr:`MeetingDocument.aggregates`), never a name or a case number; the service leaves
  :attr:`MeetingDocument.agenda` empty for it.
* Agenda items of cases the printing user may not see arrive already masked by the service
  (``閲覧権限のないケース``, no number).

The rest of the furniture (title, 取扱注意, page n/m, who printed it when) is shared with every
form (:mod:`welfaredesk.printing.common`); meeting papers belong to no single case, so the case
number field of the header shows a dash.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

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
    wareki_datetime,
)

NO_CASE_NUMBER = ""
"""Meeting papers carry no case number in the page header (they concern several cases)."""

STATUTORY_NOTICE = (
    "生活困窮者自立支援法第9条に基づく支援会議：構成員は会議で知り得た秘密を漏らしてはなりません"
    "（同条第5項・罰則 第28条）"
)
"""Printed on every page of a 支援会議's papers."""

STATUTORY_BASIS_TEXT = (
    "本会議は生活困窮者自立支援法第9条に基づく支援会議です。本人の同意が得られない場合でも、"
    "関係機関の間で必要な情報を共有します（個人情報保護法の「法令に基づく場合」）。"
    "構成員および構成員であった者は、会議の事務に関して知り得た秘密を漏らしてはなりません"
    "（同条第5項）。違反には罰則があります（同法第28条）。"
)
"""The paragraph of a 支援会議's papers that states the basis and the duty in full."""

NETWORK_TEXT = (
    "本会議は相談支援包括化推進会議です。個別のケースは検討しません。"
    "資料は集計した数値のみで、氏名・受付番号などの個人情報は記載していません。"
)
"""The paragraph of a 推進会議's papers saying why no case is named."""

TITLES = {"agenda": "次第", "attendance": "出席者名簿", "minutes": "会議録"}
"""Form code → the title's suffix (the meeting's name comes first)."""


@dataclass(frozen=True)
class AttendeeLine:
    """One row of the attendance list.

    Attributes:
        affiliation: the agency or section (``福祉総合相談窓口``, ``地域包括支援センター``).
        name: the person (``佐藤 一郎``), or ``""`` when the agency sends someone unnamed.
        attended: True 出席, False 欠席, None not yet recorded.
    """

    affiliation: str
    name: str
    attended: bool | None


@dataclass(frozen=True)
class AgendaLine:
    """One agenda item as printed (already masked by the service when out of scope).

    Attributes:
        order: 1, 2, …
        case_number: the case number, or ``""`` when the user may not see the case.
        client: the client's name, or ``閲覧権限のないケース``.
        purpose: 「プラン検討」 etc.
        plan: the plan on the agenda (``第2版（会議提出）``), or ``""``.
        decision: the decision (``了承``), or ``""`` when not yet decided.
        note: the decision's note (free text).
    """

    order: int
    case_number: str
    client: str
    purpose: str
    plan: str
    decision: str
    note: str


@dataclass(frozen=True)
class MeetingDocument:
    """Everything the meeting papers print.

    Attributes:
        meeting_name: the meeting type's label (``支援調整会議(定例)``).
        kind: ``coordination_meeting``, ``statutory_meeting``, ``network_meeting`` or ``other``.
        held_at: date and time.
        place: where.
        chair: who chairs.
        status: 予定 / 開催済み / 中止.
        legal_basis: the legal basis (支援会議), or ``""``.
        secretariat: the secretariat's name, or ``""``.
        desk_name: the desk printing.
        desk_address: the desk's address, printed under its name in the footer (``""``: none).
        desk_phone: the desk's phone number, printed with the address (``""``: none).
        printed_by: who prints.
        printed_at: when.
        attendees: the attendance list.
        agenda: the agenda items (empty for a 推進会議).
        minutes: the minutes' text.
        aggregates: (table title, ((label, count), …)) for a 推進会議's material.
    """

    meeting_name: str
    kind: str
    held_at: datetime
    place: str
    chair: str
    status: str
    legal_basis: str
    secretariat: str
    desk_name: str
    printed_by: str
    printed_at: datetime
    attendees: tuple[AttendeeLine, ...]
    agenda: tuple[AgendaLine, ...]
    minutes: str
    aggregates: tuple[tuple[str, tuple[tuple[str, int], ...]], ...] = ()
    desk_address: str = ""
    desk_phone: str = ""

    @property
    def statutory(self) -> bool:
        """Whether this is a 支援会議 under 生活困窮者自立支援法第9条."""
        return self.kind == "statutory_meeting"

    @property
    def network(self) -> bool:
        """Whether this is a 相談支援包括化推進会議 (aggregate numbers only)."""
        return self.kind == "network_meeting"


def _gap(height: float = 4 * mm) -> Spacer:
    return Spacer(1, height)


def _blank() -> Spacer:
    """An empty table cell (a plain empty string would print as a dash)."""
    return Spacer(1, 1)


def _section(title: str, *body: Flowable) -> list[Flowable]:
    return [CondPageBreak(30 * mm), section_heading(title), _gap(1.5 * mm), *body, _gap()]


def _furniture(doc: MeetingDocument, form: str) -> PageFurniture:
    return PageFurniture(
        title=f"{doc.meeting_name} {TITLES[form]}",
        case_number=NO_CASE_NUMBER,
        desk_name=doc.desk_name,
        desk_address=doc.desk_address,
        desk_phone=doc.desk_phone,
        printed_by=doc.printed_by,
        printed_at=doc.printed_at,
        notice=STATUTORY_NOTICE if doc.statutory else "",
    )


def _outline(doc: MeetingDocument) -> list[Flowable]:
    """The meeting's particulars and, for a 支援会議 or 推進会議, what kind of meeting it is."""
    rows: list[list[tuple[str, str]]] = [
        [("会議", doc.meeting_name), ("状況", doc.status)],
        [("日時", wareki_datetime(doc.held_at)), ("場所", doc.place)],
        [("議長", doc.chair), ("事務局", doc.secretariat)],
    ]
    if doc.statutory:
        rows.append([("法的根拠", doc.legal_basis or "生活困窮者自立支援法第9条")])
    story: list[Flowable] = [labelled_grid(rows, label_width=20 * mm), _gap()]
    styles = form_styles()
    if doc.statutory:
        story += [FormParagraph(markup(STATUTORY_BASIS_TEXT), styles.body), _gap()]
    if doc.network:
        story += [FormParagraph(markup(NETWORK_TEXT), styles.body), _gap()]
    return story


def _agenda_table(doc: MeetingDocument, *, with_decisions: bool) -> list[Flowable]:
    if doc.network:
        return []
    if not doc.agenda:
        body: list[Flowable] = [FormParagraph("（議題のケースはありません）", form_styles().small)]
        return _section("検討ケース", *body)
    if with_decisions:
        header = ["順", "受付番号", "本人", "目的", "支援計画", "決定", "決定の内容・役割分担"]
        widths = [8 * mm, 20 * mm, 26 * mm, 21 * mm, 25 * mm, 25 * mm]
        rows: list[list[str | Flowable]] = [
            [
                str(line.order),
                line.case_number,
                line.client,
                line.purpose,
                line.plan,
                line.decision or "未決定",
                line.note,
            ]
            for line in doc.agenda
        ]
    else:
        header = ["順", "受付番号", "本人", "目的", "支援計画", "備考"]
        widths = [8 * mm, 22 * mm, 36 * mm, 24 * mm, 34 * mm]
        rows = [
            [str(line.order), line.case_number, line.client, line.purpose, line.plan, _blank()]
            for line in doc.agenda
        ]
    widths.append(CONTENT_WIDTH - sum(widths))
    return _section("検討ケース", data_table(header, rows, widths, split_in_row=True))


def _aggregates(doc: MeetingDocument) -> list[Flowable]:
    story: list[Flowable] = []
    for title, counts in doc.aggregates:
        rows: list[list[str | Flowable]] = [[text, f"{count:,}"] for text, count in counts]
        if not rows:
            rows = [["（該当なし）", "0"]]
        widths = [CONTENT_WIDTH - 40 * mm, 40 * mm]
        story += _section(title, data_table(["区分", "件数"], rows, widths))
    return story


def build_meeting_agenda(doc: MeetingDocument, out: Path) -> Path:
    """Print the 次第 (agenda): particulars, the order of business and the cases to discuss."""
    styles = form_styles()
    business = ["開会", "検討事項" if not doc.network else "協議事項", "その他", "閉会"]
    steps = [
        FormParagraph(markup(f"{n}．{text}"), styles.body) for n, text in enumerate(business, 1)
    ]
    story: list[Flowable] = [
        *_outline(doc),
        *_section("次第", *steps),
        *_agenda_table(doc, with_decisions=False),
    ]
    if doc.network:
        story += _aggregates(doc)
    return build_form(out, _furniture(doc, "agenda"), story)


def build_attendance_list(doc: MeetingDocument, out: Path) -> Path:
    """Print the 出席者名簿 with a column for 出欠 and one for signatures."""
    rows: list[list[str | Flowable]] = []
    for n, line in enumerate(doc.attendees, 1):
        # Blank cells stay blank: 出欠 and the signature are written by hand.
        mark: str | Flowable = (
            _blank() if line.attended is None else ("出席" if line.attended else "欠席")
        )
        name: str | Flowable = line.name if line.name.strip() else _blank()
        rows.append([str(n), line.affiliation, name, mark, _blank()])
    if not rows:
        rows.append([_blank(), "（出席予定者は登録されていません）", _blank(), _blank(), _blank()])
    widths = [11 * mm, 62 * mm, 42 * mm, 18 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    table = data_table(["番号", "所属", "氏名", "出欠", "署名"], rows, widths)
    table.setStyle([("TOPPADDING", (0, 1), (-1, -1), 8), ("BOTTOMPADDING", (0, 1), (-1, -1), 8)])
    story: list[Flowable] = [*_outline(doc), *_section("出席者", table)]
    return build_form(out, _furniture(doc, "attendance"), story)


def build_meeting_minutes(doc: MeetingDocument, out: Path) -> Path:
    """Print the 会議録: particulars, attendance count, each item with its decision, the text."""
    styles = form_styles()
    present = sum(1 for a in doc.attendees if a.attended)
    absent = sum(1 for a in doc.attendees if a.attended is False)
    summary = f"出席 {present}名、欠席 {absent}名（氏名は出席者名簿のとおり）"
    story: list[Flowable] = [
        *_outline(doc),
        *_section("出席者", FormParagraph(markup(summary), styles.body)),
        *_agenda_table(doc, with_decisions=True),
    ]
    if doc.network:
        story += _aggregates(doc)
    clean = doc.minutes.replace("\r\n", "\n").strip()
    blocks = [b for b in clean.split("\n\n") if b.strip()] or [""]
    text = [FormParagraph(markup(b, empty="（記載なし）"), styles.body) for b in blocks]
    story += _section("会議の記録", *text)
    return build_form(out, _furniture(doc, "minutes"), story)
