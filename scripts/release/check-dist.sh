#!/usr/bin/env bash
# Rebuilds dist/ from the checked-out commit and fails when it differs from the committed dist/:
# changed, deleted or new files. Used by the Check dist/ workflow and the release workflow.
#   scripts/release/check-dist.sh            runs `npm run build`
#   BUILD_COMMAND='…' scripts/release/check-dist.sh
set -euo pipefail

build=${BUILD_COMMAND:-npm run build}
if ! git diff --quiet HEAD -- dist/ || [ -n "$(git ls-files --others --exclude-standard -- dist/)" ]; then
  echo "::error title=dist/ check::dist/ has uncommitted changes before the build; run this on a clean checkout."
  exit 1
fi

bash -c "$build"

# git diff does not see files the build added, so list those too.
untracked=$(git ls-files --others --exclude-standard -- dist/)
if git diff --quiet HEAD -- dist/ && [ -z "$untracked" ]; then
  echo "dist/ is exactly what '$build' makes from this commit."
  exit 0
fi
git diff --stat HEAD -- dist/ || true
if [ -n "$untracked" ]; then printf 'Built but not committed:\n%s\n' "$untracked"; fi
echo "::error title=dist/ is stale::dist/ differs from what '$build' makes from this commit. Run 'npm ci && npm run build' and commit dist/."
exit 1
