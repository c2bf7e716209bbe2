#!/usr/bin/env bash
# Go toolchain for the integration tests: Debian's golang-go (1.19). The generated projects need no
# download: the tests point them at the stand-in SDK under test/fixtures/go and build offline
# (GOPROXY=off). Idempotent: installs only what is missing.
set -euo pipefail
# shellcheck source=../lib/debian.sh
source "$(dirname "$0")/../lib/debian.sh"

PACKAGES=(golang-go)

install_missing "${PACKAGES[@]}"

go version
