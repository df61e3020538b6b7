"""Desk-wide settings (窓口の設定): the desk's name and contact, case numbers, holiday window.

The settings are JSON rows of the ``setting`` table, one per key (seeded from
``db/reference/settings.json``):

``desk``
    ``{"name": "福祉総合相談窓口", "address": "", "phone": ""}``: printed on every form
    (:func:`desk_profile`).
``case_number``
    ``{"format": "era"}`` or ``{"format": "western"}``: the style of the numbers given to new
    cases (:func:`number_style`); a case keeps the number it got.
``holiday_window``
    the monthly holiday window rule, in the shape described in
    :mod:`welfaredesk.domain.calendar` (the first shape is still read).
``closure``
    ``{"approval_required_reasons": [closure_reason codes]}``: closures for these reasons wait
    for a supervisor's approval (read by the closure and referral services).

Every logged-in user reads them (:meth:`SettingsService.desk`); administrators and supervisors
save them (:data:`~welfaredesk.domain.permissions.Action.SETTINGS_EDIT`), all four rows in one
unit of work, under one optimistic-locking token over the rows' versions.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from welfaredesk.domain.calendar import (
    HolidayWindowRule,
    WindowKind,
    rule_from_json,
    rule_problem,
    rule_to_json,
    window_days,
)
from welfaredesk.domain.case_number import NumberStyle, format_case_number
from welfaredesk.domain.dates import fiscal_year
from welfaredesk.domain.enums import AuditAction
from welfaredesk.domain.errors import ConflictError, ValidationError
from welfaredesk.domain.permissions import Action, allowed
from welfaredesk.domain.text import msg
from welfaredesk.services import audit
from welfaredesk.services.dto import Principal
from welfaredesk.services.security import require
from welfaredesk.storage.engine import Database
from welfaredesk.storage.orm import CaseNumberCounter, PicklistItem, Setting

log = logging.getLogger(__name__)

DEFAULT_DESK_NAME = "福祉総合相談窓口"
"""The desk's name when none is set."""

DESK_KEY = "desk"
CASE_NUMBER_KEY = "case_number"
HOLIDAY_WINDOW_KEY = "holiday_window"
CLOSURE_KEY = "closure"
KEYS = (DESK_KEY, CASE_NUMBER_KEY, HOLIDAY_WINDOW_KEY, CLOSURE_KEY)
"""The setting rows this service reads and writes, in the order of the version token."""

CLOSURE_REASON_LIST = "closure_reason"
"""The pick-list of closure reasons."""

NAME_MAX = 60
ADDRESS_MAX = 120
PHONE_MAX = 20

_PHONE = re.compile(r"[0-9()\-]*")
_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−ー", "-"))

LABELS = {
    "name": "窓口の名前",
    "address": "窓口の所在地",
    "phone": "窓口の電話番号",
    "number_style": "受付番号の形",
    "holiday_window": "休日相談窓口の日",
    "approval_reasons": "承認が必要な終結の理由",
}
"""The Japanese label of each field of :class:`DeskSettingsForm`."""


# --- data ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DeskProfile:
    """The desk as printed on forms: name, and address and phone (empty when not set)."""

    name: str
    address: str
    phone: str


@dataclass(frozen=True, slots=True)
class DeskSettings:
    """The desk-wide settings, as the settings dialog shows them."""

    # As typed by the desk (metadata "verbatim": never translated on an English screen,
    # where the dialog would save the translation back).
    name: str = field(metadata={"verbatim": True})
    address: str = field(metadata={"verbatim": True})
    phone: str = field(metadata={"verbatim": True})
    number_style: NumberStyle
    holiday_window: HolidayWindowRule
    approval_reasons: tuple[str, ...]
    """closure_reason codes that need a supervisor's approval."""
    reason_choices: tuple[tuple[str, str], ...]
    """(code, label) of every active closure_reason pick-list item, in sort order."""
    version: str
    """Opaque token for optimistic locking over the rows involved (pass it back to save)."""
    editable: bool
    """Whether this principal may save."""


@dataclass(frozen=True, slots=True)
class DeskSettingsForm:
    """The desk-wide settings as typed in the dialog."""

    name: str
    address: str
    phone: str
    number_style: NumberStyle
    holiday_window: HolidayWindowRule
    approval_reasons: tuple[str, ...]


# --- helpers for the other services (inside their unit of work) ---------------------------


def _value(s: Session, key: str) -> dict[str, Any]:
    row = s.get(Setting, key)
    value = row.value if row is not None else None
    return dict(value) if isinstance(value, dict) else {}


def desk_profile(s: Session) -> DeskProfile:
    """The desk's name, address and phone for printed forms (the name is never empty)."""
    value = _value(s, DESK_KEY)
    return DeskProfile(
        name=str(value.get("name") or "").strip() or DEFAULT_DESK_NAME,
        address=str(value.get("address") or "").strip(),
        phone=str(value.get("phone") or "").strip(),
    )


