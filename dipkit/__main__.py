"""``python -m dipkit`` runs the command line."""

from dipkit.cli import main

main()
