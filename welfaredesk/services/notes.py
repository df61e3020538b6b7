"""Progress notes (支援経過記録): the contacts and activities of a case, and their templates.

One :class:`~welfaredesk.storage.orm.ProgressNote` per contact or activity (面談, 電話, 訪問,
同行, 関係機関連絡 …), with the minutes spent, the staff member and the funding programme
(事業区分) that the activity counts for (活動件数, domain.md §6.4). Saving a note, in one unit
of work:

- validates the form, naming the refused field (nothing is saved on an error);
- moves the case's last contact date (``Case.last_contact_on``) to the newest note; the column
  is derived data and is written without bumping the case's version, so a note never makes an
  open editor of the case (an assessment, say) stale;
- indexes the content for the full-text search (``search_document`` kind ``note``; an edit
  replaces the entry);
- deletes the user's autosaved draft of the note editor;
- audits ids and field names only, never the content.

A note is edited only by its author, the staff member named on it (``staff_id``), or by a
supervisor (the role that confirms notes, :attr:`Action.NOTE_ACKNOWLEDGE`); optimistic locking
refuses a stale edit. A note can ask for a supervisor's confirmation (確認を依頼); a supervisor
confirms it with an optional comment. Editing the content of a confirmed note withdraws the
confirmation, so what a supervisor confirmed is always what the record says.

Templates and stock phrases (定型文, :class:`~welfaredesk.storage.orm.NoteTemplate`) are
offered per method (or for every method) and edited by supervisors and administrators; the
shipped defaults come from ``db/reference/note_templates.json``.
"""

from __future__ import annotations

