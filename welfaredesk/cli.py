"""The command line: the program, the demo, administrators' database commands.

welfaredesk [--db PATH_OR_URL]                 open the program
welfaredesk demo [--no-gui] [--cases N] [--seed S] [--screenshots DIR] [--lang ja|en]
welfaredesk --db PATH db upgrade               create or upgrade a database
welfaredesk db copy --from PATH_OR_URL --to PATH_OR_URL   copy a database into an empty one
welfaredesk [--db PATH_OR_URL] db check        connect and compare revisions (exit 0: usable)
welfaredesk --db PATH audit verify             check the audit trail's hash chain
welfaredesk --db PATH report --fiscal-year 2025 | --from DATE --to DATE
            --format xlsx|csv|pdf -o FILE [--outsiders] [--threshold N] [--user ID]
welfaredesk bench [--cases N | --scale N,N,...] [--seed S] [--repeat K] [--json FILE]
                  [--archive-dir DIR] [--only KEY,...] [--cold drop|first] [--ledger-rows N]
welfaredesk --db PATH backup create [--encrypt] -o FILE | verify FILE | restore FILE [--to URL]
welfaredesk --db PATH import ledger FILE [--dry-run] [--only-valid] [--map C=F] [--decide R=ID]
welfaredesk --version | --smoke-test
"""

from __future__ import annotations

import argparse
import functools
import getpass
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal, cast

from welfaredesk import __version__, paths
from welfaredesk.domain.errors import ConnectionLost, KnownError
from welfaredesk.logging_setup import setup_logging

if TYPE_CHECKING:
    from welfaredesk.app import AppContext
    from welfaredesk.services.reports import ReportService

