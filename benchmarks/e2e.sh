#!/usr/bin/env bash
# End-to-end costs against Maven's floor (the plugin's own help goal), measured side by side in one run: each round
# runs every measurement once, alternating, so load changes hit all of them alike. Prints the medians and ratios:
# - swplugin:validate on a real skywalking-python checkout as it is (scale 0), and on the same checkout holding 10 and
#   100 more copies of its plugin tests beside the real ones: cold (no cache), unchanged, one file changed;
# - at 100 copies: cold in Maven's own JVM (-Dswplugin.fork=false), cold with 1 and with 2 worker threads, cold in a
#   64 MiB heap (MAVEN_OPTS=-Xmx64m), and help and cold with the C1 compiler alone (MAVEN_OPTS=-XX:TieredStopAtLevel=1,
#   what the README suggests for a job of its own);
# - the peers on the same 100 copies: bare SnakeYAML composing every file in a fresh JVM, the mycila license check,
#   Apache RAT, and yamllint (when installed);
# - swplugin:verify on the largest received dump of the acceptance corpus;
# - archetype:generate of this archetype into the sample checkout against the fair floor: an archetype that writes one
#   file and runs a one-line Groovy post-generate script (benchmarks/floor-archetype, installed by this script).
# Needs the project installed, the benchmarks jar built, and a checkout of apache/skywalking-python in CHECKOUT:
#   ./mvnw -B -q install -DskipTests && ./mvnw -B -q -Pbench package -DskipTests -pl benchmarks
#   CHECKOUT=../skywalking-python benchmarks/e2e.sh
# RUNS (default 5), SCALES (default "0 10 100") and RECEIVED may be set.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
scales=${SCALES:-0 10 100}
[ -n "${CHECKOUT:-}" ] && [ -f "$CHECKOUT/skywalking/__init__.py" ] || {
  echo "set CHECKOUT to a checkout of apache/skywalking-python (git clone https://github.com/apache/skywalking-python)" >&2; exit 2; }
