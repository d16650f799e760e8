#!/usr/bin/env bash
# Prints the newest release tag vX.Y.Z among the tags here, by version (not by date), or nothing.
#   scripts/release/newest-release.sh        over all releases
#   scripts/release/newest-release.sh v1     over the v1.Y.Z releases
set -euo pipefail
major=${1:-}
if [ -n "$major" ] && ! [[ $major =~ ^v(0|[1-9][0-9]*)$ ]]; then
  echo "newest-release.sh: '$major' is not a major tag vX." >&2
  exit 2
fi
prefix=${major:+${major#v}\\.}
git tag --list 'v*' | { grep -E "^v${prefix:-(0|[1-9][0-9]*)\\.}(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$" || true; } | sort -V | tail -n 1
