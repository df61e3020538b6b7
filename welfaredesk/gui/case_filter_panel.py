"""The case list's views row and its detailed filter panel (絞り込み条件).

:class:`CaseViewsBar` holds the view chooser (自分の担当, 期限超過, 要確認, 包括化推進員主担当,
すべてのケース and the user's saved views) with save/delete, the toggle for the filter panel,
and the supervisors' list actions (担当者の変更, CSV出力). :class:`CaseFilterPanel` holds one
chooser per filter of :class:`~welfaredesk.services.dto.CaseFilter` that a person picks
from a list (worker, team, area, issue, consent, fiscal year, flags, overdue, needs
attention, closed only). Conditions that come from elsewhere and have no chooser (a
dashboard bar's month, a worker's caseload, a referral outcome) are kept as "other
conditions", described in one line with a button that clears them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from welfaredesk.domain.enums import ConsentStatus, ReferralStatus
from welfaredesk.gui.display import fmt_date, join_list
from welfaredesk.gui.i18n import label
from welfaredesk.gui.widgets.flow_layout import FlowLayout
from welfaredesk.services.case_list import FilterChoices, SavedViewRow
from welfaredesk.services.dto import CaseFilter

_PANEL_FLAGS = ("complex_needs", "economic_hardship", "urgent", "restricted")
"""The flags offered as check boxes (did_not_know_where is a statistic, not a work list)."""

# The fields the panel shows; every other non-default field is an "other condition".
_PANEL_FIELDS = frozenset(
    {
        "worker_ids",
        "team_ids",
        "area_ids",
        "issue_codes",
        "consents",
        "fiscal_years",
        "flags",
        "overdue_only",
        "needs_attention",
        "closed_only",
    }
)
# Kept by the filter bar of the main window, not by the panel.
_BAR_FIELDS = frozenset({"text", "stages", "open_only", "mine_only", "sort_key", "descending"})


class CaseViewsBar(QWidget):
    """The row above the filter bar: views, the filter panel toggle, list actions.

    Signals:
        view_chosen(object): a view was chosen (its :class:`SavedViewRow`).
        save_requested(): 表示を保存 was pressed.
        delete_requested(object): 表示を削除 was pressed (the chosen user view).
    """

    view_chosen = Signal(object)
    save_requested = Signal()
    delete_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseViewsBar")
        # Two groups in a row; on a narrow row (a larger text size) the right-hand group
        # wraps below instead of making the window wider than the screen.
        layout = FlowLayout(self, spacing=8)
        layout.setContentsMargins(0, 0, 0, 0)
        left, right = QWidget(self), QWidget(self)
        right.setProperty("flowAlignRight", True)
        left_row, right_row = QHBoxLayout(left), QHBoxLayout(right)
        for row in (left_row, right_row):
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(8)
        layout.addWidget(left)
        layout.addWidget(right)
        self.view_label = QLabel(self.tr("&View"), self)
        self.view_combo = QComboBox(self)
        self.view_combo.setObjectName("viewCombo")
        self.view_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.view_combo.setMinimumContentsLength(12)
        self.view_label.setBuddy(self.view_combo)
        self.save_button = QPushButton(self.tr("Sa&ve view..."), self)
        self.save_button.setObjectName("saveViewButton")
        self.delete_button = QPushButton(self.tr("Delete vie&w"), self)
        self.delete_button.setObjectName("deleteViewButton")
        self.filters_button = QPushButton(self.tr("&Filters"), self)
        self.filters_button.setObjectName("filtersButton")
        self.filters_button.setCheckable(True)
        self.reassign_button = QPushButton(self.tr("&Reassign..."), self)
        self.reassign_button.setObjectName("reassignButton")
        self.export_button = QPushButton(self.tr("E&xport CSV..."), self)
        self.export_button.setObjectName("exportButton")
        left_row.addWidget(self.view_label)
        left_row.addWidget(self.view_combo)
        left_row.addWidget(self.save_button)
        left_row.addWidget(self.delete_button)
        left_row.addSpacing(12)
        left_row.addWidget(self.filters_button)
        right_row.addWidget(self.reassign_button)
        right_row.addWidget(self.export_button)
        self._views: list[SavedViewRow] = []
        self._custom_index = -1
        self.view_combo.activated.connect(self._activated)
        self.save_button.clicked.connect(self.save_requested)
        self.delete_button.clicked.connect(self._delete)
        self.delete_button.setEnabled(False)

    def set_views(self, views: list[SavedViewRow], current_key: str | None = None) -> None:
        """Offer ``views``; choose the one with ``current_key`` (no signal)."""
        self._views = list(views)
        combo = self.view_combo
        combo.blockSignals(True)
        combo.clear()
        for view in self._views:
            combo.addItem(view.name, view.key)
        builtin = sum(1 for v in self._views if v.builtin)
        if builtin < len(self._views):
            combo.insertSeparator(builtin)
        combo.addItem(self.tr("(custom conditions)"), "")
        self._custom_index = combo.count() - 1
        index = combo.findData(current_key) if current_key else -1
        combo.setCurrentIndex(index if index >= 0 else self._custom_index)
        combo.blockSignals(False)
        self._update_delete()

    def views(self) -> list[SavedViewRow]:
        """The views offered."""
        return list(self._views)

    def current_view(self) -> SavedViewRow | None:
        """The chosen view (None: the conditions were changed by hand)."""
        key = self.view_combo.currentData()
        return next((v for v in self._views if v.key == key), None)

    def mark_custom(self) -> None:
        """Show that the list no longer follows a view (the user changed a condition)."""
        if self._custom_index >= 0 and self.view_combo.currentIndex() != self._custom_index:
            self.view_combo.blockSignals(True)
            self.view_combo.setCurrentIndex(self._custom_index)
            self.view_combo.blockSignals(False)
        self._update_delete()

    def _activated(self, _index: int) -> None:
        self._update_delete()
        view = self.current_view()
        if view is not None:
            self.view_chosen.emit(view)

    def _delete(self) -> None:
        view = self.current_view()
        if view is not None and not view.builtin:
            self.delete_requested.emit(view)

    def _update_delete(self) -> None:
        view = self.current_view()
        self.delete_button.setEnabled(view is not None and not view.builtin)


class CaseFilterPanel(QFrame):
    """Choosers for the case list's detailed filters.

    Signals:
        changed(): a condition was changed by the user.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseFilterPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        self._extra = CaseFilter()
        self._quiet = False

        def combo(name: str, text: str, row: int, column: int) -> QComboBox:
            box = QComboBox(self)
            box.setObjectName(name)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setMinimumContentsLength(8)
            caption = QLabel(text, self)
            caption.setBuddy(box)
            grid.addWidget(caption, row, column * 2)
            grid.addWidget(box, row, column * 2 + 1)
            box.currentIndexChanged.connect(self._user_changed)
            return box

        self.worker_combo = combo("workerCombo", self.tr("W&orker"), 0, 0)
        self.team_combo = combo("teamCombo", self.tr("Tea&m"), 0, 1)
        self.area_combo = combo("areaCombo", self.tr("&Area"), 0, 2)
        self.issue_combo = combo("issueCombo", self.tr("&Issue"), 1, 0)
        self.consent_combo = combo("consentCombo", self.tr("Co&nsent"), 1, 1)
        self.year_combo = combo("yearCombo", self.tr("Fiscal &year"), 1, 2)

        # The check boxes wrap onto a second row when the row is narrow (larger text).
        checks_row = QWidget(self)
        checks = FlowLayout(checks_row, spacing=14)
        checks.setContentsMargins(0, 0, 0, 0)
        self.flag_checks: dict[str, QCheckBox] = {}
        for flag, text in (
            ("complex_needs", self.tr("Complex needs")),
            ("economic_hardship", self.tr("Economic hardship")),
            ("urgent", self.tr("Urgent")),
            ("restricted", self.tr("Restricted")),
        ):
            box = QCheckBox(text, self)
            box.setObjectName(f"{flag}Check")
            box.toggled.connect(self._user_changed)
            self.flag_checks[flag] = box
            checks.addWidget(box)
        self.overdue_check = QCheckBox(self.tr("O&verdue"), self)
        self.overdue_check.setObjectName("overdueCheck")
        self.attention_check = QCheckBox(self.tr("Needs a&ttention"), self)
        self.attention_check.setObjectName("attentionCheck")
        self.attention_check.setToolTip(
            self.tr("Open cases marked urgent, or without contact for 30 days or more")
        )
        self.closed_check = QCheckBox(self.tr("C&losed only"), self)
        self.closed_check.setObjectName("closedOnlyCheck")
        for box in (self.overdue_check, self.attention_check, self.closed_check):
            box.toggled.connect(self._user_changed)
            checks.addWidget(box)
        self.clear_button = QPushButton(self.tr("C&lear conditions"), self)
        self.clear_button.setObjectName("clearFiltersButton")
        self.clear_button.setProperty("flowAlignRight", True)
        self.clear_button.clicked.connect(self.clear)
        checks.addWidget(self.clear_button)
        grid.addWidget(checks_row, 2, 0, 1, 6)

        extra_row = QHBoxLayout()
        self.extra_label = QLabel(self)
        self.extra_label.setObjectName("extraConditionsLabel")
        self.extra_label.setWordWrap(True)
        self.extra_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.extra_clear = QPushButton(self.tr("Remove"), self)
        self.extra_clear.setObjectName("clearExtraButton")
        self.extra_clear.clicked.connect(self._clear_extra)
        extra_row.addWidget(self.extra_label, 1)
        extra_row.addWidget(self.extra_clear)
        grid.addLayout(extra_row, 3, 0, 1, 6)
        grid.setColumnStretch(6, 1)
        self._labels: dict[str, dict[str, str]] = {}
        self._show_extra()

    # --- choices --------------------------------------------------------------------------

    def set_choices(self, choices: FilterChoices) -> None:
        """Fill the choosers (keeps the current choice where it still exists)."""
        self._quiet = True
        try:
            for box, items, everything in (
                (self.worker_combo, choices.workers, self.tr("Anyone")),
                (self.team_combo, choices.teams, self.tr("All teams")),
                (self.area_combo, choices.areas, self.tr("All areas")),
                (self.issue_combo, choices.issues, self.tr("All issues")),
                (self.consent_combo, choices.consents, self.tr("Any consent")),
                (self.year_combo, choices.fiscal_years, self.tr("All years")),
            ):
                current = box.currentData()
                box.clear()
                box.addItem(everything, None)
                for item in items:
                    box.addItem(item.label, item.key)
                index = box.findData(current) if current is not None else 0
                box.setCurrentIndex(max(index, 0))
        finally:
            self._quiet = False
        self._labels = {
            "workers": {c.key: c.label for c in choices.workers},
            "stages": {c.key: c.label for c in choices.stages},
        }
        self._show_extra()

    # --- the filter -----------------------------------------------------------------------

    def apply(self, flt: CaseFilter) -> None:
        """Show ``flt``: its single choices in the choosers, the rest as other conditions."""
        self._quiet = True
        try:
            extra: dict[str, object] = {}
            choosers: tuple[tuple[str, QComboBox, tuple[object, ...]], ...] = (
                ("worker_ids", self.worker_combo, flt.worker_ids),
                ("team_ids", self.team_combo, flt.team_ids),
                ("area_ids", self.area_combo, flt.area_ids),
                ("issue_codes", self.issue_combo, flt.issue_codes),
                ("consents", self.consent_combo, flt.consents),
                ("fiscal_years", self.year_combo, flt.fiscal_years),
            )
            for name, combo, values in choosers:
                index = combo.findData(str(values[0])) if len(values) == 1 else -1
                combo.setCurrentIndex(index if index > 0 else 0)
                if len(values) > 1 or (len(values) == 1 and index <= 0):
                    extra[name] = values
            for flag, check in self.flag_checks.items():
                check.setChecked(flag in flt.flags)
            others = tuple(f for f in flt.flags if f not in _PANEL_FLAGS)
            if others:
                extra["flags"] = others
            self.overdue_check.setChecked(flt.overdue_only)
            self.attention_check.setChecked(flt.needs_attention)
            self.closed_check.setChecked(flt.closed_only)
            default = CaseFilter()
            for field in dataclasses.fields(CaseFilter):
                name = field.name
                if name in _PANEL_FIELDS or name in _BAR_FIELDS:
                    continue
                if getattr(flt, name) != getattr(default, name):
                    extra[name] = getattr(flt, name)
            self._extra = dataclasses.replace(CaseFilter(), **extra)  # type: ignore[arg-type]
        finally:
            self._quiet = False
        self._show_extra()

    def narrow(self, flt: CaseFilter) -> CaseFilter:
        """``flt`` (the filter bar's fields) narrowed by the panel and the other conditions."""
        panel: dict[str, object] = {}
        for name, box, convert in (
            ("worker_ids", self.worker_combo, int),
            ("team_ids", self.team_combo, int),
            ("area_ids", self.area_combo, int),
            ("issue_codes", self.issue_combo, str),
            ("consents", self.consent_combo, ConsentStatus),
            ("fiscal_years", self.year_combo, int),
        ):
            data = box.currentData()
            if data is not None:
                panel[name] = (convert(data),)
            else:
                panel[name] = getattr(self._extra, name)
        panel["flags"] = tuple(f for f, box in self.flag_checks.items() if box.isChecked()) + tuple(
            f for f in self._extra.flags if f not in _PANEL_FLAGS
        )
        panel["overdue_only"] = self.overdue_check.isChecked()
        panel["needs_attention"] = self.attention_check.isChecked()
        panel["closed_only"] = self.closed_check.isChecked()
        extra = {
            f.name: getattr(self._extra, f.name)
            for f in dataclasses.fields(CaseFilter)
            if f.name not in _PANEL_FIELDS and f.name not in _BAR_FIELDS
        }
        return dataclasses.replace(flt, **panel, **extra)  # type: ignore[arg-type]

    def active_count(self) -> int:
        """How many conditions the panel sets (for the toggle button's caption)."""
        narrowed = self.narrow(CaseFilter())
        default = CaseFilter()
        return sum(
            1
            for f in dataclasses.fields(CaseFilter)
            if getattr(narrowed, f.name) != getattr(default, f.name)
        )

    def clear(self) -> None:
        """Clear every condition of the panel (one ``changed``)."""
        self.apply(CaseFilter())
        self.changed.emit()

    def _clear_extra(self) -> None:
        self._extra = CaseFilter()
        self._show_extra()
        self.changed.emit()

    def _user_changed(self, *_args: object) -> None:
        if not self._quiet:
            self.changed.emit()

    # --- the other conditions -------------------------------------------------------------

    def _show_extra(self) -> None:
        parts = self.describe_extra()
        self.extra_label.setText(
            self.tr("Other conditions: {conditions}").format(conditions=join_list(parts))
            if parts
            else ""
        )
        self.extra_label.setVisible(bool(parts))
        self.extra_clear.setVisible(bool(parts))

    def describe_extra(self) -> list[str]:
        """The other conditions in words (Japanese through the translation)."""
        extra = self._extra
        parts: list[str] = []
        workers = self._labels.get("workers", {})
        if extra.lead_worker_ids:
            names = join_list((workers.get(str(i), "?") for i in extra.lead_worker_ids), "・")
            parts.append(self.tr("lead worker {names}").format(names=names))
        if extra.worker_ids:
            names = join_list((workers.get(str(i), "?") for i in extra.worker_ids), "・")
            parts.append(self.tr("worker {names}").format(names=names))
        if extra.coordinator_lead:
            parts.append(self.tr("led by a coordinator"))
        if extra.referral_statuses:
            statuses = join_list((label(ReferralStatus(s)) for s in extra.referral_statuses), "・")
            parts.append(self.tr("referral {statuses}").format(statuses=statuses))
        if extra.opened_from or extra.opened_until:
            parts.append(
                self.tr("opened {start} to {end}").format(
                    start=_day(extra.opened_from), end=_day(extra.opened_until)
                )
            )
        if len(extra.consents) > 1 or len(extra.issue_codes) > 1 or len(extra.area_ids) > 1:
            parts.append(self.tr("several choices"))
        if len(extra.team_ids) > 1 or len(extra.fiscal_years) > 1:
            parts.append(self.tr("several choices"))
        if extra.flags:
            parts.append(self.tr("more flags"))
        return list(dict.fromkeys(parts))


def _day(day: dt.date | None) -> str:
    return fmt_date(day, style="short") if day else ""
