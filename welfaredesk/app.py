"""Composition root: paths → logging → database (upgrade) → services → GUI.

Everything the program needs is built here once and handed down; there are no global
registries. The GUI is imported only when it is started, so the command line and the tests
of the lower layers never load Qt.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher

from welfaredesk.services.access import AccessService
from welfaredesk.services.agencies import AgencyService
from welfaredesk.services.approvals import ApprovalService
from welfaredesk.services.assessments import AssessmentService
from welfaredesk.services.audit_trail import AuditTrailService
from welfaredesk.services.auth import AuthService
from welfaredesk.services.backup import BackupService
from welfaredesk.services.case_export import CaseExportService
from welfaredesk.services.case_list import CaseListService
from welfaredesk.services.cases import CaseService
from welfaredesk.services.changes import ChangeService
from welfaredesk.services.closures import ClosureService
from welfaredesk.services.consents import ConsentService
from welfaredesk.services.dashboard import DashboardService
from welfaredesk.services.drafts import DraftService
from welfaredesk.services.forms import FormService
from welfaredesk.services.intake import IntakeService
from welfaredesk.services.ledger_import import LedgerImportService
from welfaredesk.services.meetings import MeetingService
from welfaredesk.services.monitoring import MonitoringService
from welfaredesk.services.notes import NoteService
from welfaredesk.services.plans import PlanService
from welfaredesk.services.reference import ReferenceService
from welfaredesk.services.referrals import ReferralService
from welfaredesk.services.reports import ReportService
from welfaredesk.services.search import SearchService
from welfaredesk.services.settings import SettingsService
from welfaredesk.services.system import SystemService
from welfaredesk.services.tasks import TaskService
from welfaredesk.services.timeline import TimelineService
from welfaredesk.services.users import UserService
from welfaredesk.storage import migrate
from welfaredesk.storage.engine import Database, database_url, server_reachable

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AppContext:
    """The services of one open database."""

    db: Database
    auth: AuthService
    cases: CaseService
    case_list: CaseListService
    case_export: CaseExportService
    reference: ReferenceService
    system: SystemService
    intake: IntakeService
    ledger_import: LedgerImportService
    drafts: DraftService
    forms: FormService
    agencies: AgencyService
    assessments: AssessmentService
    consents: ConsentService
    referrals: ReferralService
    reports: ReportService
    closures: ClosureService
    approvals: ApprovalService
    meetings: MeetingService
    notes: NoteService
    monitoring: MonitoringService
    timeline: TimelineService
    tasks: TaskService
    search: SearchService
    dashboard: DashboardService
    plans: PlanService
    audit_trail: AuditTrailService
    access: AccessService
    users: UserService
    backups: BackupService
    upgrade: migrate.UpgradeResult
    changes: ChangeService
    settings: SettingsService

    def close(self) -> None:
        """Release the database connections."""
        self.db.dispose()


def open_database(
    path_or_url: str | Path,
    *,
    backup_dir: Path | None = None,
    password_hasher: PasswordHasher | None = None,
) -> AppContext:
    """Open (creating or upgrading) a database and build the services over it.

    Raises:
        DatabaseTooNew: the database was written by a newer WelfareDesk.
        ConnectionLost: the database server cannot be reached.
    """
    db = Database(database_url(path_or_url))
    try:
        with server_reachable():
            result = migrate.upgrade(db.engine, backup_dir=backup_dir)
            reference = ReferenceService(db)
            inserted = reference.ensure_loaded()
    except BaseException:
        db.dispose()
        raise
    log.info(
        "database open (%s, revision %s, %d reference rows added)",
        db.dialect,
        result.new_revision,
        inserted,
    )
    auth = AuthService(db, password_hasher)
    return AppContext(
        db=db,
        auth=auth,
        cases=CaseService(db),
        case_list=CaseListService(db),
        case_export=CaseExportService(db),
        reference=reference,
        system=SystemService(db),
        intake=IntakeService(db),
        ledger_import=LedgerImportService(db),
        drafts=DraftService(db),
        forms=FormService(db),
        agencies=AgencyService(db),
        assessments=AssessmentService(db),
        consents=ConsentService(db),
        referrals=ReferralService(db),
        reports=ReportService(db),
        closures=ClosureService(db),
        approvals=ApprovalService(db),
        meetings=MeetingService(db),
        notes=NoteService(db),
        monitoring=MonitoringService(db),
        timeline=TimelineService(db),
        tasks=TaskService(db),
        search=SearchService(db),
        dashboard=DashboardService(db),
        plans=PlanService(db),
        audit_trail=AuditTrailService(db),
        access=AccessService(db),
        users=UserService(db, auth),
        backups=BackupService(db, backup_dir),
        upgrade=result,
        changes=ChangeService(db),
        settings=SettingsService(db),
    )
