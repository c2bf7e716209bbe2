#!/usr/bin/env bash
# Java toolchain for the integration tests: a JDK, Maven, and Debian's Maven repository
# (/usr/share/maven-repo) with every plugin and library the generated pom.xml needs, so the
# generated projects build offline. Idempotent: installs only what is missing.
set -euo pipefail
# shellcheck source=../lib/debian.sh
source "$(dirname "$0")/../lib/debian.sh"

PACKAGES=(
  default-jdk-headless maven
  libmaven-compiler-plugin-java libmaven-resources-plugin-java libmaven-jar-plugin-java
  libmaven-install-plugin-java libmaven-shade-plugin-java libsurefire-java
  junit5 libgoogle-gson-java libservlet-api-java
)

install_missing "${PACKAGES[@]}"

javac -version
# Only the first line; sed reads all of it, so under pipefail no early close breaks Maven's pipe.
mvn -v | sed -n 1p
