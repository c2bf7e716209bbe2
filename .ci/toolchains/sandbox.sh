#!/usr/bin/env bash
# The model of FC's custom-runtime images (test/integration/fc-image-model.test.ts) runs each function
# in a bubblewrap sandbox: Debian's bubblewrap, and unzip, which unpacks a code package (a jar) into
# /code as FC does. Idempotent: installs only what is missing.
set -euo pipefail
# shellcheck source=../lib/debian.sh
source "$(dirname "$0")/../lib/debian.sh"

PACKAGES=(bubblewrap unzip)

install_missing "${PACKAGES[@]}"

bwrap --version
