"""Fixed vocabularies of the desk's workflow (design.md §2, §3).

Values are the stored codes (English, stable); Japanese labels live in :data:`LABELS` so the
GUI, the printed forms and the reports name things the same way. Pick-lists that a desk may
edit (intake channels, issue categories, closure reasons ...) are reference data in the
database instead (``db/reference``); only what the code's rules depend on is an enum here.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """Application roles (design.md §1)."""

    COUNSELOR = "counselor"
    COORDINATOR = "coordinator"
    SUPERVISOR = "supervisor"
    SECRETARIAT = "secretariat"
    ADMIN = "admin"


class CaseStage(StrEnum):
    """Where a case is in the desk's flow (design.md §2; domain.md §1)."""

    INTAKE = "intake"
    ASSESSMENT = "assessment"
    REFERRAL = "referral"
    PLAN_DRAFT = "plan_draft"
    COORDINATION = "coordination"
    SERVICE = "service"
    MONITORING = "monitoring"
    NO_CONSENT = "no_consent"
    CLOSED = "closed"


class ConsentStatus(StrEnum):
    """本人同意."""

    GIVEN = "given"
    REFUSED = "refused"
    UNCONFIRMED = "unconfirmed"


class ConsentMethod(StrEnum):
    """How consent was given."""

    SIGNATURE = "signature"
    VERBAL = "verbal"


class Sex(StrEnum):
    """性別, including その他 and 回答しない."""

    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNDISCLOSED = "undisclosed"


class TriageDecision(StrEnum):
    """The outcome of 課題分析・振り分け."""

    INFO_ONLY = "info_only"
    REFERRAL = "referral"
    PLAN = "plan"
    STATUTORY_MEETING = "statutory_meeting"


class PlanStatus(StrEnum):
    """Support-plan version status: 案 → 会議提出 → 決定 → 見直し中 → 終了."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    DECIDED = "decided"
    UNDER_REVIEW = "under_review"
    ENDED = "ended"


class MeetingKind(StrEnum):
    """The three meeting bodies the rules know about, plus local meetings."""

    COORDINATION = "coordination_meeting"
    STATUTORY = "statutory_meeting"
    NETWORK = "network_meeting"
    OTHER = "other"


class MeetingStatus(StrEnum):
    """Whether a meeting is still to come, held or cancelled."""

    SCHEDULED = "scheduled"
    HELD = "held"
    CANCELLED = "cancelled"


class AgendaPurpose(StrEnum):
    """Why a case is on a meeting's agenda."""

    PLAN_REVIEW = "plan_review"
    EVALUATION = "evaluation"
    CLOSURE_CHECK = "closure_check"
    INFORMATION_SHARING = "information_sharing"


class AgendaDecision(StrEnum):
    """A meeting's decision on one agenda item."""

    APPROVED = "approved"
    APPROVED_WITH_CHANGES = "approved_with_changes"
    REVISE = "revise"
    CONTINUE = "continue"
    CLOSE = "close"


class MonitoringDecision(StrEnum):
    """The outcome of 経過確認と評価."""

    CONTINUE = "continue"
    REVISE = "revise"
    CLOSE = "close"


class Achievement(StrEnum):
    """How far a plan item's goal was reached at a monitoring review."""

    ACHIEVED = "achieved"
    PARTLY = "partly"
    NOT_ACHIEVED = "not_achieved"
    STOPPED = "stopped"


class InformationSource(StrEnum):
    """Where an assessment item's information came from (domain.md §5)."""

    CLIENT = "client"
    FAMILY = "family"
    AGENCY = "agency"
    OBSERVATION = "observation"


class AgencyKind(StrEnum):
    """Kinds of entry in the agency directory (domain.md §3)."""

    CITY_DEPARTMENT = "city_department"
    CONSULTATION_AGENCY = "consultation_agency"
    COMMUNITY = "community"
    PROGRAMME = "programme"


class ReferralMethod(StrEnum):
    """How a person is connected to an agency (同行支援・つなぎ)."""

    ACCOMPANIED = "accompanied"
    PHONE = "phone"
    LETTER = "letter"