DEFAULT_DEMO_CASES = 600


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=argparse.SUPPRESS,
        help="database file or URL (default: $WELFAREDESK_DATABASE_URL or the user data folder)",
    )
    common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS)
    parser = argparse.ArgumentParser(
        prog="welfaredesk",
        description="WelfareDesk — 福祉総合相談窓口の相談支援記録",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"WelfareDesk {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open a temporary database and the main window offscreen, then exit 0",
    )
    commands = parser.add_subparsers(dest="command")
    demo = commands.add_parser("demo", parents=[common], help="open a synthetic demo caseload")
    demo.add_argument("--no-gui", action="store_true", help="only build the demo database")
    demo.add_argument("--cases", type=int, default=DEFAULT_DEMO_CASES)
    demo.add_argument("--seed", type=int, default=7)
    demo.add_argument("--screenshots", metavar="DIR", type=Path, help="save screenshots and exit")
    demo.add_argument(
        "--lang",
        choices=("ja", "en"),
        default=None,
        help="the screens' language for this run (default: this PC's setting)",
    )
    bench = commands.add_parser(
        "bench", help="measure the interactions of design.md §7 on a generated archive"
    )
    bench.add_argument("--cases", type=int, default=100_000)
    bench.add_argument("--seed", type=int, default=7)
    bench.add_argument("--repeat", type=int, default=5, metavar="K", help="timed runs each")
    bench.add_argument("--json", type=Path, metavar="FILE", help="write the results as JSON")
    bench.add_argument(
        "--archive-dir", type=Path, metavar="DIR", help="where archives are kept (user cache)"
    )
    bench.add_argument(
        "--scale",
        metavar="N,N,...",
        help="run at each size (e.g. 10000,100000,300000) and print the scaling table",
    )
    bench.add_argument(
        "--only", metavar="KEY,...", default="", help="measure only these interactions"
    )
    bench.add_argument(
        "--cold",
        choices=("drop", "first"),
        default="drop",
        help="cold start: empty the page cache first (where permitted) or the run's first start",
    )
    bench.add_argument("--ledger-rows", type=int, default=10_000, metavar="N")
    db = commands.add_parser("db", parents=[common], help="database administration")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    db_commands.add_parser("upgrade", parents=[common], help="create or upgrade the database")
    db_copy = db_commands.add_parser(
        "copy", help="copy a whole database into an empty one (SQLite to PostgreSQL) and verify"
    )
    db_copy.add_argument("--from", dest="source", required=True, metavar="PATH_OR_URL")
    db_copy.add_argument("--to", dest="target", required=True, metavar="PATH_OR_URL")
    db_commands.add_parser(
        "check",
        parents=[common],
        help="connect and compare the database's revision with the program's (changes nothing)",
    )
    printing = commands.add_parser("print", parents=[common], help="print a form to PDF")
    forms = printing.add_subparsers(dest="form", required=True)
    user_help = "login ID to print as (password from $WELFAREDESK_PASSWORD or a prompt)"
    default_user = os.environ.get("WELFAREDESK_USER") or getpass.getuser()
    slip = forms.add_parser("contact-slip", parents=[common], help="連絡票 of a case")
    referral = forms.add_parser(
        "referral-slip", parents=[common], help="つなぎシート(紹介状) of a referral"
    )
    referral.add_argument(
        "--referral", required=True, type=int, metavar="ID", help="the referral's number"
    )
    closure = forms.add_parser("closure-record", parents=[common], help="終結記録票 of a case")
    plan = forms.add_parser("support-plan", parents=[common], help="支援計画書 of a plan version")
    plan.add_argument("--plan", required=True, type=int, metavar="N", help="the version (第N版)")
    record = forms.add_parser(
        "progress-record", parents=[common], help="支援経過記録票 (progress notes) of a case"
    )
    record.add_argument("--from", dest="date_from", metavar="DATE", help="first day printed")
    record.add_argument("--to", dest="date_to", metavar="DATE", help="last day printed")
    for form in (slip, referral, closure, plan, record):
        form.add_argument("--case", required=True, metavar="CASE_NUMBER", help="e.g. R7-00001")
        form.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
        form.add_argument("--user", default=default_user, help=user_help)
    for name, what in MEETING_FORMS.items():
        meeting = forms.add_parser(name, parents=[common], help=f"{what} of a meeting")
        meeting.add_argument("--meeting", required=True, type=int, metavar="ID", help="its number")
        meeting.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
        meeting.add_argument("--user", default=default_user, help=user_help)
    report = commands.add_parser(
        "report", parents=[common], help="statistics report (年度の統計) as XLSX, CSV or PDF"
    )
    report.add_argument(
        "--fiscal-year", type=int, metavar="YEAR", help="by its April's year (2025 = 令和7年度)"
    )
    report.add_argument("--from", dest="date_from", metavar="DATE", help="first day (with --to)")
    report.add_argument("--to", dest="date_to", metavar="DATE", help="last day (with --from)")
    report.add_argument(
        "--format", choices=REPORT_FORMATS, help="default: from the suffix of -o (.xlsx .csv .pdf)"
    )
    report.add_argument(
        "-o", "--output", required=True, type=Path, metavar="FILE", help="csv: FILE.csv or a folder"
    )
    report.add_argument(
        "--outsiders", action="store_true", help="for readers outside the desk: hide small counts"
    )
    report.add_argument(
        "--threshold", type=int, metavar="N", help="hide counts below N (implies --outsiders)"
    )
    report.add_argument("--user", default=default_user, help=user_help)
    audit = commands.add_parser("audit", parents=[common], help="audit trail")
    audit_commands = audit.add_subparsers(dest="audit_command", required=True)
    audit_commands.add_parser("verify", parents=[common], help="verify the hash chain")
    backup = commands.add_parser("backup", parents=[common], help="backups (administrators)")
    backup_commands = backup.add_subparsers(dest="backup_command", required=True)
    backup_create = backup_commands.add_parser(
        "create", parents=[common], help="write a backup of the database"
    )
    backup_create.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    backup_create.add_argument(
        "--encrypt",
        action="store_true",
        help="encrypt with a passphrase ($WELFAREDESK_BACKUP_PASSPHRASE or a prompt)",
    )
    backup_verify = backup_commands.add_parser("verify", parents=[common], help="check a backup")
    backup_restore = backup_commands.add_parser(
        "restore", parents=[common], help="replace the database with a backup"
    )
    for sub in (backup_create, backup_verify, backup_restore):
        sub.add_argument("--user", default=default_user, help="login ID of an administrator")
    for sub in (backup_verify, backup_restore):
        sub.add_argument("file", type=Path, metavar="FILE")
    backup_restore.add_argument(
        "--to",
        dest="into",
        metavar="PATH_OR_URL",
        help="restore into this empty database instead (required on PostgreSQL)",
    )
    importing = commands.add_parser("import", parents=[common], help="import existing records")
    import_commands = importing.add_subparsers(dest="import_command", required=True)
    ledger = import_commands.add_parser(
        "ledger", parents=[common], help="import a 相談台帳 (.xlsx or .csv)"
    )
    ledger.add_argument("file", type=Path, metavar="FILE")
    ledger.add_argument("--dry-run", action="store_true", help="check and roll back")
    ledger.add_argument(
        "--only-valid", action="store_true", help="import the valid rows, leave out the rest"
    )
    ledger.add_argument(
        "--map", action="append", default=[], metavar="COLUMN=FIELD", help="map a column"
    )
    ledger.add_argument(
        "--decide",
        action="append",
        default=[],
        metavar="ROW=PERSON_ID|new",
        help="the same person as a candidate, or a new person",
    )
    ledger.add_argument("--user", default=default_user, help="login ID of a supervisor")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    setup_logging(verbose=getattr(args, "verbose", False))
    try:
        if args.smoke_test:
            return _smoke_test()
        if args.command == "demo":
            return _demo(args)
        if args.command == "db" and args.db_command == "check":
            return _db_check(_database(args))
        if args.command == "db" and args.db_command == "copy":
            return _db_copy(args.source, args.target)
        if args.command == "db":
            return _db_upgrade(_database(args))
        if args.command == "bench":
            return _bench(args)
        if args.command == "print" and args.form == "progress-record":
            return _print_progress_record(
                _database(args), args.user, args.case, args.date_from, args.date_to, args.output
            )
        if args.command == "print" and args.form == "referral-slip":
            return _print_referral_slip(
                _database(args), args.user, args.case, args.referral, args.output
            )
        if args.command == "print" and args.form == "support-plan":
            return _print_support_plan(
                _database(args), args.user, args.case, args.plan, args.output
            )
        if args.command == "print" and args.form == "closure-record":
            return _print_closure_record(_database(args), args.user, args.case, args.output)
        if args.command == "print" and args.form in MEETING_FORMS:
            return _print_meeting(_database(args), args.user, args.form, args.meeting, args.output)
        if args.command == "print":
            return _print_contact_slip(_database(args), args.user, args.case, args.output)
        if args.command == "report":
            return _report(_database(args), args)
        if args.command == "backup":
            return _backup(_database(args), args)
        if args.command == "audit":
            return _audit_verify(_database(args))
        if args.command == "import":
            return _import_ledger(_database(args), args)
        return _run(args)
    except KnownError as exc:
        print(f"エラー: {exc.text()}", file=sys.stderr)
        return 2


