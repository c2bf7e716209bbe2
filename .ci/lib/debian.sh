# Sourced by .ci/toolchains/*.sh: installs the Debian packages that are not installed yet.

# install_missing PACKAGE...: apt-get installs those of the packages dpkg does not have.
install_missing() {
  local missing=() package
  for package in "$@"; do
    # A captured string, not a pipe into grep -q, whose early exit could break the writer's pipe.
    [[ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)" == *'install ok installed'* ]] || missing+=("$package")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  echo "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # One package-list update serves every toolchain script of a CI run.
  if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mmin -60 -print -quit 2>/dev/null)" ]; then
    apt-get update -qq
  fi
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
