#!/usr/bin/env bash
# Proves that the build is reproducible: builds the project twice, each time from a clean copy of the sources
# in its own directory, and compares every jar and every generated source or bundle byte for byte.
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