def _database(args: argparse.Namespace, default: Path | None = None) -> str:
    """``--db``, else ``$WELFAREDESK_DATABASE_URL``, else this PC's saved choice, else the file.

    With a ``default`` (the demo's own file) the PC's saved choice is not used.
    """
    value = getattr(args, "db", None) or os.environ.get("WELFAREDESK_DATABASE_URL")
    if not value and default is None:
        from welfaredesk import local_settings

        value = local_settings.saved_database_location()
    return value or str(default or paths.default_database_path())


def _db_check(database: str) -> int:
    """``db check``: print what the connection check found; 0 when the program can use it."""
    from welfaredesk.services.connection import check_connection

    found = check_connection(database)
    print(found.text())
    return 0 if found.usable else 1


def _run(args: argparse.Namespace) -> int:
    from welfaredesk.gui.application import OpenFailed, run

    failed: Exception | None = None
    ready = _ready_to_log_in(args)
    if ready is not None:
        # The login window first; the database opens behind it (start-up time, design.md §7).
        try:
            return run(functools.partial(_open_database, ready))
        except OpenFailed as exc:  # said in the start-up window, as when opened first
            failed = exc.error
    ctx = _open_for_gui(args, failed)
    if ctx is None:
        return 2
    try:
        return run(ctx)
    finally:
        ctx.close()


def _ready_to_log_in(args: argparse.Namespace) -> str | None:
    """The database file, when it can be opened behind the login window; else None.

    A SQLite file at this program's revision with an account (read without loading SQLAlchemy,
    the services or the main window): opening it neither upgrades it nor asks for the first
    administrator. A server, or anything else, is opened first, as it always was.
    """
    from welfaredesk.storage.migrate import ready_to_log_in

    try:
        database = _database(args)
    except KnownError:  # a broken settings file: the usual open says so
        return None
    if "://" in database or not ready_to_log_in(Path(database).expanduser()):
        return None
    return database


def _open_database(database: str) -> AppContext:
    """Open the database and build the services (on the worker, behind the login window)."""
    from welfaredesk.app import open_database

    return open_database(database)


