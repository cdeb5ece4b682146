"""Name normalisation shared by resolution, ids and evaluation."""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "「": '"', "」": '"', "‘": "'", "’": "'",
                         "『": '"', "』": '"', "〝": '"', "〞": '"'})
_DOTS = re.compile(r"(?<=\d)[·・•．.](?=\d)")
_SPACE = re.compile(r"\s+")


def normalize_name(name: str) -> str:
    """The comparison key of a name: NFKC, quotes unified, digit dots unified, no spaces.

    >>> normalize_name("“1·17”特大象牙走私案") == normalize_name("\\"1.17\\"特大象牙走私案")
    True
    """
    text = unicodedata.normalize("NFKC", name).translate(_QUOTES)
    text = _DOTS.sub(".", text)
    return _SPACE.sub("", text)
