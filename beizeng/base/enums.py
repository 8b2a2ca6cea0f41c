"""What an enum value is matched on (``enum_key``: NFKC, quotes/brackets/spaces dropped, case folded):
the normaliser parses enum cells with it and the header scorer finds the choice a title names with it,
so it lives below both (headers sits below the reader, which sits below the normaliser).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: What an enum value is compared without: the quotes and brackets clerks put around 小巨人 (“”, "", 「」 …)
#: and every space, half- or full-width.  Applied after NFKC, so （） and ＂ are already ( ) and ".
_ENUM_NOISE = re.compile(r"[\s\"'“”‘’‚„‹›«»〝〞〟「」『』【】〔〕〖〗《》〈〉()\[\]{}<>]")


@lru_cache(maxsize=4096)
def enum_key(text: str) -> str:
    """What an enum value is matched on: 专精特新“小巨人”, 专精特新"小巨人", 专精特新「小巨人」 and
    专精特新　小巨人 all fold to 专精特新小巨人.  Cached: a ledger repeats a handful of values thousands of times."""
    return _ENUM_NOISE.sub("", unicodedata.normalize("NFKC", text)).casefold()