def _open_for_gui(args: argparse.Namespace, failed: Exception | None = None) -> AppContext | None:
    """Open the database for the program; when it cannot be opened, say why in a window.

    The start-up error offers the connection dialog (a PC whose server moved is repointed
    without the command line) and tries again with the saved choice; None: the user quit.

    Args:
        args: the command line.
        failed: what opening the database behind the login window raised: said first.
    """
    from sqlalchemy.exc import DBAPIError

    from welfaredesk.app import open_database
    from welfaredesk.gui.application import start_up_failed
    from welfaredesk.services.connection import check_connection
    from welfaredesk.storage.engine import BUSY_AT_START_MESSAGE, database_busy

    while True:
        database: str | None = None
        try:
            database = _database(args)
            if failed is not None:
                error, failed = failed, None
                raise error
            return open_database(database)
        except DBAPIError as exc:
            if database_busy(exc):  # another process holds the file: checking would succeed
                problem = BUSY_AT_START_MESSAGE
            else:  # the server cannot be reached: the check says why
                problem = check_connection(database).text() if database else ""
        except ConnectionLost:
            problem = check_connection(database).text() if database else ""
        except KnownError as exc:
            problem = exc.text()
        print(f"エラー: {problem}", file=sys.stderr)
        named = bool(getattr(args, "db", None) or os.environ.get("WELFAREDESK_DATABASE_URL"))
        if not start_up_failed(problem, fixed_by_command_line=named):
            return None


def _db_upgrade(database: str) -> int:
    from welfaredesk.app import open_database

    ctx = open_database(database)
    try:
        info = ctx.system.database_info()
        print(f"データベース: {info.location}")
        if ctx.upgrade.old_revision == ctx.upgrade.new_revision:
            print(f"すでに最新の版です(版: {ctx.upgrade.new_revision})。")
        else:
            before = ctx.upgrade.old_revision or "新規作成"
            print(f"版: {before} → {ctx.upgrade.new_revision}")
        if ctx.upgrade.backup is not None:
            print(f"更新前の複製: {ctx.upgrade.backup}")
        return 0
    finally:
        ctx.close()


def _db_copy(source: str, target: str) -> int:
    from welfaredesk.services.backup import copy_database, is_encrypted
    from welfaredesk.storage.copy import CopyStep, location
    from welfaredesk.storage.engine import database_url

    passphrase = None
    if "://" not in source and is_encrypted(Path(source).expanduser()):
        passphrase = _passphrase(twice=False)
    print(f"コピー元: {location(database_url(source))}")
    print(f"コピー先: {location(database_url(target))}")
    started = time.perf_counter()

    def progress(step: CopyStep) -> None:
        if step.table_done == step.table_rows:
            what = "コピー" if step.phase == "copy" else "確認  "
            print(f"  {what} {step.table:<20} {step.table_rows:>10,}行", flush=True)

    result = copy_database(source, target, passphrase=passphrase, progress=progress)
    seconds = time.perf_counter() - started
    rate = result.rows / result.copy_seconds if result.copy_seconds else 0.0
    print(
        f"コピーしました: 表 {len(result.tables)}、行 {result.rows:,}、{seconds:.1f}秒"
        f"(コピー {result.copy_seconds:.1f}秒・毎秒 {rate:,.0f}行、"
        f"確認 {result.verify_seconds:.1f}秒)"
    )
    print("すべての表の行数とチェックサムが一致し、操作記録の連鎖も確認しました。")
    return 0


MEETING_FORMS = {
    "meeting-agenda": "次第",
    "meeting-attendance": "出席者名簿",
    "meeting-minutes": "会議録",
}
"""The meeting papers the command line prints: subcommand → form name."""


def _print_meeting(database: str, login: str, form: str, meeting_id: int, output: Path) -> int:
    from welfaredesk.app import open_database

    ctx = open_database(database)
    try:
        principal = ctx.auth.login(login, _password(login))
        output.parent.mkdir(parents=True, exist_ok=True)
        printers = {
            "meeting-agenda": ctx.meetings.print_agenda,
            "meeting-attendance": ctx.meetings.print_attendance,
            "meeting-minutes": ctx.meetings.print_minutes,
        }
        printers[form](principal, meeting_id, output)
        print(f"{MEETING_FORMS[form]}を保存しました: {output}")
        return 0
    finally:
        ctx.close()


def _password(login: str) -> str:
    password = os.environ.get("WELFAREDESK_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise KnownError(
            "パスワードを入力できません。端末から実行するか、環境変数 "
            "WELFAREDESK_PASSWORD にパスワードを設定してください。"
        )
    return getpass.getpass(f"{login} のパスワード: ")


def _print_contact_slip(database: str, login: str, case_number: str, output: Path) -> int:
    from welfaredesk.app import open_database
    from welfaredesk.services.forms import FormService

    ctx = open_database(database)
    try:
        principal = ctx.auth.login(login, _password(login))
        forms = FormService(ctx.db)
        case_id = forms.case_id_for_number(principal, case_number)
        output.parent.mkdir(parents=True, exist_ok=True)
        forms.contact_slip(principal, case_id, output)
        print(f"連絡票を保存しました: {output}")
        return 0
    finally:
        ctx.close()


