#!/bin/sh
# Run the dipkit pipeline on the example articles, writing JSON lines to stdout.
# Uses only the subcommands that `dipkit --help` lists, so it works at every stage.
set -e
here=$(dirname "$0")
dipkit=${DIPKIT:-"python3 -m dipkit"}
available=$($dipkit --help | sed -n '/^Commands:/,$p')
pipeline="$dipkit split $here/*.txt"
for step in dates entities quotes meetings; do
    if printf '%s\n' "$available" | grep -q "^  $step "; then
        pipeline="$pipeline | $dipkit $step"
    fi
done
eval "$pipeline"
