"""Build resources/fonts/WelfareDeskNameMincho.ttf: the name-kanji fallback for printing.

The BIZ UD fonts lack many characters of personal names (𠮷 and the rest of the 文字情報基盤 /
MJ set). This script takes the characters of IPAmj明朝 (the MJ font, IPA Font License v1.0,
Debian package ``fonts-ipamj-mincho``) that neither BIZ UD font has, in the CJK ranges, and
writes them as a subset under a new name, as the licence requires for a Derived Program
(Article 3.1: ship the subset, the means to replace it with the original, the same licence,
and no use of the original's name).

To replace the subset with the original font, install IPAmj明朝 and run this script again,
or point it at the original file: ``python scripts/make_name_font.py --source PATH``.
Needs fontTools (``pip install fonttools``); the program itself does not.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[1]
FONTS = ROOT / "resources" / "fonts"
FAMILY = "WelfareDesk Name Mincho"
POSTSCRIPT = "WelfareDeskNameMincho-Regular"
RANGES = ((0x3400, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3FFFF))


def main() -> None:
    """Write the subset font from the original IPAmj明朝."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--source", type=Path, default=Path("/usr/share/fonts/truetype/ipamj/ipamjm.ttf")
    )
    args = parser.parse_args()
    covered: set[int] = set()
    for name in ("BIZUDMincho-Regular.ttf", "BIZUDGothic-Regular.ttf", "BIZUDGothic-Bold.ttf"):
        covered |= set(TTFont(FONTS / name).getBestCmap())
    original = TTFont(args.source)
    wanted = [
        code
        for code in original.getBestCmap()
        if code not in covered and any(lo <= code <= hi for lo, hi in RANGES)
    ]
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.notdef_outline = True
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted)
    subsetter.subset(original)
    names = original["name"]
    for record in list(names.names):
        if record.nameID in (1, 4, 16, 18):
            names.setName(FAMILY, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 3:
            names.setName(
                f"{POSTSCRIPT};subset", 3, record.platformID, record.platEncID, record.langID
            )
        elif record.nameID == 6:
            names.setName(POSTSCRIPT, 6, record.platformID, record.platEncID, record.langID)
    out = FONTS / "WelfareDeskNameMincho.ttf"
    original.save(out)
    print(f"{out.name}: {len(wanted)} characters, {out.stat().st_size / 1e6:.1f} MB")  # noqa: T201


if __name__ == "__main__":
    main()
