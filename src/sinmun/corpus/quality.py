"""Per-record signals for filtering a corpus: how Korean, how long, how much was cleaned away."""
from __future__ import annotations

import re

from ..article import Article

_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_SPACE = re.compile(r"\s")


def quality_signals(article: Article) -> dict[str, float | int]:
    """``hangul_ratio``: Hangul share of the body's non-space characters; ``chars``: body length;
    ``paragraphs``. (``boilerplate_removed``, the lines cleaning dropped, is a field of the Article.)"""
    text = "".join(article.body_paragraphs)
    visible = len(text) - len(_SPACE.findall(text))
    hangul = len(_HANGUL.findall(text))
    return {
        "hangul_ratio": round(hangul / visible, 4) if visible else 0.0,
        "chars": len(article.body),
        "paragraphs": len(article.body_paragraphs),
    }
