"""Demo data: a deterministic, realistic and wholly synthetic caseload.

:func:`build_demo` fills a new, migrated database that holds the reference data with staff
accounts, households, cases in every stage of the desk's flow (design.md §2), contact slips,
consents, assessments, referrals, support plans, meetings, progress notes, monitoring reviews
and closures, and the search index over the free text. The demo shows the program with a
realistic caseload, and the benchmark (design.md §7) runs on ``build_demo(cases=100_000)``.

Everything is invented: names are drawn from lists of common surnames and given names,
addresses are made-up numbers in the sample area's towns, and phone numbers use the
never-assigned ``0000``/``000`` exchanges. The same ``seed`` and ``today`` give the same
database, row for row (timestamps are derived from the data, never from the clock; only the
final audit event carries the time of the build).

The generator is fast enough for 100,000 cases (two million notes): rows are plain dicts with
ids assigned here, written in chunks of :data:`CHUNK_CASES` cases per transaction (on SQLite
with the driver's ``executemany``, elsewhere with Core ``insert``); free text is built from
templates sentence by sentence, and the search tokens of each distinct sentence are computed
once. On SQLite the full-text table is filled with one ``INSERT … SELECT`` per chunk instead
of one trigger call per row, and a second thread generates the next chunk while SQLite
indexes and commits the current one.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import logging
import operator
import queue
import random
import re
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, Final

from argon2 import PasswordHasher
from sqlalchemy import Connection, Table, func, insert, select
from sqlalchemy.orm import Session

from welfaredesk import paths
from welfaredesk.domain.case_number import format_case_number
from welfaredesk.domain.dates import fiscal_year
from welfaredesk.domain.enums import (
    Achievement,
    AgendaDecision,
    AgendaPurpose,
    AuditAction,
    CaseStage,
    ClosureStatus,
    ConsentMethod,
    ConsentStatus,
    InformationSource,
    MeetingKind,
    MeetingStatus,
    MonitoringDecision,
    PlanStatus,
    ReferralMethod,
    ReferralStatus,
    Role,
    SharedInfo,
    SharingBasis,
    TriageDecision,
)
from welfaredesk.domain.errors import KnownError
from welfaredesk.domain.search_text import index_text
from welfaredesk.services import audit
from welfaredesk.services.access import RESTRICT
from welfaredesk.services.lookups import person_keys, phone_digits
from welfaredesk.storage import search
from welfaredesk.storage.copy import advance_sequences
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import (
    Agency,
    AgendaItem,
    Area,
    Assessment,
    AssessmentItem,
    Case,
    CaseAccess,
    CaseIssue,
    CaseNumberCounter,
    CaseRestriction,
    Closure,
    Consent,
    Consultation,
    Household,
    HouseholdMember,
    Meeting,
    MeetingAttendee,
    MonitoringReview,
    Person,
    PicklistItem,
    PlanItem,
    ProgressNote,
    Referral,
    ReviewItem,
    SearchDocument,
    SupportPlan,
    Team,
    User,
)

log = logging.getLogger(__name__)

DEMO_LOGIN: Final = "demo"
"""The demo's login: a 主任相談支援員 (supervisor), who sees every case."""

DEMO_PASSWORD: Final = "demo-password-2025"
"""The password of every demo account."""

DEMO_ADMIN_LOGIN: Final = "demo-admin"
"""The demo's system administrator (same password): user administration, backups."""

CHUNK_CASES: Final = 2500
"""Cases generated and committed per transaction (and per progress report)."""

_BATCH_ROWS: Final = 10_000
"""Rows per ``executemany`` call."""

_SQLITE_CACHE_KIB: Final = 256 * 1024
"""SQLite page cache while the demo is written (the indexes are updated in random order)."""

_CHECKPOINT_EVERY: Final = 4
"""Chunks after which the writer lets the WAL checkpoint catch up (SQLite)."""

_YEARS_BACK: Final = 2
"""Cases open from April 1 of the fiscal year this many years before today's."""


@dataclass(frozen=True, slots=True)
class DemoResult:
    """What :func:`build_demo` created.

    Attributes:
        teams: team rows.
        users: staff accounts (all with :data:`DEMO_PASSWORD`).
        people: people (clients and household members).
        households: households.
        household_members: household member rows.
        cases: cases.
        restricted_cases: cases with 閲覧制限 (DV), each with its ``case_access`` rows and one
            ``case_restriction`` row (the reason).
        case_access: ``case_access`` rows.
        consultations: contact slips (連絡票), one per case.
        consents: consent rows, one per case.
        assessments: assessments.
        assessment_items: cells of the household issue matrices.
        referrals: referrals and accompanied hand-overs.
        support_plans: support plan versions.
        plan_items: rows of the support plans.
        meetings: meetings of every kind.
        meeting_attendees: meeting attendees.
        agenda_items: cases on meeting agendas.
        notes: progress notes.
        monitoring_reviews: monitoring reviews (done and due).
        closures: closures.
        search_documents: indexed texts (contact slips and notes).
        stages: the number of cases per stage, in the order of :class:`CaseStage`.
        fiscal_years: ``(fiscal year, last serial)`` of each fiscal year with cases.
        demo_login: the login to try the demo with.
        demo_password: its password.
    """

    teams: int
    users: int
    people: int
    households: int
    household_members: int
    cases: int
    restricted_cases: int
    case_access: int
    consultations: int
    consents: int
    assessments: int
    assessment_items: int
    referrals: int
    support_plans: int
    plan_items: int
    meetings: int
    meeting_attendees: int
    agenda_items: int
    notes: int
    monitoring_reviews: int
    closures: int
    search_documents: int
    stages: tuple[tuple[CaseStage, int], ...]
    fiscal_years: tuple[tuple[int, int], ...]
    demo_login: str = DEMO_LOGIN
    demo_password: str = DEMO_PASSWORD

    def counts(self) -> dict[str, int]:
        """The row counts by name (for logs and the audit event: counts only)."""
        return {
            "teams": self.teams,
            "users": self.users,
            "people": self.people,
            "households": self.households,
            "household_members": self.household_members,
            "cases": self.cases,
            "restricted_cases": self.restricted_cases,
            "case_access": self.case_access,
            "consultations": self.consultations,
            "consents": self.consents,
            "assessments": self.assessments,
            "assessment_items": self.assessment_items,
            "referrals": self.referrals,
            "support_plans": self.support_plans,
            "plan_items": self.plan_items,
            "meetings": self.meetings,
            "meeting_attendees": self.meeting_attendees,
            "agenda_items": self.agenda_items,
            "notes": self.notes,
            "monitoring_reviews": self.monitoring_reviews,
            "closures": self.closures,
            "search_documents": self.search_documents,
        }


# =============================================================================================
# Synthetic names
# =============================================================================================

# (surname, reading, relative frequency). Common surnames, plus the variant kanji forms that
# name folding must match (髙橋/高橋, 山﨑/山崎, 渡邉/渡辺, 齋藤/斎藤 ...).
_SURNAMES: Final[tuple[tuple[str, str, int], ...]] = (
    ("佐藤", "サトウ", 30),
    ("鈴木", "スズキ", 28),
    ("高橋", "タカハシ", 22),
    ("田中", "タナカ", 21),
    ("伊藤", "イトウ", 18),
    ("渡辺", "ワタナベ", 17),
    ("山本", "ヤマモト", 17),
    ("中村", "ナカムラ", 16),
    ("小林", "コバヤシ", 16),
    ("加藤", "カトウ", 14),
    ("吉田", "ヨシダ", 13),
    ("山田", "ヤマダ", 13),
    ("佐々木", "ササキ", 12),
    ("山口", "ヤマグチ", 11),
    ("松本", "マツモト", 11),
    ("井上", "イノウエ", 10),
    ("木村", "キムラ", 10),
    ("林", "ハヤシ", 9),
    ("斎藤", "サイトウ", 9),
    ("清水", "シミズ", 9),
    ("山崎", "ヤマザキ", 8),
    ("森", "モリ", 8),
    ("池田", "イケダ", 8),
    ("橋本", "ハシモト", 8),
    ("阿部", "アベ", 8),
    ("石川", "イシカワ", 7),
    ("山下", "ヤマシタ", 7),
    ("中島", "ナカジマ", 7),
    ("石井", "イシイ", 7),
    ("小川", "オガワ", 7),
    ("前田", "マエダ", 7),
    ("岡田", "オカダ", 7),
    ("長谷川", "ハセガワ", 7),
    ("藤田", "フジタ", 6),
    ("後藤", "ゴトウ", 6),
    ("近藤", "コンドウ", 6),
    ("村上", "ムラカミ", 6),
    ("遠藤", "エンドウ", 6),
    ("青木", "アオキ", 6),
    ("坂本", "サカモト", 6),
    ("斉藤", "サイトウ", 5),
    ("福田", "フクダ", 5),
    ("太田", "オオタ", 5),
    ("西村", "ニシムラ", 5),
    ("藤井", "フジイ", 5),
    ("金子", "カネコ", 5),
    ("岡本", "オカモト", 5),
    ("藤原", "フジワラ", 5),
    ("中野", "ナカノ", 5),
    ("三浦", "ミウラ", 5),
    ("原田", "ハラダ", 5),
    ("中川", "ナカガワ", 5),
    ("松田", "マツダ", 5),
    ("竹内", "タケウチ", 4),
    ("小野", "オノ", 4),
    ("田村", "タムラ", 4),
    ("中山", "ナカヤマ", 4),
    ("和田", "ワダ", 4),
    ("石田", "イシダ", 4),
    ("森田", "モリタ", 4),
    ("上田", "ウエダ", 4),
    ("原", "ハラ", 4),
    ("内田", "ウチダ", 4),
    ("柴田", "シバタ", 4),
    ("酒井", "サカイ", 4),
    ("宮崎", "ミヤザキ", 4),
    ("横山", "ヨコヤマ", 4),
    ("高木", "タカギ", 4),
    ("安藤", "アンドウ", 4),
    ("宮本", "ミヤモト", 4),
    ("大野", "オオノ", 4),
    ("小島", "コジマ", 3),
    ("谷口", "タニグチ", 3),
    ("今井", "イマイ", 3),
    ("工藤", "クドウ", 3),
    ("高田", "タカダ", 3),
    ("増田", "マスダ", 3),
    ("丸山", "マルヤマ", 3),
    ("杉山", "スギヤマ", 3),
    ("村田", "ムラタ", 3),
    ("大塚", "オオツカ", 3),
    ("小山", "コヤマ", 3),
    ("平野", "ヒラノ", 3),
    ("菅原", "スガワラ", 3),
    ("久保", "クボ", 3),
    ("松井", "マツイ", 3),
    ("千葉", "チバ", 3),
    ("岩崎", "イワサキ", 3),
    ("桜井", "サクライ", 3),
    ("野口", "ノグチ", 3),
    ("髙橋", "タカハシ", 3),
    ("山﨑", "ヤマザキ", 2),
    ("渡邉", "ワタナベ", 3),
    ("渡邊", "ワタナベ", 2),
    ("齋藤", "サイトウ", 3),
    ("齊藤", "サイトウ", 1),
    ("濱田", "ハマダ", 2),
    ("澤田", "サワダ", 2),
    ("廣瀬", "ヒロセ", 2),
    ("島田", "シマダ", 3),
    ("嶋田", "シマダ", 1),
)

# Given names by sex and birth cohort (born before 1958, 1958-1992, after 1992).
_GIVEN_NAMES: Final[dict[tuple[str, int], tuple[tuple[str, str], ...]]] = {
    ("male", 0): (
        ("清", "キヨシ"),
        ("茂", "シゲル"),
        ("勇", "イサム"),
        ("博", "ヒロシ"),
        ("実", "ミノル"),
        ("進", "ススム"),
        ("武", "タケシ"),
        ("修", "オサム"),
        ("昭", "アキラ"),
        ("正", "タダシ"),
        ("勝", "マサル"),
        ("和夫", "カズオ"),
        ("正夫", "マサオ"),
        ("幸雄", "ユキオ"),
        ("義雄", "ヨシオ"),
        ("三郎", "サブロウ"),
        ("徹", "トオル"),
        ("稔", "ミノル"),
    ),
    ("male", 1): (
        ("誠", "マコト"),
        ("浩", "ヒロシ"),
        ("健一", "ケンイチ"),
        ("隆", "タカシ"),
        ("哲也", "テツヤ"),
        ("剛", "ツヨシ"),
        ("直樹", "ナオキ"),
        ("大輔", "ダイスケ"),
        ("拓也", "タクヤ"),
        ("和也", "カズヤ"),
        ("聡", "サトシ"),
        ("健太", "ケンタ"),
        ("達也", "タツヤ"),
        ("秀樹", "ヒデキ"),
        ("学", "マナブ"),
        ("浩二", "コウジ"),
        ("雄一", "ユウイチ"),
        ("賢治", "ケンジ"),
    ),
    ("male", 2): (
        ("翔太", "ショウタ"),
        ("大輝", "ダイキ"),
        ("蓮", "レン"),
        ("悠斗", "ユウト"),
        ("陽翔", "ハルト"),
        ("湊", "ミナト"),
        ("颯太", "ソウタ"),
        ("大和", "ヤマト"),
        ("拓海", "タクミ"),
        ("海斗", "カイト"),
        ("陸", "リク"),
        ("悠真", "ユウマ"),
        ("翼", "ツバサ"),
        ("樹", "イツキ"),
        ("健人", "ケント"),
        ("蒼", "アオイ"),
    ),
    ("female", 0): (
        ("和子", "カズコ"),
        ("幸子", "サチコ"),
        ("節子", "セツコ"),
        ("洋子", "ヨウコ"),
        ("弘子", "ヒロコ"),
        ("京子", "キョウコ"),
        ("恵子", "ケイコ"),
        ("美智子", "ミチコ"),
        ("久子", "ヒサコ"),
        ("文子", "フミコ"),
        ("千代子", "チヨコ"),
        ("静江", "シズエ"),
        ("トミ", "トミ"),
        ("キヨ", "キヨ"),
        ("君子", "キミコ"),
        ("栄子", "エイコ"),
        ("昌子", "マサコ"),
    ),
    ("female", 1): (
        ("由美子", "ユミコ"),
        ("真由美", "マユミ"),
        ("直美", "ナオミ"),
        ("久美子", "クミコ"),
        ("明美", "アケミ"),
        ("智子", "トモコ"),
        ("陽子", "ヨウコ"),
        ("裕子", "ユウコ"),
        ("美穂", "ミホ"),
        ("恵", "メグミ"),
        ("香織", "カオリ"),
        ("愛", "アイ"),
        ("麻衣", "マイ"),
        ("典子", "ノリコ"),
        ("理恵", "リエ"),
        ("亜希子", "アキコ"),
        ("さゆり", "サユリ"),
    ),
    ("female", 2): (
        ("陽菜", "ヒナ"),
        ("結衣", "ユイ"),
        ("美咲", "ミサキ"),
        ("葵", "アオイ"),
        ("凛", "リン"),
        ("花", "ハナ"),
        ("結菜", "ユイナ"),
        ("さくら", "サクラ"),
        ("芽依", "メイ"),
        ("莉子", "リコ"),
        ("彩花", "アヤカ"),
        ("七海", "ナナミ"),
        ("心春", "コハル"),
        ("紬", "ツムギ"),
        ("楓", "カエデ"),
        ("澪", "ミオ"),
    ),
}

# Staff of the demo desk: (login, name, kana, role, staff role code, team index or None).
_STAFF: Final[tuple[tuple[str, str, str, Role, str, int | None], ...]] = (
    (DEMO_LOGIN, "大橋　美和", "オオハシ ミワ", Role.SUPERVISOR, "chief_counselor", 0),
    ("demo-suishin1", "北村　智也", "キタムラ トモヤ", Role.COORDINATOR, "coordinator", 0),
    ("demo-suishin2", "三宅　さやか", "ミヤケ サヤカ", Role.COORDINATOR, "coordinator", 1),
    ("demo-soudan1", "東　健太郎", "アズマ ケンタロウ", Role.COUNSELOR, "counselor", 0),
    ("demo-soudan2", "関口　彩", "セキグチ アヤ", Role.COUNSELOR, "counselor", 1),
    ("demo-soudan3", "野村　翔", "ノムラ ショウ", Role.COUNSELOR, "counselor", 0),
    ("demo-kakei1", "片山　恵美", "カタヤマ エミ", Role.COUNSELOR, "budget_counselor", 1),
    ("demo-jimukyoku", "川村　直人", "カワムラ ナオト", Role.SECRETARIAT, "secretariat", None),
    (DEMO_ADMIN_LOGIN, "松岡　亮", "マツオカ リョウ", Role.ADMIN, "system_admin", None),
)

