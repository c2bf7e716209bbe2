#!/usr/bin/env bash
# PHP toolchain for the integration tests, all from Debian (nothing from Packagist): PHP's CLI,
# PHPUnit (which brings PHP-Parser, used by the PHP 7.2 check), guzzlehttp/psr7 for the HTTP
# functions' tests (RingCentral\Psr7 is a stand-in under test/fixtures/php), and Composer, which
# only validates composer.json. Idempotent: installs only what is missing.
set -euo pipefail

PACKAGES=(php-cli phpunit php-parser php-guzzlehttp-psr7 composer)

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

php --version | head -n 1
phpunit --version | head -n 1