def _print_referral_slip(
    database: str, login: str, case_number: str, referral_id: int, output: Path
) -> int:
    from welfaredesk.app import open_database

    ctx = open_database(database)
    try:
        principal = ctx.auth.login(login, _password(login))
        case_id = ctx.forms.case_id_for_number(principal, case_number)
        output.parent.mkdir(parents=True, exist_ok=True)
        ctx.referrals.print_slip(principal, case_id, referral_id, output)
        print(f"つなぎシートを保存しました: {output}")
        return 0
    finally:
        ctx.close()


def _print_closure_record(database: str, login: str, case_number: str, output: Path) -> int:
    from welfaredesk.app import open_database

    ctx = open_database(database)
    try:
        principal = ctx.auth.login(login, _password(login))
        case_id = ctx.forms.case_id_for_number(principal, case_number)
        output.parent.mkdir(parents=True, exist_ok=True)
        ctx.closures.print_closure(principal, case_id, output)
        print(f"終結記録票を保存しました: {output}")
        return 0
    finally:
        ctx.close()


def _print_support_plan(
    database: str, login: str, case_number: str, plan_no: int, output: Path
) -> int:
    from welfaredesk.app import open_database

    ctx = open_database(database)
    try:
        principal = ctx.auth.login(login, _password(login))
        case_id = ctx.forms.case_id_for_number(principal, case_number)
        output.parent.mkdir(parents=True, exist_ok=True)
        ctx.plans.print_plan(principal, case_id, plan_no, output)
        print(f"支援計画書を保存しました: {output}")
        return 0
    finally:
        ctx.close()


def _print_progress_record(  # noqa: PLR0917 - the command's arguments, in order
    database: str,
    login: str,
    case_number: str,
    date_from: str | None,
    date_to: str | None,
    output: Path,
) -> int:
    import datetime as dt

    from welfaredesk.app import open_database
    from welfaredesk.domain.dates import parse_optional_date

    today = dt.date.today()
    first = parse_optional_date(date_from, field="date_from", label="--from", today=today)
    last = parse_optional_date(date_to, field="date_to", label="--to", today=today)
    ctx = open_database(database)
    try:
        principal = ctx.auth.login(login, _password(login))
        case_id = ctx.forms.case_id_for_number(principal, case_number)
        output.parent.mkdir(parents=True, exist_ok=True)
        ctx.notes.print_record(principal, case_id, output, date_from=first, date_to=last)
        print(f"支援経過記録票を保存しました: {output}")
        return 0
    finally:
        ctx.close()


REPORT_FORMATS = ("xlsx", "csv", "pdf")
ReportFormat = Literal["xlsx", "csv", "pdf"]
"""The files `welfaredesk report` writes."""


def _report_service(ctx: AppContext) -> ReportService:
    """The report service of ``ctx`` (a seam for the command line's tests)."""
    return ctx.reports


def _report(database: str, args: argparse.Namespace) -> int:
    import datetime as dt

    from welfaredesk.app import open_database
    from welfaredesk.domain.dates import parse_optional_date

    output: Path = args.output
    kind = args.format or output.suffix.lower().lstrip(".")
    if kind not in REPORT_FORMATS:
        raise KnownError(
            "--format に xlsx・csv・pdf のどれかを指定するか、-o のファイル名を "
            ".xlsx・.csv・.pdf で終えてください。"
        )
    if kind == "csv" and output.suffix.lower() not in {"", ".csv"} and not output.is_dir():
        raise KnownError(
            "CSV は -o に .csv で終わるファイル名(表をまとめて1つ)か、"
            "フォルダー(表ごとに1つ)を指定してください。"
        )
    today = dt.date.today()
    first = parse_optional_date(args.date_from, field="date_from", label="--from", today=today)
    last = parse_optional_date(args.date_to, field="date_to", label="--to", today=today)
    dated = first is not None or last is not None
    if (args.fiscal_year is None) != dated or (first is None) != (last is None):
        raise KnownError(
            "期間は --fiscal-year 2025 のように年度で、または --from と --to の両方で"
            "指定してください(どちらか一方だけ)。"
        )
    if first is not None and last is not None and first > last:
        raise KnownError("--from には --to と同じか前の日を指定してください。")
    if args.threshold is not None and args.threshold < 1:
        raise KnownError("--threshold には1以上の数を指定してください。")
    outsiders = bool(args.outsiders or args.threshold is not None)
    ctx = open_database(database)
    try:
        principal = ctx.auth.login(args.user, _password(args.user))
        reports = _report_service(ctx)
        if first is not None and last is not None:
            made = reports.period(
                principal, first, last, outsiders=outsiders, threshold=args.threshold
            )
        else:
            made = reports.fiscal_year(
                principal, args.fiscal_year, outsiders=outsiders, threshold=args.threshold
            )
        reports.export(principal, made, cast(ReportFormat, kind), output)
        print(f"報告を保存しました: {output}(表 {len(made.tables)})")
        return 0
    finally:
        ctx.close()


