"""Import of an existing Excel or CSV ledger (相談台帳) into cases, in four steps.

A wizard (or the command line) drives :class:`LedgerImportService` step by step:

1. :meth:`~LedgerImportService.analyse` reads the file (``.xlsx``, or ``.csv`` in UTF-8 with or
   without BOM or in Shift_JIS/CP932, detected), finds the header row (a title row above it is
   skipped) and proposes a mapping of the columns to :class:`LedgerField` from the usual
   Japanese headers (:data:`HEADER_SYNONYMS`).
2. The user confirms or changes the mapping: ``{column name: field}``, the column names as
   :attr:`LedgerAnalysis.columns` gives them (a blank header is 「列C」, a repeated one
   「備考(2)」). Columns left out are not imported.
3. :meth:`~LedgerImportService.validate` checks every row and lists each problem as
   :class:`LedgerProblem` (the row number as Excel shows it, the column, the reason in
   Japanese), and every row whose person may already be known to the desk (the duplicate rules
   of the intake form, :meth:`IntakeService.find_candidates`) as :class:`LedgerMatch` with the
   candidates' person ids and case numbers. Such a row waits for a decision: ``decisions[row]``
   is the candidate's person id (the same person: a new case for them) or None (a new person).
   Nobody is ever merged without a decision.
4. :meth:`~LedgerImportService.run` imports all valid, decided rows in one transaction, or
   nothing. While problems or undecided matches remain it imports nothing (``refused``) unless
   the user chose ``only_valid=True``: then the rows with problems or without a decision are
   left out and the rest are imported. ``dry_run=True`` does the whole import and rolls it back.

Each imported row becomes a person (or the decided existing one), a household, a case with the
next case number of its fiscal year, a contact slip (連絡票) and an unconfirmed consent, as the
intake form makes them; a row with 終結日 (or 状況 終結) becomes a closed case with an approved
closure. Rows of one file with the same name, ふりがな and birth date become one person with a
case per row.

Re-importing is idempotent: each imported row leaves a key (its 受付番号 with its 受付日, or a
hash of the row's normalised content when there is no 受付番号), and a row whose key is already
stored is skipped. The keys are kept in ``ledger_import_row`` (a SHA-256 only, with the id
of the contact slip it made; revision 0008).

Logs and the audit event carry counts only; the problems name columns and rows, never content.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import logging
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple, cast

from sqlalchemy import Connection, Table, delete, func, insert, select
from sqlalchemy.orm import Session

from welfaredesk.domain.case_number import format_case_number
from welfaredesk.domain.dates import age_on, fiscal_year, parse_optional_date
from welfaredesk.domain.enums import (
    AuditAction,
    CaseStage,
    ClosureStatus,
    ConsentStatus,
    Sex,
    label,
)
from welfaredesk.domain.errors import KnownError, ValidationError
from welfaredesk.domain.joins import join_list
from welfaredesk.domain.names import name_key, validate_kana
from welfaredesk.domain.permissions import Action
from welfaredesk.domain.search_text import index_text
from welfaredesk.domain.text import msg
from welfaredesk.services import audit
from welfaredesk.services.dto import Principal
from welfaredesk.services.intake import IntakeService
from welfaredesk.services.lookups import person_keys, phone_digits
from welfaredesk.services.security import require, visible_cases
from welfaredesk.services.settings import number_style
from welfaredesk.storage import search
from welfaredesk.storage.engine import Database
from welfaredesk.storage.numbering import allocate_serials
from welfaredesk.storage.orm import (
    Area,
    Base,
    Case,
    CaseAccess,
    CaseIssue,
    Closure,
    Consent,
    Consultation,
    Household,
    HouseholdMember,
    LedgerImportRow,
    Person,
    PicklistItem,
    SearchDocument,
    User,
)

log = logging.getLogger(__name__)

"""Prefix of the ``setting`` keys that remember imported rows."""
SAMPLE_ROWS = 5
"""How many data rows :meth:`LedgerImportService.analyse` shows."""
HEADER_SCAN_ROWS = 10
"""The header row is looked for among the first rows of the sheet."""
NAME_MAX = 100
ADDRESS_MAX = 300
PHONE_MAX = 40
CONCERN_MAX = 4000
IMPORTED_SUMMARY = "相談台帳から取り込み"
"""The summary of a closure created by the import."""


class LedgerField(StrEnum):
    """What a ledger column holds."""

    RECEIVED_ON = "received_on"
    LEDGER_NUMBER = "ledger_number"
    NAME = "name"
    FAMILY_NAME = "family_name"
    GIVEN_NAME = "given_name"
    KANA = "kana"
    FAMILY_KANA = "family_kana"
    GIVEN_KANA = "given_kana"
    BIRTH_DATE = "birth_date"
    AGE = "age"
    SEX = "sex"
    ADDRESS = "address"
    AREA = "area"
    PHONE = "phone"
    CHANNEL = "channel"
    CONSULTER = "consulter"
    CONCERN = "concern"
    ISSUES = "issues"
    WORKER = "worker"
    STATUS = "status"
    CLOSED_ON = "closed_on"
    CLOSURE_REASON = "closure_reason"


FIELD_LABELS: dict[LedgerField, str] = {
    LedgerField.RECEIVED_ON: "受付日",
    LedgerField.LEDGER_NUMBER: "受付番号",
    LedgerField.NAME: "氏名",
    LedgerField.FAMILY_NAME: "氏名(姓)",
    LedgerField.GIVEN_NAME: "氏名(名)",
    LedgerField.KANA: "ふりがな",
    LedgerField.FAMILY_KANA: "ふりがな(姓)",
    LedgerField.GIVEN_KANA: "ふりがな(名)",
    LedgerField.BIRTH_DATE: "生年月日",
    LedgerField.AGE: "年齢",
    LedgerField.SEX: "性別",
    LedgerField.ADDRESS: "住所",
    LedgerField.AREA: "圏域・地区",
    LedgerField.PHONE: "電話番号",
    LedgerField.CHANNEL: "相談経路",
    LedgerField.CONSULTER: "相談者",
    LedgerField.CONCERN: "相談内容(主訴)",
    LedgerField.ISSUES: "課題",
    LedgerField.WORKER: "担当者",
    LedgerField.STATUS: "状況",
    LedgerField.CLOSED_ON: "終結日",
    LedgerField.CLOSURE_REASON: "終結理由",
}
"""The Japanese name of each field, for the mapping step."""

HEADER_SYNONYMS: dict[LedgerField, tuple[str, ...]] = {
    LedgerField.RECEIVED_ON: (
        "受付日",
        "受付年月日",
        "相談日",
        "相談受付日",
        "受理日",
        "初回相談日",
    ),
    LedgerField.LEDGER_NUMBER: ("受付番号", "受付no", "番号", "no", "整理番号", "ケース番号"),
    LedgerField.NAME: ("氏名", "名前", "本人氏名", "対象者氏名", "相談対象者", "利用者氏名"),
    LedgerField.FAMILY_NAME: ("姓", "氏", "氏名姓"),
    LedgerField.GIVEN_NAME: ("名", "氏名名"),
    LedgerField.KANA: (
        "フリガナ",
        "ふりがな",
        "カナ",
        "よみがな",
        "ヨミガナ",
        "氏名カナ",
        "カナ氏名",
    ),
    LedgerField.FAMILY_KANA: ("フリガナ姓", "ふりがな姓", "セイ", "せい"),
    LedgerField.GIVEN_KANA: ("フリガナ名", "ふりがな名", "メイ", "めい"),
    LedgerField.BIRTH_DATE: ("生年月日", "誕生日"),
    LedgerField.AGE: ("年齢", "年令"),
    LedgerField.SEX: ("性別",),
    LedgerField.ADDRESS: ("住所", "現住所", "所在地"),
    LedgerField.AREA: ("圏域", "地区", "担当地区", "生活圏域", "日常生活圏域", "地域"),
    LedgerField.PHONE: ("電話", "電話番号", "tel", "連絡先", "連絡先電話番号", "携帯"),
    LedgerField.CHANNEL: ("相談経路", "受付経路", "経路", "相談方法", "受付方法", "来所経路"),
    LedgerField.CONSULTER: ("相談者", "相談者区分", "相談者種別", "相談者の続柄"),
    LedgerField.CONCERN: ("相談内容", "主訴", "相談内容主訴", "相談概要", "内容", "相談の内容"),
    LedgerField.ISSUES: ("課題", "課題分類", "相談分類", "分類", "相談種別", "課題の分類"),
    LedgerField.WORKER: ("担当者", "担当", "担当職員", "担当者名", "主担当"),
    LedgerField.STATUS: ("状況", "状態", "進捗", "ステータス", "対応状況", "支援状況"),
    LedgerField.CLOSED_ON: ("終結日", "終了日", "終結年月日"),
    LedgerField.CLOSURE_REASON: ("終結理由", "終了理由", "終結の理由"),
}
"""Headers recognised for each field (compared after NFKC, without spaces or brackets)."""

CHANNEL_SYNONYMS: dict[str, tuple[str, ...]] = {
    "visit": ("来所", "来庁", "窓口", "来所相談", "来訪"),
    "phone": ("電話", "tel", "電話相談"),
    "outreach": ("訪問", "アウトリーチ", "家庭訪問", "自宅訪問"),
    "agency_referral": ("関係機関", "紹介", "つなぎ", "関係機関から", "機関紹介", "庁内紹介"),
    "holiday_window": ("休日", "休日窓口", "休日相談"),
    "email": ("メール", "email", "eメール", "mail"),
    "other": ("その他", "文書", "手紙"),
}
CONSULTER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "client": ("本人",),
    "family": ("家族", "親族", "配偶者", "夫", "妻", "母", "父", "子", "息子", "娘", "兄弟"),
    "related_person": ("関係者", "民生委員", "近隣", "近所", "知人", "友人", "地域住民"),
    "agency": ("関係機関", "機関", "ケアマネ", "ケアマネジャー", "包括", "学校", "病院", "庁内"),
}
ISSUE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "elderly": ("高齢者",),
    "disability": ("障害", "障碍", "障がい者", "障害者"),
    "children": ("子供", "子育て", "児童"),
    "hikikomori": ("引きこもり", "引こもり"),
    "poverty": ("困窮", "経済的困窮", "経済", "生活苦"),
    "housing": ("住居", "住宅"),
    "employment": ("仕事", "就職", "就労支援"),
    "health": ("健康", "医療", "病気"),
    "domestic_violence": ("dv",),
    "multiple_debt": ("借金",),
    "household_budget": ("家計",),
}
CLOSURE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "independent": ("自立", "解決", "改善"),
    "handover": ("引継ぎ", "引継", "引き継ぎ", "他機関引継ぎ", "つなぎ"),
    "info_only": ("情報提供", "助言のみ", "情報提供で終了"),
    "moved": ("転出", "市外転出"),
    "deceased": ("死去", "逝去"),
    "lost_contact": ("連絡不通", "音信不通", "連絡取れず"),
    "client_request": ("本人希望", "本人の意向"),
}
SEX_SYNONYMS: dict[Sex, tuple[str, ...]] = {
    Sex.MALE: ("男", "男性", "m", "male"),
    Sex.FEMALE: ("女", "女性", "f", "female"),
    Sex.OTHER: ("その他",),
    Sex.UNDISCLOSED: ("不明", "回答しない", "無回答", "未回答"),
}
STATUS_SYNONYMS: dict[CaseStage, tuple[str, ...]] = {
    CaseStage.INTAKE: ("受付", "新規", "相談中", "対応中", "継続", "継続中", "相談受付"),
    CaseStage.ASSESSMENT: ("アセスメント", "課題分析", "振り分け"),
    CaseStage.REFERRAL: ("つなぎ中", "同行支援", "引継ぎ中"),
    CaseStage.PLAN_DRAFT: ("プラン作成中", "計画作成中"),
    CaseStage.SERVICE: ("支援中", "支援提供", "プラン実行中"),
    CaseStage.MONITORING: ("見守り", "経過観察", "モニタリング", "経過確認"),
    CaseStage.CLOSED: ("終結", "終了", "完了", "支援終了"),
}

_BRACKETS = re.compile(r"[()\[\]【】「」『』<>〈〉※*・:：/_.\-]")
_PAREN = re.compile(r"[(（][^)）]*[)）]")
_TIME_SUFFIX = re.compile(r"^(?P<day>.+?)\s+\d{1,2}:\d{2}(?::\d{2})?$")
_ISSUE_SPLIT = re.compile(r"[、,，;；/／\n・]+")
_PHONE_CHARS = re.compile(r"[0-9\-()+ ]+")


class LedgerProblem(NamedTuple):
    """One problem of the file: the row as Excel numbers it, the column, the reason."""

    row: int
    column: str
    reason: str


@dataclass(frozen=True, slots=True)
class MatchCandidate:
    """A person already known to the desk who may be the one on a row.

    ``name``, ``kana`` and ``birth_date`` are shown to the supervisor deciding (the same
    details intake's duplicate check shows); they never go to a log or the audit trail.
    """

    person_id: int
    case_numbers: tuple[str, ...]
    reasons: tuple[str, ...]
    name: str = ""
    kana: str = ""
    birth_date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class LedgerMatch:
    """A row whose person may already be known: a person decides (``decisions[row]``)."""

    row: int
    candidates: tuple[MatchCandidate, ...]
    notice: str = ""
    """Set when some matches are outside the user's scope (they cannot be picked)."""


_VERBATIM = {"verbatim": True}
"""Field metadata: the file's own text, never translated on the way to the screens (issue 11)."""


@dataclass(frozen=True, slots=True)
class LedgerAnalysis:
    """What :meth:`LedgerImportService.analyse` found in the file."""

    file_name: str
    format: str
    """``xlsx`` or ``csv``."""
    encoding: str | None
    """``utf-8-sig``, ``utf-8`` or ``cp932`` for CSV; None for xlsx."""
    sheet: str | None
    header_row: int
    columns: tuple[str, ...] = field(metadata=_VERBATIM)
    """The file's header cells, as written (the GUI sends them back in the mapping)."""
    proposed: dict[str, LedgerField] = field(metadata=_VERBATIM)
    """Column name → field, for the columns whose header was recognised."""
    sample_rows: tuple[tuple[str, ...], ...] = field(metadata=_VERBATIM)
    row_count: int
    """Data rows (blank rows not counted)."""

    @property
    def unmapped(self) -> tuple[str, ...]:
        """Columns without a proposed field."""
        return tuple(c for c in self.columns if c not in self.proposed)


@dataclass(frozen=True, slots=True)
class LedgerCheck:
    """The result of checking every row (:meth:`LedgerImportService.validate`)."""

    total_rows: int
    ready_rows: int
    """Rows without problems, not imported before, whose person needs no decision or has one."""
    already_imported: int
    problems: tuple[LedgerProblem, ...]
    matches: tuple[LedgerMatch, ...]
    undecided: tuple[int, ...]
    """Rows of :attr:`matches` still without a decision."""
    problem_rows: int

    @property
    def blocking(self) -> bool:
        """Whether an import of everything is refused (problems or undecided rows remain)."""
        return bool(self.problems or self.undecided)


@dataclass(frozen=True, slots=True)
class LedgerResult:
    """What :meth:`LedgerImportService.run` did."""

    check: LedgerCheck
    imported: int
    case_numbers: tuple[str, ...]
    refused: bool
    """Nothing was imported because problems or undecided rows remain (``only_valid`` off)."""
    dry_run: bool
    skipped: int = 0
    """Rows left out (problems or no decision) when ``only_valid`` was chosen."""


# --- reading the file -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Sheet:
    format: str
    encoding: str | None
    sheet: str | None
    rows: tuple[tuple[int, tuple[Any, ...]], ...]
    """(row number as the user sees it, cell values)."""


def _read_file(path: Path) -> _Sheet:
    if not path.is_file():
        raise KnownError(msg("ファイルが見つかりません: {name}", name=path.name))
    suffix = path.suffix.lower()
    if suffix in {".xlsx", ".xlsm"}:
        return _read_xlsx(path)
    if suffix in {".csv", ".txt"}:
        return _read_csv(path)
    if suffix == ".xls":
        raise KnownError(
            "Excel 97-2003 形式(.xls)は読めません。"
            "Excel で「.xlsx」形式か CSV で保存し直してください。"
        )
    raise KnownError("読めるのは .xlsx と .csv のファイルです。Excel で保存し直してください。")


def _read_xlsx(path: Path) -> _Sheet:
    from openpyxl import load_workbook  # noqa: PLC0415 - only the import needs openpyxl

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        log.info("ledger xlsx unreadable: %s", type(exc).__name__)
        raise KnownError(
            "Excel ファイルを読めません。ファイルが壊れていないか、パスワードが掛かっていないか"
            "確かめてください。"
        ) from None
    try:
        # The first sheet whose top rows hold a ledger's headers (a cover or notes sheet in
        # front of the ledger is passed over); else the first sheet.
        chosen: _Sheet | None = None
        for sheet in book.worksheets:
            rows = tuple(
                (number, tuple(values))
                for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
            )
            candidate = _Sheet("xlsx", None, sheet.title, rows)
            if _has_header(rows):
                return candidate
            chosen = chosen or candidate
        if chosen is None:
            raise KnownError("Excel ファイルにシートがありません。")
        return chosen
    finally:
        book.close()


def _read_csv(path: Path) -> _Sheet:
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
        text = raw.decode(encoding)
    else:
        try:
            encoding = "utf-8"
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            try:
                encoding = "cp932"
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                raise KnownError(
                    "CSV ファイルの文字コードを判定できません。"
                    "UTF-8 か Shift_JIS で保存し直してください。"
                ) from None
    first = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first and "," not in first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = tuple((number, tuple(values)) for number, values in enumerate(reader, start=1))
    return _Sheet("csv", encoding, None, rows)


def _cell_text(value: Any) -> str:
    """A cell as text: integers without ``.0``, dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _header_key(text: str) -> str:
    normalised = unicodedata.normalize("NFKC", text).casefold()
    normalised = re.sub(r"[(（][^)）]*[)）]", "", normalised)  # 生年月日(和暦)
    normalised = _BRACKETS.sub("", normalised)
    return "".join(normalised.split())


_HEADER_INDEX: dict[str, LedgerField] = {
    _header_key(synonym): ledger_field
    for ledger_field, synonyms in HEADER_SYNONYMS.items()
    for synonym in synonyms
}


def _recognise(header: str) -> LedgerField | None:
    return _HEADER_INDEX.get(_header_key(header))


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _has_header(rows: Sequence[tuple[int, tuple[Any, ...]]]) -> bool:
    """Whether one of the top rows holds two or more headers a ledger uses."""
    return any(
        sum(1 for v in values if (t := _cell_text(v)) and _recognise(t) is not None) >= 2
        for _number, values in rows[:HEADER_SCAN_ROWS]
    )


def _find_header(rows: Sequence[tuple[int, tuple[Any, ...]]]) -> int:
    """Index in ``rows`` of the header: the first of the top rows with 2+ known headers."""
    first_filled: int | None = None
    for index, (_number, values) in enumerate(rows[:HEADER_SCAN_ROWS]):
        texts = [_cell_text(v) for v in values]
        if first_filled is None and any(texts):
            first_filled = index
        if sum(1 for t in texts if t and _recognise(t) is not None) >= 2:
            return index
    if first_filled is None:
        raise KnownError("ファイルに表がありません。1行目に見出し、2行目から相談を並べてください。")
    return first_filled


def _columns(values: tuple[Any, ...]) -> tuple[str, ...]:
    names: list[str] = []
    seen: dict[str, int] = {}
    for index, value in enumerate(values):
        name = _cell_text(value).replace("\n", "") or msg(
            "列{letter}", letter=_column_letter(index)
        )
        count = seen.get(name, 0) + 1
        seen[name] = count
        names.append(name if count == 1 else f"{name}({count})")
    while names and names[-1].startswith("列") and not _cell_text(values[len(names) - 1]):
        names.pop()
    return tuple(names)


@dataclass(frozen=True, slots=True)
class _Table:
    sheet: _Sheet
    header_row: int
    columns: tuple[str, ...]
    data: tuple[tuple[int, tuple[Any, ...]], ...]


def _table(path: Path) -> _Table:
    sheet = _read_file(path)
    header_index = _find_header(sheet.rows)
    header_number, header_values = sheet.rows[header_index]
    columns = _columns(header_values)
    data = tuple(
        (number, values)
        for number, values in sheet.rows[header_index + 1 :]
        if any(_cell_text(v) for v in values)
    )
    return _Table(sheet, header_number, columns, data)


# --- checking rows --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Row:
    """One row after validation, ready to write."""

    row: int
    key: str
    received_on: dt.date
    family_name: str
    given_name: str
    family_kana: str
    given_kana: str
    birth_date: dt.date | None
    stated_age: int | None
    sex: Sex | None
    address: str
    area_id: int | None
    phone: str
    channel_code: str
    consulter_type_code: str
    concern: str
    issue_codes: tuple[str, ...]
    worker_id: int | None
    stage: CaseStage
    closed_on: dt.date | None
    closure_reason: str | None


@dataclass(slots=True)
class _Lookups:
    channels: dict[str, str]
    consulters: dict[str, str]
    issues: dict[str, str]
    closures: dict[str, str]
    labels: dict[str, list[str]]
    users: dict[str, int]
    stages: dict[str, CaseStage]
    sexes: dict[str, Sex]
    imported: set[str] = field(default_factory=set)
    areas: dict[str, int] = field(default_factory=dict)
    area_names: list[str] = field(default_factory=list)


def _lookups(s: Session) -> _Lookups:
    def picklist(list_name: str, synonyms: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
        result: dict[str, str] = {}
        items = s.execute(
            select(PicklistItem.code, PicklistItem.label, PicklistItem.parent_code)
            .where(PicklistItem.list_name == list_name, PicklistItem.active.is_(True))
            .order_by(PicklistItem.parent_code.is_not(None), PicklistItem.sort_order)
        ).all()
        codes = {code for code, _label, _parent in items}
        for code, text, _parent in items:
            result.setdefault(name_key(text), code)
            result.setdefault(name_key(code), code)
        for code, words in synonyms.items():
            if code in codes:
                for word in words:
                    result.setdefault(name_key(word), code)
        return result

    labels: dict[str, list[str]] = {}
    for list_name, text in s.execute(
        select(PicklistItem.list_name, PicklistItem.label)
        .where(PicklistItem.active.is_(True), PicklistItem.parent_code.is_(None))
        .order_by(PicklistItem.sort_order)
    ):
        labels.setdefault(list_name, []).append(text)
    users: dict[str, int] = {}
    for user_id, display_name, login in s.execute(
        select(User.id, User.display_name, User.login).order_by(User.active.desc(), User.id)
    ):
        users.setdefault(name_key(display_name), user_id)
        users.setdefault(name_key(login), user_id)
    stages: dict[str, CaseStage] = {}
    for stage, words in STATUS_SYNONYMS.items():
        stages.setdefault(name_key(label(stage)), stage)
        for word in words:
            stages.setdefault(name_key(word), stage)
    for stage in CaseStage:
        stages.setdefault(name_key(label(stage)), stage)
    areas: dict[str, int] = {}
    area_names: list[str] = []
    for area_id, code, area_name in s.execute(
        select(Area.id, Area.code, Area.name)
        .where(Area.active.is_(True))
        .order_by(Area.sort_order, Area.id)
    ):
        area_names.append(area_name)
        for word in (area_name, area_name.removesuffix("圏域"), code):
            if word:
                areas.setdefault(name_key(word), area_id)
    sexes = {name_key(word): sex for sex, words in SEX_SYNONYMS.items() for word in words}
    for sex in Sex:
        sexes.setdefault(name_key(label(sex)), sex)
    return _Lookups(
        channels=picklist("intake_channel", CHANNEL_SYNONYMS),
        consulters=picklist("consulter_type", CONSULTER_SYNONYMS),
        issues=picklist("issue_category", ISSUE_SYNONYMS),
        closures=picklist("closure_reason", CLOSURE_SYNONYMS),
        labels=labels,
        users=users,
        stages=stages,
        sexes=sexes,
        areas=areas,
        area_names=area_names,
    )


def _split_name(text: str) -> tuple[str, str]:
    parts = unicodedata.normalize("NFKC", text).split()
    if not parts:
        return "", ""
    return parts[0], " ".join(parts[1:])


def _row_key(cells: Mapping[LedgerField, str], received_on: dt.date | None) -> str:
    number = cells.get(LedgerField.LEDGER_NUMBER, "")
    if number:
        compact = "".join(unicodedata.normalize("NFKC", number).split())
        basis = f"no|{compact}|{received_on.isoformat() if received_on else ''}"
    else:
        parts = [
            f"{f.value}={' '.join(unicodedata.normalize('NFKC', cells[f]).split())}"
            for f in sorted(cells, key=lambda f: f.value)
            if cells[f]
        ]
        basis = "row|" + "|".join(parts)
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()


def _phone(raw: Any, text: str) -> tuple[str, str | None]:
    """The phone number to store and its problem (None if fine or blank)."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        text = str(int(raw))
        if len(text) in (9, 10):  # Excel dropped the leading 0 of a number typed as a number
            text = "0" + text
    normalised = unicodedata.normalize("NFKC", text).strip()
    if not normalised:
        return "", None
    normalised = re.sub(r"[‐‑‒–—―−ー]", "-", normalised)
    digits = phone_digits(normalised)
    if not _PHONE_CHARS.fullmatch(normalised) or not digits.startswith("0"):
        return normalised, "数字とハイフンで、0から始まる番号にしてください(例:03-1234-5678)。"
    if len(digits) not in (10, 11):
        return normalised, msg(
            "市外局番から10桁か11桁にしてください(今は{count}桁です)。", count=len(digits)
        )
    if len(normalised) > PHONE_MAX:
        return normalised, msg("{limit}文字以内にしてください。", limit=PHONE_MAX)
    return normalised, None


def _bad_chars(text: str, *, multiline: bool) -> bool:
    allowed = "\n\t\r" if multiline else ""
    return any(
        ch not in allowed and (unicodedata.category(ch) in {"Cc", "Cs"} or ch in "\u2028\u2029")
        for ch in text
    )


def _lookup(table: Mapping[str, str], text: str) -> str | None:
    """The code for a value, also without a note in brackets (「来所(窓口)」)."""
    return table.get(name_key(text)) or table.get(name_key(_PAREN.sub("", text)))


def _user(users: Mapping[str, int], text: str) -> int | None:
    """A user by display name or login; a surname alone if only one user has it."""
    key = name_key(_PAREN.sub("", text))
    if key in users:
        return users[key]
    found = {user_id for name, user_id in users.items() if key and name.startswith(key)}
    return found.pop() if len(found) == 1 else None


def _allowed(values: Sequence[str]) -> str:
    return join_list(values)


class _RowChecker:
    """Checks one row; collects problems instead of stopping at the first."""

    def __init__(
        self,
        lookups: _Lookups,
        columns: Mapping[LedgerField, int],
        names: tuple[str, ...],
        principal: Principal,
        today: dt.date,
    ) -> None:
        self._l = lookups
        self._columns = columns
        self._names = names
        self._principal = principal
        self._today = today
        self.problems: list[LedgerProblem] = []

    def _column(self, f: LedgerField) -> str:
        return self._names[self._columns[f]]

    def _problem(self, row: int, f: LedgerField, reason: str) -> None:
        self.problems.append(LedgerProblem(row, self._column(f), reason))

    def _date(
        self, row: int, cells: Mapping[LedgerField, str], f: LedgerField, *, future: bool
    ) -> dt.date | None:
        text = cells.get(f, "")
        with_time = _TIME_SUFFIX.match(unicodedata.normalize("NFKC", text).strip())
        try:
            return parse_optional_date(
                with_time["day"] if with_time else text,
                field=f.value,
                label=FIELD_LABELS[f],
                today=self._today,
                allow_future=future,
            )
        except ValidationError as exc:
            self._problem(row, f, msg("「{text}」：{problem}", text=text, problem=exc.problem))
            return None

    def _code(
        self,
        row: int,
        cells: Mapping[LedgerField, str],
        f: LedgerField,
        table: Mapping[str, str],
        list_name: str,
    ) -> str | None:
        text = cells.get(f, "")
        code = _lookup(table, text)
        if code is None:
            allowed = _allowed(self._l.labels.get(list_name, []))
            self._problem(
                row,
                f,
                msg(
                    "「{text}」は一覧にありません。次のどれかにしてください：{allowed}",
                    text=text,
                    allowed=allowed,
                ),
            )
        return code

    def check(self, row: int, raw: Mapping[LedgerField, Any]) -> _Row | None:
        before = len(self.problems)
        cells = {f: _cell_text(v) for f, v in raw.items()}
        F = LedgerField

        received_on = None
        if F.RECEIVED_ON in cells and not cells[F.RECEIVED_ON]:
            self._problem(row, F.RECEIVED_ON, "受付日が空欄です。受付日を入れてください。")
        else:
            received_on = self._date(row, cells, F.RECEIVED_ON, future=False)

        family, given = _split_name(cells.get(F.NAME, ""))
        if F.FAMILY_NAME in cells:
            family = unicodedata.normalize("NFKC", cells[F.FAMILY_NAME]).strip()
        if F.GIVEN_NAME in cells:
            given = unicodedata.normalize("NFKC", cells[F.GIVEN_NAME]).strip()
        name_field = F.NAME if F.NAME in self._columns else F.FAMILY_NAME
        if not family:
            self._problem(row, name_field, "氏名が空欄です。氏名を入れてください。")
        elif (
            len(family) > NAME_MAX
            or len(given) > NAME_MAX
            or _bad_chars(family + given, multiline=False)
        ):
            self._problem(row, name_field, "氏名が長すぎるか、使えない文字が含まれています。")

        family_kana, given_kana = _split_name(cells.get(F.KANA, ""))
        if F.FAMILY_KANA in cells:
            family_kana = cells[F.FAMILY_KANA]
        if F.GIVEN_KANA in cells:
            given_kana = cells[F.GIVEN_KANA]
        kana_field = F.KANA if F.KANA in self._columns else F.FAMILY_KANA
        try:
            family_kana = validate_kana(family_kana, field="", label="", required=False)
            given_kana = validate_kana(given_kana, field="", label="", required=False)
        except ValidationError as exc:
            self._problem(row, kana_field, exc.problem)

        birth = self._date(row, cells, F.BIRTH_DATE, future=False)
        if birth is not None and received_on is not None and birth > received_on:
            self._problem(row, F.BIRTH_DATE, "受付日より後の日付です。生年月日を確かめてください。")
            birth = None
        stated_age: int | None = None
        if cells.get(F.AGE):
            age_text = unicodedata.normalize("NFKC", cells[F.AGE]).removesuffix("歳").strip()
            if not age_text.isdigit() or int(age_text) > 130:
                self._problem(
                    row, F.AGE, msg("「{value}」は年齢として読めません。", value=cells[F.AGE])
                )
            else:
                stated_age = int(age_text)
            if stated_age is not None and birth is not None and received_on is not None:
                expected = age_on(birth, received_on)
                if abs(expected - int(age_text)) > 1:
                    self._problem(
                        row,
                        F.AGE,
                        msg(
                            "生年月日から数えると受付日に{expected}歳です。"
                            "年齢か生年月日を確かめてください。",
                            expected=expected,
                        ),
                    )

        sex = None
        if cells.get(F.SEX):
            sex = self._l.sexes.get(name_key(cells[F.SEX]))
            if sex is None:
                self._problem(
                    row,
                    F.SEX,
                    msg(
                        "「{value}」は性別として読めません。"
                        "男・女・その他・不明のどれかにしてください。",
                        value=cells[F.SEX],
                    ),
                )

        address = " ".join(unicodedata.normalize("NFKC", cells.get(F.ADDRESS, "")).split())
        if len(address) > ADDRESS_MAX:
            self._problem(row, F.ADDRESS, msg("{limit}文字以内にしてください。", limit=ADDRESS_MAX))

        area_id: int | None = None
        if cells.get(F.AREA):
            area_id = self._l.areas.get(name_key(cells[F.AREA]))
            if area_id is None:
                allowed = join_list(self._l.area_names)
                self._problem(
                    row,
                    F.AREA,
                    msg(
                        "「{value}」は圏域の一覧にありません。次のどれかにしてください：{allowed}",
                        value=cells[F.AREA],
                        allowed=allowed,
                    ),
                )

        phone, phone_problem = _phone(raw.get(F.PHONE), cells.get(F.PHONE, ""))
        if phone_problem:
            self._problem(row, F.PHONE, phone_problem)

        channel: str | None = "other"
        if F.CHANNEL in self._columns:
            if not cells.get(F.CHANNEL):
                allowed = _allowed(self._l.labels.get("intake_channel", []))
                self._problem(
                    row,
                    F.CHANNEL,
                    msg("相談経路が空欄です。次のどれかにしてください：{allowed}", allowed=allowed),
                )
                channel = None
            else:
                channel = self._code(row, cells, F.CHANNEL, self._l.channels, "intake_channel")

        consulter: str | None = "client"
        if cells.get(F.CONSULTER):
            consulter = self._code(row, cells, F.CONSULTER, self._l.consulters, "consulter_type")

        concern = cells.get(F.CONCERN, "").strip()
        if len(concern) > CONCERN_MAX:
            self._problem(
                row,
                F.CONCERN,
                msg(
                    "{limit}文字以内にしてください(今は{count}文字です)。",
                    limit=CONCERN_MAX,
                    count=len(concern),
                ),
            )
        elif _bad_chars(concern, multiline=True):
            self._problem(row, F.CONCERN, "使えない制御文字が含まれています。")

        issues: list[str] = []
        for word in _ISSUE_SPLIT.split(unicodedata.normalize("NFKC", cells.get(F.ISSUES, ""))):
            if not word.strip():
                continue
            code = self._l.issues.get(name_key(word))
            if code is None:
                allowed = _allowed(self._l.labels.get("issue_category", []))
                self._problem(
                    row,
                    F.ISSUES,
                    msg(
                        "「{word}」は課題の一覧にありません。次のどれかにしてください：{allowed}",
                        word=word.strip(),
                        allowed=allowed,
                    ),
                )
            elif code not in issues:
                issues.append(code)

        worker_id: int | None = self._principal.user_id
        if cells.get(F.WORKER):
            worker_id = _user(self._l.users, cells[F.WORKER])
            if worker_id is None:
                self._problem(
                    row,
                    F.WORKER,
                    msg(
                        "「{value}」という利用者がいません。利用者の管理で登録するか、"
                        "表示名と同じ書き方にしてください。",
                        value=cells[F.WORKER],
                    ),
                )

        closed_on = self._date(row, cells, F.CLOSED_ON, future=False)
        stage = CaseStage.CLOSED if closed_on is not None else CaseStage.INTAKE
        status_text = cells.get(F.STATUS, "")
        if status_text:
            found = self._l.stages.get(name_key(status_text))
            if found is None:
                self._problem(
                    row,
                    F.STATUS,
                    msg(
                        "「{status}」は状況として読めません。"
                        "「対応中」「支援中」「見守り」「終結」などにしてください。",
                        status=status_text,
                    ),
                )
            elif found is not CaseStage.CLOSED and closed_on is not None:
                self._problem(
                    row,
                    F.STATUS,
                    "終結日があるのに終結していない状況です。どちらかを直してください。",
                )
            else:
                stage = found
        if stage is CaseStage.CLOSED and closed_on is None and not cells.get(F.CLOSED_ON):
            target = F.CLOSED_ON if F.CLOSED_ON in self._columns else F.STATUS
            self._problem(row, target, "終結したケースです。終結日を入れてください。")
        if closed_on is not None and received_on is not None and closed_on < received_on:
            self._problem(row, F.CLOSED_ON, "受付日より前の日付です。終結日を確かめてください。")
        closure_reason: str | None = None
        if stage is CaseStage.CLOSED:
            if cells.get(F.CLOSURE_REASON):
                closure_reason = self._code(
                    row, cells, F.CLOSURE_REASON, self._l.closures, "closure_reason"
                )
            else:
                allowed = _allowed(self._l.labels.get("closure_reason", []))
                target = (
                    F.CLOSURE_REASON
                    if F.CLOSURE_REASON in self._columns
                    else (F.CLOSED_ON if F.CLOSED_ON in self._columns else F.STATUS)
                )
                self._problem(
                    row,
                    target,
                    msg("終結理由を入れてください。次のどれかです：{allowed}", allowed=allowed),
                )

        if len(self.problems) > before or received_on is None:
            return None
        assert channel is not None
        assert consulter is not None
        return _Row(
            row=row,
            key=_row_key(cells, received_on),
            received_on=received_on,
            family_name=family,
            given_name=given,
            family_kana=family_kana,
            given_kana=given_kana,
            birth_date=birth,
            stated_age=stated_age,
            sex=sex,
            address=address,
            area_id=area_id,
            phone=phone,
            channel_code=channel,
            consulter_type_code=consulter,
            concern=concern,
            issue_codes=tuple(issues),
            worker_id=worker_id,
            stage=stage,
            closed_on=closed_on,
            closure_reason=closure_reason,
        )


@dataclass(slots=True)
class _Checked:
    check: LedgerCheck
    ready: list[tuple[_Row, int | None]]
    """Rows to write, with the decided existing person (None: new person)."""


class LedgerImportService:
    """Import of an existing 相談台帳 (Excel or CSV): analyse → mapping → validate → run."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def analyse(self, principal: Principal, path: Path) -> LedgerAnalysis:
        """Read the file, find its header row and propose a mapping.

        Args:
            principal: the logged-in user (a 主任相談支援員: :func:`_require`).
            path: a ``.xlsx`` or ``.csv`` file.

        Returns:
            The format, encoding, header row, column names, proposed mapping and a few rows.

        Raises:
            PermissionDenied: the user may not import ledgers.
            KnownError: the file cannot be read (missing, ``.xls``, damaged, unknown encoding).
        """
        _require(principal, self._db)
        table = _table(path)
        proposed: dict[str, LedgerField] = {}
        for name in table.columns:
            found = _recognise(name)
            if found is not None and found not in proposed.values():
                proposed[name] = found
        samples = tuple(
            tuple(_cell_text(v) for v in values[: len(table.columns)])
            for _number, values in table.data[:SAMPLE_ROWS]
        )
        log.info("ledger analysed: %d columns, %d rows", len(table.columns), len(table.data))
        return LedgerAnalysis(
            file_name=path.name,
            format=table.sheet.format,
            encoding=table.sheet.encoding,
            sheet=table.sheet.sheet,
            header_row=table.header_row,
            columns=table.columns,
            proposed=proposed,
            sample_rows=samples,
            row_count=len(table.data),
        )

    def validate(
        self,
        principal: Principal,
        path: Path,
        mapping: Mapping[str, LedgerField],
        *,
        decisions: Mapping[int, int | None] | None = None,
        today: dt.date | None = None,
    ) -> LedgerCheck:
        """Check every row; nothing is written.

        Args:
            principal: the logged-in user.
            path: the file.
            mapping: column name (as :attr:`LedgerAnalysis.columns`) → field.
            decisions: row → the candidate person id (same person) or None (a new person).
            today: today's date (dates after it are problems).

        Returns:
            The counts, every problem, the rows whose person may already be known, and which of
            them still need a decision.

        Raises:
            PermissionDenied: the user may not import ledgers.
            ValidationError: the mapping names an unknown column, maps a field twice, or leaves
                out 受付日 or 氏名.
            KnownError: the file cannot be read.
        """
        _require(principal, self._db)
        return self._check(principal, path, mapping, decisions or {}, today).check

    def run(
        self,
        principal: Principal,
        path: Path,
        mapping: Mapping[str, LedgerField],
        *,
        decisions: Mapping[int, int | None] | None = None,
        only_valid: bool = False,
        dry_run: bool = False,
        today: dt.date | None = None,
    ) -> LedgerResult:
        """Import the rows in one transaction, or nothing.

        Args:
            principal: the logged-in user.
            path: the file.
            mapping: column name → field.
            decisions: row → the candidate person id (same person) or None (a new person).
            only_valid: import the valid, decided rows even though other rows have problems or
                wait for a decision (those are left out and counted in ``skipped``).
            dry_run: do everything, then roll it back (nothing is kept, nothing audited).
            today: today's date.

        Returns:
            The check, how many rows were imported (0 when ``refused``) and the new case
            numbers. Rows imported before (same key) are skipped and counted in
            ``check.already_imported``.

        Raises:
            PermissionDenied: the user may not import ledgers.
            ValidationError: a bad mapping (see :meth:`validate`).
            KnownError: the file cannot be read.
        """
        _require(principal, self._db)
        checked = self._check(principal, path, mapping, decisions or {}, today)
        check = checked.check
        if check.blocking and not only_valid:
            log.info(
                "ledger import refused: %d problems, %d undecided",
                len(check.problems),
                len(check.undecided),
            )
            return LedgerResult(check, 0, (), refused=True, dry_run=dry_run)
        skipped = check.total_rows - check.already_imported - len(checked.ready)
        numbers: list[str] = []
        try:
            with self._db.write() as s:
                numbers = _write(s, principal, checked.ready)
                audit.record(
                    s,
                    principal.user_id,
                    AuditAction.CREATE,
                    "ledger_import",
                    None,
                    detail={
                        "format": path.suffix.lower().lstrip("."),
                        "rows": check.total_rows,
                        "imported": len(numbers),
                        "already_imported": check.already_imported,
                        "skipped": skipped,
                        "problems": len(check.problems),
                        "existing_people": sum(1 for _r, p in checked.ready if p is not None),
                    },
                )
                if dry_run:
                    raise _DryRun
        except _DryRun:
            pass
        log.info(
            "ledger import %s: %d imported, %d already, %d skipped",
            "dry run" if dry_run else "done",
            len(numbers),
            check.already_imported,
            skipped,
        )
        return LedgerResult(
            check, len(numbers), tuple(numbers), refused=False, dry_run=dry_run, skipped=skipped
        )

    # --- internals ------------------------------------------------------------------------

    def _check(
        self,
        principal: Principal,
        path: Path,
        mapping: Mapping[str, LedgerField],
        decisions: Mapping[int, int | None],
        today: dt.date | None,
    ) -> _Checked:
        today = today or dt.date.today()
        table = _table(path)
        columns = _mapping_columns(table.columns, mapping)
        with self._db.read() as s:
            lookups = _lookups(s)
            checker = _RowChecker(lookups, columns, table.columns, principal, today)
            rows: list[_Row] = []
            first_of_key: dict[str, int] = {}
            has_number = LedgerField.LEDGER_NUMBER in columns
            for number, values in table.data:
                raw = {
                    f: values[index] if index < len(values) else None
                    for f, index in columns.items()
                }
                checked = checker.check(number, raw)
                if checked is None:
                    continue
                if checked.key in first_of_key:
                    by_number = has_number and bool(_cell_text(raw[LedgerField.LEDGER_NUMBER]))
                    what = "受付番号と受付日" if by_number else "内容"
                    column = (
                        table.columns[columns[LedgerField.LEDGER_NUMBER]]
                        if by_number
                        else _name_column(table.columns, columns)
                    )
                    checker.problems.append(
                        LedgerProblem(
                            number,
                            column,
                            msg(
                                "{row}行目と{what}が同じです(重複)。どちらか一方を消してください。",
                                row=first_of_key[checked.key],
                                what=what,
                            ),
                        )
                    )
                    continue
                first_of_key[checked.key] = number
                rows.append(checked)
            stored = _stored_keys(s, [r.key for r in rows])
            fresh = [r for r in rows if r.key not in stored]
            maybe_known = _maybe_known(s, fresh)
        already = len(rows) - len(fresh)

        intake = IntakeService(self._db)
        matches: list[LedgerMatch] = []
        undecided: list[int] = []
        ready: list[tuple[_Row, int | None]] = []
        for row in fresh:
            if row.row not in maybe_known:  # nobody shares a key: no candidates
                ready.append((row, None))
                continue
            found = intake.find_candidates(
                principal,
                row.family_name,
                row.given_name,
                row.family_kana,
                row.given_kana,
                row.birth_date.isoformat() if row.birth_date else "",
                row.phone,
                today=today,
            )
            if not found:
                ready.append((row, None))
                continue
            candidates = tuple(
                MatchCandidate(
                    c.person_id,
                    self._case_numbers(principal, c.person_id),
                    c.reasons,
                    name=c.name,
                    kana=c.kana,
                    birth_date=c.birth_date,
                )
                for c in found
                if c.person_id is not None
            )
            notice = "".join(c.notice for c in found if c.person_id is None)
            matches.append(LedgerMatch(row.row, candidates, notice))
            if row.row not in decisions:
                undecided.append(row.row)
                continue
            decided = decisions[row.row]
            if decided is not None and decided not in {c.person_id for c in candidates}:
                checker.problems.append(
                    LedgerProblem(
                        row.row,
                        _name_column(table.columns, columns),
                        "選んだ人はこの行の候補にありません。候補から選ぶか、新しい人にしてください。",
                    )
                )
                continue
            ready.append((row, decided))

        problems = tuple(sorted(checker.problems, key=lambda p: (p.row, p.column)))
        check = LedgerCheck(
            total_rows=len(table.data),
            ready_rows=len(ready),
            already_imported=already,
            problems=problems,
            matches=tuple(matches),
            undecided=tuple(undecided),
            problem_rows=len({p.row for p in problems}),
        )
        log.info(
            "ledger checked: %d rows, %d ready, %d already, %d problems, %d to decide",
            check.total_rows,
            check.ready_rows,
            check.already_imported,
            len(problems),
            len(undecided),
        )
        return _Checked(check, ready)

    def _case_numbers(self, principal: Principal, person_id: int) -> tuple[str, ...]:
        with self._db.read() as s:
            return tuple(
                s.scalars(
                    select(Case.case_number)
                    .where(Case.client_id == person_id, visible_cases(principal))
                    .order_by(Case.opened_on, Case.id)
                )
            )


IN_CHUNK = 2000
"""Values bound in one ``IN (…)`` (well under SQLite's and PostgreSQL's parameter limits)."""


def _chunks(values: Sequence[Any]) -> list[Sequence[Any]]:
    return [values[start : start + IN_CHUNK] for start in range(0, len(values), IN_CHUNK)]


def _stored_keys(s: Session, keys: Sequence[str]) -> set[str]:
    """The keys among ``keys`` that an earlier import stored."""
    stored: set[str] = set()
    for chunk in _chunks(sorted(set(keys))):
        stored.update(
            s.scalars(select(LedgerImportRow.key_hash).where(LedgerImportRow.key_hash.in_(chunk)))
        )
    return stored


def _maybe_known(s: Session, rows: Sequence[_Row]) -> set[int]:
    """Rows (numbers) for which a stored person shares one of intake's duplicate keys.

    A set-based first pass over the whole file with the keys of
    :meth:`IntakeService.find_candidates` (the whole name, the whole ふりがな, the phone digits,
    a surname with the birth date): a handful of indexed ``IN`` queries instead of one
    search per row. It may only say too much (any phone digits count here), never too
    little: the rows it names are then searched by ``find_candidates`` itself, which
    decides what is shown, so the candidates are exactly intake's.
    """
    keys = [
        (
            name_key(row.family_name + row.given_name) if row.given_name.strip() else "",
            name_key(row.family_kana + row.given_kana) if row.given_kana.strip() else "",
            phone_digits(row.phone),
            (name_key(row.family_name), name_key(row.family_kana)) if row.birth_date else ("", ""),
        )
        for row in rows
    ]
    found: list[set[str]] = [set(), set(), set()]
    for column, wanted, into in zip(
        (Person.name_key, Person.kana_key, Person.phone_digits),
        ({k[0] for k in keys}, {k[1] for k in keys}, {k[2] for k in keys}),
        found,
        strict=True,
    ):
        for chunk in _chunks(sorted(wanted - {""})):
            into.update(s.scalars(select(column).where(column.in_(chunk)).distinct()))
    births: set[tuple[int, str, dt.date | None]] = set()
    for which, column in enumerate((Person.family_name_key, Person.family_kana_key)):
        wanted = {k[3][which] for k in keys} - {""}
        for chunk in _chunks(sorted(wanted)):
            births.update(
                (which, key, birth)
                for key, birth in s.execute(
                    select(column, Person.birth_date)
                    .where(column.in_(chunk), Person.birth_date.is_not(None))
                    .distinct()
                )
            )
    return {
        row.row
        for row, (name, kana, digits, surnames) in zip(rows, keys, strict=True)
        if (name and name in found[0])
        or (kana and kana in found[1])
        or (digits and digits in found[2])
        or any(key and (which, key, row.birth_date) in births for which, key in enumerate(surnames))
    }


class _DryRun(Exception):
    """Raised inside the unit of work of a dry run so that everything is rolled back."""


def _require(principal: Principal, db: Database) -> None:
    """Importing a ledger creates, assigns and closes cases: a 主任相談支援員's rights."""
    require(principal, Action.CASE_REASSIGN, db)
    require(principal, Action.CASE_CREATE, db)
    require(principal, Action.CASE_CLOSE_APPROVE, db)


def _name_column(names: tuple[str, ...], columns: Mapping[LedgerField, int]) -> str:
    """The column of the name (氏名, or 氏名(姓) when the name is in two columns)."""
    name = LedgerField.NAME if LedgerField.NAME in columns else LedgerField.FAMILY_NAME
    return names[columns[name]]


def _mapping_columns(
    columns: tuple[str, ...], mapping: Mapping[str, LedgerField]
) -> dict[LedgerField, int]:
    result: dict[LedgerField, int] = {}
    for name, ledger_field in mapping.items():
        if name not in columns:
            raise ValidationError(
                "mapping", "列の対応", msg("「{name}」という列はファイルにありません。", name=name)
            )
        if ledger_field in result:
            raise ValidationError(
                "mapping",
                "列の対応",
                msg(
                    "「{field}」に二つの列が割り当てられています。一つにしてください。",
                    field=FIELD_LABELS[ledger_field],
                ),
            )
        result[LedgerField(ledger_field)] = columns.index(name)
    if LedgerField.RECEIVED_ON not in result:
        raise ValidationError("mapping", "列の対応", "「受付日」に当たる列を選んでください。")
    if LedgerField.NAME not in result and LedgerField.FAMILY_NAME not in result:
        raise ValidationError("mapping", "列の対応", "「氏名」に当たる列を選んでください。")
    return result


# --- writing --------------------------------------------------------------------------------


def _write(s: Session, principal: Principal, ready: Sequence[tuple[_Row, int | None]]) -> list[str]:
    """Write the rows; return the new case numbers in row order.

    Set-based: each table gets one multi-row INSERT (ids come back in row order through
    ``RETURNING``), each fiscal year's case numbers are taken as one block
    (:func:`allocate_serials`), the search documents are indexed together
    (:class:`search.BulkIndexer`), and the few decided existing people are looked up once
    each. The rows are the same as one intake per row would make.
    """
    stored = _stored_keys(s, [row.key for row, _existing in ready])
    todo = [(row, existing) for row, existing in ready if row.key not in stored]
    if not todo:
        return []
    now = dt.datetime.now().replace(microsecond=0)
    connection = s.connection()

    # People: the decided existing ones, then one new person per row (or per same person).
    known = _existing_people(s, principal, {e for _row, e in todo if e is not None})
    new_people: list[dict[str, Any]] = []
    person_of_row: list[int | tuple[int]] = []
    """An existing person id, or (index into new_people,)."""
    same_file: dict[tuple[str, str, dt.date], int] = {}
    for row, existing in todo:
        if existing is not None:
            person_of_row.append(existing)
            continue
        keys = person_keys(row.family_name, row.given_name, row.family_kana, row.given_kana)
        group = None
        if row.birth_date is not None:
            group = (keys["name_key"], keys["kana_key"], row.birth_date)
        if group is not None and group in same_file:
            person_of_row.append((same_file[group],))
            continue
        if group is not None:
            same_file[group] = len(new_people)
        person_of_row.append((len(new_people),))
        new_people.append(
            {
                "family_name": row.family_name,
                "given_name": row.given_name,
                "family_kana": row.family_kana,
                "given_kana": row.given_kana,
                "birth_date": row.birth_date,
                "sex": str(row.sex) if row.sex else None,
                "address": row.address,
                "area_id": row.area_id,
                "phone": row.phone,
                "phone_digits": phone_digits(row.phone),
                **keys,
            }
        )
    style = number_style(s)  # the desk's style of new case numbers
    new_ids = _insert_ids(connection, Person, new_people)
    homes = _insert_ids(
        connection,
        Household,
        [
            {"address": p["address"], "area_id": p["area_id"], "phone": p["phone"]}
            for p in new_people
        ],
    )
    _insert(
        connection,
        HouseholdMember,
        [
            {"household_id": home, "person_id": person, "relation_code": "client"}
            for person, home in zip(new_ids, homes, strict=True)
        ],
    )

    # Cases, numbered per fiscal year in row order from one block per year.
    years: dict[int, int] = {}
    for row, _existing in todo:
        fy = fiscal_year(row.received_on)
        years[fy] = years.get(fy, 0) + 1
    next_of_year = {fy: allocate_serials(s, fy, n) for fy, n in sorted(years.items())}
    teams = _teams(s, {row.worker_id for row, _e in todo if row.worker_id is not None})
    cases: list[dict[str, Any]] = []
    for (row, _existing), person in zip(todo, person_of_row, strict=True):
        if isinstance(person, tuple):
            index = person[0]
            client_id, household_id = new_ids[index], homes[index]
            area_id, kana_key, restricted = (
                new_people[index]["area_id"],
                new_people[index]["kana_key"],
                False,
            )
        else:
            found = known[person]
            client_id, household_id = person, found.household_id
            area_id, kana_key, restricted = found.area_id, found.kana_key, bool(found.access)
        fy = fiscal_year(row.received_on)
        serial = next_of_year[fy]
        next_of_year[fy] = serial + 1
        closed = row.stage is CaseStage.CLOSED
        cases.append(
            {
                "case_number": format_case_number(fy, serial, style),
                "fiscal_year": fy,
                "serial": serial,
                "client_id": client_id,
                "client_kana_key": kana_key or "",
                "household_id": household_id,
                "area_id": row.area_id or area_id,
                "stage": str(row.stage),
                "opened_on": row.received_on,
                "closed_on": row.closed_on if closed else None,
                "lead_worker_id": row.worker_id,
                "team_id": teams.get(row.worker_id) if row.worker_id is not None else None,
                "consent_status": str(ConsentStatus.UNCONFIRMED),
                "restricted": restricted,
                "last_contact_on": row.closed_on or row.received_on,
                "created_by_id": principal.user_id,
            }
        )
    case_ids = _insert_ids(connection, Case, cases)
    _insert(
        connection,
        CaseAccess,
        [
            {"case_id": case_id, "user_id": uid, "granted_by_id": principal.user_id}
            for case_id, person in zip(case_ids, person_of_row, strict=True)
            if not isinstance(person, tuple)
            for uid in known[person].access
        ],
    )

    # The contact slip, consent, closure, case issues, search text and import key of each.
    slip_ids = _insert_ids(
        connection,
        Consultation,
        [
            {
                "case_id": case_id,
                "received_at": dt.datetime.combine(row.received_on, dt.time(0, 0)),
                "channel_code": row.channel_code,
                "staff_id": row.worker_id,
                "consulter_type_code": row.consulter_type_code,
                "presenting_concern": row.concern,
                "issue_codes": list(row.issue_codes),
                "most_pressing_code": row.issue_codes[0] if row.issue_codes else None,
                "stated_age": row.stated_age,
            }
            for (row, _existing), case_id in zip(todo, case_ids, strict=True)
        ],
    )
    _insert(
        connection,
        Consent,
        [
            {
                "case_id": case_id,
                "status": str(ConsentStatus.UNCONFIRMED),
                "recorded_by_id": principal.user_id,
            }
            for case_id in case_ids
        ],
    )
    closures: list[dict[str, Any]] = []
    for (row, _existing), case_id in zip(todo, case_ids, strict=True):
        if row.stage is CaseStage.CLOSED:
            assert row.closed_on is not None
            assert row.closure_reason is not None
            closures.append(
                {
                    "case_id": case_id,
                    "closed_on": row.closed_on,
                    "reason_code": row.closure_reason,
                    "summary": IMPORTED_SUMMARY,
                    "status": str(ClosureStatus.APPROVED),
                    "requested_by_id": principal.user_id,
                    "approved_by_id": principal.user_id,
                    "approved_at": now,
                }
            )
    _insert(connection, Closure, closures)
    _insert(
        connection,
        CaseIssue,
        [
            {"case_id": case_id, "issue_code": code}
            for (row, _existing), case_id in zip(todo, case_ids, strict=True)
            for code in sorted({c for c in row.issue_codes if c})
        ],
    )
    _index_concerns(s, todo, slip_ids, case_ids)
    _insert(
        connection,
        LedgerImportRow,
        [
            {
                "key_hash": row.key,
                "consultation_id": slip_id,
                "imported_at": now,
                "imported_by_id": principal.user_id,
            }
            for (row, _existing), slip_id in zip(todo, slip_ids, strict=True)
        ],
    )
    return [case["case_number"] for case in cases]


_BATCH = {"insertmanyvalues_page_size": 100}
"""Rows per multi-row INSERT on PostgreSQL: psycopg parses short statements once and reuses
them (1,000-row statements are parsed anew each time, about 20 % slower overall). SQLite
takes the rows through ``executemany`` and ignores it."""


def _insert(connection: Connection, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """One multi-row INSERT of ``rows`` into the model's table (column defaults applied)."""
    if rows:
        connection.execute(insert(cast(Table, model.__table__)), rows, execution_options=_BATCH)


def _insert_ids(connection: Connection, model: type[Base], rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` and return their new ids in the order of ``rows``.

    PostgreSQL returns them from batched multi-row INSERTs (SQLAlchemy orders them by a
    sentinel). SQLite does not promise the order of ``RETURNING`` rows, and SQLAlchemy would
    fall back to one INSERT per row; but this transaction is the only writer (BEGIN
    IMMEDIATE) and SQLite gives each new row a larger id than any before it, so one
    ``executemany`` followed by reading the ids above the previous largest, in order, is
    exact.
    """
    if not rows:
        return []
    table = cast(Table, model.__table__)
    if connection.dialect.name != "sqlite":
        result = connection.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True),
            rows,
            execution_options=_BATCH,
        )
        return list(result.scalars())
    before = connection.scalar(select(func.coalesce(func.max(table.c.id), 0)))
    connection.execute(insert(table), rows)
    ids = list(
        connection.scalars(select(table.c.id).where(table.c.id > before).order_by(table.c.id))
    )
    if len(ids) != len(rows):  # pragma: no cover - another writer inside our transaction
        raise RuntimeError(f"{table.name}: {len(ids)} new ids for {len(rows)} rows")
    return ids


@dataclass(frozen=True, slots=True)
class _Existing:
    """A decided existing person: where their new cases go and who may see them."""

    household_id: int
    area_id: int | None
    kana_key: str
    access: tuple[int, ...]
    """Users named on the new cases (the person has restricted cases), else empty."""


def _existing_people(s: Session, principal: Principal, ids: set[int]) -> dict[int, _Existing]:
    """Each decided existing person, looked up once however many rows name them."""
    result: dict[int, _Existing] = {}
    for person_id in sorted(ids):
        person = s.get_one(Person, person_id)
        household_id = _household_of(s, person.id) or _new_household(s, person)
        restricted_from = list(
            s.scalars(select(Case.id).where(Case.client_id == person.id, Case.restricted.is_(True)))
        )
        access: tuple[int, ...] = ()
        if restricted_from:
            users = set(
                s.scalars(select(CaseAccess.user_id).where(CaseAccess.case_id.in_(restricted_from)))
            )
            users.add(principal.user_id)
            access = tuple(sorted(users))
        result[person_id] = _Existing(household_id, person.area_id, person.kana_key, access)
    return result


def _teams(s: Session, user_ids: set[int]) -> dict[int, int | None]:
    """The team of each user."""
    if not user_ids:
        return {}
    return {
        user_id: team_id
        for user_id, team_id in s.execute(
            select(User.id, User.team_id).where(User.id.in_(sorted(user_ids)))
        )
    }


def _index_concerns(
    s: Session,
    todo: Sequence[tuple[_Row, int | None]],
    slip_ids: Sequence[int],
    case_ids: Sequence[int],
) -> None:
    """Index the slips' concerns together: one INSERT and one full-text pass (BulkIndexer)."""
    documents = [
        {"kind": "consultation", "record_id": slip_id, "case_id": case_id, "tokens": tokens}
        for (row, _existing), slip_id, case_id in zip(todo, slip_ids, case_ids, strict=True)
        if row.concern and (tokens := index_text(row.concern))
    ]
    if not documents:
        return
    connection = s.connection()
    # A left-over document of a reused slip id would be replaced, as index_document does.
    for chunk in _chunks([d["record_id"] for d in documents]):
        connection.execute(
            delete(SearchDocument).where(
                SearchDocument.kind == "consultation", SearchDocument.record_id.in_(chunk)
            )
        )
    indexer = search.BulkIndexer(connection.dialect.name)
    indexer.begin(connection)
    ids = _insert_ids(connection, SearchDocument, documents)
    indexer.finish(connection, min(ids), max(ids))


def _household_of(s: Session, person_id: int) -> int | None:
    latest = s.scalars(
        select(Case.household_id)
        .where(Case.client_id == person_id, Case.household_id.is_not(None))
        .order_by(Case.opened_on.desc(), Case.id.desc())
        .limit(1)
    ).first()
    if latest is not None:
        return latest
    return s.scalars(
        select(HouseholdMember.household_id)
        .where(HouseholdMember.person_id == person_id)
        .order_by(HouseholdMember.id.desc())
        .limit(1)
    ).first()


def _new_household(s: Session, person: Person) -> int:
    household = Household(address=person.address, area_id=person.area_id, phone=person.phone)
    s.add(household)
    s.flush()
    s.add(HouseholdMember(household_id=household.id, person_id=person.id, relation_code="client"))
    s.flush()
    return household.id