import builtins
import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from sqlalchemy import (
    ColumnElement,
    Select,
    Table,
    and_,
    bindparam,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from welfaredesk.domain.dates import parse_date, parse_optional_date
from welfaredesk.domain.enums import AuditAction, Role
from welfaredesk.domain.errors import (
    ConflictError,
    KnownError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from welfaredesk.domain.permissions import Action, allowed
from welfaredesk.domain.search_text import match_query
from welfaredesk.domain.text import msg
from welfaredesk.services import audit
from welfaredesk.services.drafts import discard_in
from welfaredesk.services.dto import Principal
from welfaredesk.services.lookups import core, full_name, picklist_labels
from welfaredesk.services.security import (
    ensure_open,
    load_visible_case,
    require,
    visible_case_row,
)
from welfaredesk.services.settings import desk_profile
from welfaredesk.storage import search
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import (
    Case,
    Consultation,
    NoteTemplate,
    Person,
    PicklistItem,
    ProgressNote,
    SearchDocument,
    User,
)

if TYPE_CHECKING:
    from welfaredesk.printing.progress_record import ProgressRecordDocument

DRAFT_FORM = "progress_note"
"""The note editor's code name for drafts (record key: the case id, or ``case/note`` for an
edit)."""

SEARCH_KIND = "note"
"""The ``search_document.kind`` of a note's text."""

MAX_MINUTES = 24 * 60
"""The most minutes one note can record."""


_WORKING_ROLES = (Role.COORDINATOR, Role.COUNSELOR, Role.SUPERVISOR)
_TIME = re.compile(r"(?P<h>\d{1,2})(?::|時)(?P<m>\d{1,2})分?|(?P<hh>\d{2})(?P<mm>\d{2})")


def draft_key(case_id: int, note_id: int | None = None) -> str:
    """The draft record key of the note editor: the case id, plus the note id for an edit."""
    return str(case_id) if note_id is None else f"{case_id}/{note_id}"


# --- data in ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NoteInput:
    """The note form as typed.

    ``staff_id`` None means the user who saves; ``minutes`` None means not recorded.
    """

    noted_on: str
    noted_time: str
    method_code: str
    body: str
    minutes: int | None = None
    staff_id: int | None = None
    funding_programme_code: str | None = None
    outreach: bool = False
    next_action: str = ""
    next_action_on: str = ""
    needs_acknowledgement: bool = False


@dataclass(frozen=True, slots=True)
class NoteFilter:
    """What the note list shows (all notes when every field is left as is)."""

    method_code: str | None = None
    staff_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str = ""
    awaiting_acknowledgement: bool = False


@dataclass(frozen=True, slots=True)
class TemplateInput:
    """A template or stock phrase as typed in the template editor."""

    title: str
    body: str
    method_code: str | None = None
    sort_order: int = 0
    active: bool = True


# --- data out -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NoteView:
    """One progress note as the list shows it."""

    id: int
    case_id: int
    version: int
    noted_at: dt.datetime
    method_code: str
    method_label: str
    staff_id: int | None
    staff_name: str
    minutes: int | None
    funding_programme_code: str | None
    funding_programme_label: str
    outreach: bool
    body: str
    next_action: str
    next_action_on: dt.date | None
    needs_acknowledgement: bool
    acknowledged_by_name: str
    acknowledged_at: dt.datetime | None
    acknowledgement_comment: str
    can_edit: bool
    """Whether the user asking may edit this note (its author, or a supervisor)."""

    @property
    def awaiting_acknowledgement(self) -> bool:
        """Whether the note asks for a confirmation that has not been given yet."""
        return self.needs_acknowledgement and self.acknowledged_at is None


@dataclass(frozen=True, slots=True)
class NotePage:
    """One page of the note list and the number of notes matching the filter."""

    notes: tuple[NoteView, ...]
    total: int


@dataclass(frozen=True, slots=True)
class TemplateView:
    """A template or stock phrase."""

    id: int
    version: int
    method_code: str | None
    method_label: str
    """The method's label, or ``""`` for a template offered for every method."""
    title: str
    body: str
    sort_order: int
    active: bool


# --- the service --------------------------------------------------------------------------


class NoteService:
    """Use cases of the 支援経過 tab."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # --- the list ---------------------------------------------------------------------------

    def list(
        self,
        principal: Principal,
        case_id: int,
        flt: NoteFilter | None = None,
        *,
        limit: int = 200,
        offset: int = 0,
    ) -> NotePage:
        """The case's notes matching ``flt``, newest first, ``limit`` from ``offset``.

        The text filter is the full-text search (substring, design.md §5). Reading the notes
        is audited (the case id and how many notes were shown).

        Raises:
            PermissionDenied: the user may not read cases.
            NotFound: the case does not exist or is outside the user's scope.
        """
        flt = flt or NoteFilter()
        with self._db.write() as s:
            case = load_visible_case(s, principal, case_id)
            condition = _conditions(s, case.id, flt)
            total = s.scalar(select(func.count(ProgressNote.id)).where(condition)) or 0
            rows = s.scalars(
                select(ProgressNote)
                .where(condition)
                .order_by(ProgressNote.noted_at.desc(), ProgressNote.id.desc())
                .limit(limit)
                .offset(offset)
            ).all()
            views = _views(s, principal, rows)
            audit.record(
                s,
                principal.user_id,
                AuditAction.VIEW,
                "progress_note",
                None,
                case_id=case.id,
                detail={"shown": len(views), "offset": offset},
            )
            return NotePage(tuple(views), total)

    def get(self, principal: Principal, note_id: int) -> NoteView:
        """One note (not audited: the list that offered it was).

        Raises:
            NotFound: the note does not exist or its case is outside the user's scope.
        """
        with self._db.read() as s:
            row, _case = _load(s, principal, note_id)
            return _views(s, principal, [row])[0]

    def staff(self, principal: Principal) -> builtins.list[tuple[int, str]]:
        """Active staff who may be named on a note: (user id, display name), by kana."""
        require(principal, Action.CASE_READ, self._db)
        with self._db.read() as s:
            users = [
                (uid, name, kana or name)
                for uid, name, kana in s.execute(
                    select(User.id, User.display_name, User.display_kana).where(
                        User.active.is_(True), User.role.in_([str(r) for r in _WORKING_ROLES])
                    )
                )
            ]
        users.sort(key=lambda u: (u[2], u[0]))
        return [(uid, name) for uid, name, _kana in users]

    # --- writing ----------------------------------------------------------------------------

    def save(
        self,
        principal: Principal,
        case_id: int,
        form: NoteInput,
        *,
        note_id: int | None = None,
        version: int | None = None,
        draft: tuple[str, str] | None = None,
        now: dt.datetime | None = None,
    ) -> NoteView:
        """Record a new note, or edit one (``note_id`` and the ``version`` it was opened at).

        Args:
            principal: the logged-in user (needs the right to write notes).
            case_id: the case.
            form: the form as typed.
            note_id: the note to edit, or None for a new note.
            version: the version of the note the editor was opened on (required to edit).
            draft: the (form, record key) of the user's autosaved draft of the editor,
                deleted in the same unit of work.
            now: the current time (a note dated after it is refused).

        Returns:
            The saved note.

        Raises:
            PermissionDenied: the user may not write notes, or may not edit this one.
            NotFound: the case or the note does not exist or is outside the user's scope.
            KnownError: the case is closed.
            ConflictError: someone else changed the note after the editor was opened.
            ValidationError: bad input (nothing is saved).
        """
        require(principal, Action.NOTE_WRITE, self._db)
        now = now or dt.datetime.now().replace(microsecond=0)
        with self._db.write() as s:
            staff_asked = form.staff_id if form.staff_id is not None else principal.user_id
            case = visible_case_row(
                s,
                principal,
                case_id,
                _NOTE_CASE,
                {"method": form.method_code, "staff": staff_asked},
            )
            ensure_open(case, "支援経過")
            row: ProgressNote | None = None
            if note_id is not None:
                row = s.get(ProgressNote, note_id)
                if row is None or row.case_id != case.id:
                    raise NotFound("指定された支援経過の記録は見つかりません。")
                _check_author(principal, row)
                if version is None or row.version != version:
                    raise _conflict()
            default_staff = row.staff_id if row is not None else principal.user_id
            # the chosen method's label and the staff member came with the case (one SELECT)
            methods = {} if case.method_label is None else {form.method_code: case.method_label}
            values = _check(s, case, form, now, default_staff, methods)
            if row is None:
                # One INSERT, not the unit of work: a new note is the desk's most frequent write.
                key = (
                    s.connection()
                    .execute(_INSERT_NOTE, {"case_id": case.id, **values})
                    .inserted_primary_key
                )
                assert key is not None  # an INSERT of one row
                row = _new_note(key[0], case.id, values)
                changed = sorted(values)
                action = AuditAction.CREATE
                search.index_document(
                    s, SEARCH_KIND, row.id, case.id, _search_text(row), replace=False
                )
            else:
                changed = sorted(k for k, v in values.items() if getattr(row, k) != v)
                content = {"body", "next_action", "next_action_on"}
                if row.acknowledged_at is not None and content & set(changed):
                    row.acknowledged_by_id = None
                    row.acknowledged_at = None
                    row.acknowledgement_comment = ""
                    changed.append("acknowledgement_withdrawn")
                for name, value in values.items():
                    setattr(row, name, value)
                s.flush()
                action = AuditAction.UPDATE
                search.index_document(s, SEARCH_KIND, row.id, case.id, _search_text(row))
            _update_last_contact(
                s, case.id, case.last_contact_on, row.noted_at.date(), recompute=note_id is not None
            )
            audit.record(
                s,
                principal.user_id,
                action,
                "progress_note",
                row.id,
                case_id=case.id,
                detail={"fields": changed, "method": row.method_code},
            )
            if draft is not None:
                discard_in(s, principal.user_id, *draft)
            users: dict[int, str] | None = None
            if action is AuditAction.UPDATE:
                s.refresh(row)
            elif row.staff_id == staff_asked and case.staff_name is not None:
                users = {staff_asked: case.staff_name}
            return _views(s, principal, [row], methods=methods, users=users)[0]

    def acknowledge(
        self, principal: Principal, note_id: int, comment: str, version: int
    ) -> NoteView:
        """Confirm a note as a supervisor (確認), with an optional comment; audited.

        Raises:
            PermissionDenied: the user is not a supervisor.
            NotFound: the note does not exist or its case is outside the user's scope.
            KnownError: the case is closed, or the note is already confirmed.
            ConflictError: the note changed after it was shown.
        """
        require(principal, Action.NOTE_ACKNOWLEDGE, self._db)
        with self._db.write() as s:
            row, case = _load(s, principal, note_id)
            ensure_open(case, "支援経過の確認")
            if row.version != version:
                raise _conflict()
            if row.acknowledged_at is not None:
                raise KnownError("この記録はすでに確認済みです。")
            row.needs_acknowledgement = True
            row.acknowledged_by_id = principal.user_id
            row.acknowledged_at = dt.datetime.now().replace(microsecond=0)
            row.acknowledgement_comment = comment.strip()
            s.flush()
            audit.record(
                s,
                principal.user_id,
                AuditAction.UPDATE,
                "progress_note",
                row.id,
                case_id=case.id,
                detail={"acknowledged": True, "comment": bool(row.acknowledgement_comment)},
            )
            s.refresh(row)
            return _views(s, principal, [row])[0]

    # --- templates ------------------------------------------------------------------------

    def templates(
        self,
        principal: Principal,
        method_code: str | None = None,
        *,
        all_methods: bool = False,
        include_inactive: bool = False,
    ) -> builtins.list[TemplateView]:
        """The templates and stock phrases offered for a method.

        Args:
            principal: the logged-in user (may write notes or edit templates).
            method_code: the method chosen in the editor; the templates for it and those for
                every method are returned (the method's own first).
            all_methods: every template whatever its method (the template editor).
            include_inactive: deactivated templates too (the template editor).
        """
        if not (allowed(principal.role, Action.NOTE_WRITE) or _may_edit_templates(principal)):
            require(principal, Action.NOTE_WRITE, self._db)
        with self._db.read() as s:
            query = select(NoteTemplate)
            if not all_methods:
                query = query.where(
                    or_(NoteTemplate.method_code.is_(None), NoteTemplate.method_code == method_code)
                )
            if not include_inactive:
                query = query.where(NoteTemplate.active.is_(True))
            rows = s.scalars(query).all()
            methods = picklist_labels(s, "note_method")
            order = {code: i for i, code in enumerate(methods)}
            ordered = sorted(
                rows,
                key=lambda t: (
                    t.method_code is None,
                    order.get(t.method_code or "", len(order)),
                    t.sort_order,
                    t.id,
                ),
            )
            return [_template_view(t, methods) for t in ordered]

    def save_template(
        self,
        principal: Principal,
        form: TemplateInput,
        *,
        template_id: int | None = None,
        version: int | None = None,
    ) -> TemplateView:
        """Add or change a template (supervisors and administrators); audited.

        Raises:
            PermissionDenied: the user may not edit templates.
            NotFound: the template does not exist.
            ConflictError: someone else changed it after it was shown.
            ValidationError: a missing title or body, or an unknown method.
        """
        _require_template_edit(principal)
        with self._db.write() as s:
            methods = picklist_labels(s, "note_method")
            title = form.title.strip()
            if not title:
                raise ValidationError("title", "件名", "件名を入力してください。")
            if len(title) > 100:
                raise ValidationError("title", "件名", "100文字以内で入力してください。")
            if not form.body.strip():
                raise ValidationError("body", "本文", "本文を入力してください。")
            if form.method_code is not None and form.method_code not in methods:
                raise ValidationError("method_code", "方法", "選択肢から選んでください。")
            values = {
                "title": title,
                "body": form.body.rstrip(),
                "method_code": form.method_code,
                "sort_order": form.sort_order,
                "active": form.active,
            }
            if template_id is None:
                row = NoteTemplate(**values)
                s.add(row)
                s.flush()
                changed = sorted(values)
                action = AuditAction.CREATE
            else:
                found = s.get(NoteTemplate, template_id)
                if found is None:
                    raise NotFound("指定された定型文は見つかりません。")
                row = found
                if version is None or row.version != version:
                    raise _conflict()
                changed = sorted(k for k, v in values.items() if getattr(row, k) != v)
                for name, value in values.items():
                    setattr(row, name, value)
                s.flush()
                action = AuditAction.UPDATE
            audit.record(
                s, principal.user_id, action, "note_template", row.id, detail={"fields": changed}
            )
            s.refresh(row)
            return _template_view(row, methods)

    def deactivate_template(
        self, principal: Principal, template_id: int, version: int
    ) -> TemplateView:
        """Stop offering a template (it is kept, and can be made active again); audited."""
        _require_template_edit(principal)
        with self._db.write() as s:
            row = s.get(NoteTemplate, template_id)
            if row is None:
                raise NotFound("指定された定型文は見つかりません。")
            if row.version != version:
                raise _conflict()
            row.active = False
            s.flush()
            audit.record(
                s,
                principal.user_id,
                AuditAction.UPDATE,
                "note_template",
                row.id,
                detail={"fields": ["active"], "active": False},
            )
            s.refresh(row)
            return _template_view(row, picklist_labels(s, "note_method"))

    # --- the progress record ----------------------------------------------------------------

    def print_record(
        self,
        principal: Principal,
        case_id: int,
        out: Path,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        *,
        now: dt.datetime | None = None,
    ) -> Path:
        """Print the case's 支援経過記録票 (notes in date order, optionally a period); audited.

        Raises:
            PermissionDenied: the user may not read cases.
            NotFound: the case does not exist or is outside the user's scope.
            ValidationError: the period ends before it starts.
        """
        from welfaredesk.printing.progress_record import build_progress_record  # noqa: PLC0415 - reportlab loads only when printing

        now = now or dt.datetime.now().replace(microsecond=0)
        if date_from and date_to and date_to < date_from:
            raise ValidationError("date_to", "期間の終わり", "期間の始めより前の日付です。")
        with self._db.write() as s:
            case = load_visible_case(s, principal, case_id)
            condition = _conditions(s, case.id, NoteFilter(date_from=date_from, date_to=date_to))
            rows = s.scalars(
                select(ProgressNote)
                .where(condition)
                .order_by(ProgressNote.noted_at, ProgressNote.id)
            ).all()
            document = _record_document(
                s, principal, case, rows, date_from=date_from, date_to=date_to, now=now
            )
            build_progress_record(document, out)
            audit.record(
                s,
                principal.user_id,
                AuditAction.PRINT,
                "case",
                case.id,
                case_id=case.id,
                detail={"form": "progress_record", "notes": len(rows)},
            )
        return out

    def record_output(self, principal: Principal, case_id: int, *, to_file: bool) -> None:
        """Audit that a previewed progress record went to the printer or was saved as a file."""
        with self._db.write() as s:
            case = load_visible_case(s, principal, case_id)
            audit.record(
                s,
                principal.user_id,
                AuditAction.EXPORT if to_file else AuditAction.PRINT,
                "case",
                case.id,
                case_id=case.id,
                detail={"form": "progress_record", "output": "file" if to_file else "printer"},
            )


# --- rules --------------------------------------------------------------------------------


def _conflict() -> ConflictError:
    return ConflictError(
        "ほかの利用者が先にこの記録を更新しました。入力した内容はそのまま残っています。"
        "最新の内容を確認してから、もう一度保存してください。"
    )


def _may_edit_others(principal: Principal) -> bool:
    # Supervisors, who confirm notes, may also correct a note written by someone else.
    return allowed(principal.role, Action.NOTE_ACKNOWLEDGE)


def _may_edit_templates(principal: Principal) -> bool:
    # The desk's supervisors (who confirm notes) and the administrators (who keep the
    # reference data) look after the templates.
    return allowed(principal.role, Action.NOTE_ACKNOWLEDGE) or allowed(
        principal.role, Action.REFERENCE_EDIT
    )


def _require_template_edit(principal: Principal) -> None:
    if not _may_edit_templates(principal):
        raise PermissionDenied(
            "定型文を編集する権限がありません。主任相談支援員またはシステム管理者に"
            "相談してください。"
        )


def _check_author(principal: Principal, row: ProgressNote) -> None:
    if row.staff_id != principal.user_id and not _may_edit_others(principal):
        raise PermissionDenied(
            "この記録を直せるのは、記録した職員と主任相談支援員だけです。"
            "直す必要があるときは、記録した職員に相談してください。"
        )


def _load(s: Session, principal: Principal, note_id: int) -> tuple[ProgressNote, Case]:
    row = s.get(ProgressNote, note_id)
    if row is None:
        raise NotFound("指定された支援経過の記録は見つかりません。")
    case = load_visible_case(s, principal, row.case_id)
    return row, case


def _parse_time(text: str) -> dt.time:
    compact = "".join(unicodedata.normalize("NFKC", text).split())
    if not compact:
        raise ValidationError("noted_time", "時刻", "時刻を入力してください。")
    match = _TIME.fullmatch(compact)
    if match is not None:
        hour = int(match["h"] or match["hh"])
        minute = int(match["m"] or match["mm"])
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise ValidationError(
        "noted_time", "時刻", "時刻として読み取れません。「10:30」のように入力してください。"
    )


def _check(  # noqa: PLR0917 - the form and what it is checked against
    s: Session,
    case: _NoteCase,
    form: NoteInput,
    now: dt.datetime,
    default_staff: int | None,
    methods: dict[str, str],
) -> dict[str, object]:
    """Validate the form; returns the note's column values.

    ``default_staff`` is who the note is about when the form names nobody: the user for a
    new note, the note's staff member for an edit (a supervisor's correction keeps the author).

    Raises:
        ValidationError: the first problem found, naming its field.
    """
    today = now.date()
    noted_on = parse_date(
        form.noted_on, field="noted_on", label="日付", today=today, allow_future=False
    )
    if noted_on < case.opened_on:
        raise ValidationError(
            "noted_on",
            "日付",
            msg("相談受付日（{date:%Y-%m-%d}）より前の日付は入力できません。", date=case.opened_on),
        )
    noted_at = dt.datetime.combine(noted_on, _parse_time(form.noted_time))
    if noted_at > now + dt.timedelta(minutes=5):
        raise ValidationError("noted_time", "時刻", "これから先の時刻は入力できません。")
    if form.method_code not in methods:
        raise ValidationError("method_code", "方法", "選択肢から選んでください。")
    if form.minutes is not None and not 0 <= form.minutes <= MAX_MINUTES:
        raise ValidationError(
            "minutes",
            "時間(分)",
            msg("0から{maximum}までの分数を入力してください。", maximum=MAX_MINUTES),
        )
    staff_id = form.staff_id if form.staff_id is not None else default_staff
    # the case's row has the named staff member's name (None: no such user) and status
    if form.staff_id is not None and (
        case.staff_name is None or (form.staff_id != default_staff and not case.staff_active)
    ):
        raise ValidationError("staff_id", "職員", "在職中の職員を選んでください。")
    funding = form.funding_programme_code or None
    if funding is not None and funding not in picklist_labels(s, "funding_programme"):
        raise ValidationError("funding_programme_code", "事業区分", "選択肢から選んでください。")
    body = form.body.strip()
    if not body:
        raise ValidationError("body", "内容", "支援の内容を入力してください。")
    next_on = parse_optional_date(
        form.next_action_on, field="next_action_on", label="次回予定日", today=today
    )
    next_action = form.next_action.strip()
    if next_on is not None and not next_action:
        raise ValidationError(
            "next_action", "次回の予定", "次回予定日を入れたときは、予定の内容も入力してください。"
        )
    return {
        "noted_at": noted_at,
        "method_code": form.method_code,
        "staff_id": staff_id,
        "minutes": form.minutes,
        "funding_programme_code": funding,
        "outreach": form.outreach,
        "body": body,
        "next_action": next_action,
        "next_action_on": next_on,
        "needs_acknowledgement": form.needs_acknowledgement,
    }


class _NoteCase(Protocol):
    id: int
    opened_on: dt.date
    last_contact_on: dt.date | None
    method_label: str | None
    staff_name: str | None
    staff_active: bool | None


_NOTE_CASE = select(
    Case.id,
    Case.stage,
    Case.opened_on,
    Case.last_contact_on,
    select(PicklistItem.label)
    .where(PicklistItem.list_name == "note_method", PicklistItem.code == bindparam("method"))
    .scalar_subquery()
    .label("method_label"),
    select(User.display_name)
    .where(User.id == bindparam("staff"))
    .scalar_subquery()
    .label("staff_name"),
    select(User.active)
    .where(User.id == bindparam("staff"))
    .scalar_subquery()
    .label("staff_active"),
)
"""What saving a note needs, in one SELECT: the case (columns, no ORM object), the label of
the chosen method (None: not on the list) and the named staff member (None: no such user)."""

_USER_NAMES = select(User.id, User.display_name).where(
    User.id.in_(bindparam("ids", expanding=True))
)
_INSERT_NOTE = insert(cast(Table, ProgressNote.__table__))


def _new_note(note_id: int, case_id: int, values: dict[str, object]) -> ProgressNote:
    """The note just inserted, as it now reads in the database (detached: nothing to flush)."""
    return ProgressNote(
        id=note_id,
        case_id=case_id,
        version=1,
        acknowledged_by_id=None,
        acknowledged_at=None,
        acknowledgement_comment="",
        **values,
    )


def _search_text(row: ProgressNote) -> str:
    return f"{row.body}\n{row.next_action}" if row.next_action else row.body


def _update_last_contact(
    s: Session, case_id: int, current: dt.date | None, day: dt.date, *, recompute: bool
) -> None:
    """Move ``Case.last_contact_on`` (now ``current``) to the newest contact (derived; the
    version is kept)."""
    if recompute:
        newest_note = s.scalar(
            select(func.max(ProgressNote.noted_at)).where(ProgressNote.case_id == case_id)
        )
        newest_slip = s.scalar(
            select(func.max(Consultation.received_at)).where(Consultation.case_id == case_id)
        )
        days = [m.date() for m in (newest_note, newest_slip) if m is not None]
        wanted = max(days) if days else None
    else:
        wanted = day if current is None or day > current else current
    if wanted != current:
        s.execute(
            update(Case)
            .where(Case.id == case_id)
            .values(last_contact_on=wanted)
            .execution_options(synchronize_session=False)
        )
        case = s.identity_map.get(identity_key(Case, case_id))
        if case is not None:
            s.expire(case, ["last_contact_on"])


def _conditions(s: Session, case_id: int, flt: NoteFilter) -> ColumnElement[bool]:
    parts: list[ColumnElement[bool]] = [ProgressNote.case_id == case_id]
    if flt.method_code:
        parts.append(ProgressNote.method_code == flt.method_code)
    if flt.staff_id is not None:
        parts.append(ProgressNote.staff_id == flt.staff_id)
    if flt.date_from is not None:
        parts.append(ProgressNote.noted_at >= dt.datetime.combine(flt.date_from, dt.time()))
    if flt.date_to is not None:
        end = dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time())
        parts.append(ProgressNote.noted_at < end)
    if flt.awaiting_acknowledgement:
        parts.append(ProgressNote.needs_acknowledgement.is_(True))
        parts.append(ProgressNote.acknowledged_at.is_(None))
    text = flt.text.strip()
    if text:
        parts.append(ProgressNote.id.in_(_matching_notes(s, case_id, text)))
    return and_(*parts)


def _matching_notes(s: Session, case_id: int, text: str) -> Select[int]:
    query = match_query(text)
    if query.is_empty:
        return select(ProgressNote.id).where(ProgressNote.case_id == case_id)
    ids = search.adapter_for(s.get_bind().dialect.name).matching_ids(query)
    return select(SearchDocument.record_id).where(
        SearchDocument.kind == SEARCH_KIND,
        SearchDocument.case_id == case_id,
        SearchDocument.id.in_(ids),
    )


# --- views --------------------------------------------------------------------------------


def _views(
    s: Session,
    principal: Principal,
    rows: Sequence[ProgressNote],
    *,
    methods: dict[str, str] | None = None,
    users: dict[int, str] | None = None,
) -> list[NoteView]:
    """The notes as shown; ``methods`` and ``users`` are labels and names already read."""
    if not rows:
        return []
    if methods is None or any(r.method_code not in methods for r in rows):
        methods = picklist_labels(s, "note_method")
    funded = any(r.funding_programme_code for r in rows)
    funding = picklist_labels(s, "funding_programme") if funded else {}
    user_ids = {r.staff_id for r in rows} | {r.acknowledged_by_id for r in rows}
    user_ids.discard(None)
    if users is None or not user_ids <= users.keys():
        users = {uid: name for uid, name in core(s).execute(_USER_NAMES, {"ids": list(user_ids)})}
    others = _may_edit_others(principal) and allowed(principal.role, Action.NOTE_WRITE)
    writer = allowed(principal.role, Action.NOTE_WRITE)
    return [
        NoteView(
            id=r.id,
            case_id=r.case_id,
            version=r.version,
            noted_at=r.noted_at,
            method_code=r.method_code,
            method_label=methods.get(r.method_code, r.method_code),
            staff_id=r.staff_id,
            staff_name=users.get(r.staff_id, "") if r.staff_id else "",
            minutes=r.minutes,
            funding_programme_code=r.funding_programme_code,
            funding_programme_label=funding.get(r.funding_programme_code, "")
            if r.funding_programme_code
            else "",
            outreach=r.outreach,
            body=r.body,
            next_action=r.next_action,
            next_action_on=r.next_action_on,
            needs_acknowledgement=r.needs_acknowledgement,
            acknowledged_by_name=users.get(r.acknowledged_by_id, "")
            if r.acknowledged_by_id
            else "",
            acknowledged_at=r.acknowledged_at,
            acknowledgement_comment=r.acknowledgement_comment,
            can_edit=others or (writer and r.staff_id == principal.user_id),
        )
        for r in rows
    ]


def _template_view(row: NoteTemplate, methods: dict[str, str]) -> TemplateView:
    return TemplateView(
        id=row.id,
        version=row.version,
        method_code=row.method_code,
        method_label=methods.get(row.method_code, row.method_code) if row.method_code else "",
        title=row.title,
        body=row.body,
        sort_order=row.sort_order,
        active=row.active,
    )


def _record_document(
    s: Session,
    principal: Principal,
    case: Case,
    rows: Sequence[ProgressNote],
    *,
    date_from: dt.date | None,
    date_to: dt.date | None,
    now: dt.datetime,
) -> ProgressRecordDocument:
    from welfaredesk.printing.progress_record import ProgressRecordDocument, ProgressRecordEntry  # noqa: PLC0415 - reportlab loads only when printing

    views = _views(s, principal, rows)
    client = s.get_one(Person, case.client_id)
    printer = s.get(User, principal.user_id)
    lead = s.get(User, case.lead_worker_id) if case.lead_worker_id else None
    desk = desk_profile(s)
    return ProgressRecordDocument(
        case_number=case.case_number,
        desk_name=desk.name,
        desk_address=desk.address,
        desk_phone=desk.phone,
        printed_by=printer.display_name if printer else "",
        printed_at=now,
        client_name=full_name(client.family_name, client.given_name),
        client_kana=full_name(client.family_kana, client.given_kana),
        lead_worker=lead.display_name if lead else "",
        date_from=date_from,
        date_to=date_to,
        entries=tuple(
            ProgressRecordEntry(
                noted_at=v.noted_at,
                method=v.method_label,
                staff=v.staff_name,
                minutes=v.minutes,
                body=v.body,
                funding_programme=v.funding_programme_label,
                outreach=v.outreach,
                next_action=v.next_action,
                next_action_on=v.next_action_on,
                needs_acknowledgement=v.needs_acknowledgement,
                acknowledged_by=v.acknowledged_by_name,
                acknowledged_at=v.acknowledged_at,
                acknowledgement_comment=v.acknowledgement_comment,
            )
            for v in views
        ),
    )