class ReferralStatus(StrEnum):
    """Where a referral stands: 予定 → 実施 → 引継ぎ完了, or 不受理 / 保留 / 本人辞退."""

    PLANNED = "planned"
    DONE = "done"
    HANDED_OVER = "handed_over"
    REJECTED = "rejected"
    ON_HOLD = "on_hold"
    DECLINED = "declined"


class SharingBasis(StrEnum):
    """Why information about the person may be given to an agency."""

    CONSENT = "consent"
    STATUTORY_MEETING = "statutory_meeting"


class SharedInfo(StrEnum):
    """The kinds of information a person may agree to share with an agency.

    The person's name, reading, date of birth and sex identify whom a referral is about and
    are always on a referral slip; everything else is printed only when it is both chosen for
    the referral and covered by the person's consent (or by a 支援会議, 法第9条).
    """

    CONTACT = "contact"
    HOUSEHOLD = "household"
    CONCERN = "concern"
    ISSUES = "issues"
    HEALTH = "health"
    FINANCES = "finances"
    STRENGTHS = "strengths"


class ClosureStatus(StrEnum):
    """A closure waits for supervisor approval where configured."""

    REQUESTED = "requested"
    APPROVED = "approved"
    RETURNED = "returned"
    REOPENED = "reopened"


class AuditAction(StrEnum):
    """What an audit event records."""

    CREATE = "create"
    UPDATE = "update"
    VIEW = "view"
    PRINT = "print"
    EXPORT = "export"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGOUT = "logout"
    SETUP = "setup"
    DENIED = "denied"
    """A refused request: the role may not do the action, or the case is outside its scope."""


