#!/usr/bin/env bash
# Checks what the build produces, on two clean builds of the sources (docs/building.md):
#  - reproducibility: every jar and every generated source is byte-identical across the two builds;
#  - module names: the runtime jar is the named module io.github.ftpreply, every other jar carries its
#    Automatic-Module-Name.
# `./mvnw verify` runs it (see the root pom); skip it there with -Dreproducibility.skip=true.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/ftpreply-repro.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Each copy holds the sources without any build output, so nothing leaks from one build into the other; the copies
# differ in their directory, as two clean clones would.
for build in first second; do
  mkdir -p "$work/$build"
  tar -C "$root" --exclude=./.git --exclude='./target' --exclude='./*/target' -cf - . | tar -C "$work/$build" -xf -
  echo "reproducibility: building $build copy"
  (cd "$work/$build" && ./mvnw -B -q package -DskipTests -Dreproducibility.skip=true)
done

# Jars, generated sources (dispatchers, enums, accessors) and generated bundles of every module.
list() {
  (cd "$work/$1" && find . -path '*/target/*' \( -name '*.jar' -o -path '*/generated-sources/*' -type f \) \
    -not -path '*/target/*/META-INF/maven/*' | sort)
}
if ! diff <(list first) <(list second) > "$work/files.diff"; then
  echo "reproducibility: the two builds made different sets of files:" >&2
  cat "$work/files.diff" >&2
  exit 1
fi
count=0
differ=0
while read -r file; do
  count=$((count + 1))
  if ! cmp -s "$work/first/$file" "$work/second/$file"; then
    echo "reproducibility: $file differs between the two builds" >&2
    differ=$((differ + 1))
  fi
done < <(list first)
if [ "$count" -eq 0 ]; then
  echo "reproducibility: no jar or generated file found; did the build run?" >&2
  exit 1
fi
if [ "$differ" -ne 0 ]; then
  echo "reproducibility: $differ of $count files differ" >&2
  exit 1
fi
list first | sed 's/^/  identical: /'
echo "reproducibility: $count jars and generated files are byte-identical across two clean builds"

# Module names, read from the first build's jars with the JDK's own tools.
# The module's own jar, not its -sources or -javadoc jar.
main_jar() {
  ls "$1"*.jar | grep -v -e '-sources\.jar$' -e '-javadoc\.jar$'
}
names=0
# Each entry is directory:package; the artifact is ftpreply-<directory>, the module name io.github.ftpreply.<package>.
for entry in catalog:catalog processor:processor commons-net:commonsnet ftpserver:ftpserver examples:examples; do
  module=${entry%%:*}
  jar=$(main_jar "$work/first/$module/target/ftpreply-$module-")
  expected="io.github.ftpreply.${entry#*:}"
  actual=$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Automatic-Module-Name: //p')
  if [ "$actual" != "$expected" ]; then
    echo "module names: $(basename "$jar") has Automatic-Module-Name '$actual', expected '$expected'" >&2
    exit 1
  fi
  names=$((names + 1))
done
runtime=$(main_jar "$work/first/runtime/target/ftpreply-runtime-")
if ! jar --describe-module --file "$runtime" | head -1 | grep -q '^io.github.ftpreply@\?'; then
  echo "module names: $(basename "$runtime") is not the named module io.github.ftpreply" >&2
  jar --describe-module --file "$runtime" >&2
  exit 1
fi
echo "module names: runtime is module io.github.ftpreply; $names jars carry their Automatic-Module-Name"