PASSPHRASE_ENV = "WELFAREDESK_BACKUP_PASSPHRASE"


def _passphrase(*, twice: bool) -> str:
    value = os.environ.get(PASSPHRASE_ENV)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise KnownError(
            "パスフレーズを入力できません。端末から実行するか、環境変数 "
            f"{PASSPHRASE_ENV} にパスフレーズを設定してください。"
        )
    first = getpass.getpass("バックアップのパスフレーズ: ")
    if twice and getpass.getpass("もう一度入力してください: ") != first:
        raise KnownError("2回入力したパスフレーズが一致しません。もう一度実行してください。")
    return first


def _backup(database: str, args: argparse.Namespace) -> int:
    from welfaredesk.app import open_database
    from welfaredesk.services.backup import is_encrypted

    ctx = open_database(database)
    try:
        principal = ctx.auth.login(args.user, _password(args.user))
        if args.backup_command == "create":
            passphrase = _passphrase(twice=True) if args.encrypt else None
            result = ctx.backups.create(principal, args.output, passphrase)
            kind = "暗号化した" if result.encrypted else ""
            print(f"{kind}バックアップを作成しました: {result.path}({result.size:,}バイト)")
            return 0
        path: Path = args.file
        passphrase = _passphrase(twice=False) if is_encrypted(path) else None
        if args.backup_command == "verify":
            check = ctx.backups.verify(principal, path, passphrase)
            print(f"ファイル: {path}{'(暗号化)' if check.encrypted else ''}")
            print(
                f"データベースの版: {check.revision}  ケース: {check.cases}件  "
                f"操作記録: {check.audit_events}件"
            )
            if check.newer_than_program:
                print(
                    "このバックアップは、より新しい版の WelfareDesk で作成されています。"
                    "復元するには WelfareDesk を更新してください。",
                    file=sys.stderr,
                )
                return 2
            if check.chain_ok is not True:
                print(
                    f"操作記録の連鎖が番号 {check.first_broken_id} で壊れています。",
                    file=sys.stderr,
                )
                return 2
            print("バックアップは正常です(整合性と操作記録の連鎖を確認しました)。")
            return 0
        result_restore = ctx.backups.restore(principal, path, passphrase, into=args.into)
        print(f"バックアップを復元しました(ケース {result_restore.cases}件)。")
        if result_restore.upgraded:
            print(f"版: {result_restore.backup_revision} → {result_restore.revision}")
        if result_restore.previous_copy is not None:
            print(f"復元前のデータベース: {result_restore.previous_copy}")
        if result_restore.target is not None:
            print(
                f"復元先: {result_restore.target}\n各パソコンの接続先を復元先に切り替えてください"
                "(docs/server.md)。"
            )
        return 0
    finally:
        ctx.close()