_LABEL_LIST: tuple[tuple[StrEnum, str], ...] = (
    (Role.COUNSELOR, "相談支援員"),
    (Role.COORDINATOR, "相談支援包括化推進員"),
    (Role.SUPERVISOR, "主任相談支援員"),
    (Role.SECRETARIAT, "会議事務局"),
    (Role.ADMIN, "システム管理者"),
    (CaseStage.INTAKE, "相談受付"),
    (CaseStage.ASSESSMENT, "課題分析・振り分け"),
    (CaseStage.REFERRAL, "同行支援・引継ぎ"),
    (CaseStage.PLAN_DRAFT, "支援計画案"),
    (CaseStage.COORDINATION, "支援調整会議"),
    (CaseStage.SERVICE, "支援提供"),
    (CaseStage.MONITORING, "経過確認と評価"),
    (CaseStage.NO_CONSENT, "本人同意なし(支援会議)"),
    (CaseStage.CLOSED, "終結"),
    (ConsentStatus.GIVEN, "同意あり"),
    (ConsentStatus.REFUSED, "同意なし"),
    (ConsentStatus.UNCONFIRMED, "未確認"),
    (ConsentMethod.SIGNATURE, "署名"),
    (ConsentMethod.VERBAL, "口頭"),
    (Sex.FEMALE, "女性"),
    (Sex.MALE, "男性"),
    (Sex.OTHER, "その他"),
    (Sex.UNDISCLOSED, "回答しない"),
    (TriageDecision.INFO_ONLY, "情報提供のみで終了"),
    (TriageDecision.REFERRAL, "同行支援・引継ぎ"),
    (TriageDecision.PLAN, "支援計画策定"),
    (TriageDecision.STATUTORY_MEETING, "支援会議"),
    (PlanStatus.DRAFT, "案"),
    (PlanStatus.SUBMITTED, "会議提出"),
    (PlanStatus.DECIDED, "決定"),
    (PlanStatus.UNDER_REVIEW, "見直し中"),
    (PlanStatus.ENDED, "終了"),
    (MeetingKind.COORDINATION, "支援調整会議"),
    (MeetingKind.STATUTORY, "支援会議"),
    (MeetingKind.NETWORK, "相談支援包括化推進会議"),
    (MeetingKind.OTHER, "その他の会議"),
    (MeetingStatus.SCHEDULED, "予定"),
    (MeetingStatus.HELD, "開催済み"),
    (MeetingStatus.CANCELLED, "中止"),
    (AgendaPurpose.PLAN_REVIEW, "プラン検討"),
    (AgendaPurpose.EVALUATION, "評価"),
    (AgendaPurpose.CLOSURE_CHECK, "終結確認"),
    (AgendaPurpose.INFORMATION_SHARING, "情報共有"),
    (AgendaDecision.APPROVED, "了承"),
    (AgendaDecision.APPROVED_WITH_CHANGES, "修正のうえ了承"),
    (AgendaDecision.REVISE, "見直し"),
    (AgendaDecision.CONTINUE, "継続"),
    (AgendaDecision.CLOSE, "終結"),
    (MonitoringDecision.CONTINUE, "継続"),
    (MonitoringDecision.REVISE, "見直し"),
    (MonitoringDecision.CLOSE, "終結"),
    (Achievement.ACHIEVED, "達成"),
    (Achievement.PARTLY, "一部達成"),
    (Achievement.NOT_ACHIEVED, "未達成"),
    (Achievement.STOPPED, "中止"),
    (InformationSource.CLIENT, "本人"),
    (InformationSource.FAMILY, "家族"),
    (InformationSource.AGENCY, "関係機関からの聞き取り"),
    (InformationSource.OBSERVATION, "訪問時の観察"),
    (AgencyKind.CITY_DEPARTMENT, "庁内関係課"),
    (AgencyKind.CONSULTATION_AGENCY, "相談支援機関"),
    (AgencyKind.COMMUNITY, "地域の担い手"),
    (AgencyKind.PROGRAMME, "制度・事業"),
    (ReferralMethod.ACCOMPANIED, "同行"),
    (ReferralMethod.PHONE, "電話でつなぐ"),
    (ReferralMethod.LETTER, "紹介状のみ"),
    (ReferralStatus.PLANNED, "予定"),
    (ReferralStatus.DONE, "実施"),
    (ReferralStatus.HANDED_OVER, "引継ぎ完了"),
    (ReferralStatus.REJECTED, "不受理"),
    (ReferralStatus.ON_HOLD, "保留"),
    (ReferralStatus.DECLINED, "本人辞退"),
    (SharingBasis.CONSENT, "本人の同意"),
    (SharingBasis.STATUTORY_MEETING, "支援会議（生活困窮者自立支援法第9条）"),
    (SharedInfo.CONTACT, "住所・電話番号"),
    (SharedInfo.HOUSEHOLD, "世帯の状況"),
    (SharedInfo.CONCERN, "相談の概要"),
    (SharedInfo.ISSUES, "課題の状況"),
    (SharedInfo.HEALTH, "心身の状況"),
    (SharedInfo.FINANCES, "経済状況・債務"),
    (SharedInfo.STRENGTHS, "強み・支援上の留意点"),
    (ClosureStatus.REQUESTED, "承認待ち"),
    (ClosureStatus.APPROVED, "終結"),
    (ClosureStatus.RETURNED, "差し戻し"),
    (ClosureStatus.REOPENED, "再開"),
    (AuditAction.CREATE, "登録"),
    (AuditAction.UPDATE, "変更"),
    (AuditAction.VIEW, "閲覧"),
    (AuditAction.PRINT, "印刷"),
    (AuditAction.EXPORT, "書き出し"),
    (AuditAction.LOGIN, "ログイン"),
    (AuditAction.LOGIN_FAILED, "ログイン失敗"),
    (AuditAction.LOGOUT, "ログアウト"),
    (AuditAction.SETUP, "初期設定"),
    (AuditAction.DENIED, "権限がなく拒否"),
)

LABELS: dict[tuple[type[StrEnum], str], str] = {
    (type(value), str(value)): text for value, text in _LABEL_LIST
}
"""Japanese labels by (enum class, code): codes repeat across enums (``statutory_meeting`` is a
triage decision, a meeting kind and a sharing basis; ``approved`` a closure status and an
agenda decision), so the class is part of the key."""


def label(value: StrEnum) -> str:
    """The Japanese label of an enum value (falls back to the code)."""
    return LABELS.get((type(value), str(value)), str(value))
