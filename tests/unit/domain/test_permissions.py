"""The permission matrix of design.md §1."""

from __future__ import annotations

import pytest

from welfaredesk.domain.enums import Role
from welfaredesk.domain.permissions import (
    ACTION_LABELS,
    MATRIX,
    Action,
    CaseScope,
    allowed,
    case_scope,
)


def test_every_role_and_action_is_described() -> None:
    assert set(MATRIX) == set(Role)
    assert set(ACTION_LABELS) == set(Action)


@pytest.mark.parametrize("role", [Role.SECRETARIAT, Role.ADMIN])
def test_secretariat_and_administrators_have_no_free_reading_of_case_files(role: Role) -> None:
    assert case_scope(role) is CaseScope.NONE
    assert not allowed(role, Action.CASE_READ)
    assert not allowed(role, Action.CASE_EDIT)
    assert not allowed(role, Action.NOTE_WRITE)


def test_counselors_and_coordinators_work_on_own_and_team_cases() -> None:
    for role in (Role.COUNSELOR, Role.COORDINATOR):
        assert case_scope(role) is CaseScope.OWN_AND_TEAM
        assert allowed(role, Action.CASE_CREATE)
        assert allowed(role, Action.NOTE_WRITE)
        assert allowed(role, Action.PLAN_WRITE)
        assert not allowed(role, Action.CASE_REASSIGN)
        assert not allowed(role, Action.CASE_CLOSE_APPROVE)
        assert not allowed(role, Action.USER_ADMIN)
    assert allowed(Role.COORDINATOR, Action.MEETING_MANAGE)
    assert not allowed(Role.COUNSELOR, Action.MEETING_MANAGE)


def test_supervisors_see_all_cases_and_approve() -> None:
    assert case_scope(Role.SUPERVISOR) is CaseScope.ALL
    for action in (
        Action.CASE_REASSIGN,
        Action.CASE_CLOSE_APPROVE,
        Action.PLAN_SUBMIT,
        Action.REPORT_AGGREGATE,
        Action.CASE_RESTRICT,
    ):
        assert allowed(Role.SUPERVISOR, action)
    assert not allowed(Role.SUPERVISOR, Action.USER_ADMIN)


def test_administrators_manage_users_master_data_and_backups() -> None:
    for action in (Action.USER_ADMIN, Action.REFERENCE_EDIT, Action.BACKUP, Action.AUDIT_READ):
        assert allowed(Role.ADMIN, action)


def test_secretariat_runs_meetings_and_aggregate_reports_only() -> None:
    assert MATRIX[Role.SECRETARIAT] == {Action.MEETING_MANAGE, Action.REPORT_AGGREGATE}