def number_style(s: Session) -> NumberStyle:
    """The style of new case numbers (era when not set or unreadable)."""
    try:
        return NumberStyle(_value(s, CASE_NUMBER_KEY).get("format", NumberStyle.ERA))
    except ValueError:
        return NumberStyle.ERA


def holiday_window_rule(s: Session) -> HolidayWindowRule:
    """The desk's holiday window rule (the default when not set)."""
    row = s.get(Setting, HOLIDAY_WINDOW_KEY)
    return rule_from_json(row.value if row is not None else None)


def approval_reasons(s: Session) -> tuple[str, ...]:
    """The closure_reason codes that need a supervisor's approval."""
    codes = _value(s, CLOSURE_KEY).get("approval_required_reasons", [])
    return tuple(str(code) for code in codes) if isinstance(codes, list) else ()


def next_holiday_window(s: Session, today: dt.date) -> dt.date | None:
    """The desk's next holiday window day on or after ``today`` (None if it has none)."""
    days = window_days(holiday_window_rule(s), today, 1)
    return days[0] if days else None


def _version_token(s: Session) -> str:
    rows = {row.key: row.version for row in s.scalars(select(Setting).where(Setting.key.in_(KEYS)))}
    return ",".join(f"{key}:{rows.get(key, 0)}" for key in KEYS)


def _reason_choices(s: Session) -> tuple[tuple[str, str], ...]:
    query = (
        select(PicklistItem.code, PicklistItem.label)
        .where(PicklistItem.list_name == CLOSURE_REASON_LIST, PicklistItem.active.is_(True))
        .order_by(PicklistItem.sort_order, PicklistItem.id)
    )
    return tuple((code, label) for code, label in s.execute(query))


def _conflict() -> ConflictError:
    return ConflictError(
        "ほかの利用者が先に窓口の設定を変更しました。入力した内容はそのまま残っています。"
        "最新の設定を確認してから、もう一度保存してください。"
    )


# --- validation ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Checked:
    values: dict[str, dict[str, Any]]
    """The new JSON value of each key."""


def _check(s: Session, form: DeskSettingsForm) -> _Checked:
    name = form.name.strip()  # printed as typed (full-width brackets stay full width)
    if not name:
        raise ValidationError("name", LABELS["name"], "窓口の名前を入力してください。")
    if len(name) > NAME_MAX:
        raise ValidationError(
            "name",
            LABELS["name"],
            msg(
                "{limit}文字以内で入力してください(いま{count}文字)。",
                limit=NAME_MAX,
                count=len(name),
            ),
        )
    address = form.address.strip()
    if len(address) > ADDRESS_MAX:
        raise ValidationError(
            "address",
            LABELS["address"],
            msg(
                "{limit}文字以内で入力してください(いま{count}文字)。",
                limit=ADDRESS_MAX,
                count=len(address),
            ),
        )
    phone = "".join(unicodedata.normalize("NFKC", form.phone).translate(_DASHES).split())
    if not _PHONE.fullmatch(phone):
        raise ValidationError(
            "phone",
            LABELS["phone"],
            "数字とハイフン、かっこだけで入力してください(例: 042-000-1234)。",
        )
    if len(phone) > PHONE_MAX:
        raise ValidationError(
            "phone",
            LABELS["phone"],
            msg(
                "{limit}文字以内で入力してください(いま{count}文字)。",
                limit=PHONE_MAX,
                count=len(phone),
            ),
        )
    try:
        style = NumberStyle(form.number_style)
    except ValueError:
        raise ValidationError(
            "number_style", LABELS["number_style"], "和暦か西暦のどちらかを選んでください。"
        ) from None
    rule = form.holiday_window
    try:
        kind = WindowKind(rule.kind)
    except ValueError:
        raise ValidationError(
            "holiday_window",
            LABELS["holiday_window"],
            "休日相談窓口の日の決め方を選んでください。",
        ) from None
    rule = HolidayWindowRule(kind, rule.nth, rule.weekday)
    problem = rule_problem(rule)
    if problem is not None:
        raise ValidationError("holiday_window", LABELS["holiday_window"], problem)
    known = set(
        s.scalars(select(PicklistItem.code).where(PicklistItem.list_name == CLOSURE_REASON_LIST))
    )
    unknown = [code for code in form.approval_reasons if code not in known]
    if unknown:
        raise ValidationError(
            "approval_reasons",
            LABELS["approval_reasons"],
            "終結の理由の一覧にない理由が含まれています。一覧から選び直してください。",
        )
    reasons = list(dict.fromkeys(form.approval_reasons))
    return _Checked(
        values={
            DESK_KEY: {"name": name, "address": address, "phone": phone},
            CASE_NUMBER_KEY: {"format": style.value},
            HOLIDAY_WINDOW_KEY: rule_to_json(rule),
            CLOSURE_KEY: {"approval_required_reasons": reasons},
        }
    )


