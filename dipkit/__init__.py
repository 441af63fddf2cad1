"""dipkit: turn diplomatic news into data.

Each layer is a plain function over a record (a dict with a ``text``); the
``dipkit`` command wraps them as Unix filters over JSON lines.
"""

__version__ = "0.1.0"
