"""The look of highlighted spans: one style per kind of thing (used only when colour is on)."""

from __future__ import annotations

ENTITY_STYLES = {
    "PERSON": "bold magenta",
    "GPE": "bold cyan",
    "NORP": "cyan",
    "LOC": "green",
    "ORG": "bold yellow",
}
OTHER_ENTITY_STYLE = "bold"
DATE_STYLE = "underline bright_blue"
QUOTE_STYLE = "italic bright_green"
TITLE_STYLE = "bold"
META_STYLE = "dim"
ERROR_STYLE = "bold red"
STATUS_STYLES = {"held": "green", "planned": "yellow"}
