"""The permission matrix: role × action, and the record scope of each role (design.md §1).

This is the one place that says who may do what. The service layer asks it on every call
(:func:`welfaredesk.services.security.require`) and applies :func:`case_scope` to every list,
search, count, report, print and export, so hiding a button is never the only protection.
"""

from __future__ import annotations

from enum import StrEnum

from welfaredesk.domain.enums import Role


class Action(StrEnum):
    """Things a user can ask the program to do."""

    CASE_READ = "case.read"
    CASE_CREATE = "case.create"
    CASE_EDIT = "case.edit"
    CASE_REASSIGN = "case.reassign"
    CASE_CLOSE_APPROVE = "case.close_approve"
    CASE_RESTRICT = "case.restrict"
    CASE_EXPORT = "case.export"
    NOTE_WRITE = "note.write"
    NOTE_ACKNOWLEDGE = "note.acknowledge"
    PLAN_WRITE = "plan.write"
    PLAN_SUBMIT = "plan.submit"
    MEETING_MANAGE = "meeting.manage"
    REPORT_AGGREGATE = "report.aggregate"
    REFERENCE_EDIT = "reference.edit"
    AGENCY_EDIT = "agency.edit"
    USER_ADMIN = "user.admin"
    BACKUP = "backup"
    AUDIT_READ = "audit.read"
    SETTINGS_EDIT = "settings.edit"


class CaseScope(StrEnum):
    """Which cases a role may see."""

    NONE = "none"
    OWN_AND_TEAM = "own_and_team"
    ALL = "all"


_COUNSELOR = frozenset(
    {
        Action.CASE_READ,
        Action.CASE_CREATE,
        Action.CASE_EDIT,
        Action.NOTE_WRITE,
        Action.PLAN_WRITE,
    }
)

MATRIX: dict[Role, frozenset[Action]] = {
    Role.COUNSELOR: _COUNSELOR,
    Role.COORDINATOR: _COUNSELOR | {Action.MEETING_MANAGE, Action.PLAN_SUBMIT},
    Role.SUPERVISOR: _COUNSELOR
    | {
        Action.CASE_REASSIGN,
        Action.CASE_CLOSE_APPROVE,
        Action.NOTE_ACKNOWLEDGE,
        Action.CASE_RESTRICT,
        Action.CASE_EXPORT,
        Action.PLAN_SUBMIT,
        Action.MEETING_MANAGE,
        Action.REPORT_AGGREGATE,
        Action.AGENCY_EDIT,
        Action.AUDIT_READ,
        Action.SETTINGS_EDIT,
    },
    Role.SECRETARIAT: frozenset({Action.MEETING_MANAGE, Action.REPORT_AGGREGATE}),
    Role.ADMIN: frozenset(
        {
            Action.USER_ADMIN,
            Action.REFERENCE_EDIT,
            Action.AGENCY_EDIT,
            Action.BACKUP,
            Action.AUDIT_READ,
            Action.REPORT_AGGREGATE,
            Action.SETTINGS_EDIT,
        }
    ),
}

SCOPE: dict[Role, CaseScope] = {
    Role.COUNSELOR: CaseScope.OWN_AND_TEAM,
    Role.COORDINATOR: CaseScope.OWN_AND_TEAM,
    Role.SUPERVISOR: CaseScope.ALL,
    Role.SECRETARIAT: CaseScope.NONE,
    Role.ADMIN: CaseScope.NONE,
}


def allowed(role: Role, action: Action) -> bool:
    """Whether ``role`` may perform ``action`` at all (record scope aside)."""
    return action in MATRIX[role]


def case_scope(role: Role) -> CaseScope:
    """Which cases ``role`` may see in lists, searches and records."""
    return SCOPE[role]


ACTION_LABELS: dict[Action, str] = {
    Action.CASE_READ: "ケースの閲覧",
    Action.CASE_CREATE: "相談受付",
    Action.CASE_EDIT: "ケースの編集",
    Action.CASE_REASSIGN: "担当者の変更",
    Action.CASE_CLOSE_APPROVE: "終結の承認",
    Action.CASE_RESTRICT: "閲覧制限の設定",
    Action.CASE_EXPORT: "ケース一覧の書き出し",
    Action.NOTE_WRITE: "支援経過の記録",
    Action.NOTE_ACKNOWLEDGE: "支援経過の確認",
    Action.PLAN_WRITE: "支援計画の作成",
    Action.PLAN_SUBMIT: "支援計画の会議提出",
    Action.MEETING_MANAGE: "会議の管理",
    Action.REPORT_AGGREGATE: "集計表の作成",
    Action.REFERENCE_EDIT: "選択肢の編集",
    Action.AGENCY_EDIT: "関係機関の編集",
    Action.USER_ADMIN: "利用者の管理",
    Action.BACKUP: "バックアップ",
    Action.AUDIT_READ: "操作記録の閲覧",
    Action.SETTINGS_EDIT: "窓口の設定",
}
