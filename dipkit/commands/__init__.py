"""Click subcommands of ``dipkit``: option parsing only, the work is in the library."""

from __future__ import annotations

from collections.abc import Callable

import click

from dipkit.pipeline import ON_ERROR, Process, run

FILES_HELP = "Input files: JSON lines or plain text, gzip allowed; - or none for stdin."
QUIET = "dipkit.quiet"  # ctx.meta key set by --quiet


def _set_quiet(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value:
        ctx.meta[QUIET] = True


def files_argument(function: Callable) -> Callable:
    """FILES: the inputs (stdin when none)."""
    return click.argument("files", nargs=-1, type=click.Path(allow_dash=True, dir_okay=False))(function)


def filter_options(function: Callable) -> Callable:
    """The options every filter subcommand shares: FILES, --on-error and --quiet.

    --quiet is kept in ``ctx.meta`` (not passed to the command function), so
    commands keep their ``(ctx, files, on_error, ...)`` signature.
    """
    function = click.option(
        "-q",
        "--quiet",
        is_flag=True,
        expose_value=False,
        callback=_set_quiet,
        help="No progress line on stderr (it is shown only for big input files on a terminal).",
    )(function)
    function = click.option(
        "--on-error",
        type=click.Choice(ON_ERROR),
        default="pass",
        show_default=True,
        help="A bad record: pass it on with an errors list, skip it, or fail (stop, exit 1).",
    )(function)
    return files_argument(function)


def run_filter(ctx: click.Context, files: tuple[str, ...], process: Process, on_error: str) -> None:
    """Stream FILES through PROCESS and exit with the contract's status."""
    ctx.exit(run(ctx.info_name or "dipkit", list(files), process, on_error, quiet=bool(ctx.meta.get(QUIET))))
