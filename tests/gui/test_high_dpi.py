"""High-DPI screens render crisply (issue 12): the PDF preview at device pixel ratio 2.

The device pixel ratio is fixed when the application starts, so a fresh process runs with
``QT_SCALE_FACTOR=2`` (``high_dpi_probe.py``). The preview's page (QtPdf's view) must be
drawn from a rendering at the screen's resolution: twice the pixels of its logical size, with
detail inside each 2×2 block of the letters' edges, not a half-resolution page scaled up.
The rest of the screens need no pixmaps: text and the style sheet's icons (SVG) are drawn
at the screen's resolution by Qt, the charts are vector drawings, and the About dialog's icon
is scaled from a 256 px source to its size times the device pixel ratio.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.tour import run_probe

PROBE = Path(__file__).with_name("high_dpi_probe.py")


@pytest.fixture(scope="module")
def measured(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, dict[str, float | list[int]]]:
    """What the PDF preview and the About icon show at device pixel ratio 2 (a fresh process)."""
    found: dict[str, dict[str, float | list[int]]] = run_probe(
        PROBE, tmp_path_factory.mktemp("high-dpi"), environment={"QT_SCALE_FACTOR": "2"}
    )
    return found


@pytest.fixture
def preview(measured: dict[str, dict[str, float | list[int]]]) -> dict[str, float | list[int]]:
    """The PDF preview's page view at device pixel ratio 2."""
    return measured["preview"]


def test_the_pdf_preview_has_twice_the_pixels(preview: dict[str, float | list[int]]) -> None:
    assert preview["device_pixel_ratio"] == 2.0
    assert preview["image_ratio"] == 2.0
    logical, pixels = preview["logical"], preview["pixels"]
    assert isinstance(logical, list)
    assert isinstance(pixels, list)
    assert pixels == [2 * logical[0], 2 * logical[1]]


def test_the_pdf_page_is_rendered_at_the_screens_resolution(
    preview: dict[str, float | list[int]],
) -> None:
    """Letters have detail within each 2×2 block: the page was not rendered at half the
    resolution and scaled up (which the same measure tells: ``blurred_detail``)."""
    assert preview["ink_blocks"] > 200  # the page was drawn (QtPdf renders on a thread)
    assert preview["detail"] > 0.5
    assert preview["blurred_detail"] < 0.05


def test_the_about_icon_has_twice_the_pixels(
    measured: dict[str, dict[str, float | list[int]]],
) -> None:
    icon = measured["about_icon"]
    assert icon["device_pixel_ratio"] == 2.0
    logical, pixels = icon["logical"], icon["pixels"]
    assert isinstance(logical, list)
    assert pixels == [2 * logical[0], 2 * logical[1]]