_FIELDS_OF_KEY = {
    DESK_KEY: {"name": "name", "address": "address", "phone": "phone"},
    CASE_NUMBER_KEY: {"format": "number_style"},
    CLOSURE_KEY: {"approval_required_reasons": "approval_reasons"},
}


def _changed_fields(key: str, before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    if key == HOLIDAY_WINDOW_KEY:
        # The first stored shape of the same rule is rewritten, but it is not a change.
        return [] if rule_from_json(before) == rule_from_json(after) else ["holiday_window"]
    return [
        field for item, field in _FIELDS_OF_KEY[key].items() if before.get(item) != after.get(item)
    ]


def _new_value(key: str, before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    # A holiday window rule is replaced whole (no keys of another shape are kept); the other
    # rows keep any keys this service does not know.
    return dict(after) if key == HOLIDAY_WINDOW_KEY else {**before, **after}


# --- the service --------------------------------------------------------------------------


class SettingsService:
    """Reading and saving the desk-wide settings."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def desk(self, principal: Principal) -> DeskSettings:
        """The desk-wide settings (any logged-in user may read them)."""
        with self._db.read() as s:
            return _settings(s, principal)

    def save_desk(self, principal: Principal, form: DeskSettingsForm, version: str) -> DeskSettings:
        """Save the desk-wide settings (all of them, in one unit of work).

        Args:
            principal: the logged-in user (an administrator or a supervisor).
            form: the settings as typed.
            version: :attr:`DeskSettings.version` of the settings the dialog was opened on.

        Returns:
            The settings as saved.

        Raises:
            PermissionDenied: the user may not change the desk's settings (recorded).
            ValidationError: a value is not acceptable (the field is named; nothing is saved).
            ConflictError: someone else saved the settings after the dialog was opened.
        """
        require(principal, Action.SETTINGS_EDIT, self._db)
        with self._db.write() as s:
            checked = _check(s, form)
            if _version_token(s) != version:
                raise _conflict()
            changed_keys: list[str] = []
            changed_fields: list[str] = []
            for key in KEYS:
                after = checked.values[key]
                row = s.get(Setting, key)
                before = dict(row.value) if row is not None and row.value else {}
                merged = _new_value(key, before, after)
                if row is None:
                    s.add(Setting(key=key, value=merged))
                elif merged != before:
                    row.value = merged
                fields = _changed_fields(key, before, merged)
                if fields:
                    changed_keys.append(key)
                    changed_fields.extend(fields)
            if changed_keys:
                s.flush()
                audit.record(
                    s,
                    principal.user_id,
                    AuditAction.UPDATE,
                    "setting",
                    detail={"keys": changed_keys, "fields": changed_fields},
                )
            log.info("desk settings saved (%d keys changed)", len(changed_keys))
            return _settings(s, principal)

    def holiday_windows(
        self,
        principal: Principal,
        start: dt.date,
        count: int = 6,
        rule: HolidayWindowRule | None = None,
    ) -> tuple[dt.date, ...]:
        """The next ``count`` holiday window days on or after ``start``.

        Args:
            principal: the logged-in user (any).
            start: the first day to consider.
            count: how many days.
            rule: a rule to preview (the dialog's unsaved choice); None for the saved rule. A
                rule that cannot be used gives no days.
        """
        del principal  # any logged-in user; the calendar holds no personal data
        if rule is None:
            with self._db.read() as s:
                rule = holiday_window_rule(s)
        if rule_problem(rule) is not None:
            return ()
        return tuple(window_days(rule, start, count))

    def case_number_example(
        self, principal: Principal, style: NumberStyle, today: dt.date | None = None
    ) -> str:
        """The number the next case would get in ``style`` (read, not taken).

        The serial is the current fiscal year's next one; taking it is the intake's business.
        """
        del principal  # any logged-in user; a number says nothing about anyone
        year = fiscal_year(today or dt.date.today())
        with self._db.read() as s:
            last = s.scalar(
                select(CaseNumberCounter.last_serial).where(CaseNumberCounter.fiscal_year == year)
            )
        return format_case_number(year, (last or 0) + 1, NumberStyle(style))


def _settings(s: Session, principal: Principal) -> DeskSettings:
    profile = desk_profile(s)
    return DeskSettings(
        name=profile.name,
        address=profile.address,
        phone=profile.phone,
        number_style=number_style(s),
        holiday_window=holiday_window_rule(s),
        approval_reasons=approval_reasons(s),
        reason_choices=_reason_choices(s),
        version=_version_token(s),
        editable=allowed(principal.role, Action.SETTINGS_EDIT),
    )
