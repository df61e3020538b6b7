"""The messages of the name checks (:mod:`welfaredesk.domain.names`), kept apart from its
normalisation tables so that the translation catalogue (``scripts/build_qt.py``, which leaves
``names.py`` out) has them for the English screens (issue 11)."""

from __future__ import annotations

KANA_REQUIRED = "ひらがなかカタカナで入力してください。"
"""A required ふりがな field is blank."""

KANA_ONLY = "ひらがなかカタカナで入力してください。漢字・英字・数字・記号は使えません。"
"""A ふりがな field holds something other than kana."""
