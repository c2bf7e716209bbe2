#!/usr/bin/env bash
# C# toolchain for the integration tests. Debian has no .NET SDK and NuGet is not reachable, so the tests
# compile the generated projects with Mono's C# compiler (mcs, C# up to 7.2) against the stand-ins under
# test/fixtures/dotnet, with Debian's Newtonsoft.Json, and run their xunit tests under mono with a stand-in
# runner. Idempotent: installs only what is missing.
set -euo pipefail
# shellcheck source=../lib/debian.sh
source "$(dirname "$0")/../lib/debian.sh"

PACKAGES=(mono-mcs mono-runtime libmono-system-core4.0-cil libmono-system-numerics4.0-cil libnewtonsoft-json5.0-cil)

install_missing "${PACKAGES[@]}"

mcs --version
# The first line only: sed reads everything, so mono gets no broken pipe under pipefail.
mono --version | sed -n 1p
