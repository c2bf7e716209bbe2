#!/usr/bin/env bash
# Go toolchain for the integration tests: Debian's golang-go (1.19). The generated projects need no
# download: the tests point them at the stand-in SDK under test/fixtures/go and build offline
# (GOPROXY=off). Idempotent: installs only what is missing.
set -euo pipefail

PACKAGES=(golang-go)

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

go version
