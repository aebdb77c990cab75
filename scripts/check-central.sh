#!/usr/bin/env bash
# Checks that one published module carries what Maven Central requires of it (docs/building.md, "Releasing"):
# every POM field below, and beside a jar its sources and javadoc jars. The root pom runs it at `verify` in every
# module that does not set maven.deploy.skip, with the module's interpolated POM values as arguments:
#   check-central.sh <groupId:artifactId:packaging> <target/finalName> <field>=<value>...
# Maven leaves an expression it cannot resolve as written, so "${...}" counts as missing.
set -euo pipefail

coordinates=$1
base=$2
shift 2
missing=()
for field in "$@"; do
  value=${field#*=}
  if [ -z "${value// /}" ] || [[ $value == *'${'* ]]; then
    missing+=("POM ${field%%=*}")
  fi
done
packaging=${coordinates##*:}
if [ "$packaging" = jar ]; then
  for suffix in .jar -sources.jar -javadoc.jar; do
    if [ ! -s "$base$suffix" ]; then
      missing+=("$(basename "$base$suffix")")
    fi
  done
fi
if [ ${#missing[@]} -ne 0 ]; then
  echo "central: ${coordinates%:*} cannot be published; it lacks:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  echo "  Add the POM fields to the root pom, or set <maven.deploy.skip>true</maven.deploy.skip> if the module is" \
    "not published." >&2
  exit 1
fi
echo "central: ${coordinates%:*} ($packaging) has the POM metadata$([ "$packaging" = jar ] && echo ', sources and javadoc jars')"
