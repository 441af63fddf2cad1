"""``dipkit schema``: the JSON Schema of the records a subcommand writes."""

from __future__ import annotations

import click

from dipkit.schema import dumps, load_schema, schema_names


@click.command()
@click.argument("command", required=False, metavar="[COMMAND]", type=click.Choice(schema_names()))
@click.option("--all", "everything", is_flag=True, help="Print every schema, as one JSON object keyed by subcommand.")
def schema(command: str | None, everything: bool) -> None:
    """Print the JSON Schema of the records COMMAND writes (the fields it adds
    are required), or, with no COMMAND, list the subcommands that have one.

    Fields are only added, never renamed or removed, within a major version.

    \b
        dipkit schema meetings > meetings.schema.json
        dipkit schema --all
    """
    if command and everything:
        raise click.UsageError("give a COMMAND or --all, not both")
    if command:
        click.echo(dumps(load_schema(command)), nl=False)
    elif everything:
        click.echo(dumps({name: load_schema(name) for name in schema_names()}), nl=False)
    else:
        for name in schema_names():
            click.echo(f"{name:<10} {load_schema(name)['description'].split('.')[0]}")
