"""The ``dipkit`` command: a thin click group that loads each subcommand on demand.

Subcommands live in ``dipkit.commands.<name>``; they parse options and hand
records to the library, so ``dipkit --version`` and ``--help`` stay fast.
"""

from __future__ import annotations

import importlib

import click

from dipkit import __version__

# name -> "module:attribute" of the click command; register a subcommand only once it works
COMMANDS = {
    "split": "dipkit.commands.split:split",
    "meetings": "dipkit.commands.meetings:meetings",
    "dates": "dipkit.commands.dates:dates",
    "entities": "dipkit.commands.entities:entities",
    "quotes": "dipkit.commands.quotes:quotes",
    "show": "dipkit.commands.show:show",
    "schema": "dipkit.commands.schema:schema",
}

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}


class LazyGroup(click.Group):
    """A group whose subcommands are imported only when asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, attribute = target.split(":")
        return getattr(importlib.import_module(module), attribute)


@click.group(cls=LazyGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "-V", "--version", prog_name="dipkit")
def cli() -> None:
    """Turn diplomatic news into data.

    Each subcommand reads JSON lines (or plain-text articles) from FILES or
    stdin and writes one JSON line per record to stdout, adding its own
    fields, so they chain with pipes:

    \b
        dipkit split articles/*.txt | dipkit dates | dipkit entities \\
          | dipkit quotes | dipkit meetings > out.jsonl

    Exit status: 0 all records fine, 1 some records had errors, 2 usage error.
    """


def main() -> None:
    """Console entry point."""
    from dipkit.pipeline import quiet_broken_pipe

    try:
        cli.main(prog_name="dipkit")
    except BrokenPipeError:
        quiet_broken_pipe()
