#!/usr/bin/env bash
# The fault tests of create and add (test/cli/write-faults.test.ts): strace slows the writer's renames
# so a signal lands at a chosen step; util-linux's unshare gives a mount namespace for a small full
# tmpfs and a read-only remount; e2fsprogs' chattr makes a file immutable. Idempotent.
set -euo pipefail
# shellcheck source=../lib/debian.sh
source "$(dirname "$0")/../lib/debian.sh"

PACKAGES=(strace util-linux e2fsprogs)

install_missing "${PACKAGES[@]}"

strace -V | head -1
