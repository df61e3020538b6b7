"""Japanese labels of the workflow's enums."""

from __future__ import annotations

from enum import StrEnum

import pytest

from welfaredesk.domain import enums
from welfaredesk.domain.enums import (
    AgendaDecision,
    AuditAction,
    ClosureStatus,
    MeetingKind,
    SharingBasis,
    TriageDecision,
    label,
)

LABELLED = [
    cls
    for cls in vars(enums).values()
    if isinstance(cls, type) and issubclass(cls, StrEnum) and cls not in (StrEnum, AuditAction)
]


@pytest.mark.parametrize("cls", LABELLED, ids=lambda c: c.__name__)
def test_every_value_has_a_japanese_label_distinct_within_its_enum(cls: type[StrEnum]) -> None:
    labels = [label(value) for value in cls]
    assert all(text != str(value) for text, value in zip(labels, cls, strict=True))
    assert len(set(labels)) == len(labels)


def test_a_code_shared_by_two_enums_keeps_each_label() -> None:
    assert label(MeetingKind.STATUTORY) == "支援会議"
    assert label(TriageDecision.STATUTORY_MEETING) == "支援会議"
    assert label(SharingBasis.STATUTORY_MEETING) == "支援会議（生活困窮者自立支援法第9条）"
    assert label(AgendaDecision.APPROVED) == "了承"
    assert label(ClosureStatus.APPROVED) == "終結"
