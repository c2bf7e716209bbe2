#!/usr/bin/env bash
# PHP toolchain for the integration tests, all from Debian (nothing from Packagist): PHP's CLI,
# PHPUnit (which brings PHP-Parser, used by the PHP 7.2 check), guzzlehttp/psr7 for the HTTP
# functions' tests (RingCentral\Psr7 is a stand-in under test/fixtures/php), and Composer, which
# only validates composer.json. Idempotent: installs only what is missing.
set -euo pipefail
# shellcheck source=../lib/debian.sh
source "$(dirname "$0")/../lib/debian.sh"

PACKAGES=(php-cli phpunit php-parser php-guzzlehttp-psr7 composer)

install_missing "${PACKAGES[@]}"

# The first lines only: sed reads everything, so no writer gets a broken pipe under pipefail.
php --version | sed -n 1p
phpunit --version | sed -n 1p