def _import_ledger(database: str, args: argparse.Namespace) -> int:
    from welfaredesk.app import open_database
    from welfaredesk.services.ledger_import import (
        FIELD_LABELS,
        LedgerField,
        LedgerImportService,
    )

    fields = {f.value: f for f in LedgerField} | {v: k for k, v in FIELD_LABELS.items()}
    ctx = open_database(database)
    try:
        principal = ctx.auth.login(args.user, _password(args.user))
        service = LedgerImportService(ctx.db)
        analysis = service.analyse(principal, args.file)
        mapping = dict(analysis.proposed)
        for item in args.map:
            column, _, name = item.partition("=")
            mapping.pop(column, None)
            if name:
                if name not in fields:
                    raise KnownError(f"--map の「{name}」という項目はありません。")
                mapping = {c: f for c, f in mapping.items() if f is not fields[name]}
                mapping[column] = fields[name]
        decisions: dict[int, int | None] = {}
        for item in args.decide:
            row, _, person = item.partition("=")
            if not row.isdigit() or not (person == "new" or person.isdigit()):
                raise KnownError(f"--decide は「行=人の番号」か「行=new」の形です: {item}")
            decisions[int(row)] = None if person == "new" else int(person)
        encoding = f"、文字コード {analysis.encoding}" if analysis.encoding else ""
        print(f"ファイル: {analysis.file_name}({analysis.format}{encoding})")
        print(f"見出し: {analysis.header_row}行目  データ: {analysis.row_count}行")
        for column in analysis.columns:
            target = mapping.get(column)
            print(f"  {column} → {FIELD_LABELS[target] if target else '(取り込まない)'}")
        result = service.run(
            principal,
            args.file,
            mapping,
            decisions=decisions,
            only_valid=args.only_valid,
            dry_run=args.dry_run,
        )
        check = result.check
        if check.problems:
            print(f"\n問題 {len(check.problems)}件:")
            print("行\t列\t理由")
            for problem in check.problems:
                print(f"{problem.row}\t{problem.column}\t{problem.reason}")
        if check.matches:
            print(
                "\nすでに登録されている人かもしれない行(--decide 行=人の番号 か 行=new で決める):"
            )
            for match in check.matches:
                if match.row not in decisions:
                    state = "未決定"
                elif decisions[match.row] is None:
                    state = "新しい人"
                else:
                    state = f"人の番号 {decisions[match.row]} と同じ人"
                print(f"{match.row}行目({state}):")
                for candidate in match.candidates:
                    cases = "、".join(candidate.case_numbers) or "なし"
                    reasons = "・".join(candidate.reasons)
                    print(f"  人の番号 {candidate.person_id}  ケース {cases}  ({reasons})")
                if match.notice:
                    print(f"  {match.notice}")
        print(
            f"\n全{check.total_rows}行: 取り込める {check.ready_rows}行、"
            f"取り込み済み {check.already_imported}行、問題のある行 {check.problem_rows}行、"
            f"確認待ち {len(check.undecided)}行"
        )
        if result.refused:
            print(
                "問題か確認待ちの行が残っているため、何も取り込みませんでした。"
                "ファイルを直すか、正しい行だけを取り込む場合は --only-valid を付けてください。",
                file=sys.stderr,
            )
            return 1
        if result.dry_run:
            print(f"試しに {result.imported}件を取り込みました(保存していません)。")
        else:
            print(f"{result.imported}件を取り込みました。")
            if result.case_numbers:
                print(f"ケース番号: {result.case_numbers[0]} 〜 {result.case_numbers[-1]}")
        if result.skipped:
            print(f"取り込まなかった行: {result.skipped}行")
        return 0
    finally:
        ctx.close()


def _audit_verify(database: str) -> int:
    from welfaredesk.app import open_database
    from welfaredesk.services import audit

    ctx = open_database(database)
    try:
        with ctx.db.read() as s:
            check = audit.verify_chain(s)
        if check.ok:
            print(f"操作記録は改ざんされていません({check.events}件)。")
            return 0
        print(f"操作記録の連鎖が番号 {check.first_broken_id} で壊れています。", file=sys.stderr)
        return 1
    finally:
        ctx.close()


def _demo(args: argparse.Namespace) -> int:
    from welfaredesk.app import open_database
    from welfaredesk.services.demo import DEMO_ADMIN_LOGIN, DEMO_LOGIN, DEMO_PASSWORD, build_demo

    database = _database(args, paths.demo_database_path())
    started = time.perf_counter()
    ctx = open_database(database)
    try:
        if ctx.system.database_info().case_count == 0:
            print(f"デモ用データベースを作成しています({args.cases}件): {database}")
            result = build_demo(ctx.db, cases=args.cases, seed=args.seed)
            print(
                f"作成しました: ケース {result.cases}件、人 {result.people}人、"
                f"支援経過 {result.notes}件({time.perf_counter() - started:.1f}秒)"
            )
        else:
            print(f"既存のデモ用データベースを使います: {database}")
        print(f"デモ用ログインID: {DEMO_LOGIN}  パスワード: {DEMO_PASSWORD}")
        if args.no_gui:
            return 0
        if args.screenshots is not None:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from welfaredesk.gui.application import screenshots

            principal = ctx.auth.login(DEMO_LOGIN, DEMO_PASSWORD)
            admin = ctx.auth.login(DEMO_ADMIN_LOGIN, DEMO_PASSWORD)
            saved = screenshots(ctx, args.screenshots, principal, admin=admin, language=args.lang)
            for path in saved:
                print(path)
            return 0
        from welfaredesk.gui.application import _application, run

        if args.lang is not None:
            _application(args.lang)  # the first configuration of the application wins
        note = f"デモ用ログインID: {DEMO_LOGIN} / パスワード: {DEMO_PASSWORD}"
        return run(ctx, auto_login=(DEMO_LOGIN, DEMO_PASSWORD), demo_note=note)
    finally:
        ctx.close()


