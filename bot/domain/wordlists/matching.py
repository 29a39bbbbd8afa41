"""How a word is looked up in the lists: in the form they hold it (``plain``), and in a list that
also holds compounds (``Compounding``)."""

from __future__ import annotations

import functools


class Compounding(frozenset[str]):
    """A word list that also holds the compounds ending in one of its ``endings``: German, Dutch and the
    Nordic languages write a job or a department as one word ("Einkaufsleiterin", "inkoopafdeling")."""

    endings: tuple[str, ...]

    def __new__(cls, words: set[str], endings: tuple[str, ...]) -> Compounding:
        found = super().__new__(cls, words)
        found.endings = endings
        return found

    def __contains__(self, word: object) -> bool:
        return frozenset.__contains__(self, word) or (
            isinstance(word, str) and len(word) > 6 and word.endswith(self.endings)
            and any(len(word) - len(ending) >= 3 for ending in self.endings if word.endswith(ending)))


@functools.lru_cache(maxsize=8192)
def plain(token: str) -> str:
    """A word as these lists hold it: lower case, without the punctuation around it."""
    return token.strip(".,;:!?\"'()").lower().replace("\u2019", "'")
