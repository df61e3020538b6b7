"""Reference data for the screens: pick-lists, areas, agencies."""

from __future__ import annotations

from welfaredesk.app import AppContext


def test_picklists_come_in_display_order(ctx: AppContext) -> None:
    channels = [e.code for e in ctx.reference.picklist("intake_channel")]
    assert channels[:3] == ["visit", "phone", "outreach"]
    assert "intake_channel" in ctx.reference.picklist_names()


def test_areas_and_agencies(ctx: AppContext) -> None:
    areas = ctx.reference.areas()
    assert len(areas) == 5
    assert all(a.name.endswith("圏域") for a in areas)
    agencies = ctx.reference.agencies()
    assert len(agencies) >= 50
    kana = [a.kana for a in agencies]
    assert kana == sorted(kana)
    guardianship = ctx.reference.agencies(issue_code="guardianship")
    assert guardianship
    assert all("guardianship" in a.issue_codes for a in guardianship)
    assert len(guardianship) < len(agencies)
