#!/usr/bin/env bash
# Times surveygen-maven-plugin in real Maven builds of the MHLW survey against its own floor and
# against jsonschema2pojo-maven-plugin on an equivalent JSON Schema (mhlw-r6-hospital-cybersecurity.schema.json),
# the way jsonschema2pojo's peer harness times builds: `mvn -o -q validate`, `generate-sources` and
# `compile`, each from clean, and the no-op rebuild (`compile` again), each the median of RUNS runs,
# reported above the floor of the same pom without the plugin. Also counts the files the no-op
# rebuild rewrote. See docs/performance.md.
#
# Usage (from the repository root, after `./mvnw -B -ntp package -DskipTests -Dinvoker.skip`):
#   benchmarks/maven/run.sh [RUNS]          (default 7)
# Needs network once (the first, untimed build of each project resolves what Maven needs into a
# private local repository under benchmarks/target/maven-bench; nothing is installed into ~/.m2).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
runs=${1:-7}
work=$root/benchmarks/target/maven-bench
repo=$work/repo
rm -rf "$work/projects"
mkdir -p "$work/projects" "$repo"
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
j2p_version=1.2.2

# A private local repository that reads the user's one first (as the plugin's integration tests do).
cat > "$work/settings.xml" <<XML
<settings>
  <profiles><profile><id>user-repo</id><activation><activeByDefault>true</activeByDefault></activation>
    <repositories><repository><id>user-repo</id><url>file://$HOME/.m2/repository</url>
      <releases><checksumPolicy>ignore</checksumPolicy></releases><snapshots><enabled>false</enabled></snapshots></repository></repositories>
    <pluginRepositories><pluginRepository><id>user-repo</id><url>file://$HOME/.m2/repository</url>
      <releases><checksumPolicy>ignore</checksumPolicy></releases><snapshots><enabled>false</enabled></snapshots></pluginRepository></pluginRepositories>
  </profile></profiles>
</settings>
XML
mvn_() { "$root/mvnw" -B -ntp -s "$work/settings.xml" -Dmaven.repo.local="$repo" "$@"; }
# A build whose output is shown only when it fails.
quiet() { local out; out=$("$@" 2>&1) || { echo "$out" >&2; echo "failed: $*" >&2; exit 1; }; }

echo "installing surveygen $version into $repo" >&2
quiet mvn_ -q install -DskipTests -Dinvoker.skip -pl maven-plugin -am

pom() { # NAME BUILD-PLUGINS DEPENDENCIES
  mkdir -p "$work/projects/$1"
  cat > "$work/projects/$1/pom.xml" <<XML
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>$1</artifactId>
  <version>1.0</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>$3</dependencies>
  <build><plugins>
    <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
    <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
    $2
  </plugins></build>
</project>
XML
}

surveygen_plugin="<plugin><groupId>dev.surveygen</groupId><artifactId>surveygen-maven-plugin</artifactId><version>$version</version>
  <executions><execution><id>mhlw</id><goals><goal>lint</goal><goal>generate</goal></goals>
  <configuration><packageName>jp.go.mhlw.survey.r6</packageName></configuration></execution></executions></plugin>"
j2p_plugin="<plugin><groupId>org.jsonschema2pojo</groupId><artifactId>jsonschema2pojo-maven-plugin</artifactId><version>$j2p_version</version>
  <executions><execution><goals><goal>generate</goal></goals>
  <configuration><sourceDirectory>\${basedir}/src/main/schema</sourceDirectory><targetPackage>jp.go.mhlw.survey.r6</targetPackage>
  <includeJsr303Annotations>false</includeJsr303Annotations></configuration></execution></executions></plugin>"
# A yardstick: a plugin that does next to nothing (adds a source folder) at generate-sources, so
# that the tables show what Maven itself spends on one more plugin in a build (resolving it,
# building its class realm, creating and configuring its mojo) apart from what the plugin does.
any_plugin="<plugin><groupId>org.codehaus.mojo</groupId><artifactId>build-helper-maven-plugin</artifactId><version>3.6.0</version>
  <executions><execution><id>nothing</id><phase>generate-sources</phase><goals><goal>add-source</goal></goals>
  <configuration><sources><source>src/main/generated</source></sources></configuration></execution></executions></plugin>"
jackson_dep="<dependency><groupId>com.fasterxml.jackson.core</groupId><artifactId>jackson-databind</artifactId><version>2.18.2</version></dependency>"

pom surveygen "$surveygen_plugin" ""
pom surveygen-floor "" ""
pom any-plugin "$any_plugin" ""
pom jsonschema2pojo "$j2p_plugin" "$jackson_dep"
pom jsonschema2pojo-floor "" "$jackson_dep"
for p in surveygen surveygen-floor; do
  mkdir -p "$work/projects/$p/src/main/survey"
  cp survey-def/src/main/survey/mhlw-r6-hospital-cybersecurity.yaml "$work/projects/$p/src/main/survey/"