checkout=$(cd "$CHECKOUT" && pwd)
largest=${scales##* }
received=$(ls -S "${RECEIVED:-../shared/corpus/received}"/runs/*/received.yml | sed -n 1p)
received=$(cd "$(dirname "$received")" && pwd)
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)
mvn="$PWD/mvnw -B -q"
plugin="io.github.swplugin:swplugin-maven-plugin:$version"
floor_jar="$PWD/benchmarks/target/benchmarks.jar"
[ -f "$floor_jar" ] || { echo "build the benchmarks jar first: ./mvnw -B -q -Pbench package -DskipTests -pl benchmarks" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

copies() {  # the real checkout (its files, not its .git or target), holding $1 more copies of its plugin tests
  local dir="$work/x$1"
  mkdir -p "$dir"
  (cd "$checkout" && tar -c --exclude=./.git --exclude=./target .) | tar -x -C "$dir"
  for i in $(seq 1 "$1"); do
    mkdir -p "$dir/tests/plugin/copy$i"
    cp "$checkout/tests/plugin/docker-compose.base.yml" "$dir/tests/plugin/copy$i/"  # what the copies' compose files extend
    for category in "$checkout"/tests/plugin/*/; do
      cp -r "$category" "$dir/tests/plugin/copy$i/"
    done
  done
  echo "$dir"
}
for scale in $scales; do
  dir=$(copies "$scale")
  echo "$scale copies: $(find "$dir" -type f | wc -l) files, $(find "$dir/tests" -name '*.yml' | wc -l) YAML files under tests"
done
# the peers need a project (mycila and RAT run on one) and must not see swplugin's cache: a copy of their own
peers="$work/peers"
cp -r "$work/x$largest" "$peers"
printf '<project><modelVersion>4.0.0</modelVersion><groupId>bench</groupId><artifactId>peers</artifactId><version>0</version><packaging>pom</packaging></project>\n' > "$peers/pom.xml"
sed -n 's/^# \{0,1\}//p' "$checkout/tests/plugin/docker-compose.base.yml" | sed -n '1,/limitations under the License/p' > "$work/header.txt"

time_of() {  # appends the seconds the command took to the named series; a failed command is an error unless ALLOW_FAIL
  local series=$1; shift
  if ! /usr/bin/time -f %e -o "$work/t" "$@" > "$work/out" 2>&1 && [ -z "${ALLOW_FAIL:-}" ]; then
    echo "failed ($series): $*" >&2; tail -20 "$work/out" >&2; exit 1
  fi
  tail -n 1 "$work/t" >> "$work/$series"
}
median() { sort -n "$work/$1" | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

# resolve everything once, so that no measured run downloads
(cd "$peers" && $mvn com.mycila:license-maven-plugin:5.1.2:help org.apache.rat:apache-rat-plugin:0.16.1:help > /dev/null)
$mvn install -f benchmarks/floor-archetype/pom.xml > /dev/null
# archetype:generate of the fair floor (an array, not a function: /usr/bin/time runs programs)
floor=(org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate -DarchetypeCatalog=local -DarchetypeGroupId=io.github.swplugin.bench
  -DarchetypeArtifactId=floor-archetype -DarchetypeVersion=0 -DgroupId=bench -Dversion=0)
(cd "$work" && $mvn -o "${floor[@]}" -DartifactId=warm > /dev/null)
rm -rf "$work/warm"

for run in $(seq 1 "$runs"); do
  (cd "$work/x${scales%% *}" && time_of help $mvn -o "$plugin:help")
  for scale in $scales; do
    dir="$work/x$scale"
    rm -rf "$dir/target"
    (cd "$dir" && time_of "cold$scale" $mvn -o "$plugin:validate")
    (cd "$dir" && time_of "unchanged$scale" $mvn -o "$plugin:validate")
    one=$(find "$dir/tests" -name expected.data.yml -print -quit)
    printf '\n# run %s\n' "$run" >> "$one"
    (cd "$dir" && time_of "changed$scale" $mvn -o "$plugin:validate")
  done
  big="$work/x$largest"
  rm -rf "$big/target"
  (cd "$big" && time_of inmaven $mvn -o "$plugin:validate" -Dswplugin.fork=false)
  for threads in 1 2; do
    rm -rf "$big/target"
    (cd "$big" && time_of "threads$threads" $mvn -o "$plugin:validate" -Dswplugin.threads=$threads)
  done
  rm -rf "$big/target"
  (cd "$big" && MAVEN_OPTS=-Xmx64m time_of xmx64 $mvn -o "$plugin:validate")
  # what the README suggests for a job that runs only swplugin: C1 alone, Maven's start included
  (cd "$work/x${scales%% *}" && MAVEN_OPTS=-XX:TieredStopAtLevel=1 time_of c1help $mvn -o "$plugin:help")
  rm -rf "$big/target"
  (cd "$big" && MAVEN_OPTS=-XX:TieredStopAtLevel=1 time_of c1cold $mvn -o "$plugin:validate")
  time_of snakeyaml java -cp "$floor_jar" io.github.swplugin.bench.ColdParseFloor "$peers/tests"
  (cd "$peers" && ALLOW_FAIL=1 time_of mycila $mvn -o com.mycila:license-maven-plugin:5.1.2:check -Dlicense.header="$work/header.txt" \
      -Dlicense.failIfMissing=false)
  (cd "$peers" && time_of rat $mvn -o org.apache.rat:apache-rat-plugin:0.16.1:check -Drat.ignoreErrors=true)
  if command -v yamllint > /dev/null; then
    (cd "$peers" && ALLOW_FAIL=1 time_of yamllint yamllint -d relaxed tests)
  fi
  (cd "$work/x${scales%% *}" && time_of verify $mvn -o "$plugin:verify" -Dswplugin.expected="$received/expected.data.yml" \
      -Dswplugin.received="$received/received.yml")
  target="$work/generate-$run"
  cp -r src/sample-checkout "$target"
  (cd "$target" && time_of generate $mvn -o org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate -DarchetypeCatalog=local \
      -DarchetypeGroupId=io.github.swplugin -DarchetypeArtifactId=swplugin-archetype -DarchetypeVersion="$version" -Dlibrary=pymemcache)
  (cd "$work" && time_of floor $mvn -o "${floor[@]}" -DartifactId="floor-$run")
done

help=$(median help)
# the median time, and the median of its ratios to the floor of the same round, with the rounds' lowest and highest: paired
# by round, so that a machine that speeds up or slows down during the run moves a time and its floor alike
ratio() {
  paste "$work/$1" "$work/$2" | awk '{ print $1 / $2 }' > "$work/ratios"
  awk -v a="$(median "$1")" -v r="$(median ratios)" -v lo="$(sort -n "$work/ratios" | head -n 1)" \
      -v hi="$(sort -n "$work/ratios" | tail -n 1)" 'BEGIN { printf "%.2f s (%.2f×; rounds %.2f to %.2f×)", a, r, lo, hi }'
}
echo "runs: $runs; median times, and the median of each round's ratio to that round's help (median $help s) unless said otherwise"
for scale in $scales; do
  echo "validate, $scale copies: cold $(ratio "cold$scale" help), unchanged $(ratio "unchanged$scale" help), one file changed $(ratio "changed$scale" help)"
done
echo "validate, $largest copies, cold: in Maven's JVM $(ratio inmaven help), 1 thread $(ratio threads1 help), 2 threads $(ratio threads2 help), -Xmx64m $(ratio xmx64 help)"
echo "MAVEN_OPTS=-XX:TieredStopAtLevel=1: help $(ratio c1help help), validate cold at $largest copies $(ratio c1cold help) of the default help"
echo "peers, $largest copies: bare SnakeYAML $(ratio snakeyaml help), mycila check $(ratio mycila help), RAT $(ratio rat help)"\
"$( [ -s "$work/yamllint" ] && echo ", yamllint $(ratio yamllint help)")"
echo "verify, $(wc -c < "$received/received.yml") bytes: $(ratio verify help)"
echo "archetype:generate pymemcache $(ratio generate floor) of the one-file Groovy archetype ($(median floor) s)"

# the same findings in every mode: fresh, from the cache, taken as unchanged, after a comment is added to one expectation
# (only it checked, the other files' findings taken from the last run), on 2 threads, in 64 MiB, in Maven's JVM
big="$work/x$largest"
findings() { (cd "$big" && "$@" | grep -E '^\[(WARNING|ERROR)\] [^ ]+:[0-9]+:[0-9]+: ' | sort) > "$work/findings"; }
rm -rf "$big/target"
findings $PWD/mvnw -B -o "$plugin:validate" -Dswplugin.cache=false; mv "$work/findings" "$work/fresh"
for mode in cold unchanged changed threads xmx64 inmaven; do
  [ "$mode" = cold ] || [ "$mode" = unchanged ] || [ "$mode" = changed ] || rm -rf "$big/target"
  [ "$mode" = changed ] && printf '# checked again\n' >> "$(find "$big/tests" -name expected.data.yml -print -quit)"
  case $mode in
    threads) findings $PWD/mvnw -B -o "$plugin:validate" -Dswplugin.threads=2 ;;
    xmx64) MAVEN_OPTS=-Xmx64m findings $PWD/mvnw -B -o "$plugin:validate" ;;
    inmaven) findings $PWD/mvnw -B -o "$plugin:validate" -Dswplugin.fork=false ;;
    *) sleep 2.1; findings $PWD/mvnw -B -o "$plugin:validate" ;;
  esac
  cmp -s "$work/fresh" "$work/findings" || { echo "findings differ: $mode" >&2; exit 1; }
done
echo "findings identical in every mode ($(wc -l < "$work/fresh") lines)"