_TEAMS: Final = ("西部チーム(西・中央西・中央圏域)", "東部チーム(中央東・東圏域)")
_TEAM_OF_AREA: Final = {"west": 0, "central_west": 0, "central": 0, "central_east": 1, "east": 1}

_CITY: Final = "小平市"
_BUILDINGS: Final = (
    "ハイツ欅",
    "コーポ若葉",
    "メゾン花園",
    "グリーンハイツ",
    "さくら荘",
    "ひかり荘",
)
_FULLWIDTH_DIGITS: Final = str.maketrans("0123456789", "０１２３４５６７８９")
_TOWN_PATTERN: Final = re.compile(r"(?P<name>.+?)(?P<lo>[0-9]+)(?:[～~](?P<hi>[0-9]+))?丁目")


# =============================================================================================
# Scenarios: the kinds of household the desk sees, with their texts
# =============================================================================================

Member = tuple[str, str, int, tuple[str, ...], bool]
"""A household member: relation code, sex, age at intake, situation codes, lives together."""


@dataclass(frozen=True, slots=True)
class _PlanItemTemplate:
    """A row of a scenario's support plan: issue, goal, action, agency, frequency, funding."""

    issue: str
    goal: str
    action: str
    agency_issue: str
    frequency: str
    funding: str


@dataclass(frozen=True, slots=True)
class _Scenario:
    """One kind of household: weights, codes and text templates (``{name}`` slots)."""

    key: str
    weight: int
    issues: tuple[str, ...]
    extra_issues: tuple[str, ...]
    complex_p: float
    economic_p: float
    urgent_p: float
    no_consent_factor: float
    channels: tuple[tuple[str, int], ...]
    consulters: tuple[tuple[str, int], ...]
    agency_issues: tuple[str, ...]
    programmes: tuple[str, ...]
    funding: str
    concerns: tuple[str, ...]
    details: tuple[str, ...]
    topics: tuple[str, ...]
    strengths: tuple[str, ...]
    risks: tuple[str, ...]
    wishes: tuple[str, ...]
    goals: tuple[str, ...]
    short_goals: tuple[str, ...]
    plan_items: tuple[_PlanItemTemplate, ...]
    referral_purposes: tuple[str, ...]
    closure_reasons: tuple[tuple[str, int], ...]


_PAIR_FIELDS: Final = frozenset({"channels", "consulters", "closure_reasons"})


def _load_scenarios() -> tuple[_Scenario, ...]:
    """The scenarios of ``db/demo/scenarios.json`` (data, not code: 700 lines of templates)."""
    raw = json.loads((paths.db_dir() / "demo" / "scenarios.json").read_text(encoding="utf-8"))
    scenarios = []
    for entry in raw["scenarios"]:
        values: dict[str, Any] = {}
        for spec in fields(_Scenario):
            value = entry[spec.name]
            if spec.name == "plan_items":
                value = tuple(_PlanItemTemplate(**item) for item in value)
            elif spec.name in _PAIR_FIELDS:
                value = tuple((str(code), int(weight)) for code, weight in value)
            elif isinstance(value, list):
                value = tuple(value)
            values[spec.name] = value
        scenarios.append(_Scenario(**values))
    return tuple(scenarios)


_SCENARIOS: Final[tuple[_Scenario, ...]] = _load_scenarios()

_CLOSINGS: Final = (
    "今後の生活について相談したいとのこと。",
    "どこに相談したらよいか分からず、窓口に来たとのこと。",
    "世帯全体への支援を希望している。",
    "まずは話を聞いてほしいとのこと。",
)

# Progress note sentences by note method. {A}: an agency of the case, {R}: a programme.
_METHOD_SENTENCES: Final[dict[str, tuple[str, ...]]] = {
    "interview": (
        "本人が来所し、面談した。",
        "窓口で本人と面談した。",
        "家族が来所し、近況を聞き取った。",
        "本人と面談し、前回からの変化を確認した。",
    ),
    "phone": (
        "本人から電話があった。",
        "本人に電話し、近況を確認した。",
        "家族から電話で相談があった。",
        "電話で体調と生活の様子を確認した。",
    ),
    "home_visit": (
        "自宅を訪問した。",
        "自宅を訪問し、本人と面会した。",
        "自宅を訪問したが不在だったため、不在連絡票を投函した。",
        "{A}の担当者と自宅を訪問した。",
    ),
    "accompanied_referral": ("{A}へ本人に同行した。", "{A}の窓口へ同行し、手続きを支援した。"),
    "agency_liaison": (
        "{A}の担当者と電話で情報を共有した。",
        "{A}から近況の連絡があった。",
        "{A}に支援の状況を問い合わせた。",
    ),
    "meeting": ("{A}を交えてケース会議を行った。", "支援調整会議でケースの状況を報告した。"),
    "information": ("{R}の制度について情報提供した。", "{R}の利用方法を説明した。"),
    "mail_document": ("{A}へ書類を送付した。", "本人あてに手続きの案内文書を郵送した。"),
}

_FOLLOW_UPS: Final = (
    "次回は2週間後に訪問する予定。",
    "引き続き見守りを続ける。",
    "主任相談支援員に報告した。",
    "状況に変化があれば連絡をもらうこととした。",
    "次回の面談で改めて意向を確認する。",
)

_NEXT_ACTIONS: Final = (
    "来週もう一度電話する",
    "次回の訪問日を調整する",
    "関係機関に状況を確認する",
    "必要な書類をそろえてもらう",
    "主任相談支援員と方針を確認する",
)

_INTAKE_SENTENCES: Final = (
    "初回の相談を受け付け、連絡票を作成した。",
    "主訴と世帯の状況を聞き取った。",
    "相談を受け付け、今後の流れを説明した。",
)
_ASSESSMENT_SENTENCES: Final = (
    "課題分析のため、世帯の状況を改めて聞き取った。",
    "アセスメントを行い、世帯全体の課題を整理した。",
)
_REVIEW_SENTENCES: Final = (
    "経過確認のため、支援の実施状況を関係機関に確認した。",
    "プランの目標の達成状況を本人と振り返った。",
)
_CLOSURE_SENTENCES: Final = {
    "independent": "生活が安定したため、本人と確認のうえ支援を終了することとした。",
    "handover": "引継ぎ先での支援が始まったことを確認し、支援を終了することとした。",
    "info_only": "制度の情報を提供し、相談は終了とした。",
    "moved": "市外への転居が決まり、転居先の窓口を案内した。",
    "deceased": "本人が亡くなったとの連絡を受けた。",
    "lost_contact": "連絡が取れない状態が続いているため、支援を終了することとした。",
    "client_request": "本人から支援は不要との申し出があり、終了することとした。",
    "other": "状況の変化により、支援を終了することとした。",
}
_CLOSURE_SUMMARIES: Final = {
    "independent": "プランの目標をおおむね達成し、生活が安定したため終結とする。",
    "handover": "関係機関への引継ぎが完了したため終結とする。",
    "info_only": "制度の情報提供で対応した。",
    "moved": "市外に転居したため終結とする。転居先の相談窓口に情報を提供した。",
    "deceased": "本人の死亡により終結とする。",
    "lost_contact": "電話・訪問・手紙で連絡を試みたが応答がなく、終結とする。",
    "client_request": "本人の希望により終結とする。必要なときは再度相談できることを伝えた。",
    "other": "状況の変化により終結とする。",
}
_TRIAGE_REASONS: Final = {
    TriageDecision.INFO_ONLY: "制度の情報提供で対応できると判断した。",
    TriageDecision.REFERRAL: "既存の公的支援で対応できるため、同行支援により関係機関へ引き継ぐ。",
    TriageDecision.PLAN: "複数の課題が重なっており、関係機関の連携による支援計画が必要と判断した。",
    TriageDecision.STATUTORY_MEETING: "本人の同意が得られないが、関係機関で情報を共有して"
    "見守る必要があるため、支援会議で検討する。",
}
_REVIEW_DELIVERY: Final = (
    "関係機関による支援はプランどおり実施されている。",
    "サービスの利用は定着してきている。",
    "一部のサービスの利用が途切れがちである。",
)
_REVIEW_ADVICE: Final = (
    "本人の意向を確かめながら、現在の支援を続けるよう助言した。",
    "関係機関との情報共有の頻度を上げるよう助言した。",
    "家族の負担にも目を配るよう助言した。",
)
_REFERRAL_OUTCOMES: Final = (
    "担当者に引き継ぎ、今後の支援を依頼した。",
    "本人が手続きを済ませ、支援が始まった。",
)
_ACHIEVEMENT_COMMENTS: Final = {
    Achievement.ACHIEVED: "目標を達成した。",
    Achievement.PARTLY: "一部は進んだが、引き続き支援が必要。",
    Achievement.NOT_ACHIEVED: "本人の体調により進んでいない。",
    Achievement.STOPPED: "中止した。",
}
_SHARED_ITEMS: Final = (
    SharedInfo.CONTACT,
    SharedInfo.CONCERN,
    SharedInfo.HOUSEHOLD,
    SharedInfo.ISSUES,
    SharedInfo.HEALTH,
    SharedInfo.FINANCES,
)
_MEETING_MINUTES: Final = {
    "coordination": "検討ケースごとに支援計画案を検討し、関係機関の役割分担を確認した。",
    "statutory": "生活困窮者自立支援法第9条に基づき、本人の同意が得られないケースについて"
    "関係機関の間で情報を共有した。構成員の守秘義務を確認した。",
    "network": "各相談支援機関の取組と連携の課題を共有した。個別のケースは検討していない。",
}
_PLACES: Final = ("市役所 第一会議室", "福祉会館 会議室", "市役所 第三会議室")
_ASSESSMENT_SOURCES: Final = (
    InformationSource.CLIENT,
    InformationSource.FAMILY,
    InformationSource.AGENCY,
    InformationSource.OBSERVATION,
)

# Which issue a household member's situation is, for the assessment matrix.
_SITUATION_ISSUES: Final = {
    "long_term_care": "care",
    "support_needed": "care_prevention",
    "dementia": "dementia",
    "physical_disability": "disability_difficulty",
    "intellectual_disability": "disability_difficulty",
    "mental_disability": "untreated_mental_illness",
    "intractable_disease": "serious_illness",
    "hikikomori": "social_withdrawal",
    "unemployed": "employment_difficulty",
    "infant": "childrearing",
}

_ILLNESS_WORDS: Final = {
    "mental_disability": "精神疾患",
    "intractable_disease": "難病",
    "physical_disability": "身体の障がい",
}

_NOTE_MINUTES: Final = {
    "interview": (30, 90),
    "phone": (5, 30),
    "home_visit": (30, 120),
    "accompanied_referral": (60, 180),
    "agency_liaison": (5, 20),
    "meeting": (30, 90),
    "information": (5, 20),
    "mail_document": (5, 15),
}

_FIRST_NOTE_METHOD: Final = {
    "visit": "interview",
    "phone": "phone",
    "outreach": "home_visit",
    "agency_referral": "agency_liaison",
    "holiday_window": "interview",
    "email": "mail_document",
    "other": "interview",
}

_FILLER_METHODS: Final[dict[str, tuple[tuple[str, int], ...]]] = {
    "home": (
        ("home_visit", 30),
        ("phone", 30),
        ("agency_liaison", 20),
        ("interview", 10),
        ("information", 5),
        ("mail_document", 5),
    ),
    "office": (
        ("interview", 35),
        ("phone", 30),
        ("agency_liaison", 15),
        ("home_visit", 5),
        ("information", 10),
        ("mail_document", 5),
    ),
}
_HOME_SCENARIOS: Final = frozenset(
    {"8050", "single_elderly", "elderly_couple", "hikikomori", "mental_health", "young_carer"}
)

# Stage weights by the age of the case in days: (up to days, {stage: weight}).
_STAGE_WEIGHTS: Final[tuple[tuple[int, dict[CaseStage, int]], ...]] = (
    (
        14,
        {
            CaseStage.INTAKE: 45,
            CaseStage.ASSESSMENT: 35,
            CaseStage.REFERRAL: 5,
            CaseStage.NO_CONSENT: 5,
            CaseStage.CLOSED: 10,
        },
    ),
    (
        60,
        {
            CaseStage.INTAKE: 5,
            CaseStage.ASSESSMENT: 20,
            CaseStage.REFERRAL: 15,
            CaseStage.PLAN_DRAFT: 15,
            CaseStage.COORDINATION: 10,
            CaseStage.SERVICE: 3,
            CaseStage.NO_CONSENT: 7,
            CaseStage.CLOSED: 25,
        },
    ),
    (
        180,
        {
            CaseStage.ASSESSMENT: 3,
            CaseStage.REFERRAL: 7,
            CaseStage.PLAN_DRAFT: 6,
            CaseStage.COORDINATION: 5,
            CaseStage.SERVICE: 25,
            CaseStage.MONITORING: 12,
            CaseStage.NO_CONSENT: 7,
            CaseStage.CLOSED: 35,
        },
    ),
    (
        1_000_000,
        {
            CaseStage.REFERRAL: 2,
            CaseStage.PLAN_DRAFT: 1,
            CaseStage.COORDINATION: 2,
            CaseStage.SERVICE: 12,
            CaseStage.MONITORING: 18,
            CaseStage.NO_CONSENT: 5,
            CaseStage.CLOSED: 60,
        },
    ),
)

# The fewest days between intake and today for a case to be in a stage.
_MIN_SPAN: Final = {
    CaseStage.INTAKE: 0,
    CaseStage.ASSESSMENT: 2,
    CaseStage.REFERRAL: 5,
    CaseStage.PLAN_DRAFT: 10,
    CaseStage.COORDINATION: 10,
    CaseStage.SERVICE: 60,
    CaseStage.MONITORING: 130,
    CaseStage.NO_CONSENT: 7,
    CaseStage.CLOSED: 1,
}

_MAX_MEMBERS: Final = 5
"""The most members a demo household has."""

# How likely a household is to list relatives living elsewhere, by scenario.
_RELATIVES_APART: Final = {
    "8050": 0.3,
    "double_care": 0.4,
    "single_elderly": 0.8,
    "elderly_couple": 0.8,
    "debt": 0.6,
    "dv": 0.5,
    "hikikomori": 0.2,
    "poverty": 0.6,
    "mental_health": 0.6,
    "single_parent": 0.5,
    "homeless": 0.3,
}

_REVIEW_INTERVAL: Final = 91
_OFFICE_MINUTES: Final = tuple(range(8 * 60 + 45, 17 * 60, 5))


# =============================================================================================
# Reference data as the generator needs it
# =============================================================================================


@dataclass(frozen=True, slots=True)
class _AreaInfo:
    """An area with its towns as ``(name, first 丁目, last 丁目)``."""

    id: int
    code: str
    towns: tuple[tuple[str, int, int], ...]


@dataclass(frozen=True, slots=True)
class _AgencyInfo:
    """An agency as the generator picks it: by issue, by area, local ones first."""

    id: int
    name: str
    issues: frozenset[str]
    area_id: int | None
    local: bool


@dataclass(frozen=True, slots=True)
class _Reference:
    """The reference data the generator uses: areas, agencies, pick-list labels."""

    areas: tuple[_AreaInfo, ...]
    agencies: tuple[_AgencyInfo, ...]
    labels: dict[tuple[str, str], str]
    legal_basis: str


def _parse_town(town: str) -> tuple[str, int, int]:
    """``栄町１～３丁目`` → ``("栄町", 1, 3)``; a town without 丁目 → ``(town, 0, 0)``."""
    ascii_digits = town.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    match = _TOWN_PATTERN.fullmatch(ascii_digits)
    if match is None:
        return town, 0, 0
    low = int(match["lo"])
    high = int(match["hi"]) if match["hi"] else low
    return match["name"], low, max(low, high)


