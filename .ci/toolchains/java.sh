#!/usr/bin/env bash
# Java toolchain for the integration tests: a JDK, Maven, and Debian's Maven repository
# (/usr/share/maven-repo) with every plugin and library the generated pom.xml needs, so the
# generated projects build offline. Idempotent: installs only what is missing.
set -euo pipefail

PACKAGES=(
  default-jdk-headless maven
  libmaven-compiler-plugin-java libmaven-resources-plugin-java libmaven-jar-plugin-java
  libmaven-install-plugin-java libmaven-shade-plugin-java libsurefire-java
  junit5 libgoogle-gson-java libservlet-api-java
)

missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

javac -version
mvn -v | head -n 1
