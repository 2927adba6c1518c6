#!/usr/bin/env bash
# Writes what swplugin:validate finds on real trees into a directory, one file per tree, so that two builds can be
# compared byte for byte (a refactoring must not change a single finding):
#   .ci/findings.sh before [agent-repo commit...]      # with the old build installed
#   .ci/findings.sh after  [agent-repo commit...]      # with the new build installed
#   diff -r before after
# The trees: the acceptance corpus's Python and Java checkouts, and each named commit of a local clone of an agent's
# repository (apache/skywalking-python's releases and master, for instance). The cache is off, reports are off.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 OUTPUT-DIR [AGENT-REPO COMMIT...]" >&2; exit 2; }
project=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$1"
out=$(cd "$1" && pwd)
shift
corpus=${CORPUS:-$project/../shared/corpus}
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$project/pom.xml" | head -n 1)
goal="io.github.swplugin:swplugin-maven-plugin:$version:validate"
registry="$corpus/skywalking/oap-server/server-starter/src/main/resources/component-libraries.yml"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

findings() {  # $1: the tree, $2: the output name; keeps the findings and the count, not the times
  (cd "$1" && "$project/mvnw" -B "$goal" -Dswplugin.failOnError=false -Dswplugin.cache=false \
      -Dswplugin.componentLibraries="$registry" 2>&1 || true) \
    | sed -n -e '/: \(ERROR\|WARNING\|INFO\) \[/p' -e 's/^\(\[INFO\] swplugin: checked [0-9]* files\) in [0-9]* ms/\1/p' \
    > "$out/$2.txt"
  echo "$2: $(grep -c ' \[' "$out/$2.txt") lines"
}

[ -d "$corpus/skywalking-python" ] && findings "$corpus/skywalking-python" corpus-python
[ -d "$corpus/skywalking-java" ] && findings "$corpus/skywalking-java" corpus-java
if [ $# -ge 1 ]; then
  repo=$1
  shift
  for commit in "$@"; do
    tree="$work/$commit"
    mkdir -p "$tree"
    git -C "$repo" archive "$commit" | tar -x -C "$tree"
    findings "$tree" "history-$commit"
    rm -rf "$tree"
  done
fi