def _load_reference(s: Session) -> _Reference:
    """Read the areas, agencies and pick-lists; check every code the demo writes exists."""
    areas = tuple(
        _AreaInfo(area.id, area.code, tuple(_parse_town(t) for t in area.towns) or ((_CITY, 0, 0),))
        for area in s.scalars(select(Area).where(Area.active.is_(True)).order_by(Area.sort_order))
    )
    agencies = tuple(
        _AgencyInfo(
            agency.id,
            agency.name,
            frozenset(agency.issue_codes),
            agency.area_id,
            "小金井市" not in agency.section and "西東京市" not in agency.section,
        )
        for agency in s.scalars(select(Agency).where(Agency.active.is_(True)).order_by(Agency.id))
    )
    labels: dict[tuple[str, str], str] = {}
    legal_basis = ""
    for item in s.scalars(select(PicklistItem).order_by(PicklistItem.id)):
        labels[(item.list_name, item.code)] = item.label
        if item.list_name == "meeting_type" and item.extra.get("kind") == MeetingKind.STATUTORY:
            legal_basis = str(item.extra.get("legal_basis", "")) or legal_basis
    if not areas or not agencies:
        raise KnownError(
            "圏域や関係機関などの基本データが読み込まれていません。"
            "データベースを初期化してから、もう一度デモデータを作成してください。"
        )
    missing = sorted(
        f"{list_name}:{code}"
        for list_name, codes in _used_codes().items()
        for code in codes
        if (list_name, code) not in labels
    )
    if missing:
        raise KnownError(
            "デモデータに必要な選択肢が基本データにありません"
            f"({', '.join(missing[:5])}{' など' if len(missing) > 5 else ''})。"
            "選択肢を初期状態に戻してから、もう一度作成してください。"
        )
    return _Reference(areas, agencies, labels, legal_basis or "生活困窮者自立支援法第9条")


def _used_codes() -> dict[str, set[str]]:
    """Every pick-list code the generator writes, by list (checked against the database)."""
    used: dict[str, set[str]] = {
        "intake_channel": set(_FIRST_NOTE_METHOD),
        "consulter_type": set(),
        "issue_category": set(_SITUATION_ISSUES.values()) | {"education", "other"},
        "note_method": set(_NOTE_MINUTES),
        "funding_programme": set(),
        "service_programme": set(),
        "closure_reason": set(_CLOSURE_SUMMARIES),
        "relation": {
            "client",
            "spouse",
            "father",
            "mother",
            "child",
            "sibling",
            "grandmother",
        },
        "household_situation": set(_SITUATION_ISSUES) | {"in_school", "employed"},
        "first_response": {"information", "advice", "accompanied_referral", "continuing_support"},
        "urgency": {"high", "medium", "low"},
        "meeting_type": {
            "coordination_regular",
            "coordination_ad_hoc",
            "statutory_meeting",
            "network_meeting",
        },
        "staff_role": {staff[4] for staff in _STAFF},
    }
    for scenario in _SCENARIOS:
        used["intake_channel"].update(code for code, _ in scenario.channels)
        used["consulter_type"].update(code for code, _ in scenario.consulters)
        used["issue_category"].update(scenario.issues + scenario.extra_issues)
        used["issue_category"].update(scenario.agency_issues)
        used["service_programme"].update(scenario.programmes)
        used["funding_programme"].add(scenario.funding)
        used["closure_reason"].update(code for code, _ in scenario.closure_reasons)
        for item in scenario.plan_items:
            used["issue_category"].update((item.issue, item.agency_issue))
            used["funding_programme"].add(item.funding)
    used["funding_programme"].update(
        {"multi_agency_collaboration", "outreach_support", "comprehensive_consultation"}
    )
    return used


# =============================================================================================
# Dates, meetings and rows
# =============================================================================================


