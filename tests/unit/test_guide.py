"""The user guide (docs/guide): every page is in the index, and its links and images resolve.

Anchors follow GitHub's rule for headings, as F1 finds them
(:func:`welfaredesk.gui.help_viewer.heading_anchor`): lower case; letters, marks, numbers,
``_``, ``-`` and spaces kept (Japanese included), everything else dropped; spaces become ``-``;
a repeated heading gets ``-1``, ``-2`` ….
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from welfaredesk.gui.help_viewer import heading_anchors

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "guide"
PAGES = sorted(GUIDE.glob("*.md"))
LINK = re.compile(r"(!?)\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)
INLINE_CODE = re.compile(r"`[^`\n]*`")
IMAGE_LIMIT = 400_000
"""Bytes: a screenshot larger than this is probably not cropped or compressed."""


def anchors(page: Path) -> set[str]:
    """The anchors of a page's headings (their text without the markup), by F1's rule."""
    body = FENCE.sub("", page.read_text(encoding="utf-8"))
    headings = [
        re.sub(r"[*_`]|!?\[([^\]]*)\]\([^)]*\)", r"\1", match.group(1))
        for line in body.splitlines()
        if (match := re.match(r"#{1,6}\s+(.*?)\s*#*\s*$", line))
    ]
    return set(heading_anchors(headings))


def links(page: Path) -> list[tuple[bool, str]]:
    body = INLINE_CODE.sub("", FENCE.sub("", page.read_text(encoding="utf-8")))
    return [(bang == "!", target) for bang, target in LINK.findall(body)]


def test_the_guide_has_pages() -> None:
    assert (GUIDE / "README.md") in PAGES
    assert len(PAGES) >= 4


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_links_and_images_resolve(page: Path) -> None:
    problems: list[str] = []
    for is_image, target in links(page):
        if re.match(r"[a-z]+:", target):
            continue  # an outside address
        path_part, _sep, fragment = target.partition("#")
        destination = (page.parent / path_part).resolve() if path_part else page
        if not destination.exists():
            problems.append(f"{target}: no such file")
            continue
        if is_image:
            size = destination.stat().st_size
            if size > IMAGE_LIMIT:
                problems.append(f"{target}: {size} bytes")
        if fragment and destination.suffix == ".md" and fragment not in anchors(destination):
            problems.append(f"{target}: no heading with that anchor")
    assert not problems, problems


def test_every_page_and_image_is_used() -> None:
    index = {target.partition("#")[0] for _image, target in links(GUIDE / "README.md")}
    unlisted = [p.name for p in PAGES if p.name != "README.md" and p.name not in index]
    assert not unlisted, f"pages missing from the index: {unlisted}"
    used = {
        (page.parent / target).resolve()
        for page in PAGES
        for is_image, target in links(page)
        if is_image
    }
    unused = [p.name for p in sorted((GUIDE / "images").glob("*.png")) if p.resolve() not in used]
    assert not unused, f"images no page shows: {unused}"


def test_no_english_sentences_on_the_pages() -> None:
    """The guide is Japanese: Latin text only in code, file names and the known tokens."""
    allowed = {"WelfareDesk", "ID", "DV", "CSV", "PDF", "Excel", "Enter", "Tab", "Space", "OK"}
    problems: list[str] = []
    for page in PAGES:
        body = INLINE_CODE.sub("", FENCE.sub("", page.read_text(encoding="utf-8")))
        body = LINK.sub("", body)
        for number, line in enumerate(body.splitlines(), start=1):
            words = re.findall(r"[A-Za-z]{3,}(?:\s+[A-Za-z]{3,}){2,}", line)
            words = [w for w in words if not set(w.split()) <= allowed]
            if words:
                problems.append(f"{page.name}:{number}: {words}")
    assert not problems, problems
