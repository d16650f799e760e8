#!/usr/bin/env bash
# Points the major tag vX at the release vX.Y.Z and pushes it, so that `uses: …@vX` gets the
# release. It never moves vX backwards: releasing v1.2.4 after v1.3.0 leaves v1 on v1.3.0.
#   scripts/release/move-major-tag.sh v1.2.3 [remote]
set -euo pipefail

tag=${1:?usage: move-major-tag.sh vX.Y.Z [remote]}
remote=${2:-origin}
if ! [[ $tag =~ ^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$ ]]; then
  echo "::error title=Major tag::'$tag' is not a release tag vX.Y.Z."
  exit 1
fi
major="v${BASH_REMATCH[1]}"
commit=$(git rev-parse --verify --quiet "refs/tags/$tag^{commit}") || {
  echo "::error title=Major tag::There is no tag $tag here."
  exit 1
}

# The newest release of this major version among the tags here (fetch tags first).
newest=$(bash "$(dirname "$0")/newest-release.sh" "$major")
if [ "$newest" != "$tag" ]; then
  echo "$major stays where it is: $newest is newer than $tag."
  exit 0
fi
if [ "$(git rev-parse --verify --quiet "refs/tags/$major^{commit}" || true)" = "$commit" ]; then
  echo "$major already points at $tag ($commit)."
  exit 0
fi

git tag --force --annotate "$major" --message "$tag" "$commit"
git push --force "$remote" "refs/tags/$major"
echo "$major now points at $tag ($commit)."