class _Encoder:
    """Column values in the form the inserts take them.

    On SQLite the rows go straight to the driver, so values are what SQLAlchemy's SQLite types
    would store: dates and datetimes as text (``2025-04-01``, ``2025-04-01 09:30:00.000000``),
    JSON as ``json.dumps`` text; both are built from cached pieces. Elsewhere they are
    ``date``, ``datetime`` and list objects for Core to convert.
    """

    def __init__(self, as_text: bool) -> None:
        self.as_text = as_text
        self.days: dict[int, Any] = {}
        self.times = [f" {m // 60:02d}:{m % 60:02d}:00.000000" for m in range(24 * 60)]
        self._json: dict[tuple[str, ...], Any] = {}

    def day(self, ordinal: int) -> Any:
        """The value of a date column."""
        value = self.days.get(ordinal)
        if value is None:
            day = dt.date.fromordinal(ordinal)
            value = day.isoformat() if self.as_text else day
            self.days[ordinal] = value
        return value

    def moment(self, ordinal: int, minute: int) -> Any:
        """The value of a datetime column: a day and a minute of the day."""
        if self.as_text:
            return self.day(ordinal) + self.times[minute]
        return dt.datetime.combine(dt.date.fromordinal(ordinal), dt.time(minute // 60, minute % 60))

    def json(self, values: Sequence[str]) -> Any:
        """The value of a JSON column holding a list of strings."""
        if not self.as_text:
            return list(values)
        key = tuple(values)
        text = self._json.get(key)
        if text is None:
            text = json.dumps(list(values))
            self._json[key] = text
        return text


@dataclass(slots=True)
class _MeetingSeries:
    """Meetings of one kind in date order, for "the first meeting on or after a day"."""

    days: list[int] = field(default_factory=list)
    ids: list[int] = field(default_factory=list)

    def first_from(self, rng: random.Random, day: int, until: int) -> tuple[int, int] | None:
        """A meeting on the first meeting day in ``[day, until]``, or None."""
        index = bisect.bisect_left(self.days, day)
        if index >= len(self.days) or self.days[index] > until:
            return None
        return self._pick(rng, index)

    def last_until(self, rng: random.Random, day: int, since: int) -> tuple[int, int] | None:
        """A meeting on the last meeting day in ``[since, day]``, or None."""
        index = bisect.bisect_right(self.days, day) - 1
        if index < 0 or self.days[index] < since:
            return None
        return self._pick(rng, bisect.bisect_left(self.days, self.days[index]))

    def _pick(self, rng: random.Random, first: int) -> tuple[int, int]:
        """A random one of the meetings held on the day at ``first``."""
        day = self.days[first]
        last = bisect.bisect_right(self.days, day)
        index = first + int(rng.random() * (last - first))
        return day, self.ids[index]


@dataclass(frozen=True, slots=True)
class _Calendar:
    """The meeting series cases are put on."""

    coordination: _MeetingSeries
    ad_hoc: _MeetingSeries
    statutory: _MeetingSeries


@dataclass(frozen=True, slots=True)
class _CasePlan:
    """What the pre-pass decides for a case: when it came in, its number, kind and stage."""

    opened: int
    minute: int
    fiscal_year: int
    serial: int
    scenario: int
    stage: CaseStage


@dataclass(slots=True)
class _Rows:
    """The rows of one chunk, by table, in insert order."""

    people: list[dict[str, Any]] = field(default_factory=list)
    households: list[dict[str, Any]] = field(default_factory=list)
    members: list[dict[str, Any]] = field(default_factory=list)
    cases: list[dict[str, Any]] = field(default_factory=list)
    access: list[dict[str, Any]] = field(default_factory=list)
    restrictions: list[dict[str, Any]] = field(default_factory=list)
    consultations: list[dict[str, Any]] = field(default_factory=list)
    consents: list[dict[str, Any]] = field(default_factory=list)
    assessments: list[dict[str, Any]] = field(default_factory=list)
    assessment_items: list[dict[str, Any]] = field(default_factory=list)
    referrals: list[dict[str, Any]] = field(default_factory=list)
    plans: list[dict[str, Any]] = field(default_factory=list)
    plan_items: list[dict[str, Any]] = field(default_factory=list)
    agenda: list[dict[str, Any]] = field(default_factory=list)
    reviews: list[dict[str, Any]] = field(default_factory=list)
    review_items: list[dict[str, Any]] = field(default_factory=list)
    closures: list[dict[str, Any]] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    case_issues: set[tuple[int, str]] = field(default_factory=set)

    def tables(self) -> tuple[tuple[Table, list[dict[str, Any]]], ...]:
        """``(table, rows)`` pairs in an order that satisfies the foreign keys."""
        return (
            (_table(Person), self.people),
            (_table(Household), self.households),
            (_table(HouseholdMember), self.members),
            (_table(Case), self.cases),
            (_table(CaseAccess), self.access),
            (_table(CaseRestriction), self.restrictions),
            (
                _table(CaseIssue),
                [{"case_id": c, "issue_code": code} for c, code in sorted(self.case_issues)],
            ),
            (_table(Consultation), self.consultations),
            (_table(Consent), self.consents),
            (_table(Assessment), self.assessments),
            (_table(AssessmentItem), self.assessment_items),
            (_table(Referral), self.referrals),
            (_table(SupportPlan), self.plans),
            (_table(PlanItem), self.plan_items),
            (_table(AgendaItem), self.agenda),
            (_table(MonitoringReview), self.reviews),
            (_table(ReviewItem), self.review_items),
            (_table(Closure), self.closures),
            (_table(ProgressNote), self.notes),
            (_table(SearchDocument), self.documents),
        )


def _table(model: Any) -> Table:
    """The Core table of a model."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


class _Writer:
    """Batched inserts of row dicts that name every column.

    On SQLite the rows go to the driver's ``executemany`` as tuples (the values are already in
    storage form, see :class:`_Encoder`), which is several times faster than Core's per-row
    type processing; elsewhere they go through Core ``insert``.
    """

    def __init__(self, as_text: bool) -> None:
        self._as_text = as_text
        self._sql: dict[str, tuple[str, Callable[[dict[str, Any]], Any]]] = {}

    def insert(self, s: Session | Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
        """Insert ``rows`` (dicts with every column) into ``table``."""
        if not rows:
            return
        if set(rows[0]) != set(table.columns.keys()):
            # Every column is given, so no Python-side default (such as now()) ever runs.
            raise RuntimeError(f"demo rows for {table.name} do not match its columns")
        if not self._as_text:
            statement = insert(table)
            for start in range(0, len(rows), _BATCH_ROWS):
                s.execute(statement, rows[start : start + _BATCH_ROWS])
            return
        prepared = self._sql.get(table.name)
        if prepared is None:
            names = list(table.columns.keys())
            columns = ", ".join('"' + name + '"' for name in names)
            marks = ", ".join("?" for _ in names)
            prepared = (
                f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})',
                operator.itemgetter(*names),
            )
            self._sql[table.name] = prepared
        sql, values = prepared
        connection = s.connection() if isinstance(s, Session) else s
        for start in range(0, len(rows), _BATCH_ROWS):
            connection.exec_driver_sql(sql, list(map(values, rows[start : start + _BATCH_ROWS])))


# =============================================================================================
# The generator
# =============================================================================================


@dataclass(slots=True)
class _Staff:
    """Ids of the demo staff by role and team."""

    ids: dict[str, int]
    teams: list[int]
    demo: int
    secretariat: int
    supervisor_ids: list[int]
    coordinators: list[list[int]]
    counselors: list[list[int]]
    budget: int
    all_case_staff: list[int]
    team_of: dict[int, int]


@dataclass(slots=True)
class _Counts:
    """Running totals of the rows written."""

    people: int = 0
    households: int = 0
    members: int = 0
    cases: int = 0
    restricted: int = 0
    access: int = 0
    consultations: int = 0
    consents: int = 0
    assessments: int = 0
    assessment_items: int = 0
    referrals: int = 0
    plans: int = 0
    plan_items: int = 0
    agenda: int = 0
    notes: int = 0
    reviews: int = 0
    closures: int = 0
    documents: int = 0
    stages: dict[CaseStage, int] = field(default_factory=lambda: dict.fromkeys(CaseStage, 0))

    def add(self, rows: _Rows) -> None:
        """Add the rows of one chunk."""
        self.people += len(rows.people)
        self.households += len(rows.households)
        self.members += len(rows.members)
        self.cases += len(rows.cases)
        self.restricted += sum(1 for row in rows.cases if row["restricted"])
        self.access += len(rows.access)
        self.consultations += len(rows.consultations)
        self.consents += len(rows.consents)
        self.assessments += len(rows.assessments)
        self.assessment_items += len(rows.assessment_items)
        self.referrals += len(rows.referrals)
        self.plans += len(rows.plans)
        self.plan_items += len(rows.plan_items)
        self.agenda += len(rows.agenda)
        self.notes += len(rows.notes)
        self.reviews += len(rows.reviews)
        self.closures += len(rows.closures)
        self.documents += len(rows.documents)
        for row in rows.cases:
            self.stages[CaseStage(row["stage"])] += 1


def _cumulative(weights: Sequence[int | float]) -> list[float]:
    """Running sums of weights."""
    total = 0.0
    out: list[float] = []
    for weight in weights:
        total += weight
        out.append(total)
    return out


class _Weighted:
    """A fast weighted choice over a fixed list."""

    __slots__ = ("_cum", "_items", "_total")

    def __init__(self, pairs: Sequence[tuple[Any, int | float]]) -> None:
        self._items = [item for item, _ in pairs]
        self._cum = _cumulative([weight for _, weight in pairs])
        self._total = self._cum[-1]

    def pick(self, rng: random.Random) -> Any:
        """One item, with probability proportional to its weight."""
        return self._items[bisect.bisect_right(self._cum, rng.random() * self._total)]


@dataclass(slots=True)
class _Timeline:
    """Dates (ordinals) of one case's path through the flow."""

    stage: CaseStage
    assessed: int | None = None
    triage: TriageDecision | None = None
    referred: int | None = None
    referral_due: int | None = None
    referral_confirmed: int | None = None
    handover: bool = False
    drafted: int | None = None
    decisions: list[tuple[int, int]] = field(default_factory=list)
    submitted: tuple[int, int] | None = None
    reviews: list[int] = field(default_factory=list)
    revise_at: int | None = None
    open_review: int | None = None
    next_review: int | None = None
    statutory: list[tuple[int, int]] = field(default_factory=list)
    closed: int | None = None
    closure_reason: str | None = None
    path: str = ""
    next_due: int | None = None
    reopened: tuple[int, int] | None = None


class _Generator:
    """Generates the rows of cases one chunk at a time, from one seeded ``Random``."""

    def __init__(
        self,
        *,
        rng: random.Random,
        today: dt.date,
        ref: _Reference,
        staff: _Staff,
        encoder: _Encoder,
        next_ids: dict[str, int],
        calendar: _Calendar,
    ) -> None:
        self.rng = rng
        self.today = today.toordinal()
        self.ref = ref
        self.staff = staff
        self.enc = encoder
        self.ids = next_ids
        self.coordination = calendar.coordination
        self.ad_hoc = calendar.ad_hoc
        self.statutory = calendar.statutory
        self.agenda_order: dict[int, int] = {}
        self._tokens: dict[str, str] = {}
        self._person_keys: dict[tuple[int, str, str], dict[str, str]] = {}
        self._surnames = _Weighted([(i, w) for i, (_, _, w) in enumerate(_SURNAMES)])
        self._agency_cache: dict[tuple[str, int], list[_AgencyInfo]] = {}
        self._open_days: dict[int, int] = {}
        self._scenario_pickers = [
            (
                _Weighted(s.channels),
                _Weighted(s.consulters),
                _Weighted(s.closure_reasons),
            )
            for s in _SCENARIOS
        ]
        self._fillers = {key: _Weighted(pairs) for key, pairs in _FILLER_METHODS.items()}
        self._label = ref.labels

    # --- small helpers --------------------------------------------------------------------

    def _id(self, table: str) -> int:
        """The next id of a table."""
        value = self.ids[table]
        self.ids[table] = value + 1
        return value

    def _choice(self, seq: Sequence[Any]) -> Any:
        """A random element (cheaper than ``Random.choice``)."""
        return seq[int(self.rng.random() * len(seq))]

    def _between(self, low: int, high: int) -> int:
        """A whole number in ``[low, high]`` (``low`` if the range is empty)."""
        if high <= low:
            return low
        return low + int(self.rng.random() * (high - low + 1))

    def _sentence_tokens(self, sentence: str) -> str:
        """The search tokens of one sentence, computed once."""
        tokens = self._tokens.get(sentence)
        if tokens is None:
            tokens = index_text(sentence)
            self._tokens[sentence] = tokens
        return tokens

    def _text(self, sentences: Sequence[str]) -> tuple[str, str]:
        """The text of sentences ending in 。 and its search tokens (cached per sentence).

        A sentence ends with a separator, so the tokens of the whole text are the tokens of
        its sentences one after another (``index_text`` never joins across a separator).
        """
        tokens = [self._sentence_tokens(sentence) for sentence in sentences]
        return "".join(sentences), " ".join(t for t in tokens if t)

    def _agencies(self, issue: str, area_id: int) -> list[_AgencyInfo]:
        """Agencies for an issue: in the case's area or city-wide, local ones first."""
        key = (issue, area_id)
        found = self._agency_cache.get(key)
        if found is None:
            fitting = [
                a
                for a in self.ref.agencies
                if issue in a.issues and (a.area_id is None or a.area_id == area_id)
            ]
            local = [a for a in fitting if a.local]
            same_area = [a for a in local if a.area_id == area_id]
            found = same_area or local or fitting or list(self.ref.agencies)
            self._agency_cache[key] = found
        return found

    def _open_day(self, ordinal: int) -> int:
        """The day itself if the desk is open then, else the last open day before it."""
        found = self._open_days.get(ordinal)
        if found is None:
            found = ordinal
            while not _desk_open(found):
                found -= 1
            self._open_days[ordinal] = found
        return found

    def _settle(self, line: _Timeline) -> None:
        """Move the dates of a timeline to days the desk is open (order is kept)."""
        fix = self._open_day
        for name in (
            "assessed",
            "referred",
            "referral_due",
            "referral_confirmed",
            "drafted",
            "revise_at",
            "open_review",
            "next_review",
            "closed",
            "next_due",
        ):
            value = getattr(line, name)
            if value is not None:
                setattr(line, name, fix(value))
        line.reviews = [fix(day) for day in line.reviews]
        if line.reopened is not None:
            line.reopened = (fix(line.reopened[0]), fix(line.reopened[1]))

    # --- people ---------------------------------------------------------------------------

    def _name(self, sex: str, birth_year: int, surname: int | None) -> tuple[int, str, str]:
        """A family name index, given name and reading fitting the sex and birth year."""
        family = surname if surname is not None else self._surnames.pick(self.rng)
        cohort = 0 if birth_year < 1958 else 1 if birth_year <= 1992 else 2
        given, kana = self._choice(_GIVEN_NAMES[("female" if sex == "female" else "male", cohort)])
        return family, given, kana

    def _keys(self, family: int, given: str, given_kana: str) -> dict[str, str]:
        """The stored search keys of a name (cached)."""
        key = (family, given, given_kana)
        found = self._person_keys.get(key)
        if found is None:
            name, kana, _ = _SURNAMES[family]
            found = person_keys(name, given, kana, given_kana)
            self._person_keys[key] = found
        return found

    def _phone(self, landline: bool) -> str:
        """A fictional phone number (an exchange that is never assigned)."""
        number = f"{self._between(0, 9999):04d}"
        return f"042-000-{number}" if landline else f"090-0000-{number}"

    def _address(self, area: _AreaInfo) -> str:
        """A fictional address in one of the area's towns."""
        town, low, high = self._choice(area.towns)
        block = self._between(1, 30)
        house = self._between(1, 25)
        if low:
            chome = self._between(low, high)
            text = f"{_CITY}{town}{chome}丁目{block}番{house}号"
        else:
            text = f"{_CITY}{town}{block}番{house}号"
        text = text.translate(_FULLWIDTH_DIGITS)
        if self.rng.random() < 0.3:
            room = self._between(1, 3) * 100 + self._between(1, 6)
            text += f"　{self._choice(_BUILDINGS)}{str(room).translate(_FULLWIDTH_DIGITS)}号室"
        return text

    # --- households by scenario -----------------------------------------------------------

    def _add_children(self, members: list[Member], age: int, *, oldest: int, gap: int) -> None:
        """Add up to two children of a parent aged ``age`` (at most ``oldest`` years old)."""
        for _ in range(self._between(0, 2)):
            kid_age = self._between(0, max(0, min(oldest, age - gap)))
            status = ("infant",) if kid_age < 6 else ("in_school",)
            members.append(("child", self._choice(("male", "female")), kid_age, status, True))

    def _household(self, key: str) -> tuple[list[Member], dict[str, Any]]:
        """The members of a household of a scenario, client first, and the words for its texts."""
        rng = self.rng
        r = rng.random
        between = self._between
        choice = self._choice
        members: list[Member] = []
        words: dict[str, Any] = {}
        if key == "8050":
            elder_sex = "female" if r() < 0.8 else "male"
            e_age = between(78, 90) if elder_sex == "female" else between(80, 92)
            kid_sex = "male" if r() < 0.75 else "female"
            k_age = between(48, 58)
            elder_sit = choice(
                (("dementia",), ("support_needed",), ("long_term_care", "dementia"), ())
            )
            kid_sit = choice(
                (("hikikomori", "unemployed"), ("unemployed",), ("unemployed", "mental_disability"))
            )
            elder_word = "母" if elder_sex == "female" else "父"
            other_sex = "male" if elder_sex == "female" else "female"
            if r() < 0.5:
                members.append(("client", kid_sex, k_age, kid_sit, True))
                members.append(
                    (
                        ("mother" if elder_sex == "female" else "father"),
                        elder_sex,
                        e_age,
                        elder_sit,
                        True,
                    )
                )
                if r() < 0.3:
                    members.append(
                        (
                            ("father" if other_sex == "male" else "mother"),
                            other_sex,
                            min(95, e_age + between(-2, 4)),
                            ("long_term_care",),
                            True,
                        )
                    )
                if r() < 0.4:
                    members.append(
                        (
                            "sibling",
                            choice(("male", "female")),
                            between(k_age - 6, k_age + 6),
                            ("employed",),
                            False,
                        )
                    )
                words = {"E": elder_word, "C": "本人"}
            else:
                members.append(("client", elder_sex, e_age, elder_sit, True))
                members.append(("child", kid_sex, k_age, kid_sit, True))
                if r() < 0.3:
                    members.append(
                        (
                            "spouse",
                            other_sex,
                            min(95, e_age + between(-3, 4)),
                            choice((("long_term_care",), ())),
                            True,
                        )
                    )
                if r() < 0.4:
                    members.append(
                        (
                            "child",
                            choice(("male", "female")),
                            between(k_age - 6, k_age + 6),
                            ("employed",),
                            False,
                        )
                    )
                words = {"E": "本人", "C": "長男" if kid_sex == "male" else "長女"}
            words.update(e_age=e_age, k_age=k_age)
        elif key == "young_carer":
            age = between(12, 18)
            parent_sex = "female" if r() < 0.7 else "male"
            p_age = between(max(38, age + 22), 52)
            illness = choice(tuple(_ILLNESS_WORDS))
            members.append(("client", choice(("male", "female")), age, ("in_school",), True))
            members.append(
                (
                    ("mother" if parent_sex == "female" else "father"),
                    parent_sex,
                    p_age,
                    (illness, "unemployed"),
                    True,
                )
            )
            siblings = 1 if r() < 0.6 else 2
            sibling_words = []
            for _ in range(siblings):
                sib_age = between(3, max(3, age - 2))
                sib_sex = choice(("male", "female"))
                members.append(
                    (
                        "sibling",
                        sib_sex,
                        sib_age,
                        ("infant",) if sib_age < 6 else ("in_school",),
                        True,
                    )
                )
                sibling_words.append("弟" if sib_sex == "male" else "妹")
            if r() < 0.3:
                members.append(
                    ("grandmother", "female", between(68, 82), ("support_needed",), False)
                )
            words = {
                "P": "母" if parent_sex == "female" else "父",
                "p_age": p_age,
                "illness": _ILLNESS_WORDS[illness],
                "sib": sibling_words[0] if siblings == 1 else "きょうだい",
                "grade": "中学生" if age <= 15 else "高校生",
            }
        elif key == "double_care":
            sex = "female" if r() < 0.75 else "male"
            age = between(35, 45)
            members.append(("client", sex, age, ("employed",), True))
            if r() < 0.6:
                members.append(
                    (
                        "spouse",
                        "male" if sex == "female" else "female",
                        age + between(-3, 5),
                        ("employed",),
                        True,
                    )
                )
            kid_ages = sorted(between(0, 9) for _ in range(1 if r() < 0.5 else 2))
            for kid_age in kid_ages:
                members.append(
                    (
                        "child",
                        choice(("male", "female")),
                        kid_age,
                        ("infant",) if kid_age < 6 else ("in_school",),
                        True,
                    )
                )
            elder_sex = "female" if r() < 0.7 else "male"
            e_age = between(max(70, age + 25), 88)
            members.append(
                (
                    ("mother" if elder_sex == "female" else "father"),
                    elder_sex,
                    e_age,
                    choice((("long_term_care", "dementia"), ("dementia",), ("long_term_care",))),
                    r() < 0.5,
                )
            )
            kids = (
                f"{kid_ages[0]}歳の子"
                if len(kid_ages) == 1
                else f"{kid_ages[0]}歳と{kid_ages[1]}歳の子ども"
            )
            words = {"E": "母" if elder_sex == "female" else "父", "e_age": e_age, "kids": kids}
        elif key == "single_elderly":
            sex = "female" if r() < 0.65 else "male"
            age = between(70, 95)
            members.append(
                (
                    "client",
                    sex,
                    age,
                    choice((("support_needed",), ("dementia",), ("physical_disability",), ())),
                    True,
                )
            )
            if r() < 0.6:
                members.append(
                    (
                        "child",
                        choice(("male", "female")),
                        age - between(25, 35),
                        ("employed",),
                        False,
                    )
                )
        elif key == "elderly_couple":
            sex = "female" if r() < 0.5 else "male"
            age = between(75, 92)
            spouse_sex = "male" if sex == "female" else "female"
            s_age = min(95, max(72, age + between(-5, 5)))
            members.append(("client", sex, age, choice((("support_needed",), ())), True))
            members.append(
                (
                    "spouse",
                    spouse_sex,
                    s_age,
                    choice((("long_term_care",), ("long_term_care", "dementia"), ("dementia",))),
                    True,
                )
            )
            if r() < 0.3:
                members.append(
                    (
                        "child",
                        choice(("male", "female")),
                        age - between(25, 35),
                        ("employed",),
                        False,
                    )
                )
            words = {"S": "夫" if spouse_sex == "male" else "妻", "s_age": s_age}
        elif key == "debt":
            sex = "male" if r() < 0.6 else "female"
            age = between(25, 64)
            members.append(
                ("client", sex, age, ("employed",) if r() < 0.6 else ("unemployed",), True)
            )
            if r() < 0.4:
                members.append(
                    (
                        "spouse",
                        "female" if sex == "male" else "male",
                        max(20, age + between(-5, 5)),
                        choice((("employed",), ())),
                        True,
                    )
                )
                self._add_children(members, age, oldest=17, gap=22)
        elif key == "dv":
            age = between(22, 50)
            members.append(
                ("client", "female", age, choice((("employed",), ("unemployed",))), True)
            )
            self._add_children(members, age, oldest=15, gap=18)
            if r() < 0.6:
                members.append(("spouse", "male", age + between(-2, 8), ("employed",), False))
        elif key == "hikikomori":
            sex = "male" if r() < 0.7 else "female"
            age = between(18, 45)
            members.append(
                (
                    "client",
                    sex,
                    age,
                    choice((("hikikomori",), ("hikikomori", "mental_disability"))),
                    True,
                )
            )
            m_age = min(80, max(45, age + between(22, 35)))
            members.append(("mother", "female", m_age, (), True))
            father = r() < 0.7
            if father:
                members.append(
                    (
                        "father",
                        "male",
                        min(85, m_age + between(-2, 5)),
                        choice((("employed",), ())),
                        True,
                    )
                )
            if r() < 0.3:
                members.append(
                    (
                        "sibling",
                        choice(("male", "female")),
                        max(18, age + between(-6, 6)),
                        ("employed",),
                        False,
                    )
                )
            speaker_is_mother = not father or r() < 0.7
            words = {
                "P": "母" if speaker_is_mother else "父",
                "p_age": m_age if speaker_is_mother else members[2][2],
                "years": between(2, max(2, min(20, age - 15))),
            }
        elif key == "poverty":
            sex = "male" if r() < 0.6 else "female"
            age = between(30, 64)
            members.append(
                ("client", sex, age, ("unemployed",) if r() < 0.7 else ("employed",), True)
            )
            if r() < 0.3:
                members.append(
                    (
                        "spouse",
                        "female" if sex == "male" else "male",
                        age + between(-5, 5),
                        choice((("employed",), ())),
                        True,
                    )
                )
                self._add_children(members, age, oldest=17, gap=22)
        elif key == "mental_health":
            age = between(25, 60)
            members.append(
                (
                    "client",
                    choice(("male", "female")),
                    age,
                    choice((("mental_disability",), ("mental_disability", "unemployed"))),
                    True,
                )
            )
            if r() < 0.4:
                members.append(
                    (
                        "mother",
                        "female",
                        min(90, age + between(24, 34)),
                        choice((("support_needed",), ())),
                        True,
                    )
                )
        elif key == "single_parent":
            age = between(25, 45)
            sex = "female" if r() < 0.85 else "male"
            members.append(("client", sex, age, ("employed",), True))
            kid_ages = sorted(
                (between(0, max(0, min(17, age - 18))) for _ in range(between(1, 3))), reverse=True
            )
            eldest_sex = choice(("male", "female"))
            for index, kid_age in enumerate(kid_ages):
                members.append(
                    (
                        "child",
                        eldest_sex if index == 0 else choice(("male", "female")),
                        kid_age,
                        ("infant",) if kid_age < 6 else ("in_school",),
                        True,
                    )
                )
            kids = (
                f"{kid_ages[0]}歳の子"
                if len(kid_ages) == 1
                else "、".join(f"{a}歳" for a in kid_ages) + "の子ども"
            )
            words = {"kids": kids, "kid": "長男" if eldest_sex == "male" else "長女"}
        else:  # homeless
            members.append(
                (
                    "client",
                    "male" if r() < 0.9 else "female",
                    between(40, 72),
                    ("unemployed",),
                    True,
                )
            )
        self._relatives_apart(members, _RELATIVES_APART.get(key, 0.0))
        words["age"] = members[0][2]
        return members, words

    def _relatives_apart(self, members: list[Member], chance: float) -> None:
        """Add family living elsewhere (the assessment records the whole family).

        An older client gets children living apart, a younger one parents and siblings,
        unless the household already has someone in that relation; a household has at most
        :data:`_MAX_MEMBERS` members.
        """
        r = self.rng.random
        between = self._between
        age = members[0][2]
        relations = {member[0] for member in members}
        sexes = ("male", "female")
        if age >= 60:
            if "child" not in relations and r() < chance:
                for _ in range(min(1 if r() < 0.5 else 2, _MAX_MEMBERS - len(members))):
                    members.append(
                        ("child", sexes[int(r() * 2)], age - between(25, 35), ("employed",), False)
                    )
            return
        if not relations & {"mother", "father"} and r() < chance and len(members) < _MAX_MEMBERS:
            parent_age = min(95, age + between(24, 34))
            situations = ("support_needed",) if parent_age >= 75 and r() < 0.4 else ()
            mother = r() < 0.6
            members.append(
                (
                    "mother" if mother else "father",
                    "female" if mother else "male",
                    parent_age,
                    situations,
                    False,
                )
            )
        if "sibling" not in relations and r() < chance * 0.7 and len(members) < _MAX_MEMBERS:
            members.append(
                (
                    "sibling",
                    sexes[int(r() * 2)],
                    max(16, age + between(-8, 8)),
                    ("employed",),
                    False,
                )
            )

    # --- the flow -------------------------------------------------------------------------

    def _timeline(self, plan: _CasePlan, scenario: _Scenario, picker: _Weighted) -> _Timeline:
        """The dates of the case's path through the flow to its stage (before settling)."""
        rng = self.rng
        between = self._between
        today = self.today
        o = plan.opened
        span = today - o
        line = _Timeline(plan.stage)
        stage = plan.stage
        if stage is CaseStage.INTAKE:
            line.next_due = o + 14
            return line
        line.assessed = min(o + between(1, 14), today)
        if stage is CaseStage.ASSESSMENT:
            # an assessment still open is a recent one (a re-assessment in an older case)
            line.assessed = max(line.assessed, today - between(3, 30))
            line.next_due = line.assessed + 21
            return line
        if stage is CaseStage.REFERRAL:
            line.triage = TriageDecision.REFERRAL
            line.assessed = min(o + between(1, 10), today)
            line.referred = min(line.assessed + between(2, 21), today)
            # a hand-over still unconfirmed is a recent one
            line.referred = max(line.referred, today - between(3, 45))
            line.referral_due = line.referred + between(14, 30)
            line.next_due = line.referral_due
            return line
        if stage is CaseStage.PLAN_DRAFT:
            line.triage = TriageDecision.PLAN
            line.drafted = min(line.assessed + between(3, 30), today)
            if today - line.drafted > 45:
                line.drafted = max(line.assessed, today - between(7, 45))
            line.next_due = line.drafted + 21
            return line
        if stage is CaseStage.NO_CONSENT:
            line.triage = TriageDecision.STATUTORY_MEETING
            self._statutory(line, line.assessed, today)
            return line
        if stage is CaseStage.COORDINATION:
            line.triage = TriageDecision.PLAN
            if span > 200 and rng.random() < 0.35 and self._service(line, o, today - 120, False):
                # A revision: the decided plan goes back to the meeting after a review.
                due = line.decisions[-1][0] + _REVIEW_INTERVAL
                while due <= today - 5:
                    line.reviews.append(due)
                    due += _REVIEW_INTERVAL
                line.revise_at = line.reviews[-1] if line.reviews else None
            else:
                line.decisions.clear()
                line.drafted = min(line.assessed + between(3, 30), today)
                if today - line.drafted > 45:
                    line.drafted = max(line.assessed, today - between(7, 45))
            # submitted to one of the meetings of the coming month
            upcoming = self.coordination.first_from(rng, today + 1 + between(0, 27), today + 90)
            if upcoming is None:  # pragma: no cover - the calendar runs two months ahead
                line.stage = CaseStage.PLAN_DRAFT
                line.next_due = (line.drafted or today) + 21
                return line
            line.submitted = upcoming
            line.next_due = upcoming[0]
            return line
        if stage in (CaseStage.SERVICE, CaseStage.MONITORING):
            line.triage = TriageDecision.PLAN
            monitoring = stage is CaseStage.MONITORING
            if not self._service(line, o, today - (100 if monitoring else 20), True):
                line.stage = CaseStage.PLAN_DRAFT
                line.drafted = min(line.assessed + between(3, 30), today)
                line.next_due = line.drafted + 21
                return line
            self._reviews(line, today, "monitoring" if monitoring else "service")
            if span > 400 and rng.random() < 0.03:
                closed = line.decisions[0][0] + between(30, 60)
                if closed + 30 < today:
                    line.reopened = (closed, closed + between(14, 30))
            return line
        # closed
        return self._closed(line, plan, scenario, picker, span)

    def _statutory(self, line: _Timeline, since: int, until: int) -> None:
        """Put a case without consent on one or two 支援会議 after ``since``."""
        rng = self.rng
        first = self.statutory.first_from(rng, since + 7, until - 1)
        if first is not None:
            line.statutory.append(first)
            if rng.random() < 0.4:
                second = self.statutory.first_from(rng, first[0] + 50, until - 1)
                if second is not None:
                    line.statutory.append(second)
        line.next_due = (line.statutory[-1][0] if line.statutory else since) + 30

    def _service(self, line: _Timeline, opened: int, latest: int, may_revise: bool) -> bool:
        """A plan drafted and decided at a meeting held on or before ``latest``.

        With ``may_revise``, a long-running case sometimes has a second version, decided at a
        later meeting after a review asked for a revision.
        """
        rng = self.rng
        between = self._between
        latest = min(latest, self.today - 1)
        assessed = line.assessed if line.assessed is not None else opened
        drafted = assessed + between(3, 30)
        series = self.ad_hoc if rng.random() < 0.1 else self.coordination
        meeting = series.first_from(rng, drafted + 3, latest)
        if meeting is None:
            meeting = self.coordination.last_until(rng, latest, opened + 3)
        if meeting is None:
            return False
        drafted = min(drafted, meeting[0] - 1)
        line.assessed = max(opened, min(assessed, drafted))
        line.drafted = max(line.assessed, drafted)
        line.decisions.append(meeting)
        if may_revise and latest - meeting[0] > 400 and rng.random() < 0.25:
            review = meeting[0] + _REVIEW_INTERVAL * between(1, 2)
            again = self.coordination.first_from(rng, review + 5, latest)
            if again is not None:
                line.reviews.extend(
                    range(meeting[0] + _REVIEW_INTERVAL, review + 1, _REVIEW_INTERVAL)
                )
                line.revise_at = review
                line.decisions.append(again)
        return True

    def _reviews(self, line: _Timeline, until: int, mode: str) -> None:
        """Reviews every three months after the last decision.

        ``mode`` is ``service`` (reviews done up to ``until``, the next one due later),
        ``monitoring`` (a review due around ``until`` is under way; some overdue) or
        ``closed`` (reviews done up to the closure).
        """
        between = self._between
        due = line.decisions[-1][0] + _REVIEW_INTERVAL
        if mode == "monitoring":
            open_due = until + (between(-30, -1) if self.rng.random() < 0.3 else between(0, 14))
            while due <= open_due - 45:
                line.reviews.append(due)
                due += _REVIEW_INTERVAL
            line.open_review = open_due
            line.next_due = open_due
            return
        while due <= until:
            line.reviews.append(due)
            due += _REVIEW_INTERVAL
        if mode == "service":
            line.next_review = due
            line.next_due = due

    def _closed(
        self, line: _Timeline, plan: _CasePlan, scenario: _Scenario, picker: _Weighted, span: int
    ) -> _Timeline:
        """The path of a closed case: information only, hand-over, a plan, or no consent."""
        rng = self.rng
        between = self._between
        today = self.today
        o = plan.opened
        assessed = line.assessed if line.assessed is not None else o
        options: list[tuple[str, float]] = [("info_only", 25.0)]
        if span >= 20:
            options.append(("handover", 25.0))
        if span >= 110:
            options.append(("plan", 45.0))
        if span >= 40:
            options.append(("no_consent", 6.0 * scenario.no_consent_factor))
        path = _Weighted(options).pick(rng)
        line.path = path
        if path == "info_only":
            line.triage = TriageDecision.INFO_ONLY
            line.assessed = min(o + between(0, 7), today)
            line.closed = min(line.assessed + between(0, 7), today)
            line.closure_reason = "info_only"
        elif path == "handover":
            line.triage = TriageDecision.REFERRAL
            line.assessed = min(o + between(1, 10), today)
            line.referred = min(line.assessed + between(2, 21), today)
            line.referral_due = line.referred + between(14, 30)
            line.referral_confirmed = min(line.referred + between(7, 45), today)
            line.closed = min(line.referral_confirmed + between(0, 14), today)
            line.handover = True
            line.closure_reason = "handover"
        elif path == "plan":
            line.triage = TriageDecision.PLAN
            if not self._service(line, o, today - 45, True):
                line.triage = TriageDecision.INFO_ONLY
                line.path = "info_only"
                line.closed = min(assessed + between(0, 7), today)
                line.closure_reason = "info_only"
                return line
            decided = line.decisions[-1][0]
            line.closed = min(decided + between(45, 720), today - 1)
            self._reviews(line, line.closed, "closed")
            reason = picker.pick(rng)
            if reason == "deceased" and scenario.key not in {
                "8050",
                "single_elderly",
                "elderly_couple",
            }:
                reason = "independent"
            line.closure_reason = reason
        else:
            line.triage = TriageDecision.STATUTORY_MEETING
            line.closed = min(assessed + between(30, 400), today - 1)
            self._statutory(line, assessed, line.closed)
            line.closure_reason = self._choice(("lost_contact", "moved", "client_request", "other"))
        line.next_due = None
        return line

    # --- one case -------------------------------------------------------------------------

    def case(self, plan: _CasePlan, rows: _Rows) -> None:
        """Generate every row of one case into ``rows``."""
        rng = self.rng
        r = rng.random
        between = self._between
        choice = self._choice
        enc = self.enc
        staff = self.staff
        today = self.today
        scenario = _SCENARIOS[plan.scenario]
        channel_pick, consulter_pick, closure_pick = self._scenario_pickers[plan.scenario]
        line = self._timeline(plan, scenario, closure_pick)
        self._settle(line)
        stage = line.stage
        o = plan.opened
        opened_at = enc.moment(o, plan.minute)
        end = line.closed if line.closed is not None else today

        # household and people
        area = choice(self.ref.areas)
        team_index = _TEAM_OF_AREA.get(area.code, 0 if area.id % 2 else 1)
        members, words = self._household(scenario.key)
        elderly = members[0][2] >= 65
        if line.closure_reason == "deceased" and members[0][2] < 70:
            line.closure_reason = "moved"
        homeless = scenario.key == "homeless"
        address = "" if homeless else self._address(area)
        landline = "" if homeless or r() > (0.7 if elderly else 0.3) else self._phone(True)
        household_id = self._id("household")
        rows.households.append(
            {
                "id": household_id,
                "address": address,
                "area_id": area.id,
                "phone": landline,
                "notes": "",
                "version": 1,
                "created_at": opened_at,
                "updated_at": opened_at,
            }
        )
        surname = self._surnames.pick(rng)
        client_kana_key = ""
        person_ids: list[int] = []
        names: list[str] = []
        opened_day = dt.date.fromordinal(o)
        for index, (relation, sex, age, situations, together) in enumerate(members):
            # exactly ``age`` years old on the day of intake
            year = opened_day.year - age
            month, day_of_month = opened_day.month, opened_day.day
            if (month, day_of_month) == (2, 29):
                day_of_month = 28
            birth = dt.date(year, month, day_of_month).toordinal() - between(0, 364)
            birth_year = dt.date.fromordinal(birth).year
            # Spouses and children living apart sometimes carry another surname.
            family = surname
            if (relation == "spouse" and r() < 0.15) or (not together and r() < 0.4):
                family = self._surnames.pick(rng)
            family, given, given_kana = self._name(sex, birth_year, family)
            person_id = self._id("person")
            person_ids.append(person_id)
            family_name, family_kana, _ = _SURNAMES[family]
            names.append(f"{family_name}　{given}")
            if index == 0:
                phone = landline if landline and r() < 0.5 else ""
                if not phone and not homeless:
                    phone = self._phone(False)
            else:
                phone = self._phone(False) if not together and r() < 0.7 else ""
            deceased = None
            if index == 0 and line.closure_reason == "deceased" and line.closed is not None:
                deceased = enc.day(max(o, line.closed - between(0, 7)))
            keys = self._keys(family, given, given_kana)
            if index == 0:
                client_kana_key = keys["kana_key"]
            rows.people.append(
                {
                    "id": person_id,
                    "family_name": family_name,
                    "given_name": given,
                    "family_kana": family_kana,
                    "given_kana": given_kana,
                    **keys,
                    "birth_date": enc.day(birth),
                    "sex": sex,
                    "address": address if together else "",
                    "area_id": area.id if together else None,
                    "phone": phone,
                    "phone_digits": phone_digits(phone),
                    "deceased_on": deceased,
                    "version": 1,
                    "created_at": opened_at,
                    "updated_at": opened_at,
                }
            )
            rows.members.append(
                {
                    "id": self._id("household_member"),
                    "household_id": household_id,
                    "person_id": person_id,
                    "relation_code": relation,
                    "lives_together": together,
                    "situation_codes": enc.json(situations),
                    "sort_order": index,
                    "version": 1,
                }
            )

        # staff
        complex_needs = r() < scenario.complex_p
        coordinators = staff.coordinators[team_index]
        counselors = staff.counselors[team_index]
        lead_reason = ""
        if complex_needs and r() < 0.88:
            lead = choice(coordinators)
        elif scenario.key == "debt" and r() < 0.5:
            lead = staff.budget
        else:
            lead = choice(counselors)
        if complex_needs and lead not in coordinators:
            lead_reason = (
                "推進員の担当件数が多いため、主任相談支援員と協議のうえ"
                "相談支援員が主担当となる。推進員は会議と関係機関の調整で関わる。"
            )
        co_worker: int | None = None
        if complex_needs and r() < 0.6:
            co_worker = choice([u for u in [*counselors, staff.budget] if u != lead])
        elif scenario.key in {"debt", "poverty"} and lead != staff.budget and r() < 0.3:
            co_worker = staff.budget
        if co_worker is None and complex_needs and r() < 0.35:
            # the 主任 (the demo login) works alongside on some complex cases, so the demo's
            # 今日の仕事 and case list show a supervisor's own work too
            co_worker = staff.demo
        team_id = staff.team_of.get(lead, staff.teams[team_index])
        intake_staff = lead if r() < 0.6 else choice(staff.all_case_staff)
        workers = [lead] * 6 + ([co_worker] * 2 if co_worker else []) + [intake_staff]

        # the case's agencies
        agencies = [choice(self._agencies(issue, area.id)) for issue in scenario.agency_issues]
        agency_names = [a.name for a in agencies]
        restricted = scenario.key == "dv"
        urgent = r() < scenario.urgent_p
        economic = r() < scenario.economic_p
        did_not_know = r() < 0.1

        # consent
        consent_status, recorded, method = self._consent(line, o)
        case_id = self._id("case_file")

        # contact slip
        concern_sentences = [choice(scenario.concerns).format_map(words)]
        concern_sentences.append(choice(scenario.details).format_map(words))
        if r() < 0.35:
            concern_sentences.append(choice(scenario.details).format_map(words))
        if r() < 0.7:
            concern_sentences.append(choice(_CLOSINGS))
        if concern_sentences[1:2] == concern_sentences[2:3]:
            del concern_sentences[2]
        concern, concern_tokens = self._text(concern_sentences)
        issues = list(scenario.issues)
        for extra in scenario.extra_issues:
            if r() < 0.3:
                issues.append(extra)
        channel = channel_pick.pick(rng)
        consulter = consulter_pick.pick(rng)
        referring = agencies[0].id if consulter == "agency" else None
        if consulter == "client":
            consulter_name, consulter_relation = names[0], "本人"
            consulter_contact = ""
        elif consulter == "family" and len(names) > 1:
            consulter_name = names[1]
            consulter_relation = self._label.get(("relation", members[1][0]), "家族")
            consulter_contact = self._phone(False)
        elif consulter == "agency":
            consulter_name = f"{agencies[0].name} 担当者"
            consulter_relation = "関係機関"
            consulter_contact = ""
        else:
            consulter = "related_person"
            other_family, other_given, _ = self._name(choice(("male", "female")), 1960, None)
            consulter_name = f"{_SURNAMES[other_family][0]}　{other_given}"
            consulter_relation = choice(("民生委員", "近隣住民", "知人", "大家"))
            consulter_contact = self._phone(r() < 0.5)
        if line.triage is TriageDecision.INFO_ONLY:
            first_response = "information"
        elif line.triage is TriageDecision.REFERRAL:
            first_response = "accompanied_referral"
        elif line.triage is None:
            first_response = "advice"
        else:
            first_response = "continuing_support"
        slip_id = self._id("consultation")
        rows.case_issues.update((case_id, code) for code in issues)
        rows.consultations.append(
            {
                "id": slip_id,
                "case_id": case_id,
                "received_at": opened_at,
                "channel_code": channel,
                "staff_id": intake_staff,
                "consulter_type_code": consulter,
                "consulter_name": consulter_name,
                "consulter_relation": consulter_relation,
                "consulter_contact": consulter_contact,
                "referring_agency_id": referring,
                "presenting_concern": concern,
                "issue_codes": enc.json(issues),
                "stated_age": None,
                "most_pressing_code": issues[0],
                "first_response_code": first_response,
                "complex_needs": complex_needs,
                "economic_hardship": economic,
                "urgent": urgent,
                "did_not_know_where": did_not_know,
                "version": 1,
                "created_at": opened_at,
                "updated_at": opened_at,
            }
        )
        rows.documents.append(
            {
                "id": self._id("search_document"),
                "kind": "consultation",
                "record_id": slip_id,
                "case_id": case_id,
                "tokens": concern_tokens,
            }
        )
        consent_day = recorded if recorded is not None else o
        consented = consent_status == ConsentStatus.GIVEN
        rows.consents.append(
            {
                "id": self._id("consent"),
                "case_id": case_id,
                "status": consent_status,
                "recorded_on": enc.day(recorded) if recorded is not None else None,
                "method": method,
                "agency_ids": enc.json([str(a.id) for a in agencies] if consented else []),
                "meeting_kinds": enc.json(
                    [str(MeetingKind.COORDINATION)]
                    if consented and line.triage is TriageDecision.PLAN
                    else []
                ),
                "info_items": enc.json([str(i) for i in SharedInfo] if consented else []),
                "notes": "",
                "recorded_by_id": lead if recorded is not None else None,
                "version": 1,
                "created_at": opened_at,
                "updated_at": enc.moment(consent_day, 16 * 60),
            }
        )

        # events that become notes: (day, method code, sentence)
        events: list[tuple[int, str, str]] = []
        intake_method = _FIRST_NOTE_METHOD.get(channel, "interview")
        events.append((o, intake_method, choice(_INTAKE_SENTENCES)))

        # assessment
        if line.assessed is not None:
            self._assessment(
                rows,
                line=line,
                case_id=case_id,
                lead=lead,
                members=members,
                person_ids=person_ids,
                scenario=scenario,
                words=words,
                complex_needs=complex_needs,
                urgent=urgent,
                agency_names=agency_names,
            )
            events.append((line.assessed, "interview", choice(_ASSESSMENT_SENTENCES)))

        # referral
        if line.referred is not None:
            agency = agencies[0]
            confirmed = line.referral_confirmed
            method = ReferralMethod.ACCOMPANIED if r() < 0.7 else ReferralMethod.PHONE
            status = ReferralStatus.HANDED_OVER if line.handover else ReferralStatus.DONE
            referred, reason = line.referred, ""
            if not line.handover and confirmed is None:
                # referrals still in progress: some planned, some on hold
                roll = r()
                if roll < 0.15:
                    status = ReferralStatus.PLANNED
                    referred = self.today + between(1, 10)
                elif roll < 0.25:
                    status = ReferralStatus.ON_HOLD
                    reason = "本人の体調がすぐれないため、日程を改めて調整する。"
            done = status in (ReferralStatus.DONE, ReferralStatus.HANDED_OVER)
            due = line.referral_due or referred
            rows.referrals.append(
                {
                    "id": self._id("referral"),
                    "case_id": case_id,
                    "agency_id": agency.id,
                    "person_id": None,
                    "referred_on": enc.day(referred),
                    "method": str(method),
                    "status": str(status),
                    "status_reason": reason,
                    "accompanying_staff_ids": enc.json(
                        [str(lead)] if method is ReferralMethod.ACCOMPANIED else []
                    ),
                    "received_by": f"{_SURNAMES[self._surnames.pick(rng)][0]} 相談員",
                    "purpose": choice(scenario.referral_purposes),
                    "handed_over": "これまでの相談の経過と、本人・家族の意向",
                    "shared_items": enc.json(
                        [str(i) for i in _SHARED_ITEMS[: between(2, len(_SHARED_ITEMS))]]
                    ),
                    "basis": str(
                        SharingBasis.CONSENT if consented else SharingBasis.STATUTORY_MEETING
                    ),
                    "basis_note": "" if consented else "支援会議で情報共有を決定",
                    "done_on": enc.day(referred) if done else None,
                    "outcome": choice(_REFERRAL_OUTCOMES) if confirmed is not None else "",
                    "confirmation_due_on": enc.day(max(due, referred + 7)),
                    "confirmed_on": enc.day(confirmed) if confirmed is not None else None,
                    "created_by_id": lead,
                    "version": 1,
                    "created_at": enc.moment(line.referred, 17 * 60),
                    "updated_at": enc.moment(confirmed or line.referred, 17 * 60),
                }
            )
            if done:
                how = (
                    "へ本人に同行し、"
                    if method is ReferralMethod.ACCOMPANIED
                    else "に電話でつなぎ、"
                )
                events.append(
                    (
                        line.referred,
                        "accompanied_referral"
                        if method is ReferralMethod.ACCOMPANIED
                        else "agency_liaison",
                        f"{agency.name}{how}{choice(scenario.referral_purposes)}を行った。",
                    )
                )
            if confirmed is not None:
                events.append(
                    (
                        confirmed,
                        "agency_liaison",
                        f"{agency.name}から、支援が始まったとの連絡があった。",
                    )
                )

        # plans, meetings, reviews
        self._plans(
            rows,
            line=line,
            case_id=case_id,
            lead=lead,
            scenario=scenario,
            words=words,
            agencies=agencies,
            events=events,
        )
        for day, meeting_id in line.statutory:
            self._agenda(
                rows,
                meeting_id=meeting_id,
                case_id=case_id,
                plan_id=None,
                purpose=AgendaPurpose.INFORMATION_SHARING,
                decision=AgendaDecision.CONTINUE,
                note="関係機関の見守りを続け、変化があれば共有する。",
            )
            events.append((day, "meeting", "支援会議で関係機関と情報を共有した。"))

        # closure
        if line.closed is not None and line.closure_reason is not None:
            reason = line.closure_reason
            approved = min(today, line.closed + between(0, 3))
            destination = agencies[0].id if reason == "handover" else None
            rows.closures.append(
                {
                    "id": self._id("closure"),
                    "case_id": case_id,
                    "closed_on": enc.day(line.closed),
                    "reason_code": reason,
                    "destination_agency_id": destination,
                    "summary": _CLOSURE_SUMMARIES[reason],
                    "status": str(ClosureStatus.APPROVED),
                    "requested_by_id": lead,
                    "approved_by_id": staff.demo,
                    "approved_at": enc.moment(approved, 16 * 60 + 30),
                    "reopened_on": None,
                    "reopened_by_id": None,
                    "reopen_reason": "",
                    "return_reason": "",
                    "version": 1,
                    "created_at": enc.moment(line.closed, 16 * 60),
                    "updated_at": enc.moment(approved, 16 * 60 + 30),
                }
            )
            if reason != "deceased":
                events.append(
                    (line.closed, "phone" if r() < 0.5 else "interview", _CLOSURE_SENTENCES[reason])
                )
        if line.reopened is not None:
            closed_day, reopened_day = line.reopened
            rows.closures.append(
                {
                    "id": self._id("closure"),
                    "case_id": case_id,
                    "closed_on": enc.day(closed_day),
                    "reason_code": "independent",
                    "destination_agency_id": None,
                    "summary": _CLOSURE_SUMMARIES["independent"],
                    "status": str(ClosureStatus.REOPENED),
                    "requested_by_id": lead,
                    "approved_by_id": staff.demo,
                    "approved_at": enc.moment(closed_day, 16 * 60 + 30),
                    "reopened_on": enc.day(reopened_day),
                    "reopened_by_id": lead,
                    "reopen_reason": "本人から再度の相談があり、支援を再開した。",
                    "return_reason": "",
                    "version": 1,
                    "created_at": enc.moment(closed_day, 16 * 60),
                    "updated_at": enc.moment(reopened_day, 16 * 60),
                }
            )

        # progress notes
        last_contact = self._notes(
            rows,
            case_id=case_id,
            opened=o,
            end=end,
            line=line,
            scenario=scenario,
            words=words,
            agency_names=agency_names,
            workers=workers,
            events=events,
            watch=urgent or restricted,
            intake_minute=plan.minute,
        )

        if stage is CaseStage.NO_CONSENT:
            # the next outreach visit or call, a few weeks after the last contact
            line.next_due = self._open_day(last_contact[0] + between(14, 45))

        # the case row
        rows.cases.append(
            {
                "id": case_id,
                "case_number": format_case_number(plan.fiscal_year, plan.serial),
                "fiscal_year": plan.fiscal_year,
                "serial": plan.serial,
                "client_id": person_ids[0],
                "client_kana_key": client_kana_key,
                "household_id": household_id,
                "area_id": area.id,
                "stage": str(stage),
                "opened_on": enc.day(o),
                "closed_on": enc.day(line.closed) if line.closed is not None else None,
                "lead_worker_id": lead,
                "co_worker_id": co_worker,
                "lead_reason": lead_reason,
                "team_id": team_id,
                "complex_needs": complex_needs,
                "economic_hardship": economic,
                "urgent": urgent,
                "did_not_know_where": did_not_know,
                "consent_status": consent_status,
                "restricted": restricted,
                "last_contact_on": enc.day(last_contact[0]),
                "next_due_on": enc.day(line.next_due) if line.next_due is not None else None,
                "created_by_id": intake_staff,
                "version": 1,
                "created_at": opened_at,
                "updated_at": enc.moment(last_contact[0], last_contact[1]),
            }
        )
        if restricted:
            granted = enc.moment(o, 17 * 60)
            named = list(dict.fromkeys([lead, staff.demo] + ([co_worker] if co_worker else [])))
            for user_id in named:
                rows.access.append(
                    {
                        "case_id": case_id,
                        "user_id": user_id,
                        "granted_by_id": staff.demo,
                        "granted_at": granted,
                    }
                )
            rows.restrictions.append(
                {
                    "id": self._id("case_restriction"),
                    "case_id": case_id,
                    "action": RESTRICT,
                    "reason": "DV被害のため",
                    "named_user_ids": enc.json([str(u) for u in sorted(named)]),
                    "by_id": staff.demo,
                    "at": granted,
                    "version": 1,
                }
            )

    def _consent(self, line: _Timeline, opened: int) -> tuple[str, int | None, str | None]:
        """Consent status, day and method, consistent with the stage and the path."""
        r = self.rng.random
        stage = line.stage
        day = line.assessed if line.assessed is not None else opened
        if stage is CaseStage.NO_CONSENT or line.triage is TriageDecision.STATUTORY_MEETING:
            return str(ConsentStatus.REFUSED), day, None
        if stage is CaseStage.INTAKE:
            given = r() < 0.2
        elif stage is CaseStage.ASSESSMENT:
            given = r() < 0.65
        elif stage is CaseStage.PLAN_DRAFT:
            given = r() < 0.85
        elif line.triage is TriageDecision.INFO_ONLY:
            given = r() < 0.5
        else:
            given = True
        if not given:
            return str(ConsentStatus.UNCONFIRMED), None, None
        method = str(ConsentMethod.SIGNATURE if r() < 0.8 else ConsentMethod.VERBAL)
        return str(ConsentStatus.GIVEN), day, method

    def _assessment(
        self,
        rows: _Rows,
        *,
        line: _Timeline,
        case_id: int,
        lead: int,
        members: list[Member],
        person_ids: list[int],
        scenario: _Scenario,
        words: dict[str, Any],
        complex_needs: bool,
        urgent: bool,
        agency_names: list[str],
    ) -> None:
        """The assessment and its household issue matrix."""
        enc = self.enc
        choice = self._choice
        assert line.assessed is not None
        assessment_id = self._id("assessment")
        decided = line.triage
        summary_issue = self._label.get(("issue_category", scenario.issues[0]), "")
        rows.assessments.append(
            {
                "id": assessment_id,
                "case_id": case_id,
                "sequence": 1,
                "assessed_on": enc.day(line.assessed),
                "assessor_id": lead,
                "strengths": choice(scenario.strengths).format_map(words),
                "risk": choice(scenario.risks).format_map(words),
                "urgency": "high" if urgent else choice(("medium", "low", "medium")),
                "coordination_needed": complex_needs,
                "complex_needs": complex_needs,
                "triage_decision": str(decided) if decided is not None else None,
                "triage_reason": _TRIAGE_REASONS[decided] if decided is not None else "",
                "summary": f"{summary_issue}を中心に、世帯全体の課題を整理した。"
                f"関係機関として{agency_names[0]}と連携する。",
                "version": 1,
                "created_at": enc.moment(line.assessed, 16 * 60),
                "updated_at": enc.moment(line.assessed, 16 * 60),
            }
        )
        rows.assessment_items.append(
            {
                "id": self._id("assessment_item"),
                "assessment_id": assessment_id,
                "person_id": None,
                "category_code": scenario.issues[0],
                "source": str(InformationSource.CLIENT),
                "note": "世帯全体の課題として整理した。",
                "version": 1,
            }
        )
        rows.case_issues.add((case_id, scenario.issues[0]))
        for (_, _, _, situations, together), person_id in zip(members, person_ids, strict=True):
            cells: list[tuple[str, str]] = []
            for situation in situations:
                label = self._label.get(("household_situation", situation), situation)
                issue = _SITUATION_ISSUES.get(situation)
                if issue is not None:
                    cells.append((issue, f"{label}の状況を確認した。"))
                elif situation == "in_school":
                    cells.append(("education", "就学中。学校生活の様子を確認した。"))
            if not cells:
                # every member has a row of the matrix, if only to say there is no issue
                cells.append(
                    (
                        "other",
                        "別居の家族。協力を依頼できる。" if not together else "特記事項なし。",
                    )
                )
            for category, note in cells:
                rows.assessment_items.append(
                    {
                        "id": self._id("assessment_item"),
                        "assessment_id": assessment_id,
                        "person_id": person_id,
                        "category_code": category,
                        "source": str(choice(_ASSESSMENT_SOURCES)),
                        "note": note,
                        "version": 1,
                    }
                )
                rows.case_issues.add((case_id, category))

    def _agenda(
        self,
        rows: _Rows,
        *,
        meeting_id: int,
        case_id: int,
        plan_id: int | None,
        purpose: AgendaPurpose,
        decision: AgendaDecision | None,
        note: str,
    ) -> None:
        """Put a case on a meeting's agenda."""
        order = self.agenda_order.get(meeting_id, 0) + 1
        self.agenda_order[meeting_id] = order
        rows.agenda.append(
            {
                "id": self._id("agenda_item"),
                "meeting_id": meeting_id,
                "case_id": case_id,
                "plan_id": plan_id,
                "sort_order": order,
                "purpose": str(purpose),
                "decision": str(decision) if decision is not None else None,
                "decision_note": note,
                "version": 1,
            }
        )

    def _plans(
        self,
        rows: _Rows,
        *,
        line: _Timeline,
        case_id: int,
        lead: int,
        scenario: _Scenario,
        words: dict[str, Any],
        agencies: list[_AgencyInfo],
        events: list[tuple[int, str, str]],
    ) -> None:
        """Support plan versions, their meetings' agenda items and the monitoring reviews."""
        if line.drafted is None:
            return
        drafted = line.drafted
        enc = self.enc
        r = self.rng.random
        choice = self._choice
        between = self._between
        stage = line.stage
        versions: list[tuple[str, int, int | None, int | None]] = []  # status, start, day, mtg
        for number, (day, meeting_id) in enumerate(line.decisions):
            start = drafted if number == 0 else (line.revise_at or day) + 1
            versions.append((str(PlanStatus.DECIDED), start, day, meeting_id))
        if line.submitted is not None:
            start = (line.revise_at or drafted) + 1 if line.decisions else drafted
            versions.append(
                (str(PlanStatus.SUBMITTED), min(start, self.today), None, line.submitted[1])
            )
        if not versions:
            versions.append((str(PlanStatus.DRAFT), drafted, None, None))
        plan_ids: list[int] = []
        item_ids: dict[int, list[int]] = {}
        last = len(versions) - 1
        for number, (planned_status, start, decided, plan_meeting) in enumerate(versions):
            plan_id = self._id("support_plan")
            status = planned_status
            if number < last:
                status = str(
                    PlanStatus.UNDER_REVIEW
                    if line.submitted and number == last - 1
                    else PlanStatus.ENDED
                )
            elif stage is CaseStage.CLOSED:
                status = str(PlanStatus.ENDED)
            review_on = decided + _REVIEW_INTERVAL if decided is not None else None
            updated = decided if decided is not None else start
            rows.plans.append(
                {
                    "id": plan_id,
                    "case_id": case_id,
                    "plan_no": number + 1,
                    "status": status,
                    "client_wishes": choice(scenario.wishes).format_map(words),
                    "overall_goal": choice(scenario.goals).format_map(words),
                    "short_term_goals": choice(scenario.short_goals).format_map(words),
                    "next_review_on": enc.day(review_on) if review_on is not None else None,
                    "decided_on": enc.day(decided) if decided is not None else None,
                    "decided_meeting_id": plan_meeting if decided is not None else None,
                    "client_confirmed_on": enc.day(min(self.today, decided + between(0, 7)))
                    if decided is not None
                    else None,
                    "supersedes_id": plan_ids[-1] if plan_ids else None,
                    "author_id": lead,
                    "version": 1,
                    "created_at": enc.moment(start, 15 * 60),
                    "updated_at": enc.moment(updated, 15 * 60),
                }
            )
            for order, item in enumerate(scenario.plan_items):
                agency = self._choice(self._agencies(item.agency_issue, 0)) if r() < 0.3 else None
                if agency is None:
                    agency = agencies[min(order, len(agencies) - 1)]
                item_id = self._id("plan_item")
                item_ids.setdefault(plan_id, []).append(item_id)
                rows.plan_items.append(
                    {
                        "id": item_id,
                        "plan_id": plan_id,
                        "sort_order": order + 1,
                        "issue_code": item.issue,
                        "goal": item.goal.format_map(words),
                        "action": item.action.format_map(words),
                        "responsible_agency_id": agency.id,
                        "responsible_person": "",
                        "frequency": item.frequency,
                        "funding_programme_code": item.funding,
                        "version": 1,
                    }
                )
            if plan_meeting is not None:
                if decided is not None:
                    decision = (
                        AgendaDecision.APPROVED
                        if r() < 0.8
                        else AgendaDecision.APPROVED_WITH_CHANGES
                    )
                    self._agenda(
                        rows,
                        meeting_id=plan_meeting,
                        case_id=case_id,
                        plan_id=plan_id,
                        purpose=AgendaPurpose.PLAN_REVIEW,
                        decision=decision,
                        note="支援計画を了承した。",
                    )
                    events.append((decided, "meeting", "支援調整会議で支援計画が了承された。"))
                else:
                    self._agenda(
                        rows,
                        meeting_id=plan_meeting,
                        case_id=case_id,
                        plan_id=plan_id,
                        purpose=AgendaPurpose.PLAN_REVIEW,
                        decision=None,
                        note="",
                    )
                    events.append((start, "mail_document", "支援計画案を会議事務局に提出した。"))
            plan_ids.append(plan_id)
        events.append((drafted, "interview", "本人の希望を聞きながら支援計画案を作成した。"))

        # monitoring reviews
        reviewer = lead
        for index, due in enumerate(line.reviews):
            done = min(self.today, due + between(-5, 3))
            outcome = MonitoringDecision.CONTINUE
            if line.revise_at is not None and due == line.revise_at:
                outcome = MonitoringDecision.REVISE
            elif (
                stage is CaseStage.CLOSED
                and index == len(line.reviews) - 1
                and line.closed is not None
                and line.closed - due < 60
            ):
                outcome = MonitoringDecision.CLOSE
            plan_ref = plan_ids[0]
            for (day, _), plan_id in zip(line.decisions, plan_ids, strict=False):
                if day <= due:
                    plan_ref = plan_id
            review_id = self._id("monitoring_review")
            for plan_item_id in item_ids.get(plan_ref, []):
                roll = r()
                achievement = (
                    Achievement.ACHIEVED
                    if roll < 0.35
                    else Achievement.PARTLY
                    if roll < 0.8
                    else Achievement.NOT_ACHIEVED
                )
                rows.review_items.append(
                    {
                        "id": self._id("review_item"),
                        "review_id": review_id,
                        "plan_item_id": plan_item_id,
                        "achievement": str(achievement),
                        "comment": _ACHIEVEMENT_COMMENTS[achievement],
                        "version": 1,
                    }
                )
            rows.reviews.append(
                {
                    "id": review_id,
                    "case_id": case_id,
                    "plan_id": plan_ref,
                    "due_on": enc.day(due),
                    "reviewed_on": enc.day(done),
                    "reviewer_id": reviewer,
                    "delivery_status": choice(_REVIEW_DELIVERY),
                    "advice": choice(_REVIEW_ADVICE),
                    "decision": str(outcome),
                    "note": "",
                    "version": 1,
                    "created_at": enc.moment(due, 9 * 60),
                    "updated_at": enc.moment(done, 16 * 60),
                }
            )
            events.append(
                (done, "home_visit" if r() < 0.5 else "interview", choice(_REVIEW_SENTENCES))
            )
        pending = line.open_review if line.open_review is not None else line.next_review
        if pending is not None and line.decisions:
            rows.reviews.append(
                {
                    "id": self._id("monitoring_review"),
                    "case_id": case_id,
                    "plan_id": plan_ids[min(len(line.decisions), len(plan_ids)) - 1],
                    "due_on": enc.day(pending),
                    "reviewed_on": None,
                    "reviewer_id": reviewer,
                    "delivery_status": choice(_REVIEW_DELIVERY)
                    if line.open_review is not None and pending <= self.today
                    else "",
                    "advice": "",
                    "decision": None,
                    "note": "",
                    "version": 1,
                    "created_at": enc.moment(min(pending, self.today), 9 * 60),
                    "updated_at": enc.moment(min(pending, self.today), 9 * 60),
                }
            )

    def _notes(
        self,
        rows: _Rows,
        *,
        case_id: int,
        opened: int,
        end: int,
        line: _Timeline,
        scenario: _Scenario,
        words: dict[str, Any],
        agency_names: list[str],
        workers: list[int],
        events: list[tuple[int, str, str]],
        watch: bool,
        intake_minute: int,
    ) -> tuple[int, int]:
        """Progress notes: the events of the case and ordinary contacts between them.

        This loop makes two million notes for the benchmark archive, so it is written for
        speed: local names, cached sentence tokens, and values built from cached pieces.

        Returns:
            The day and minute of the last note (the case's last contact).
        """
        rng = self.rng
        r = rng.random
        between = self._between
        enc = self.enc
        today = self.today
        active = end - opened
        if line.closure_reason == "info_only":
            target = between(2, 4)
        elif line.stage in (CaseStage.INTAKE, CaseStage.ASSESSMENT):
            target = between(2, 3 + active // 4)
        else:
            target = int(3 + active * (0.035 + r() * 0.06))
        target = max(2, min(60, target, len(events) + 1 + active * 2))
        fillers = max(0, target - len(events))
        home = scenario.key in _HOME_SCENARIOS
        filler_methods = self._fillers["home" if home else "office"]
        topics = [topic.format_map(words) for topic in scenario.topics]
        programmes = [self._label[("service_programme", p)] for p in scenario.programmes]
        for _ in range(fillers):
            events.append((opened + int(r() * (active + 1)), filler_methods.pick(rng), ""))
        events.sort(key=_event_day)

        tokens_of = self._tokens
        sentence_tokens = self._sentence_tokens
        days = enc.days
        times = enc.times
        as_text = enc.as_text
        notes_append = rows.notes.append
        documents_append = rows.documents.append
        funding_default = scenario.funding
        demo_id = self.staff.demo
        n_topics = len(topics)
        n_workers = len(workers)
        n_minutes = len(_OFFICE_MINUTES)
        note_id = self.ids["progress_note"]
        document_id = self.ids["search_document"]
        open_days = self._open_days
        open_day = self._open_day
        last = (opened, intake_minute)
        previous = -1
        minute = intake_minute
        for event_day, method, sentence in events:
            day = min(max(opened, event_day), end)
            day = open_days.get(day) or open_day(day)
            if day == previous:
                # later the same day
                minute = min(minute + 5 * (2 + int(r() * 16)), 17 * 60 - 5)
            elif day == opened:
                minute = intake_minute
            else:
                minute = _OFFICE_MINUTES[int(r() * n_minutes)]
                if day == today:
                    minute = min(minute, 12 * 60)
            previous = day
            if sentence:
                first = sentence
                second = topics[int(r() * n_topics)] if r() < 0.5 else ""
                third = ""
            else:
                leads = _METHOD_SENTENCES[method]
                first = leads[int(r() * len(leads))]
                if "{" in first:
                    first = first.format(
                        A=agency_names[int(r() * len(agency_names))],
                        R=programmes[int(r() * len(programmes))],
                    )
                second = topics[int(r() * n_topics)]
                third = _FOLLOW_UPS[int(r() * len(_FOLLOW_UPS))] if r() < 0.3 else ""
            tokens = tokens_of.get(first) or sentence_tokens(first)
            body = first
            if second:
                body += second
                tokens += " " + (tokens_of.get(second) or sentence_tokens(second))
            if third:
                body += third
                tokens += " " + (tokens_of.get(third) or sentence_tokens(third))
            low, high = _NOTE_MINUTES[method]
            if method in ("information", "agency_liaison") or r() < 0.6:
                funding = funding_default
            elif method == "home_visit":
                funding = "outreach_support"
            elif method == "meeting":
                funding = "multi_agency_collaboration"
            else:
                funding = "comprehensive_consultation"
            needs_ack = watch and r() < 0.3
            acknowledged = needs_ack and day < today
            if as_text:
                day_text = days.get(day) or enc.day(day)
                noted = day_text + times[minute]
            else:
                noted = enc.moment(day, minute)
            notes_append(
                {
                    "id": note_id,
                    "case_id": case_id,
                    "noted_at": noted,
                    "method_code": method,
                    "staff_id": workers[int(r() * n_workers)],
                    "minutes": low + 5 * int(r() * ((high - low) // 5 + 1)),
                    "funding_programme_code": funding,
                    "outreach": home and method == "home_visit",
                    "body": body,
                    "next_action": _NEXT_ACTIONS[int(r() * len(_NEXT_ACTIONS))]
                    if r() < 0.35
                    else "",
                    "next_action_on": None,
                    "needs_acknowledgement": needs_ack,
                    "acknowledged_by_id": demo_id if acknowledged else None,
                    "acknowledged_at": enc.moment(day + 1, 9 * 60) if acknowledged else None,
                    "acknowledgement_comment": "",
                    "version": 1,
                    "created_at": noted,
                    "updated_at": noted,
                }
            )
            documents_append(
                {
                    "id": document_id,
                    "kind": "note",
                    "record_id": note_id,
                    "case_id": case_id,
                    "tokens": tokens,
                }
            )
            note_id += 1
            document_id += 1
            last = (day, minute)
        self.ids["progress_note"] = note_id
        self.ids["search_document"] = document_id
        return last


def _event_day(event: tuple[int, str, str]) -> int:
    """The sort key of a note event: its day."""
    return event[0]


class _Checkpointer:
    """Copies committed pages from the WAL into the database file in a second thread.

    The writer turns automatic checkpoints off during the build, so its commits only append
    to the WAL; after each commit this thread runs ``PRAGMA wal_checkpoint(PASSIVE)`` on its
    own connection, which neither waits for nor blocks the writer and runs in SQLite without
    the GIL, so the disk work overlaps the next chunk's inserts. Every
    :data:`_CHECKPOINT_EVERY` chunks the writer waits for the checkpoint to catch up
    (:meth:`drain`), so that its next transaction starts the WAL file over and the file stays
    small.
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self._condition = threading.Condition()
        self._requested = 0
        self._done = 0
        self._stopping = False
        self._thread = threading.Thread(
            target=self._run, name="welfaredesk-demo-checkpoint", daemon=True
        )

    def start(self) -> None:
        """Start the thread."""
        self._thread.start()

    def poke(self) -> None:
        """A chunk was committed: checkpoint it."""
        with self._condition:
            self._requested += 1
            self._condition.notify_all()

    def drain(self) -> None:
        """Wait until every committed chunk is checkpointed."""
        with self._condition:
            while self._done < self._requested and self._thread.is_alive():
                self._condition.wait(0.5)

    def stop(self) -> None:
        """Stop the thread and wait for it."""
        with self._condition:
            self._stopping = True
            self._condition.notify_all()
        self._thread.join()

    def _run(self) -> None:
        connection = self._db.engine.raw_connection()
        connection.detach()  # closed at the end, never shared through the pool
        try:
            while True:
                with self._condition:
                    while not self._stopping and self._done >= self._requested:
                        self._condition.wait()
                    if self._stopping:
                        return
                    target = self._requested
                cursor = connection.cursor()
                try:
                    cursor.execute("PRAGMA wal_checkpoint(PASSIVE)")
                    cursor.fetchall()
                finally:
                    cursor.close()
                with self._condition:
                    self._done = target
                    self._condition.notify_all()
        finally:
            connection.close()


class _Producer:
    """Generates the chunks in a second thread, one chunk ahead of the writer.

    The writer pauses the producer while it binds rows (both would need the GIL, and a
    writer that gives the GIL up for every row would wait for it every time) and lets it run
    while SQLite works without the GIL (the full-text statement, the commit and its
    checkpoint). The chunks and their order are the same as in one thread, so the data does
    not depend on the timing.
    """

    def __init__(self, generator: _Generator, plans: Sequence[_CasePlan]) -> None:
        self._generator = generator
        self._plans = plans
        self._queue: queue.Queue[_Rows | BaseException] = queue.Queue(maxsize=1)
        self._running = threading.Event()
        self._running.set()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="welfaredesk-demo", daemon=True)

    def start(self) -> None:
        """Start generating."""
        self._thread.start()

    def take(self) -> _Rows:
        """The next chunk (re-raises what went wrong in the producer)."""
        item = self._queue.get()
        if isinstance(item, BaseException):
            raise item
        return item

    def pause(self) -> None:
        """Stop at the next case until :meth:`resume`."""
        self._running.clear()

    def resume(self) -> None:
        """Go on generating."""
        self._running.set()

    def stop(self) -> None:
        """Stop the thread and wait for it."""
        self._stopping.set()
        self._running.set()
        self._thread.join()

    def _run(self) -> None:
        """Generate the chunks in order and hand them over."""
        try:
            for begin in range(0, len(self._plans), CHUNK_CASES):
                rows = _Rows()
                for plan in self._plans[begin : begin + CHUNK_CASES]:
                    if not self._running.is_set():
                        self._running.wait()
                    if self._stopping.is_set():
                        return
                    self._generator.case(plan, rows)
                if not self._put(rows):
                    return
        except BaseException as exc:  # handed to the writer, which raises it
            self._put(exc)

    def _put(self, item: _Rows | BaseException) -> bool:
        """Hand an item over unless the writer stopped; whether it was handed over."""
        while not self._stopping.is_set():
            try:
                self._queue.put(item, timeout=0.1)
            except queue.Full:
                continue
            return True
        return False


# =============================================================================================
# Building the demo
# =============================================================================================


def build_demo(
    db: Database,
    *,
    cases: int = 600,
    seed: int = 7,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoResult:
    """Fill a new database with a synthetic caseload.

    The database must be migrated to head and hold the reference data (areas, agencies,
    pick-lists); it must not hold any case. Cases are opened over the fiscal year of ``today``
    and the two before it; staff accounts, meetings, and every record of each case follow.

    Args:
        db: the database to fill.
        cases: how many cases to create (1 or more).
        seed: the seed of the random generator: the same seed and ``today`` give the same data.
        today: the day the data is "as of" (defaults to the real today).
        progress: called with ``(cases done, cases in total)`` at the start and after each
            chunk of :data:`CHUNK_CASES` cases.

    Returns:
        The counts of what was created, and the demo login and password.

    Raises:
        KnownError: the database already holds cases or the demo's accounts or teams, or
            lacks the reference data.
        ValueError: ``cases`` is less than 1.
    """
    if cases < 1:
        raise ValueError(f"cases must be 1 or more, not {cases}")
    today = today or dt.date.today()
    as_text = db.dialect == "sqlite"
    encoder = _Encoder(as_text)
    writer = _Writer(as_text)
    rng = random.Random(seed)

    with db.read() as s:
        if s.scalar(select(func.count(Case.id))):
            raise KnownError(
                "このデータベースにはすでにケースが登録されているため、デモデータを作成できません。"
                "新しいデータベースファイルを指定してください。"
            )
        logins = [staff[0] for staff in _STAFF]
        if s.scalar(select(func.count(User.id)).where(User.login.in_(logins))) or s.scalar(
            select(func.count(Team.id)).where(Team.name.in_(_TEAMS))
        ):
            raise KnownError(
                "デモ用のログインIDまたはチーム名がすでに使われているため、"
                "デモデータを作成できません。"
                "新しいデータベースファイルを指定してください。"
            )
        ref = _load_reference(s)
        next_ids = {
            table.name: (s.scalar(select(func.max(table.c.id))) or 0) + 1
            for table, _ in _Rows().tables()
            if "id" in table.c
        }
        for model in (Team, User, Meeting, MeetingAttendee):
            table = _table(model)
            next_ids[table.name] = (s.scalar(select(func.max(table.c.id))) or 0) + 1

    start = dt.date(fiscal_year(today) - _YEARS_BACK, 4, 1).toordinal()
    plans = _plan_cases(rng, cases, start, today.toordinal())
    if progress is not None:
        progress(0, cases)

    with db.write() as s:
        staff = _insert_staff(s, writer, encoder, next_ids, start)
        calendar, meeting_count, attendee_count = _insert_meetings(
            s,
            writer,
            enc=encoder,
            rng=rng,
            next_ids=next_ids,
            staff=staff,
            ref=ref,
            start=start,
            today=today.toordinal(),
            cases=cases,
        )

    generator = _Generator(
        rng=rng,
        today=today,
        ref=ref,
        staff=staff,
        encoder=encoder,
        next_ids=next_ids,
        calendar=calendar,
    )
    counts = _Counts()
    fts: search.BulkIndexer | None = None
    producer = _Producer(generator, plans)
    checkpointer = _Checkpointer(db) if as_text else None
    producer.start()
    if checkpointer is not None:
        checkpointer.start()
    try:
        # A connection of its own, closed at the end instead of going back to the pool, so
        # that the build's settings (page cache, checkpoints) never reach other sessions.
        with db.engine.connect() as connection:
            connection.detach()
            done = 0
            while done < cases:
                rows = producer.take()
                # Rows are bound with the GIL held: the producer waits meanwhile. The FTS
                # statement and the commit run inside SQLite without the GIL, so the
                # producer makes the next chunk at the same time.
                producer.pause()
                with connection.begin():
                    if as_text:
                        connection.exec_driver_sql(f"PRAGMA cache_size = -{_SQLITE_CACHE_KIB}")
                        connection.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
                        fts = fts or search.BulkIndexer(connection.dialect.name)
                        fts.begin(connection)
                    for table, table_rows in rows.tables():
                        writer.insert(connection, table, table_rows)
                    producer.resume()
                    if fts is not None and rows.documents:
                        fts.finish(connection, rows.documents[0]["id"], rows.documents[-1]["id"])
                done += len(rows.cases)
                if checkpointer is not None:
                    checkpointer.poke()
                    if (done // CHUNK_CASES) % _CHECKPOINT_EVERY == 0:
                        checkpointer.drain()
                counts.add(rows)
                log.info("demo data: %d of %d cases written", done, cases)
                if progress is not None:
                    progress(done, cases)
    finally:
        producer.stop()
        if checkpointer is not None:
            checkpointer.stop()
    # The rows carry their own ids: PostgreSQL's sequences must move past them, or the first
    # ordinary insert (an intake) would take id 1 again.
    with db.engine.begin() as finishing:
        advance_sequences(finishing)

    last_serials: dict[int, int] = {}
    for plan in plans:
        last_serials[plan.fiscal_year] = max(last_serials.get(plan.fiscal_year, 0), plan.serial)
    result = DemoResult(
        teams=len(staff.teams),
        users=len(staff.ids),
        people=counts.people,
        households=counts.households,
        household_members=counts.members,
        cases=counts.cases,
        restricted_cases=counts.restricted,
        case_access=counts.access,
        consultations=counts.consultations,
        consents=counts.consents,
        assessments=counts.assessments,
        assessment_items=counts.assessment_items,
        referrals=counts.referrals,
        support_plans=counts.plans,
        plan_items=counts.plan_items,
        meetings=meeting_count,
        meeting_attendees=attendee_count,
        agenda_items=counts.agenda,
        notes=counts.notes,
        monitoring_reviews=counts.reviews,
        closures=counts.closures,
        search_documents=counts.documents,
        stages=tuple((stage, counts.stages[stage]) for stage in CaseStage),
        fiscal_years=tuple(sorted(last_serials.items())),
    )
    with db.write() as s:
        _set_counters(s, last_serials)
        audit.record(
            s,
            staff.demo,
            AuditAction.CREATE,
            "demo",
            detail=result.counts(),
        )
    log.info("demo data: %s", result.counts())
    return result


def _plan_cases(rng: random.Random, cases: int, start: int, today: int) -> list[_CasePlan]:
    """Intake days, case numbers, scenarios and stages of all cases (cheap, up front)."""
    days = today - start + 1
    intakes: list[tuple[int, int]] = []
    for _ in range(cases):
        # Slightly more cases recently: the desk became better known.
        day = min(start + int(days * (rng.random() ** 0.85)), today)
        while not _desk_open(day) and day > start:
            day -= 1
        while not _desk_open(day) and day < today:
            day += 1
        intakes.append((day, _OFFICE_MINUTES[int(rng.random() * len(_OFFICE_MINUTES))]))
    intakes.sort()
    scenario_pick = _Weighted([(i, s.weight) for i, s in enumerate(_SCENARIOS)])
    scenarios = _ensure_every_scenario([scenario_pick.pick(rng) for _ in intakes])
    stage_pickers: dict[tuple[int, int], _Weighted] = {}
    plans: list[_CasePlan] = []
    serials: dict[int, int] = {}
    for (day, minute), scenario in zip(intakes, scenarios, strict=True):
        fy = fiscal_year(dt.date.fromordinal(day))
        serial = serials.get(fy, 0) + 1
        serials[fy] = serial
        age = today - day
        bucket = next(i for i, (limit, _) in enumerate(_STAGE_WEIGHTS) if age <= limit)
        picker = stage_pickers.get((bucket, scenario))
        if picker is None:
            factor = _SCENARIOS[scenario].no_consent_factor
            weights = [
                (stage, weight * (factor if stage is CaseStage.NO_CONSENT else 1.0))
                for stage, weight in _STAGE_WEIGHTS[bucket][1].items()
            ]
            picker = _Weighted(weights)
            stage_pickers[(bucket, scenario)] = picker
        plans.append(_CasePlan(day, minute, fy, serial, scenario, picker.pick(rng)))
    return _ensure_every_stage(plans, today)


def _ensure_every_scenario(scenarios: list[int]) -> list[int]:
    """Give each missing kind of household to a case of the most common kind.

    A small demo still shows an 8050 household, a young carer, double care and a DV case.
    The cases changed are spread over the period (every seventh case from the start).
    """
    counts = Counter(scenarios)
    position = 0
    for scenario in range(len(_SCENARIOS)):
        if counts[scenario] or len(counts) >= len(scenarios):
            continue
        commonest = max(counts, key=lambda key: (counts[key], -key))
        if counts[commonest] < 2:
            break
        while scenarios[position % len(scenarios)] != commonest:
            position += 1
        index = position % len(scenarios)
        scenarios[index] = scenario
        counts[commonest] -= 1
        counts[scenario] += 1
        position += 7
    return scenarios


def _ensure_every_stage(plans: list[_CasePlan], today: int) -> list[_CasePlan]:
    """Give each missing stage to the most recent case that can be in it (deterministic)."""
    counts = dict.fromkeys(CaseStage, 0)
    for plan in plans:
        counts[plan.stage] += 1
    fixed: set[int] = set()
    for stage in CaseStage:
        if counts[stage]:
            continue
        for index in range(len(plans) - 1, -1, -1):
            plan = plans[index]
            if index in fixed or counts[plan.stage] < 2 or today - plan.opened < _MIN_SPAN[stage]:
                continue
            counts[plan.stage] -= 1
            counts[stage] += 1
            fixed.add(index)
            plans[index] = _CasePlan(
                plan.opened, plan.minute, plan.fiscal_year, plan.serial, plan.scenario, stage
            )
            break
    return plans


def _insert_staff(
    s: Session, writer: _Writer, enc: _Encoder, next_ids: dict[str, int], start: int
) -> _Staff:
    """Two teams and the desk's staff; the password is hashed once and shared."""
    created = enc.moment(start, 9 * 60)
    team_ids = []
    team_rows = []
    for name in _TEAMS:
        team_id = next_ids["team"]
        next_ids["team"] += 1
        team_ids.append(team_id)
        team_rows.append({"id": team_id, "name": name, "active": True, "version": 1})
    writer.insert(s, _table(Team), team_rows)
    password_hash = PasswordHasher().hash(DEMO_PASSWORD)
    ids: dict[str, int] = {}
    user_rows = []
    for login, name, kana, role, staff_role, team in _STAFF:
        user_id = next_ids["app_user"]
        next_ids["app_user"] += 1
        ids[login] = user_id
        user_rows.append(
            {
                "id": user_id,
                "login": login,
                "display_name": name,
                "display_kana": kana,
                "role": str(role),
                "staff_role_code": staff_role,
                "team_id": team_ids[team] if team is not None else None,
                "password_hash": password_hash,
                "active": True,
                "must_change_password": False,
                "failed_logins": 0,
                "locked_until": None,
                "last_login_at": None,
                "version": 1,
                "created_at": created,
                "updated_at": created,
            }
        )
    writer.insert(s, _table(User), user_rows)
    team_of = {ids[login]: team_ids[team] for login, _, _, _, _, team in _STAFF if team is not None}
    coordinators: list[list[int]] = [[], []]
    counselors: list[list[int]] = [[], []]
    budget = 0
    for login, _, _, role, staff_role, team in _STAFF:
        if team is None:
            continue
        if role is Role.COORDINATOR:
            coordinators[team].append(ids[login])
        elif staff_role == "budget_counselor":
            budget = ids[login]
        elif role is Role.COUNSELOR:
            counselors[team].append(ids[login])
    return _Staff(
        ids=ids,
        teams=team_ids,
        demo=ids[DEMO_LOGIN],
        secretariat=ids["demo-jimukyoku"],
        supervisor_ids=[ids[DEMO_LOGIN]],
        coordinators=coordinators,
        counselors=counselors,
        budget=budget,
        all_case_staff=[
            ids[DEMO_LOGIN],
            *coordinators[0],
            *coordinators[1],
            *counselors[0],
            *counselors[1],
            budget,
        ],
        team_of=team_of,
    )


def _desk_open(ordinal: int) -> bool:
    """Whether the desk is open on a day: weekdays, except the New Year days (12/29-1/3)."""
    if (ordinal - 1) % 7 >= 5:
        return False
    day = dt.date.fromordinal(ordinal)
    return not ((day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3))


def _meeting_day(year: int, month: int, weekday: int, nth: int) -> int:
    """The ``nth`` ``weekday`` of a month, a week later if the desk is closed that day."""
    day = _nth_weekday(year, month, weekday, nth)
    while not _desk_open(day):
        day += 7
    return day


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> int:
    """The ordinal of the ``nth`` (1-based) ``weekday`` (Monday 0) of a month."""
    first = dt.date(year, month, 1).toordinal()
    offset = (weekday - (first - 1) % 7) % 7
    return first + offset + 7 * (nth - 1)


def _insert_meetings(
    s: Session,
    writer: _Writer,
    *,
    enc: _Encoder,
    rng: random.Random,
    next_ids: dict[str, int],
    staff: _Staff,
    ref: _Reference,
    start: int,
    today: int,
    cases: int,
) -> tuple[_Calendar, int, int]:
    """Monthly 支援調整会議, ad-hoc ones, 支援会議 and 推進会議, from ``start`` to two months on."""
    # one 支援調整会議 a month for a desk of about 600 cases (10-20 plans each), more for
    # bigger archives; 支援会議 every other month
    per_month = max(1, round(cases / 1000))
    ad_hoc_per_month = max(1, per_month // 3)
    statutory_per_month = max(1, round(cases / 3000))
    network_agencies = [a.id for a in ref.agencies if a.local] or [a.id for a in ref.agencies]
    coordination = _MeetingSeries()
    ad_hoc = _MeetingSeries()
    statutory = _MeetingSeries()
    meetings: list[dict[str, Any]] = []
    attendees: list[dict[str, Any]] = []
    first = dt.date.fromordinal(start)
    last = dt.date.fromordinal(today + 62)
    year, month = first.year, first.month
    planned: list[tuple[int, int, str, str, MeetingKind, bool, _MeetingSeries | None]] = []
    while (year, month) <= (last.year, last.month):
        for index in range(per_month):
            day = _meeting_day(year, month, 2, 1 + (2 + index) % 4)  # Wednesdays, 3rd first
            planned.append(
                (
                    day,
                    14 * 60 if index % 2 == 0 else 10 * 60,
                    "coordination_regular",
                    "coordination",
                    MeetingKind.COORDINATION,
                    True,
                    coordination,
                )
            )
        for _ in range(ad_hoc_per_month):
            day = _meeting_day(year, month, int(rng.random() * 5), 1 + int(rng.random() * 4))
            planned.append(
                (
                    day,
                    16 * 60,
                    "coordination_ad_hoc",
                    "coordination",
                    MeetingKind.COORDINATION,
                    False,
                    ad_hoc,
                )
            )
        if month % 2 == 0:
            for index in range(statutory_per_month):
                day = _meeting_day(year, month, 4, 1 + (1 + index) % 4)  # Fridays, 2nd first
                planned.append(
                    (
                        day,
                        14 * 60,
                        "statutory_meeting",
                        "statutory",
                        MeetingKind.STATUTORY,
                        False,
                        statutory,
                    )
                )
        if month in (6, 10, 2):
            day = _meeting_day(year, month, 1, 4)
            planned.append(
                (day, 10 * 60, "network_meeting", "network", MeetingKind.NETWORK, True, None)
            )
        month += 1
        if month > 12:
            year, month = year + 1, 1
    planned.sort(key=lambda item: (item[0], item[1], item[2]))
    for day, minute, type_code, minutes_key, kind, regular, series in planned:
        if day < start:
            continue
        meeting_id = next_ids["meeting"]
        next_ids["meeting"] += 1
        held = day < today
        at = enc.moment(day, minute)
        meetings.append(
            {
                "id": meeting_id,
                "kind": str(kind),
                "meeting_type_code": type_code,
                "regular": regular,
                "held_at": at,
                "place": _PLACES[int(rng.random() * len(_PLACES))],
                "status": str(MeetingStatus.HELD if held else MeetingStatus.SCHEDULED),
                "chair": "福祉保健部長" if kind is MeetingKind.NETWORK else "地域福祉課長",
                "secretariat_id": staff.secretariat,
                "legal_basis": ref.legal_basis if kind is MeetingKind.STATUTORY else "",
                "minutes": _MEETING_MINUTES[minutes_key] if held else "",
                "version": 1,
                "created_at": enc.moment(max(start, day - 30), 9 * 60),
                "updated_at": at,
            }
        )
        people = [staff.secretariat, staff.demo, *staff.coordinators[0], *staff.coordinators[1]]
        for user_id in people:
            attendees.append(
                {
                    "id": next_ids["meeting_attendee"],
                    "meeting_id": meeting_id,
                    "user_id": user_id,
                    "agency_id": None,
                    "name": "",
                    "attended": True if held else None,
                    "version": 1,
                }
            )
            next_ids["meeting_attendee"] += 1
        for _ in range(3):
            attendees.append(
                {
                    "id": next_ids["meeting_attendee"],
                    "meeting_id": meeting_id,
                    "user_id": None,
                    "agency_id": network_agencies[int(rng.random() * len(network_agencies))],
                    "name": "",
                    "attended": (rng.random() < 0.9) if held else None,
                    "version": 1,
                }
            )
            next_ids["meeting_attendee"] += 1
        if series is not None:
            series.days.append(day)
            series.ids.append(meeting_id)
    writer.insert(s, _table(Meeting), meetings)
    writer.insert(s, _table(MeetingAttendee), attendees)
    return _Calendar(coordination, ad_hoc, statutory), len(meetings), len(attendees)


def _set_counters(s: Session, last_serials: dict[int, int]) -> None:
    """Set each fiscal year's case number counter to its last serial."""
    table = _table(CaseNumberCounter)
    existing = set(s.scalars(select(table.c.fiscal_year)))
    for fy, serial in sorted(last_serials.items()):
        if fy in existing:
            s.execute(table.update().where(table.c.fiscal_year == fy).values(last_serial=serial))
        else:
            s.execute(insert(table).values(fiscal_year=fy, last_serial=serial))