done
for p in jsonschema2pojo jsonschema2pojo-floor; do
  mkdir -p "$work/projects/$p/src/main/schema"
  cp benchmarks/maven/mhlw-r6-hospital-cybersecurity.schema.json "$work/projects/$p/src/main/schema/"
done

# One untimed online build per project resolves everything the offline runs need.
for p in surveygen surveygen-floor any-plugin jsonschema2pojo jsonschema2pojo-floor; do
  (cd "$work/projects/$p" && quiet mvn_ -q clean compile)
done

now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

# One timed build: PROJECT GOAL clean|incremental -> "WALL_MS CPU_MS". The CPU time (user + system,
# of Maven's JVM and everything it started) is the steadier figure on a shared machine: other
# processes stretch the wall time of a build, not the work it does.
time_one() {
  local dir=$work/projects/$1 goal=$2 mode=$3
  if [ "$mode" = clean ]; then rm -rf "$dir/target"; else (cd "$dir" && mvn_ -o -q compile >/dev/null); fi
  (cd "$dir" && /usr/bin/time -f "%e %U %S" -o "$work/time.txt" "$root/mvnw" -B -ntp -s "$work/settings.xml" \
      -Dmaven.repo.local="$repo" -o -q "$goal" >/dev/null)
  awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' "$work/time.txt"
}

# The runs go round-robin over the five projects, so that the load of a shared machine falls on
# all of them alike; each figure is the median of its RUNS runs.
projects=(surveygen surveygen-floor any-plugin jsonschema2pojo jsonschema2pojo-floor)
declare -A wall cpu ms
for ((i = 0; i < runs; i++)); do
  for p in "${projects[@]}"; do
    for goal in validate generate-sources compile noop; do
      if [ "$goal" = noop ]; then read -r w c < <(time_one "$p" compile incremental)
      else read -r w c < <(time_one "$p" "$goal" clean); fi
      wall[$p,$goal]+="$w "
      cpu[$p,$goal]+="$c "
    done
  done
done

# Files the no-op rebuild rewrote.
rewritten() {
  local dir=$work/projects/$1
  (cd "$dir" && mvn_ -o -q compile >/dev/null && touch "$work/marker" && sleep 1 && mvn_ -o -q compile >/dev/null)
  find "$dir/target" -type f -newer "$work/marker" | grep -c -v '/maven-status/' || true
}
sg_rewritten=$(rewritten surveygen)
j2p_rewritten=$(rewritten jsonschema2pojo)

table() { # the samples of one measure (wall or cpu) as medians, above the floor, and the ratio
  local -n samples=$1
  for key in "${!samples[@]}"; do
    ms[$key]=$(tr ' ' '\n' <<<"${samples[$key]}" | grep . | median)
  done
  printf '%-18s %10s %10s %10s %10s %10s %10s %8s\n' "" "surveygen" "floor" "above" "j2p" "floor" "above" "ratio"
  for goal in validate generate-sources compile noop; do
    sa=$(( ms[surveygen,$goal] - ms[surveygen-floor,$goal] ))
    ja=$(( ms[jsonschema2pojo,$goal] - ms[jsonschema2pojo-floor,$goal] ))
    ratio=$(awk -v a="$sa" -v b="$ja" 'BEGIN { if (b <= 0) print "-"; else printf "%.2f", a / b }')
    printf '%-18s %10d %10d %10d %10d %10d %10d %8s\n' "$goal" "${ms[surveygen,$goal]}" "${ms[surveygen-floor,$goal]}" "$sa" \
      "${ms[jsonschema2pojo,$goal]}" "${ms[jsonschema2pojo-floor,$goal]}" "$ja" "$ratio"
  done
  printf '%-18s' "any plugin above"
  for goal in validate generate-sources compile noop; do
    printf ' %s %d' "$goal" $(( ms[any-plugin,$goal] - ms[surveygen-floor,$goal] ))
  done
  echo "  (Maven's own cost of one more plugin that does next to nothing)"
  full=$(( ms[surveygen,compile] - ms[surveygen-floor,compile] ))
  noop=$(( ms[surveygen,noop] - ms[surveygen-floor,noop] ))
  echo "surveygen no-op rebuild above its floor: $noop ms = $(awk -v a="$noop" -v b="$full" 'BEGIN { printf "%.1f", 100 * a / b }') % of a clean compile above its floor"
}

echo
echo "Maven $("$root/mvnw" -v | head -1 | sed 's/Apache Maven //; s/ (.*//'), $runs runs each, medians in ms; 'above' = minus the same pom without the plugin"
echo "CPU time (user + system):"
table cpu
echo
echo "Wall time:"
table wall
echo
echo "files rewritten by the no-op rebuild: surveygen $sg_rewritten, jsonschema2pojo $j2p_rewritten"