def _bench(args: argparse.Namespace) -> int:
    from welfaredesk import bench

    if args.cases < 1 or args.repeat < 1 or args.ledger_rows < 1:
        raise KnownError("--cases、--repeat、--ledger-rows には1以上の数を指定してください。")
    only = tuple(k for k in args.only.split(",") if k)
    unknown = set(only) - {i.key for i in bench.INTERACTIONS}
    if unknown:
        raise KnownError(f"--only に知らない操作があります: {', '.join(sorted(unknown))}")
    options = {
        "seed": args.seed,
        "repeat": args.repeat,
        "archive_dir": args.archive_dir,
        "json_path": args.json,
        "only": only,
        "cold": args.cold,
        "ledger_rows": args.ledger_rows,
    }
    if args.scale:
        try:
            sizes = bench.parse_sizes(args.scale)
        except ValueError as exc:
            raise KnownError(
                "--scale には 10000,100000,300000 のように件数をコンマで区切って指定してください。"
            ) from exc
        return 1 if bench.scale_failed(bench.run_scale(sizes, **options)) else 0
    return 1 if bench.failed(bench.run(cases=args.cases, **options)) else 0


def _smoke_test() -> int:
    """The installer's check that the program and everything it carries work.

    In a temporary folder: a new database made by the migrations in db/ (it must end at the
    program's head revision) with the shipped reference data; a fictitious case taken in
    through the intake service and its contact slip printed with the bundled fonts; then the
    GUI (fonts, translations, login and main window) built offscreen and closed. Prints
    ``smoke test ok`` and nothing else, or ``smoke test failed: …`` on standard error.
    """
    import datetime as dt
    import secrets
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.platform.startswith("linux") and not any(
        os.environ.get(name) for name in ("LC_ALL", "LC_CTYPE", "LANG")
    ):
        os.environ["LANG"] = "C.UTF-8"  # what Qt switches to anyway, without its warning
    from welfaredesk.app import open_database
    from welfaredesk.domain.enums import Role
    from welfaredesk.gui.application import smoke_test
    from welfaredesk.services.auth import NewUser
    from welfaredesk.services.intake import IntakeInput
    from welfaredesk.storage import migrate

    problem = ""
    # On Windows a file just closed may still be held for a moment: not the bundle's fault.
    with tempfile.TemporaryDirectory(
        prefix="welfaredesk-smoke-", ignore_cleanup_errors=True
    ) as tmp:
        folder = Path(tmp)
        ctx = open_database(folder / "smoke.db", backup_dir=folder / "backups")
        try:
            head = migrate.head_revision()
            if (ctx.upgrade.old_revision, ctx.upgrade.new_revision) != (None, head) or (
                migrate.current_revision(ctx.db.engine) != head
            ):
                problem = f"the new database is not at revision {head}"
            elif not (ctx.reference.picklist_names() and ctx.reference.areas()):
                problem = "the reference data did not load"
            else:
                password = "Smoke-" + secrets.token_urlsafe(16)
                admin = ctx.auth.setup("smoke-admin", "動作確認 管理", password)
                ctx.auth.create_user(
                    admin, NewUser("smoke-desk", "動作確認 主任", password, Role.SUPERVISOR)
                )
                principal = ctx.auth.login("smoke-desk", password)
                case = ctx.intake.save(
                    principal,
                    IntakeInput(
                        received_on=dt.date.today().isoformat(),
                        received_time="10:00",
                        channel_code="visit",
                        family_name="動作",
                        given_name="確認",
                        family_kana="ドウサ",
                        given_kana="カクニン",
                        presenting_concern="動作確認のための架空の相談です。",
                    ),
                )
                slip = ctx.forms.contact_slip(principal, case.case_id, folder / "slip.pdf")
                pdf = slip.read_bytes()
                if not pdf.startswith(b"%PDF-") or b"BIZUDGothic" not in pdf:
                    problem = "the contact slip was not printed with the bundled fonts"
                elif smoke_test(ctx, principal) != 0:
                    problem = "the GUI did not start (see the messages above)"
        finally:
            ctx.close()
    if problem:
        print(f"smoke test failed: {problem}", file=sys.stderr)
        return 1
    print("smoke test ok")
    return 0
