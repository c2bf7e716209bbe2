#!/usr/bin/env bash
# Go toolchain for the integration tests: Debian's golang-go (1.19). The generated projects need no
# download: the tests point them at the stand-in SDK under test/fixtures/go, and a Gin server at
# Debian's Gin sources, with those its dependencies' tests import, which `go mod tidy` reads
# (test/support/toolchains/go-debian.ts), and build offline (GOPROXY=off). Idempotent: installs only what is missing.
set -euo pipefail
# shellcheck source=../lib/debian.sh
source "$(dirname "$0")/../lib/debian.sh"

PACKAGES=(
  golang-go
  golang-github-gin-gonic-gin-dev
  golang-github-google-go-cmp-dev
  golang-github-json-iterator-go-dev
  golang-github-modern-go-reflect2-dev
  golang-github-modern-go-concurrent-dev
  golang-gopkg-check.v1-dev
  golang-github-golang-protobuf-1-5-dev
  golang-golang-x-tools-dev
  golang-golang-x-mod-dev
)

install_missing "${PACKAGES[@]}"

go version
