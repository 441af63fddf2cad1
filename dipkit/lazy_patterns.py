"""Module-level patterns compiled the first time they are used.

The meetings rules hold several hundred patterns, most for rare phrasings (and on a lowercased
text ``Document.find`` runs only the case-sensitive twin of a case-blind one), and the dates rules
some that only rarer anchor words run: compiling every pattern at import cost each process more
than the rules a short input runs.
"""

from __future__ import annotations

import re
from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


class LazyPattern:
    """A regular expression that compiles on its first use, after which its methods are the compiled pattern's
    own. ``pattern`` and ``flags`` are known before that, as ``re.compile`` would report them (what
    ``document.case_twin`` reads to build its twin)."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = source
        self.flags = flags if flags & re.ASCII else flags | re.UNICODE
        self._given = flags
        self._compiled: re.Pattern[str] | None = None

    def _compile(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self._given)
            for name in _METHODS:  # (instance attributes: later calls skip this class)
                setattr(self, name, getattr(self._compiled, name))
        return self._compiled

    def search(self, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        return self._compile().search(*args, **kwargs)

    def match(self, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        return self._compile().match(*args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        return self._compile().fullmatch(*args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Any:
        return self._compile().finditer(*args, **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> list:
        return self._compile().findall(*args, **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> str:
        return self._compile().sub(*args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> tuple[str, int]:
        return self._compile().subn(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> list:
        return self._compile().split(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:  # groups, groupindex, scanner: the compiled pattern's
        if name.startswith("__") or name in ("_compiled", "_given"):
            raise AttributeError(name)
        return getattr(self._compile(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._given!r})"


def lazy_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern for a module-level rule, compiled when first used (typed as the pattern it stands for)."""
    return LazyPattern(source, flags)  # type: ignore[return-value]
