#!/usr/bin/env bash
# End-to-end cost of swplugin:validate over 50 copies of the real plugin tests, of swplugin:verify on
# the largest received dump of the acceptance corpus, and of one archetype:generate, against Maven's floor: the plugin's own help goal, measured side by side in
# one run (alternating, so load changes hit all three alike). Prints medians and the ratios.
# Needs the project installed (./mvnw -B -q install -DskipTests); CORPUS and RUNS may be set.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-7}
corpus=$(cd "${CORPUS:-../shared/corpus/skywalking-python}" && pwd)
received=$(ls -S "${RECEIVED:-../shared/corpus/received}"/runs/*/received.yml | sed -n 1p)
received=$(cd "$(dirname "$received")" && pwd)
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)
mvn="$PWD/mvnw -B -q -o"
plugin="io.github.swplugin:swplugin-maven-plugin:$version"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

checkout="$work/checkout"
mkdir -p "$checkout/tests/plugin"
cp "$corpus/tests/plugin/docker-compose.base.yml" "$checkout/tests/plugin/"
for i in $(seq 1 50); do
  mkdir -p "$checkout/tests/plugin/copy$i"
  cp -r "$corpus"/tests/plugin/*/ "$checkout/tests/plugin/copy$i/"
done
echo "synthetic checkout: $(find "$checkout" -name '*.yml' | wc -l) YAML files"

seconds() {  # seconds the command took, from /usr/bin/time
  /usr/bin/time -f %e -o "$work/t" "$@" > /dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  cat "$work/t"
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

: > "$work/help"; : > "$work/validate"; : > "$work/generate"; : > "$work/verify"; : > "$work/unchanged"; : > "$work/changed"
for run in $(seq 1 "$runs"); do
  (cd "$checkout" && seconds $mvn "$plugin:help") >> "$work/help"
  rm -rf "$checkout/target"
  (cd "$checkout" && seconds $mvn "$plugin:validate") >> "$work/validate"
  (cd "$checkout" && seconds $mvn "$plugin:validate") >> "$work/unchanged"
  one=$(find "$checkout/tests" -name expected.data.yml -print -quit)
  printf '\n# run %s\n' "$run" >> "$one"
  (cd "$checkout" && seconds $mvn "$plugin:validate") >> "$work/changed"
  (cd "$checkout" && seconds $mvn "$plugin:verify" -Dswplugin.expected="$received/expected.data.yml" \
      -Dswplugin.received="$received/received.yml") >> "$work/verify"
  target="$work/generate-$run"
  cp -r src/sample-checkout "$target"
  (cd "$target" && seconds $mvn org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate -DarchetypeGroupId=io.github.swplugin \
      -DarchetypeArtifactId=swplugin-archetype -DarchetypeVersion="$version" -Dlibrary=demo-lib -DpluginType=http -Dversions=1.0 \
      -Dservice=none) >> "$work/generate"
done
help=$(median < "$work/help"); validate=$(median < "$work/validate"); generate=$(median < "$work/generate")
verify=$(median < "$work/verify"); unchanged=$(median < "$work/unchanged"); changed=$(median < "$work/changed")
echo "runs: $runs, medians in seconds: help $help, validate cold $validate, unchanged $unchanged, one file changed $changed, verify $verify, archetype:generate $generate"
echo "verify input: $received/received.yml ($(wc -c < "$received/received.yml") bytes)"
awk -v h="$help" -v v="$validate" -v g="$generate" -v f="$verify" -v u="$unchanged" -v c="$changed" \
  'BEGIN { printf "validate cold / help = %.2f\nvalidate unchanged / help = %.2f\nvalidate one file changed / help = %.2f\nverify / help = %.2f\narchetype:generate / help = %.2f\n", v / h, u / h, c / h, f / h, g / h }'
